import { useRef, useState } from 'preact/hooks';

export interface ResizeHandleProps {
  width: number;
  limits: { min: number; max: number };
  t: (key: string, substitutions?: string | string[]) => string;
  onResize(width: number): void;
  /** the width while a drag is under way, null when it ends */
  onPreview(width: number | null): void;
}

const KEY_STEP = 20;
const KEY_STEP_LARGE = 80;

export function clampWidth(width: number, limits: { min: number; max: number }): number {
  return Math.round(Math.min(limits.max, Math.max(limits.min, width)));
}

/** The left edge of the sidebar. The sidebar is anchored on the right, so
 * dragging left (or ArrowLeft) widens it. While dragging, the width is
 * previewed here and reported once on release, so that a drag is one
 * settings write, not one per pointer move. */
export function ResizeHandle(props: ResizeHandleProps) {
  const drag = useRef<{ startX: number; startWidth: number; pointerId: number } | null>(null);
  const [preview, setPreviewState] = useState<number | null>(null);
  const width = preview ?? props.width;
  const setPreview = (next: number | null) => {
    setPreviewState(next);
    props.onPreview(next);
  };

  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0) return;
    event.preventDefault();
    const target = event.currentTarget as HTMLElement;
    target.setPointerCapture?.(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: props.width, pointerId: event.pointerId };
    setPreview(props.width);
  };
  const onPointerMove = (event: PointerEvent) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    setPreview(clampWidth(current.startWidth + (current.startX - event.clientX), props.limits));
  };
  const finish = (event: PointerEvent) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    drag.current = null;
    const final = clampWidth(current.startWidth + (current.startX - event.clientX), props.limits);
    setPreview(null);
    if (final !== props.width) props.onResize(final);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? KEY_STEP_LARGE : KEY_STEP;
    let next: number | null = null;
    if (event.key === 'ArrowLeft') next = props.width + step;
    else if (event.key === 'ArrowRight') next = props.width - step;
    else if (event.key === 'Home') next = props.limits.min;
    else if (event.key === 'End') next = props.limits.max;
    if (next === null) return;
    event.preventDefault();
    const clamped = clampWidth(next, props.limits);
    if (clamped !== props.width) props.onResize(clamped);
  };

  return (
    <div
      class="rl-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={props.t('resizeSidebar')}
      aria-valuemin={props.limits.min}
      aria-valuemax={props.limits.max}
      aria-valuenow={width}
      tabIndex={0}
      data-dragging={preview === null ? undefined : ''}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={finish}
      onPointerCancel={finish}
      onKeyDown={onKeyDown}
    />
  );
}
