import type { PageStatus, PageView, ReadMode } from '../core/types';
import { isSiteEnabled, siteModeOf, type Settings, type SiteMode, type UiLanguage } from '../core/settings';
import { ChoiceField, EMPHASIS_CHOICES, SITE_MODE_CHOICES, SIZE_CHOICES, WIDTH_CHOICES } from './choice-field';
import { countWords, reportKindWords } from './format';
import { PAGE_CSS } from './page-css';
import { SwitchField } from './switch-field';

/** What the tab's content script says about its page. */
export type PopupTabStatus = PageStatus;

export interface PopupPanelProps {
  /** undefined while the tab is being asked; null when no content script answers */
  status: PopupTabStatus | null | undefined;
  /** the active tab's hostname, when known */
  hostname: string | null;
  settings: Settings;
  t: (key: string, substitutions?: string | string[]) => string;
  language: UiLanguage;
  onAutoAnnotateChange(enabled: boolean): void;
  /** the reader chose how Report Lens treats this site */
  onSiteModeChange(mode: SiteMode): void;
  onViewChange(view: PageView): void;
  onKeepReportsChange(enabled: boolean): void;
  /** emphasis, line length, type size */
  onSettingsChange?(patch: Partial<Pick<Settings, 'emphasis' | 'readingWidth' | 'fontSize'>>): void;
  /** read the tab as a report (its densest text, or the text the reader
   * picks); offered where the tab holds no report Report Lens found */
  onReadAsReport?(mode: ReadMode): void;
  /** whether the tab is a web page that can be read (false for the
   * browser's own pages, where nothing can run) */
  readable?: boolean;
  /** a link to the options page, when the caller has one */
  optionsHref?: string;
  /** a link to the ledger page, when the caller has one */
  ledgerHref?: string;
  /** a line under the switches, e.g. a save error */
  notice?: { text: string; error: boolean } | null;
}

function stateText(status: PopupTabStatus | null | undefined, t: PopupPanelProps['t']): string {
  if (status === undefined) return t('popupChecking');
  if (status === null) return t('popupNoAccess');
  switch (status.state) {
    case 'ready':
      return t('popupReady');
    case 'off':
      return t('popupOff');
    case 'disabled':
      return t('popupDisabled');
    case 'error':
      return t('popupError', status.message ?? '');
    case 'too-large':
      return t('popupTooLarge', status.message ?? '');
    default:
      return t('popupNotReport');
  }
}

export function PopupPanel(props: PopupPanelProps) {
  const { status, t, settings } = props;
  const isReport = Boolean(status && (status.state === 'ready' || status.state === 'off'));
  const siteEnabled = props.hostname ? isSiteEnabled(settings, props.hostname) : true;
  return (
    <main class="rl-page rl-popup">
      <style>{PAGE_CSS}</style>
      <h1>{t('extName')}</h1>
      <section class="rl-report" aria-live="polite" data-state={status === undefined ? 'checking' : (status?.state ?? 'no-access')}>
        {isReport && status?.title ? <p class="rl-report-title">{status.title}</p> : null}
        <p class="rl-report-state">{stateText(status, t)}</p>
        {isReport && status?.kind ? <p class="rl-report-meta">{reportKindWords(status.kind, props.language)}</p> : null}
        {isReport && ((status?.actual ?? 0) > 0 || (status?.targets ?? 0) > 0) ? (
          <p class="rl-report-counts">
            {(status?.actual ?? 0) > 0 ? <span class="rl-pill rl-pill-actual">{countWords(t, 'countActual', status?.actual ?? 0)}</span> : null}
            {(status?.targets ?? 0) > 0 ? <span class="rl-pill rl-pill-target">{countWords(t, 'countTargets', status?.targets ?? 0)}</span> : null}
          </p>
        ) : null}
      </section>

      {props.onReadAsReport && !isReport && props.readable !== false && status !== undefined && status?.state !== 'disabled' && status?.state !== 'too-large' ? (
        <ReadButtons t={t} onRead={props.onReadAsReport} />
      ) : null}

      <Switches {...props} isReport={isReport} siteEnabled={siteEnabled} />
      {props.hostname ? (
        <ChoiceField
          name="site-mode" label={t('settingSiteMode', props.hostname)} value={siteModeOf(settings, props.hostname)}
          options={SITE_MODE_CHOICES} t={t} onChange={(mode) => props.onSiteModeChange(mode)}
        />
      ) : null}
      {isReport && props.onSettingsChange ? <ViewChoices settings={settings} t={t} onChange={props.onSettingsChange} /> : null}
      <div class="rl-status" role="status" data-error={props.notice?.error ? '' : undefined}>
        {props.notice?.text ?? ''}
      </div>
      {props.optionsHref || props.ledgerHref ? (
        <p class="rl-footer-note rl-links">
          {props.ledgerHref ? (
            <a class="rl-link" href={props.ledgerHref} target="_blank" rel="noopener" data-action="open-ledger">
              {t('popupOpenLedger')}
            </a>
          ) : null}
          {props.optionsHref ? (
            <a class="rl-link" href={props.optionsHref} target="_blank" rel="noopener">
              {t('popupOpenOptions')}
            </a>
          ) : null}
        </p>
      ) : null}
    </main>
  );
}

