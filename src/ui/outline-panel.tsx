import { useEffect, useRef } from 'preact/hooks';
import type { Analysis } from '../core/types';
import { OutlineTree } from './outline-tree';
import type { Translate } from '../core/message-bundle';
import { OUTLINE_ID_ATTRIBUTE } from '../core/contract';

export interface OutlinePanelProps {
  analysis: Analysis;
  counts: ReadonlyMap<string, number>;
  expanded: ReadonlySet<string>;
  activeSectionId: string | null;
  visible: boolean;
  t: Translate;
  onToggle(id: string): void;
  onSelect(id: string): void;
}

/** The Outline tab; the entry being read kept in view. */
export function OutlinePanel(props: OutlinePanelProps) {
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!props.visible || !props.activeSectionId) return;
    const wanted = props.activeSectionId;
    Array.from(panelRef.current?.querySelectorAll<HTMLElement>(`[${OUTLINE_ID_ATTRIBUTE}]`) ?? [])
      .find((entry) => entry.getAttribute(OUTLINE_ID_ATTRIBUTE) === wanted)
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [props.visible, props.activeSectionId, props.expanded]);
  return (
    <div ref={panelRef} class="rl-panel" id="rl-panel-outline" role="tabpanel" aria-labelledby="rl-tab-outline" hidden={!props.visible}>
      <OutlineTree outline={props.analysis.outline} counts={props.counts} expanded={props.expanded} activeSectionId={props.activeSectionId}
        t={props.t} onToggle={props.onToggle} onSelect={props.onSelect} />
    </div>
  );
}
