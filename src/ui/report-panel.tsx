import type { Metric } from '../core/types';
import { FigureCard, type AnchorRect } from './figure-card';
import { noteWords } from './ledger-words';
import { Sidebar, type SidebarProps } from './sidebar';

export interface ReportPanelProps extends SidebarProps {
  /** the figure under the pointer or the keyboard, and where its mark is */
  hovered: { metric: Metric; rect: AnchorRect } | null;
  /** section id → "一、… › （二）…", for the card */
  sectionPaths: ReadonlyMap<string, string>;
  onCloseCard(): void;
}

/** Everything the extension shows on a report page: the sidebar, and the
 * card of the figure in focus while the page is annotated. */
export function ReportPanel(props: ReportPanelProps) {
  const { hovered, sectionPaths, onCloseCard, ...sidebar } = props;
  const metric = hovered?.metric;
  const note = metric ? props.ledgerNotes?.[metric.id] : undefined;
  return (
    <>
      <Sidebar {...sidebar} />
      {metric && hovered && props.view === 'annotated' ? (
        <FigureCard metric={metric} anchor={hovered.rect} sectionTitle={metric.sectionId ? sectionPaths.get(metric.sectionId) ?? '' : ''}
          note={note ? noteWords(note, props.t, props.language) : undefined} t={props.t} language={props.language} onClose={onCloseCard} />
      ) : null}
    </>
  );
}
