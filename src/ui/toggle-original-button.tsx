import type { Ref } from 'preact';
import type { Translate } from '../core/message-bundle';
import type { PageView } from '../core/types';
import { actionHook } from '../core/contract';

export interface ToggleOriginalButtonProps {
  /** what the page shows now: the button offers the other */
  view: PageView;
  /** in the folded handle, written down the edge: the short words */
  compact?: boolean;
  t: Translate;
  onToggle(): void;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** The one control of docs/contract.md §1's toggle-original, wherever the sidebar
 * shows it (its header, the folded handle, the handle of the original page). */
export function ToggleOriginalButton(props: ToggleOriginalButtonProps) {
  const { t, view, compact } = props;
  const toOriginal = view === 'annotated';
  const words = toOriginal ? t(compact ? 'showOriginalShort' : 'showOriginal') : t('showAnnotated');
  return (
    <button
      ref={props.buttonRef}
      type="button"
      class={compact || !toOriginal ? 'rl-handle-button' : 'rl-icon-button'}
      {...actionHook('toggle-original')}
      title={t(toOriginal ? 'showOriginalHint' : 'showAnnotatedHint')}
      onClick={props.onToggle}
    >
      {words}
    </button>
  );
}
