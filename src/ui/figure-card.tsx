import { Fragment, type RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { metricHooks } from '../core/contract';
import type { Translate } from '../core/message-bundle';
import type { UiLanguage } from '../core/settings';
import type { Metric } from '../core/types';
import { formatQuantity, metricKindWords, normalizedText, qualifierWords, relationWords } from './format';

export interface AnchorRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface FigureCardProps {
  metric: Metric;
  /** viewport px of the figure in the page */
  anchor: AnchorRect;
  /** "一、2019年工作回顾"; empty when the figure sits outside any section */
  sectionTitle: string;
  /** what the report library says beside the figure, when it says something */
  note?: string;
  t: Translate;
  language: UiLanguage;
  onClose(): void;
  /** viewport size; read from the card's own window when absent */
  viewport?: { width: number; height: number };
}

const GAP = 8;
const MARGIN = 8;

/** Where the card goes: below the figure, or above it when there is no
 * room below, and always inside the viewport. */
export function placeCard(
  anchor: AnchorRect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const maxLeft = Math.max(MARGIN, viewport.width - size.width - MARGIN);
  const left = Math.min(Math.max(anchor.left, MARGIN), maxLeft);
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  let top = below;
  if (below + size.height > viewport.height - MARGIN) {
    top = above >= MARGIN ? above : viewport.height - MARGIN - size.height;
  }
  return { left, top: Math.max(MARGIN, top) };
}

/** Where the card stands: first at the anchor, then, once the layout
 * effect measured it, where placeCard says. Measuring the offset we actually
 * got also corrects for a containing block other than the viewport (a host
 * with `contain`). */
function useCardPosition(cardRef: RefObject<HTMLDivElement | null>, props: FigureCardProps): { left: number; top: number } {
  const [position, setPosition] = useState<{ left: number; top: number }>({
    left: props.anchor.left,
    top: props.anchor.bottom + GAP,
  });
  const { left: anchorLeft, top: anchorTop, right: anchorRight, bottom: anchorBottom } = props.anchor;
  useLayoutEffect(() => {
    const card = cardRef.current;
    if (!card) return;
    const rect = card.getBoundingClientRect();
    const view = card.ownerDocument.defaultView;
    const viewport = props.viewport ?? { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
    const wanted = placeCard(
      { left: anchorLeft, top: anchorTop, right: anchorRight, bottom: anchorBottom },
      { width: rect.width, height: rect.height },
      viewport,
    );
    const originX = rect.left - position.left;
    const originY = rect.top - position.top;
    const next = { left: Math.round(wanted.left - originX), top: Math.round(wanted.top - originY) };
    if (next.left !== position.left || next.top !== position.top) setPosition(next);
  }, [anchorLeft, anchorTop, anchorRight, anchorBottom, props.metric.id, props.viewport?.width, props.viewport?.height]);
  return position;
}

/** The card's list of facts: kind, change, qualifier, and the period and
 * section where there are. */
function cardFacts(metric: Metric, sectionTitle: string, t: Translate, language: UiLanguage): [string, string][] {
  const facts: [string, string][] = [
    [t('cardType'), metricKindWords(metric, language)],
    [t('cardChange'), relationWords(metric.relation, language)],
    [t('cardQualifier'), qualifierWords(metric.qualifier, language)],
  ];
  if (metric.period !== null) facts.push([t('cardPeriod'), String(metric.period)]);
  if (sectionTitle) facts.push([t('cardSection'), sectionTitle]);
  return facts;
}

export function FigureCard(props: FigureCardProps) {
  const { metric, t, language } = props;
  const cardRef = useRef<HTMLDivElement>(null);
  // first rendered at the anchor; the layout effect measures the card and moves it
  const position = useCardPosition(cardRef, props);
  const normalized = normalizedText(metric);
  const facts = cardFacts(metric, props.sectionTitle, t, language);
  const indicator = metric.indicator || t('cardNoIndicator');

  return (
    <div
      ref={cardRef}
      class="rl-card"
      role="dialog"
      aria-modal="false"
      aria-label={t('cardLabel', indicator)}
      {...metricHooks(metric.id, metric.kind)}
      tabIndex={-1}
      style={{ left: `${position.left}px`, top: `${position.top}px` }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        props.onClose();
      }}
    >
      <div class="rl-card-head">
        <p class="rl-card-indicator">{indicator}</p>
        <button type="button" class="rl-card-close" aria-label={t('close')} title={t('close')} onClick={() => props.onClose()}>
          ×
        </button>
      </div>
      <p class="rl-card-value">
        {formatQuantity(metric)}
        {metric.text !== formatQuantity(metric) ? <span class="rl-card-written"> （{metric.text}）</span> : null}
      </p>
      {normalized ? (
        <p class="rl-card-normalized">
          <span class="rl-visually-hidden">{t('cardNormalized')} </span>= {normalized}
        </p>
      ) : null}
      {props.note ? <p class="rl-card-note">{props.note}</p> : null}
      <dl class="rl-card-facts">
        {facts.map(([term, value]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}