function ReadButtons(props: { t: PopupPanelProps['t']; onRead(mode: ReadMode): void }) {
  const { t } = props;
  return (
    <section class="rl-read" aria-label={t('popupReadAsReport')}>
      <p class="rl-actions">
        <button type="button" class="rl-button rl-button-primary" data-action="read-as-report" onClick={() => props.onRead('densest')}>
          {t('popupReadAsReport')}
        </button>
        <button type="button" class="rl-button" data-action="pick-report" onClick={() => props.onRead('pick')}>
          {t('popupPickReport')}
        </button>
      </p>
      <p class="rl-hint">{t('popupReadHint')}</p>
    </section>
  );
}

/** The reading view's choices for the report on screen. */
function ViewChoices(props: { settings: Settings; t: PopupPanelProps['t']; onChange: NonNullable<PopupPanelProps['onSettingsChange']> }) {
  const { settings, t } = props;
  return (
    <div class="rl-choices">
      <ChoiceField name="emphasis" label={t('optionsEmphasis')} value={settings.emphasis} options={EMPHASIS_CHOICES} t={t} onChange={(emphasis) => props.onChange({ emphasis })} />
      <ChoiceField name="reading-width" label={t('optionsReadingWidth')} value={settings.readingWidth} options={WIDTH_CHOICES} t={t} onChange={(readingWidth) => props.onChange({ readingWidth })} />
      <ChoiceField name="font-size" label={t('optionsFontSize')} value={settings.fontSize} options={SIZE_CHOICES} t={t} onChange={(fontSize) => props.onChange({ fontSize })} />
    </div>
  );
}

/** The switches: automatic annotation, the original page, keeping reports. */
function Switches(props: PopupPanelProps & { isReport: boolean; siteEnabled: boolean }) {
  const { t, settings, status, isReport, siteEnabled } = props;
  return (
    <ul class="rl-switches">
      <li>
        <SwitchField name="auto-annotate" label={t('settingAutoAnnotate')} hint={t('settingAutoAnnotateHint')} checked={settings.autoAnnotate}
          onChange={props.onAutoAnnotateChange} />
      </li>
      <li>
        <SwitchField name="show-original" label={t('settingShowOriginal')} checked={status?.state === 'off'} disabled={!isReport || !siteEnabled}
          onChange={(original) => props.onViewChange(original ? 'original' : 'annotated')} />
      </li>
      <li>
        <SwitchField name="keep-reports" label={t('settingKeepReports')} checked={settings.keepReports} onChange={props.onKeepReportsChange} />
      </li>
    </ul>
  );
}
