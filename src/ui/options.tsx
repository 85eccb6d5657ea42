import { DEFAULT_SETTINGS, SIDEBAR_WIDTH_LIMITS, type Settings } from '../core/settings';
import { PAGE_CSS } from './page-css';

export interface ShortcutEntry {
  /** the command name in manifest.json */
  command: string;
  /** messages.json key of its description */
  messageKey: string;
  keys: string;
}

/** The manifest's suggested keys (a test keeps the two in step). The user
 * may have changed them in the browser; the page says where. */
export const SUGGESTED_SHORTCUTS: readonly ShortcutEntry[] = [
  { command: 'toggle-sidebar', messageKey: 'cmdToggleSidebar', keys: 'Alt+Shift+R' },
  { command: 'toggle-original', messageKey: 'cmdToggleOriginal', keys: 'Alt+Shift+O' },
  { command: 'next-figure', messageKey: 'cmdNextFigure', keys: 'Alt+Shift+N' },
  { command: 'previous-figure', messageKey: 'cmdPreviousFigure', keys: 'Alt+Shift+P' },
];

export interface OptionsPageProps {
  settings: Settings;
  t: (key: string, substitutions?: string | string[]) => string;
  onChange(settings: Settings): void;
  shortcuts?: readonly ShortcutEntry[];
  /** a link to the ledger page, when the caller has one */
  ledgerHref?: string;
  notice?: { text: string; error: boolean } | null;
}

export function OptionsPage(props: OptionsPageProps) {
  const { settings, t } = props;
  const shortcuts = props.shortcuts ?? SUGGESTED_SHORTCUTS;
  const change = (patch: Partial<Settings>) => props.onChange({ ...settings, ...patch });
  return (
    <main class="rl-page rl-options">
      <style>{PAGE_CSS}</style>
      <h1>{t('optionsTitle')}</h1>

      <section aria-labelledby="rl-general">
        <h2 id="rl-general">{t('optionsGeneral')}</h2>
        <ul class="rl-switches">
          <li>
            <label class="rl-switch">
              <input
                type="checkbox"
                name="auto-annotate"
                checked={settings.autoAnnotate}
                onChange={(event) => change({ autoAnnotate: (event.currentTarget as HTMLInputElement).checked })}
              />
              <span>
                {t('settingAutoAnnotate')}
                <span class="rl-hint">{t('settingAutoAnnotateHint')}</span>
              </span>
            </label>
          </li>
          <li>
            <label class="rl-switch">
              <input
                type="checkbox"
                name="keep-reports"
                checked={settings.keepReports}
                onChange={(event) => change({ keepReports: (event.currentTarget as HTMLInputElement).checked })}
              />
              <span>
                {t('settingKeepReports')}
                <span class="rl-hint">{t('settingKeepReportsHint')}</span>
              </span>
            </label>
            {props.ledgerHref ? (
              <a class="rl-link rl-hint-link" href={props.ledgerHref} data-action="open-ledger">
                {t('popupOpenLedger')}
              </a>
            ) : null}
          </li>
          <li class="rl-switch">
            <span>{t('optionsSidebarWidth', String(settings.sidebarWidth))}</span>
            <button
              type="button"
              class="rl-button"
              data-action="reset-width"
              disabled={settings.sidebarWidth === DEFAULT_SETTINGS.sidebarWidth}
              onClick={() => change({ sidebarWidth: DEFAULT_SETTINGS.sidebarWidth })}
            >
              {t('optionsResetWidth')}
            </button>
            <span class="rl-hint">
              {SIDEBAR_WIDTH_LIMITS.min}–{SIDEBAR_WIDTH_LIMITS.max} px
            </span>
          </li>
        </ul>
      </section>

      <section aria-labelledby="rl-sites">
        <h2 id="rl-sites">{t('optionsDisabledSites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="rl-hint">{t('optionsNoDisabledSites')}</p>
        ) : (
          <ul class="rl-sites">
            {settings.disabledSites.map((site) => (
              <li key={site} data-site={site}>
                <span>{site}</span>
                <button
                  type="button"
                  class="rl-button"
                  aria-label={t('optionsRemoveSite', site)}
                  onClick={() => change({ disabledSites: settings.disabledSites.filter((other) => other !== site) })}
                >
                  {t('optionsRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="rl-shortcuts">
        <h2 id="rl-shortcuts">{t('optionsShortcuts')}</h2>
        <table class="rl-shortcuts">
          <tbody>
            {shortcuts.map((shortcut) => (
              <tr key={shortcut.command} data-command={shortcut.command}>
                <th scope="row">{t(shortcut.messageKey)}</th>
                <td>
                  <kbd>{shortcut.keys}</kbd>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="rl-hint">{t('optionsShortcutsHint')}</p>
      </section>

      <div class="rl-status" role="status" data-error={props.notice?.error ? '' : undefined}>
        {props.notice?.text ?? ''}
      </div>
      <p class="rl-footer-note">{t('optionsPrivacy')}</p>
    </main>
  );
}
