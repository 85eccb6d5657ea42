// The shadow root's stylesheet: sidebar, collapsed handle and hover card.
// Sizes are px throughout because rem/em would follow the page's root font
// size; every colour is a variable defined here, never inherited from the page.
import { OUTLINE_LEVEL_ATTRIBUTE } from '../core/contract';

const FONT_STACK =
  'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

// Results violet, targets blue, headline targets gold, as the marks in the
// page (dom/annotate/mark-style.ts): red and green are kept for up and down, whose
// meaning the colour convention decides (红涨绿跌 or the reverse).
const LIGHT = `
  --rl-bg: #f7f7f5; --rl-surface: #ffffff; --rl-text: #1f2328; --rl-muted: #5b636e;
  --rl-border: #d8dce2; --rl-accent: #1d5ea8; --rl-accent-soft: #e4eefa; --rl-focus: #1d5ea8;
  --rl-actual: #5b3a8e; --rl-actual-bg: #efe8f8; --rl-actual-line: rgba(91, 58, 142, 0.75);
  --rl-target: #1257a6; --rl-target-bg: #e2eefb; --rl-target-line: rgba(18, 87, 166, 0.85);
  --rl-headline: #6f4400; --rl-headline-bg: #ffe7a8; --rl-headline-line: rgba(183, 110, 0, 0.95);
  --rl-actual-mark: rgba(91, 58, 142, 0.1); --rl-target-mark: rgba(18, 87, 166, 0.1); --rl-headline-mark: rgba(255, 193, 7, 0.42);
  --rl-red: #c62828; --rl-green: #2e7d32;
  --rl-selected: #fff4c2; --rl-active: #e4eefa; --rl-error: #b42318; --rl-ok: #1f6b3b;
  --rl-appendix: #efeeea; --rl-shadow: 0 4px 18px rgba(15, 23, 42, 0.16);`;

const DARK = `
  --rl-bg: #1b1d21; --rl-surface: #23262b; --rl-text: #e6e8eb; --rl-muted: #a2aab5;
  --rl-border: #3a3f47; --rl-accent: #86b6f0; --rl-accent-soft: #253449; --rl-focus: #86b6f0;
  --rl-actual: #cfb8f5; --rl-actual-bg: #33284a; --rl-actual-line: rgba(190, 160, 240, 0.8);
  --rl-target: #92c5f7; --rl-target-bg: #1b3350; --rl-target-line: rgba(144, 202, 249, 0.85);
  --rl-headline: #f5cf70; --rl-headline-bg: #45361a; --rl-headline-line: rgba(255, 213, 79, 0.9);
  --rl-actual-mark: rgba(190, 160, 240, 0.16); --rl-target-mark: rgba(144, 202, 249, 0.16); --rl-headline-mark: rgba(255, 213, 79, 0.3);
  --rl-red: #ff8a80; --rl-green: #81c784;
  --rl-selected: #4a4222; --rl-active: #253449; --rl-error: #ff8a80; --rl-ok: #86d6a1;
  --rl-appendix: #2b2d31; --rl-shadow: 0 4px 18px rgba(0, 0, 0, 0.5);`;

