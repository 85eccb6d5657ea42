// Styles of the ledger page, on top of PAGE_CSS (its colours and controls).
export const LEDGER_CSS = `
.rl-ledger { max-width: 1280px; margin: 0 auto; }
.rl-visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.rl-ledger h1 { font-size: 18px; }
.rl-ledger-header .rl-hint { max-width: 72ch; }
.rl-library-summary { margin: 6px 0; font-weight: 600; }
.rl-library-actions, .rl-ledger-outputs { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
.rl-button { line-height: 22px; }
.rl-button:disabled { opacity: 0.55; cursor: default; }
.rl-file { position: relative; display: inline-block; }
.rl-file:focus-within { outline: 2px solid var(--rl-accent); outline-offset: 1px; }
.rl-primary { background: var(--rl-accent); border-color: var(--rl-accent); color: var(--rl-bg); }
.rl-primary:hover { background: var(--rl-accent); filter: brightness(1.08); }
.rl-filters-bar { display: flex; flex-wrap: wrap; gap: 14px; align-items: center; margin: 10px 0; padding: 8px 12px;
  border: 1px solid var(--rl-border); border-radius: 8px; background: var(--rl-surface); }
.rl-filters-bar legend { padding: 0 4px; color: var(--rl-muted); font-weight: 600; }
.rl-field { display: inline-flex; gap: 6px; align-items: center; }
.rl-field select { font: inherit; color: inherit; background: var(--rl-bg); border: 1px solid var(--rl-border); border-radius: 6px; padding: 1px 4px; }
.rl-check input { accent-color: var(--rl-accent); }
.rl-ledger-layout { display: grid; grid-template-columns: minmax(220px, 300px) 1fr; gap: 16px; align-items: start; }
@media (max-width: 760px) { .rl-ledger-layout { grid-template-columns: 1fr; } }
.rl-reports { border: 1px solid var(--rl-border); border-radius: 8px; background: var(--rl-surface); padding: 4px 10px 10px; }
.rl-reports ul { list-style: none; margin: 0; padding: 0; }
.rl-groups > li + li { border-top: 1px solid var(--rl-border); margin-top: 6px; padding-top: 6px; }
.rl-jurisdiction { display: flex; width: 100%; justify-content: space-between; gap: 6px; border: 0; background: none;
  padding: 4px 6px; border-radius: 6px; font-weight: 600; text-align: left; cursor: pointer; }
.rl-jurisdiction:hover { background: var(--rl-accent-soft); }
.rl-jurisdiction[aria-current] { background: var(--rl-accent-soft); color: var(--rl-accent); box-shadow: inset 3px 0 0 var(--rl-accent); }
.rl-unknown { margin: 0; color: var(--rl-muted); cursor: default; }
.rl-level { color: var(--rl-muted); font-weight: 400; font-size: 12px; }
.rl-years > li { display: grid; grid-template-columns: 44px 1fr; gap: 4px; padding: 2px 0 2px 6px; }
.rl-year { color: var(--rl-muted); font-variant-numeric: tabular-nums; }
.rl-entry { display: flex; flex-wrap: wrap; gap: 2px 8px; align-items: baseline; padding: 2px 0; }
.rl-entry .rl-link { overflow-wrap: anywhere; }
.rl-delete { font-size: 12px; padding: 0 6px; line-height: 18px; }
.rl-ledger-main { min-width: 0; }
.rl-ledger-main h2 { font-size: 15px; color: var(--rl-text); margin: 4px 0 8px; }
.rl-ledger-scroll { overflow-x: auto; border: 1px solid var(--rl-border); border-radius: 8px; }
.rl-ledger-table { border-collapse: collapse; width: 100%; font-size: 12px; }
.rl-ledger-table caption { text-align: left; padding: 6px 8px; color: var(--rl-muted); }
.rl-ledger-table th, .rl-ledger-table td { border-top: 1px solid var(--rl-border); padding: 4px 6px; text-align: left; vertical-align: top; }
.rl-ledger-table thead th { background: var(--rl-surface); font-variant-numeric: tabular-nums; }
.rl-ledger-table tbody th { font-weight: 600; min-width: 140px; }
.rl-cell { display: flex; flex-direction: column; gap: 1px; width: 100%; min-width: 104px; margin: 1px 0; padding: 4px 6px;
  border: 1px solid var(--rl-border); border-radius: 6px; background: var(--rl-bg); text-align: left; cursor: pointer; }
.rl-cell:hover { background: var(--rl-accent-soft); }
.rl-cell[aria-pressed="true"] { border-color: var(--rl-accent); box-shadow: inset 0 0 0 1px var(--rl-accent); }
.rl-cell-target { color: var(--rl-target); font-weight: 600; }
.rl-cell-outcome { color: var(--rl-actual); }
.rl-badge { display: inline-block; align-self: flex-start; padding: 0 6px; border-radius: 9px; font-size: 11px; font-weight: 600;
  background: var(--rl-surface); color: var(--rl-muted); border: 1px solid var(--rl-border); }
.rl-badge[data-status="met"] { background: var(--rl-actual-bg); color: var(--rl-actual); border-color: transparent; }
.rl-badge[data-status="exceeded"] { background: var(--rl-accent-soft); color: var(--rl-accent); border-color: transparent; }
.rl-badge[data-status="missed"] { background: var(--rl-target-bg); color: var(--rl-error); border-color: transparent; }
.rl-detail { margin: 12px 0; padding: 10px 12px; border: 1px solid var(--rl-accent); border-radius: 8px; background: var(--rl-surface); }
.rl-detail h3 { margin: 0 0 6px; font-size: 14px; }
.rl-detail h4 { margin: 8px 0 2px; font-size: 13px; }
.rl-sentence { margin: 2px 0; padding: 4px 10px; border-left: 3px solid var(--rl-border); background: var(--rl-bg); }
.rl-sentence mark { background: var(--rl-target-bg); color: var(--rl-text); padding: 0 1px; border-radius: 2px; }
.rl-source { margin: 2px 0 0; color: var(--rl-muted); font-size: 12px; }
.rl-charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 12px; }
.rl-charts h2 { grid-column: 1 / -1; }
.rl-chart { margin: 0; padding: 8px 10px; border: 1px solid var(--rl-border); border-radius: 8px; background: var(--rl-surface); }
.rl-chart-title { font-weight: 600; margin-bottom: 4px; }
.rl-chart svg { display: block; width: 100%; height: auto; font-size: 11px; }
.rl-chart-grid line { stroke: var(--rl-border); stroke-width: 1; }
.rl-chart-grid text, .rl-chart-year { fill: var(--rl-muted); }
.rl-chart-band, .rl-chart-range { fill: var(--rl-target-bg); stroke: var(--rl-target); stroke-width: 1; }
.rl-chart-range { fill-opacity: 0.9; }
.rl-chart-target { stroke: var(--rl-target); stroke-width: 2.5; }
.rl-chart-arrow { fill: var(--rl-target); }
.rl-chart-line { fill: none; stroke: var(--rl-accent); stroke-width: 2; }
.rl-chart-point { fill: var(--rl-accent); stroke: var(--rl-surface); stroke-width: 1.5; }
.rl-chart-legend { list-style: none; margin: 4px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 11px; color: var(--rl-muted); }
.rl-swatch { display: inline-block; width: 16px; margin-right: 4px; text-align: center; color: var(--rl-target); }
.rl-swatch-line { height: 0; border-top: 2px solid var(--rl-accent); vertical-align: middle; }
.rl-swatch-band, .rl-swatch-range { height: 10px; background: var(--rl-target-bg); border: 1px solid var(--rl-target); vertical-align: middle; }
.rl-empty-library { padding: 12px; border: 1px dashed var(--rl-border); border-radius: 8px; color: var(--rl-muted); }
`;
