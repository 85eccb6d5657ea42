import type { PageStatus } from '../core/types';
import type { Settings } from '../core/settings';
import { isSiteEnabled } from '../core/settings';
import { countWords, reportKindWords, type UiLanguage } from './format';
import { PAGE_CSS } from './page-css';

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
  onSiteEnabledChange(enabled: boolean): void;
  onViewChange(view: 'annotated' | 'original'): void;
  onKeepReportsChange(enabled: boolean): void;
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

      <ul class="rl-switches">
        <li>
          <label class="rl-switch">
            <input
              type="checkbox"
              name="auto-annotate"
              checked={settings.autoAnnotate}
              onChange={(event) => props.onAutoAnnotateChange((event.currentTarget as HTMLInputElement).checked)}
            />
            <span>
              {t('settingAutoAnnotate')}
              <span class="rl-hint">{t('settingAutoAnnotateHint')}</span>
            </span>
          </label>
        </li>
        {props.hostname ? (
          <li>
            <label class="rl-switch">
              <input
                type="checkbox"
                name="site-enabled"
                checked={siteEnabled}
                onChange={(event) => props.onSiteEnabledChange((event.currentTarget as HTMLInputElement).checked)}
              />
              <span>{t('settingSiteEnabled', props.hostname)}</span>
            </label>
          </li>
        ) : null}
        <li>
          <label class="rl-switch" data-disabled={isReport && siteEnabled ? undefined : ''}>
            <input
              type="checkbox"
              name="show-original"
              disabled={!isReport || !siteEnabled}
              checked={status?.state === 'off'}
              onChange={(event) =>
                props.onViewChange((event.currentTarget as HTMLInputElement).checked ? 'original' : 'annotated')
              }
            />
            <span>{t('settingShowOriginal')}</span>
          </label>
        </li>
        <li>
          <label class="rl-switch">
            <input
              type="checkbox"
              name="keep-reports"
              checked={settings.keepReports}
              onChange={(event) => props.onKeepReportsChange((event.currentTarget as HTMLInputElement).checked)}
            />
            <span>{t('settingKeepReports')}</span>
          </label>
        </li>
      </ul>
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
