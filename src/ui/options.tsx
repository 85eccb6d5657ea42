import { DEFAULT_SETTINGS, SIDEBAR_WIDTH_LIMITS, type Settings, type SiteMode } from '../core/settings';
import { ChoiceField, COLOUR_CHOICES, EMPHASIS_CHOICES, LANGUAGE_CHOICES, SIZE_CHOICES, WIDTH_CHOICES } from './choice-field';
import { ShortcutsSection, SitesSection, type ShortcutEntry } from './options-sites';
import { PAGE_CSS } from './page-css';
import { SwitchField } from './switch-field';
import type { Translate } from '../core/message-bundle';

export { SUGGESTED_SHORTCUTS, type ShortcutEntry } from './options-sites';

export interface OptionsPageProps {
  settings: Settings;
  t: Translate;
  onChange(settings: Settings): void;
  /** the shortcuts as the browser has them set (commands.getAll); the
   * manifest's suggestions until they are known */
  shortcuts?: readonly ShortcutEntry[];
  /** opens the browser's page for changing shortcuts, where it can be opened */
  onOpenShortcuts?: () => void;
  /** the reader chose a mode for a site ('always' asks the browser for the
   * site's pages first); without it the choice is only stored */
  onSiteMode?: (site: string, mode: SiteMode) => void;
  /** a link to the ledger page, when the caller has one */
  ledgerHref?: string;
  notice?: { text: string; error: boolean } | null;
}

export function OptionsPage(props: OptionsPageProps) {
  const { settings, t } = props;
  const change = (patch: Partial<Settings>) => props.onChange({ ...settings, ...patch });
  return (
    <main class="rl-page rl-options">
      <style>{PAGE_CSS}</style>
      <h1>{t('optionsTitle')}</h1>
      <GeneralSection {...props} change={change} />

      <section aria-labelledby="rl-figures">
        <h2 id="rl-figures">{t('optionsFigures')}</h2>
        <div class="rl-choices">
          <ChoiceField name="colour-convention" label={t('optionsColourConvention')} value={settings.colourConvention} options={COLOUR_CHOICES} t={t} onChange={(colourConvention) => change({ colourConvention })} />
          <ChoiceField name="emphasis" label={t('optionsEmphasis')} value={settings.emphasis} options={EMPHASIS_CHOICES} t={t} onChange={(emphasis) => change({ emphasis })} />
        </div>
      </section>

      <ReadingSection {...props} change={change} />
      <SitesSection settings={settings} t={t} onChange={props.onChange} onSiteMode={props.onSiteMode} />
      <ShortcutsSection t={t} shortcuts={props.shortcuts} onOpenShortcuts={props.onOpenShortcuts} />

      <div class="rl-status" role="status" data-error={props.notice?.error ? '' : undefined}>
        {props.notice?.text ?? ''}
      </div>
      <p class="rl-footer-note">{t('optionsPrivacy')}</p>
    </main>
  );
}

type SectionProps = OptionsPageProps & { change(patch: Partial<Settings>): void };

function GeneralSection({ settings, t, change, ledgerHref }: SectionProps) {
  return (
    <section aria-labelledby="rl-general">
      <h2 id="rl-general">{t('optionsGeneral')}</h2>
      <ChoiceField name="language" label={t('optionsLanguage')} value={settings.language} options={LANGUAGE_CHOICES} t={t} onChange={(language) => change({ language })} />
      <ul class="rl-switches">
        <li>
          <SwitchField name="auto-annotate" label={t('settingAutoAnnotate')} hint={t('settingAutoAnnotateHint')} checked={settings.autoAnnotate}
            onChange={(autoAnnotate) => change({ autoAnnotate })} />
        </li>
        <li>
          <SwitchField name="keep-reports" label={t('settingKeepReports')} hint={t('settingKeepReportsHint')} checked={settings.keepReports}
            onChange={(keepReports) => change({ keepReports })} />
          {ledgerHref ? (
            <a class="rl-link rl-hint-link" href={ledgerHref} data-action="open-ledger">
              {t('popupOpenLedger')}
            </a>
          ) : null}
        </li>
      </ul>
    </section>
  );
}

function ReadingSection({ settings, t, change }: SectionProps) {
  return (
    <section aria-labelledby="rl-reading">
      <h2 id="rl-reading">{t('optionsReading')}</h2>
      <div class="rl-choices">
        <ChoiceField name="reading-width" label={t('optionsReadingWidth')} value={settings.readingWidth} options={WIDTH_CHOICES} t={t} onChange={(readingWidth) => change({ readingWidth })} />
        <ChoiceField name="font-size" label={t('optionsFontSize')} value={settings.fontSize} options={SIZE_CHOICES} t={t} onChange={(fontSize) => change({ fontSize })} />
      </div>
      <p class="rl-switch">
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
      </p>
    </section>
  );
}