export const SIDEBAR_CSS = `
:host { pointer-events: none !important; }
.root { height: 100%; }
.rl-sidebar, .rl-handle, .rl-card {
  ${LIGHT}
  pointer-events: auto; box-sizing: border-box; font-family: ${FONT_STACK};
  font-size: 13px; line-height: 1.5; color: var(--rl-text); text-align: left;
  -webkit-font-smoothing: antialiased; letter-spacing: normal; word-spacing: normal;
}
@media (prefers-color-scheme: dark) {
  .rl-sidebar, .rl-handle, .rl-card { ${DARK} color-scheme: dark; }
}
.rl-sidebar *, .rl-handle *, .rl-card * { box-sizing: border-box; }
button, input { font: inherit; color: inherit; }
button { cursor: pointer; }
:focus-visible { outline: 2px solid var(--rl-focus); outline-offset: 1px; }
.rl-visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }

.rl-sidebar { position: relative; height: 100%; display: flex; flex-direction: column;
  background: var(--rl-bg); border-left: 1px solid var(--rl-border); box-shadow: var(--rl-shadow); }
.rl-resize { position: absolute; left: -4px; top: 0; bottom: 0; width: 8px; cursor: ew-resize;
  background: transparent; z-index: 2; touch-action: none; }
.rl-resize:hover, .rl-resize:focus-visible, .rl-resize[data-dragging] { background: var(--rl-accent-soft);
  box-shadow: inset -2px 0 0 var(--rl-accent); outline: none; }

.rl-header { padding: 12px 14px 8px; border-bottom: 1px solid var(--rl-border); background: var(--rl-surface); }
.rl-header-top { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 6px 8px; }
/* the title keeps a readable measure: in a narrow sidebar the buttons go under it, together */
.rl-title { flex: 1 1 120px; margin: 0; font-size: 15px; font-weight: 600; line-height: 1.4; overflow-wrap: anywhere; }
.rl-header-actions { flex: none; display: flex; gap: 6px; margin-left: auto; }
.rl-meta { margin: 4px 0 0; color: var(--rl-muted); font-size: 12px; }
.rl-counts { margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 6px; font-size: 12px; }
.rl-pill { display: inline-block; padding: 0 8px; border-radius: 10px; font-variant-numeric: tabular-nums; }
.rl-pill-actual { background: var(--rl-actual-bg); color: var(--rl-actual); }
.rl-pill-target { background: var(--rl-target-bg); color: var(--rl-target); }
.rl-pill-headline { background: var(--rl-headline-bg); color: var(--rl-headline); }

.rl-sidebar, .rl-card { --rl-up: var(--rl-red); --rl-down: var(--rl-green); }
.rl-sidebar[data-red-up="false"] { --rl-up: var(--rl-green); --rl-down: var(--rl-red); }
.rl-legend { list-style: none; margin: 0; padding: 5px 14px 6px; display: flex; flex-wrap: wrap; gap: 2px 10px;
  font-size: 11px; color: var(--rl-muted); background: var(--rl-surface); border-bottom: 1px solid var(--rl-border); }
.rl-legend li { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; }
.rl-swatch { display: inline-block; width: 16px; height: 10px; border-radius: 2px; border-bottom: 2px solid; }
/* the swatches are the marks of the page (dom/annotate/mark-style.ts), colour for colour */
.rl-swatch-actual { background: var(--rl-actual-mark); border-bottom-color: var(--rl-actual-line); }
.rl-swatch-target { background: var(--rl-target-mark); border-bottom: 2px dashed var(--rl-target-line); }
.rl-swatch-headline { background: var(--rl-headline-mark); border-bottom: 3px double var(--rl-headline-line); }
.rl-icon-button { border: 1px solid var(--rl-border); background: var(--rl-surface); border-radius: 6px;
  padding: 2px 8px; font-size: 12px; line-height: 20px; white-space: nowrap; }
.rl-icon-button:hover { background: var(--rl-accent-soft); }
.rl-library-error { margin: 6px 0 0; color: var(--rl-error); font-size: 12px; overflow-wrap: anywhere; }
.rl-ledger-note { display: block; margin-top: 2px; color: var(--rl-accent); font-size: 11px; line-height: 1.35; }

.rl-tabs { display: flex; gap: 2px; padding: 0 10px; border-bottom: 1px solid var(--rl-border); background: var(--rl-surface); }
.rl-tab { border: 0; background: none; padding: 8px 12px 6px; font-size: 13px; color: var(--rl-muted);
  border-bottom: 2px solid transparent; }
.rl-tab[aria-selected="true"] { color: var(--rl-text); border-bottom-color: var(--rl-accent); font-weight: 600; }
.rl-panel { flex: 1; min-height: 0; overflow: auto; overscroll-behavior: contain; }
.rl-panel[hidden] { display: none; }

.rl-outline, .rl-outline ul { list-style: none; margin: 0; padding: 0; }
.rl-outline { padding: 6px 0; }
.rl-outline ul { padding-left: 14px; }
.rl-outline-row { display: flex; align-items: center; gap: 2px; padding: 0 10px 0 4px; }
.rl-outline-toggle { width: 20px; height: 22px; flex: none; border: 0; background: none; color: var(--rl-muted);
  font-size: 10px; padding: 0; }
.rl-outline-spacer { width: 20px; flex: none; }
.rl-outline-entry { flex: 1; min-width: 0; border: 0; background: none; text-align: left; padding: 3px 6px;
  border-radius: 5px; display: flex; gap: 2px; line-height: 1.45; }
.rl-outline-entry:hover { background: var(--rl-accent-soft); }
.rl-outline-entry[aria-current] { background: var(--rl-active); color: var(--rl-accent); font-weight: 600;
  box-shadow: inset 3px 0 0 var(--rl-accent); }
.rl-outline-entry[${OUTLINE_LEVEL_ATTRIBUTE}="1"] { font-weight: 600; }
.rl-outline-entry[data-label]::before { content: attr(data-label); flex: none; color: var(--rl-muted); }
.rl-outline-title { overflow-wrap: anywhere; }
.rl-outline-count { flex: none; min-width: 22px; text-align: right; color: var(--rl-muted); font-size: 11px;
  font-variant-numeric: tabular-nums; }
.rl-outline-appendix { margin-top: 8px; padding-top: 6px; border-top: 1px dashed var(--rl-border);
  background: var(--rl-appendix); }
.rl-outline-appendix-title { margin: 0; padding: 2px 14px; font-size: 11px; color: var(--rl-muted); }
.rl-empty { padding: 16px 14px; color: var(--rl-muted); }

.rl-panel-metrics { display: flex; flex-direction: column; overflow: hidden; }
.rl-table-scroll { flex: 1; min-height: 0; overflow: auto; overscroll-behavior: contain;
  container: rl-table / inline-size; scroll-padding-top: 30px; }
.rl-toolbar { flex: none; padding: 8px 10px; display: flex; flex-direction: column; gap: 6px;
  background: var(--rl-bg); border-bottom: 1px solid var(--rl-border); }
.rl-filters { display: flex; border: 1px solid var(--rl-border); border-radius: 6px; overflow: hidden; }
.rl-filter { flex: 1 1 auto; border: 0; background: var(--rl-surface); padding: 2px 6px; font-size: 12px; line-height: 20px;
  white-space: nowrap; }
.rl-filter + .rl-filter { border-left: 1px solid var(--rl-border); }
.rl-filter[aria-pressed="true"] { background: var(--rl-accent); color: var(--rl-surface); }
.rl-search-line { display: flex; gap: 8px; align-items: center; }
.rl-search { flex: 1; min-width: 0; border: 1px solid var(--rl-border); border-radius: 6px; padding: 2px 8px;
  background: var(--rl-surface); font-size: 12px; line-height: 20px; }
.rl-shown { flex: none; color: var(--rl-muted); font-size: 11px; font-variant-numeric: tabular-nums; white-space: nowrap; }

.rl-table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 12px; }
.rl-table th { position: sticky; top: 0; z-index: 1; background: var(--rl-surface); border-bottom: 1px solid var(--rl-border);
  font-weight: 600; padding: 0; text-align: left; white-space: nowrap; overflow: hidden; }
.rl-sort { width: 100%; border: 0; background: none; padding: 5px 4px; text-align: left; font-weight: 600;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.rl-sort-mark { color: var(--rl-accent); margin-left: 2px; }
.rl-cite-head { padding: 5px 4px !important; font-weight: 600; text-align: center !important; }
.rl-table td { padding: 4px 4px; border-bottom: 1px solid var(--rl-border); vertical-align: top; overflow-wrap: anywhere; }
.rl-table tbody tr { cursor: pointer; }
.rl-table tbody tr:hover { background: var(--rl-accent-soft); }
.rl-table tbody tr[data-selected] { background: var(--rl-selected); }
.rl-table tbody tr:focus-visible { outline-offset: -2px; }
.rl-table tbody tr.rl-spacer { cursor: default; background: none; }
.rl-table td.rl-spacer-cell { padding: 0; border: 0; }
/* the indicator takes what the fixed columns leave: 8 Chinese characters or more on a line */
.rl-col-figure { width: 92px; } .rl-col-kind { width: 68px; } .rl-col-relation { width: 30px; }
.rl-col-section { width: 96px; } .rl-col-cite { width: 40px; }
.rl-figure-cell { font-variant-numeric: tabular-nums; }
.rl-normalized { display: block; color: var(--rl-muted); font-size: 11px; line-height: 1.35; }
.rl-relation-cell { text-align: center; }
/* a narrow sidebar drops the section column (the outline tab has it) and, narrower still,
   tightens the fixed columns, before squeezing the indicator */
/* a <col> keeps its width even when hidden: the section's is made 0 as its cells go */
@container rl-table (max-width: 499px) { .rl-cell-section { display: none; } .rl-col-section { width: 0; } }
@container rl-table (max-width: 439px) {
  .rl-col-figure { width: 80px; } .rl-col-kind { width: 66px; } .rl-col-cite { width: 38px; }
  .rl-table td { padding: 4px 3px; } .rl-sort { padding: 5px 3px; }
}
/* the narrowest sidebar (280 px): the indicator keeps five characters and more on a line */
@container rl-table (max-width: 339px) {
  .rl-col-figure { width: 74px; } .rl-col-kind { width: 52px; } .rl-col-cite { width: 34px; }
  .rl-kind { padding: 0 3px; }
}
/* the important figures first: key statistics and headline targets stand out, plain counts step back */
.rl-table tr[data-emphasis="strong"] .rl-indicator-cell { font-weight: 600; }
.rl-table tr[data-emphasis="quiet"] .rl-indicator-cell, .rl-table tr[data-emphasis="quiet"] .rl-figure-cell { color: var(--rl-muted); }
.rl-kind { display: inline-block; padding: 0 5px; border-radius: 4px; white-space: nowrap; }
.rl-kind-actual { background: var(--rl-actual-bg); color: var(--rl-actual); }
.rl-kind-target { background: var(--rl-target-bg); color: var(--rl-target); }
tr[data-emphasis="strong"] .rl-kind-target, tr[data-emphasis="strong"] .rl-kind-actual { font-weight: 600; }
.rl-headline { color: var(--rl-headline); margin-left: 1px; }
.rl-up { color: var(--rl-up); } .rl-down { color: var(--rl-down); }
.rl-section-cell { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; color: var(--rl-muted); }
.rl-cite-cell { text-align: center; }
.rl-cite { border: 1px solid transparent; background: none; border-radius: 4px; padding: 0 4px; color: var(--rl-muted); }
.rl-cite:hover, .rl-cite:focus-visible { border-color: var(--rl-border); color: var(--rl-accent); }

.rl-footer { position: relative; border-top: 1px solid var(--rl-border); background: var(--rl-surface); padding: 6px 10px 4px;
  display: flex; flex-direction: column; gap: 5px; }
.rl-actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.rl-actions-label { color: var(--rl-muted); font-size: 12px; margin-right: 2px; white-space: nowrap; }
.rl-copy { border: 1px solid var(--rl-border); background: var(--rl-bg); border-radius: 6px; padding: 2px 9px;
  font-size: 12px; line-height: 20px; white-space: nowrap; }
.rl-copy:hover { background: var(--rl-accent-soft); }
.rl-copy:disabled { opacity: 0.55; cursor: default; }
.rl-copy-primary { background: var(--rl-accent); border-color: var(--rl-accent); color: var(--rl-surface); }
.rl-copy-primary:hover { background: var(--rl-accent); filter: brightness(1.08); }
.rl-columns { margin-left: auto; }
.rl-columns > summary { list-style: none; cursor: pointer; }
.rl-columns > summary::-webkit-details-marker { display: none; }
.rl-columns-panel { position: absolute; right: 8px; bottom: 100%; z-index: 4; width: 220px; max-height: 60vh;
  overflow: auto; padding: 8px 10px; background: var(--rl-surface); border: 1px solid var(--rl-border); border-radius: 8px;
  box-shadow: var(--rl-shadow); display: flex; flex-direction: column; gap: 6px; }
.rl-columns fieldset { margin: 0; padding: 0; border: 0; display: flex; flex-direction: column; gap: 2px; }
.rl-columns legend { padding: 0 0 4px; color: var(--rl-muted); font-size: 12px; }
.rl-column-choice { display: flex; gap: 6px; align-items: center; font-size: 12px; }
.rl-status { min-height: 18px; font-size: 12px; color: var(--rl-ok); overflow-wrap: anywhere; }
.rl-status[data-error] { color: var(--rl-error); }

.rl-handle { position: absolute; top: 72px; right: 0; display: flex; flex-direction: column; gap: 4px; padding: 6px;
  background: var(--rl-surface); border: 1px solid var(--rl-border); border-right: 0; border-radius: 8px 0 0 8px;
  box-shadow: var(--rl-shadow); }
.rl-handle-button { border: 1px solid var(--rl-border); background: var(--rl-bg); border-radius: 6px; padding: 4px 6px;
  font-size: 12px; line-height: 16px; writing-mode: vertical-rl; letter-spacing: 1px; }
.rl-handle-button:hover { background: var(--rl-accent-soft); }

.rl-card { position: fixed; z-index: 3; width: 300px; max-width: calc(100vw - 16px); padding: 10px 12px;
  background: var(--rl-surface); border: 1px solid var(--rl-border); border-radius: 8px; box-shadow: var(--rl-shadow); }
.rl-card-head { display: flex; align-items: flex-start; gap: 8px; }
.rl-card-indicator { flex: 1; margin: 0; font-size: 13px; font-weight: 600; overflow-wrap: anywhere; }
.rl-card-close { border: 0; background: none; color: var(--rl-muted); font-size: 14px; line-height: 1; padding: 2px 4px; }
.rl-card-value { margin: 6px 0 2px; font-size: 18px; font-weight: 600; font-variant-numeric: tabular-nums; }
.rl-card-normalized { margin: 0 0 6px; color: var(--rl-muted); font-variant-numeric: tabular-nums; }
.rl-card-note { margin: 0 0 6px; color: var(--rl-accent); font-size: 12px; }
.rl-card-facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0; font-size: 12px; }
.rl-card-facts dt { color: var(--rl-muted); }
.rl-card-facts dd { margin: 0; overflow-wrap: anywhere; }
`;
