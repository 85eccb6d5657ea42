import type { Translate } from '../core/message-bundle';

export interface SidebarLegendProps {
  t: Translate;
  /** up drawn red and down green (红涨绿跌), or the reverse */
  redUp: boolean;
}

/** What the colours in the page and the table mean: results, targets,
 * headline targets, and which colour is up. The swatches are drawn with
 * the marks' own colours (sidebar-css.ts and mark-style.ts share them). */
export function SidebarLegend(props: SidebarLegendProps) {
  const { t } = props;
  return (
    <ul class="rl-legend" aria-label={t('legendLabel')} data-red-up={String(props.redUp)}>
      <li>
        <span class="rl-swatch rl-swatch-actual" aria-hidden="true" />
        {t('legendActual')}
      </li>
      <li>
        <span class="rl-swatch rl-swatch-target" aria-hidden="true" />
        {t('legendTarget')}
      </li>
      <li>
        <span class="rl-swatch rl-swatch-headline" aria-hidden="true" />
        {t('legendHeadline')}
      </li>
      <li>
        <span class="rl-up" aria-hidden="true">▲</span>
        {t('legendUp')}
      </li>
      <li>
        <span class="rl-down" aria-hidden="true">▼</span>
        {t('legendDown')}
      </li>
    </ul>
  );
}
