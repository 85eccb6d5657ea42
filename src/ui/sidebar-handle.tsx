import type { Ref } from 'preact';
import { ToggleOriginalButton } from './toggle-original-button';
import type { Translate } from '../core/message-bundle';
import type { PageView } from '../core/types';

export interface SidebarHandleProps {
  view: PageView;
  t: Translate;
  /** the button focus comes back to when the panel folds from the keyboard */
  handleRef: Ref<HTMLButtonElement>;
  onExpand(): void;
  onToggleOriginal(): void;
}

/** The folded sidebar: a small handle at the window's edge. Over the
 * original page it only brings the annotated view back; folded over the
 * annotated view it opens the panel, or shows the original. */
export function SidebarHandle(props: SidebarHandleProps) {
  const { t } = props;
  return (
    <div class="rl-handle" role="complementary" aria-label={t('sidebarLabel')}>
      {props.view === 'original' ? (
        <ToggleOriginalButton view="original" t={t} onToggle={props.onToggleOriginal} buttonRef={props.handleRef} />
      ) : (
        <>
          <button ref={props.handleRef} type="button" class="rl-handle-button" aria-expanded="false" title={t('expandSidebar')} onClick={props.onExpand}>
            {t('expandSidebarShort')}
          </button>
          <ToggleOriginalButton view="annotated" compact t={t} onToggle={props.onToggleOriginal} />
        </>
      )}
    </div>
  );
}
