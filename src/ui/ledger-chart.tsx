// One indicator's years as a small SVG chart: the outcomes as a line, each
// year's target as a mark of what it allows (a band for 左右, a bar for a
// range, a floor for 以上 and plain growth targets, a ceiling for 以内 and
// caps). Drawn by hand rather than with a charting library: README, "The
// ledger" (uPlot would add 52 KB, Chart.js 173 KB, to a dist/ of 250 KB).
import type { LedgerRow } from '../core/ledger';
import { formatDisplayNumber } from './format';
import { outcomeValue, targetShape, type Measure, type TargetShape } from './ledger-model';
import type { Translate } from '../core/message-bundle';

export interface LedgerChartProps {
  measure: Measure;
  /** the label of the measure: "地区生产总值 · 增长 %" */
  label: string;
  /** the years on the axis, shared by every chart of the jurisdiction */
  years: readonly number[];
  t: Translate;
}

const WIDTH = 520;
const HEIGHT = 168;
const PAD = { left: 48, right: 12, top: 12, bottom: 24 };
const MARK = 11;

/** Four or five round steps over [low, high]. */
export function niceTicks(low: number, high: number): number[] {
  const span = high - low || Math.abs(high) || 1;
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / step) * step; tick <= high + step * 1e-9; tick += step) ticks.push(Number(tick.toPrecision(12)));
  return ticks;
}

function extent(shapes: TargetShape[], outcomes: number[]): [number, number] {
  const values = [...outcomes, ...shapes.flatMap((shape) => ('low' in shape ? [shape.low, shape.high] : [shape.value]))];
  let low = Math.min(...values);
  let high = Math.max(...values);
  const pad = (high - low || Math.abs(high) || 1) * 0.12;
  low -= pad;
  high += pad;
  return [low, high];
}

function TargetMark({ shape, x, y }: { shape: TargetShape; x: number; y: (value: number) => number }) {
  const left = x - MARK;
  const width = MARK * 2;
  if (shape.kind === 'band' || shape.kind === 'range') {
    const top = y(shape.high);
    const bar = <rect class={`rl-chart-${shape.kind}`} x={left} y={top} width={width} height={Math.max(1.5, y(shape.low) - top)} />;
    if (shape.kind === 'range') return bar;
    return (
      <>
        {bar}
        <line class="rl-chart-target" x1={left} x2={left + width} y1={y(shape.value)} y2={y(shape.value)} />
      </>
    );
  }
  const at = y(shape.value);
  // the arrow points the way the target lets the outcome go
  const tip = shape.kind === 'floor' ? at - 7 : at + 7;
  return (
    <>
      <line class="rl-chart-target" x1={left} x2={left + width} y1={at} y2={at} />
      <path class="rl-chart-arrow" d={`M${x - 4} ${at} L${x} ${tip} L${x + 4} ${at} Z`} />
    </>
  );
}

export function LedgerChart({ measure, label, years, t }: LedgerChartProps) {
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const slot = plotWidth / Math.max(1, years.length);
  const xOf = (year: number) => PAD.left + (years.indexOf(year) + 0.5) * slot;
  const rows: LedgerRow[] = years.flatMap((year) => measure.byYear.get(year) ?? []);
  const marks = rows.flatMap((row) => (row.target ? [{ row, shape: targetShape(row.target, row.indicator) }] : []));
  const points = years.flatMap((year) => {
    const value = (measure.byYear.get(year) ?? []).map(outcomeValue).find((v) => v !== null);
    return value === undefined || value === null ? [] : [{ year, value }];
  });
  const [low, high] = extent(marks.map((mark) => mark.shape), points.map((point) => point.value));
  const yOf = (value: number) => PAD.top + ((high - value) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom);
  const kinds = new Set(marks.map((mark) => mark.shape.kind));
  const unit = measure.unit;
  return (
    <figure class="rl-chart" data-measure={measure.key}>
      <figcaption class="rl-chart-title">{label}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('ledgerChartLabel', label)}>
        {niceTicks(low, high).map((tick) => (
          <g key={tick} class="rl-chart-grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={yOf(tick)} y2={yOf(tick)} />
            <text x={PAD.left - 6} y={yOf(tick) + 4} text-anchor="end">
              {formatDisplayNumber(tick)}
            </text>
          </g>
        ))}
        {years.map((year) => (
          <text key={year} class="rl-chart-year" x={xOf(year)} y={HEIGHT - 6} text-anchor="middle">
            {year}
          </text>
        ))}
        {marks.map(({ row, shape }, index) => (
          <g key={index} data-year={row.year} data-shape={shape.kind}>
            <title>{`${row.year} ${t('ledgerTarget')} ${row.target?.text ?? ''}`}</title>
            <TargetMark shape={shape} x={xOf(row.year)} y={yOf} />
          </g>
        ))}
        {points.length > 1 ? (
          <polyline class="rl-chart-line" points={points.map((point) => `${xOf(point.year)},${yOf(point.value)}`).join(' ')} />
        ) : null}
        {points.map((point) => (
          <circle key={point.year} class="rl-chart-point" data-year={point.year} cx={xOf(point.year)} cy={yOf(point.value)} r={3.5}>
            <title>{`${point.year} ${t('ledgerOutcome')} ${formatDisplayNumber(point.value)}${unit}`}</title>
          </circle>
        ))}
      </svg>
      <ul class="rl-chart-legend">
        <li data-legend="outcome"><span class="rl-swatch rl-swatch-line" aria-hidden="true" />{t('chartOutcome')}</li>
        {kinds.has('band') ? <li data-legend="band"><span class="rl-swatch rl-swatch-band" aria-hidden="true" />{t('chartBand')}</li> : null}
        {kinds.has('range') ? <li data-legend="range"><span class="rl-swatch rl-swatch-range" aria-hidden="true" />{t('chartRange')}</li> : null}
        {kinds.has('floor') ? <li data-legend="floor"><span class="rl-swatch" aria-hidden="true">▲</span>{t('chartFloor')}</li> : null}
        {kinds.has('ceiling') ? <li data-legend="ceiling"><span class="rl-swatch" aria-hidden="true">▼</span>{t('chartCeiling')}</li> : null}
      </ul>
    </figure>
  );
}
