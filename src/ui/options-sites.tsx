// The options page's sites with a mode of their own, and the keyboard
// shortcuts as the browser has them set.
import { useState } from 'preact/hooks';
import { siteFromInput, sitesWithModes, withSiteMode, type Settings, type SiteMode } from '../core/settings';
import { SITE_MODE_CHOICES } from './choice-field';
import type { Translate } from '../core/message-bundle';

export interface ShortcutEntry {
  /** the command name in manifest.json */
  command: string;
  /** messages.json key of its description */
  messageKey: string;
  /** the keys set in the browser; '' when none is */
  keys: string;
}

/** The manifest's suggested keys (a test keeps the two in step): what the
 * page shows until the browser says what is set. */
export const SUGGESTED_SHORTCUTS: readonly ShortcutEntry[] = [
  { command: 'toggle-sidebar', messageKey: 'cmdToggleSidebar', keys: 'Alt+Shift+R' },
  { command: 'toggle-original', messageKey: 'cmdToggleOriginal', keys: 'Alt+Shift+O' },
  { command: 'next-figure', messageKey: 'cmdNextFigure', keys: 'Alt+Shift+N' },
  { command: 'previous-figure', messageKey: 'cmdPreviousFigure', keys: 'Alt+Shift+P' },
];

export interface SitesSectionProps {
  settings: Settings;
  t: Translate;
  onChange(settings: Settings): void;
  onSiteMode?: (site: string, mode: SiteMode) => void;
}

export function SitesSection({ settings, t, onChange, onSiteMode }: SitesSectionProps) {
  const [typed, setTyped] = useState('');
  const [mode, setMode] = useState<SiteMode>('never');
  const choose = (site: string, next: SiteMode) => (onSiteMode ? onSiteMode(site, next) : onChange(withSiteMode(settings, site, next)));
  const sites = sitesWithModes(settings);
  const typedSite = siteFromInput(typed);
  return (
    <section aria-labelledby="rl-sites">
      <h2 id="rl-sites">{t('optionsSites')}</h2>
      {sites.length === 0 ? (
        <p class="rl-hint">{t('optionsNoSites')}</p>
      ) : (
        <ul class="rl-sites">
          {sites.map(({ site, mode: current }) => (
            <li key={site} data-site={site} data-mode={current}>
              <span class="rl-site-name">{site}</span>
              <span class="rl-site-actions">
                <ModeSelect name={`site-mode-${site}`} label={t('optionsSiteModeFor', site)} value={current} t={t} onChange={(next) => choose(site, next)} />
                <button type="button" class="rl-button" data-action="remove-site" aria-label={t('optionsRemoveSite', site)} onClick={() => choose(site, 'auto')}>
                  {t('optionsRemove')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        class="rl-add-site"
        onSubmit={(event) => {
          event.preventDefault();
          if (!typedSite) return;
          choose(typedSite, mode);
          setTyped('');
        }}
      >
        <label for="rl-new-site">{t('optionsSiteHost')}</label>
        <input id="rl-new-site" name="new-site" type="text" inputMode="url" spellcheck={false} placeholder="www.example.gov.cn" value={typed}
          onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)} />
        <ModeSelect name="new-site-mode" label={t('optionsSiteModeFor', typedSite ?? '…')} value={mode} t={t} onChange={setMode} />
        <button type="submit" class="rl-button" data-action="add-site" disabled={!typedSite}>
          {t('optionsAddSite')}
        </button>
      </form>
    </section>
  );
}

function ModeSelect(props: { name: string; label: string; value: SiteMode; t: Translate; onChange(mode: SiteMode): void }) {
  return (
    <select name={props.name} aria-label={props.label} value={props.value} onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value as SiteMode)}>
      {SITE_MODE_CHOICES.map(([value, key]) => (
        <option key={value} value={value}>
          {props.t(key)}
        </option>
      ))}
    </select>
  );
}

export interface ShortcutsSectionProps {
  t: Translate;
  shortcuts?: readonly ShortcutEntry[];
  onOpenShortcuts?: () => void;
}

export function ShortcutsSection({ t, shortcuts = SUGGESTED_SHORTCUTS, onOpenShortcuts }: ShortcutsSectionProps) {
  return (
    <section aria-labelledby="rl-shortcuts">
      <h2 id="rl-shortcuts">{t('optionsShortcuts')}</h2>
      <table class="rl-shortcuts" data-source={shortcuts === SUGGESTED_SHORTCUTS ? 'suggested' : 'browser'}>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.command} data-command={shortcut.command}>
              <th scope="row">{t(shortcut.messageKey)}</th>
              <td>{shortcut.keys ? <kbd>{shortcut.keys}</kbd> : <span class="rl-hint">{t('optionsShortcutNotSet')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {onOpenShortcuts ? (
        <p>
          <button type="button" class="rl-button" data-action="open-shortcuts" onClick={onOpenShortcuts}>
            {t('optionsShortcutsOpen')}
          </button>
        </p>
      ) : (
        <p class="rl-hint" data-hint="shortcuts-where">
          {t('optionsShortcutsWhere')}
        </p>
      )}
      <p class="rl-hint">{t('optionsShortcutsHint')}</p>
    </section>
  );
}
