import type { Translate } from '../core/message-bundle';
export type SidebarTab = 'outline' | 'metrics';
export const TABS: readonly SidebarTab[] = ['outline', 'metrics'];

export interface SidebarTabsProps {
  tab: SidebarTab;
  t: Translate;
  onSelect(tab: SidebarTab): void;
}

/** The outline and the figures, as an ARIA tab list: one tab stop, the
 * arrows, Home and End move between them. */
export function SidebarTabs(props: SidebarTabsProps) {
  const { tab, t } = props;
  const onKey = (event: KeyboardEvent) => {
    const index = TABS.indexOf(tab);
    let next: SidebarTab | undefined;
    if (event.key === 'ArrowRight') next = TABS[(index + 1) % TABS.length];
    else if (event.key === 'ArrowLeft') next = TABS[(index - 1 + TABS.length) % TABS.length];
    else if (event.key === 'Home') next = TABS[0];
    else if (event.key === 'End') next = TABS[TABS.length - 1];
    if (!next) return;
    event.preventDefault();
    props.onSelect(next);
    const wanted = next;
    const list = event.currentTarget as HTMLElement;
    Array.from(list.querySelectorAll<HTMLElement>('[data-tab]')).find((button) => button.getAttribute('data-tab') === wanted)?.focus();
  };
  return (
    <div class="rl-tabs" role="tablist" aria-label={t('tabsLabel')} onKeyDown={onKey}>
      {TABS.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          class="rl-tab"
          id={`rl-tab-${name}`}
          data-tab={name}
          aria-selected={tab === name}
          aria-controls={`rl-panel-${name}`}
          tabIndex={tab === name ? 0 : -1}
          onClick={() => props.onSelect(name)}
        >
          {t(name === 'outline' ? 'tabOutline' : 'tabMetrics')}
        </button>
      ))}
    </div>
  );
}
