// Styles of the extension's own pages (popup, options). These pages belong to
// the extension, so unlike the sidebar they may style html/body.

export const PAGE_CSS = `
:root { color-scheme: light dark;
  --rl-bg: #ffffff; --rl-surface: #f7f7f5; --rl-text: #1f2328; --rl-muted: #5b636e; --rl-border: #d8dce2;
  --rl-accent: #1d5ea8; --rl-accent-soft: #e4eefa; --rl-error: #b42318; --rl-ok: #1f6b3b;
  --rl-actual: #1f6b3b; --rl-actual-bg: #e3f3e8; --rl-target: #8a5300; --rl-target-bg: #fff1d6; }
@media (prefers-color-scheme: dark) {
  :root { --rl-bg: #1b1d21; --rl-surface: #23262b; --rl-text: #e6e8eb; --rl-muted: #a2aab5; --rl-border: #3a3f47;
    --rl-accent: #86b6f0; --rl-accent-soft: #253449; --rl-error: #ff8a80; --rl-ok: #86d6a1;
    --rl-actual: #86d6a1; --rl-actual-bg: #1e3527; --rl-target: #f2c46b; --rl-target-bg: #3a2f1a; }
}
html, body { margin: 0; background: var(--rl-bg); color: var(--rl-text); }
body { font: 13px/1.5 system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
  "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
button, input, select { font: inherit; color: inherit; }
select, input[type="text"] { background: var(--rl-bg); border: 1px solid var(--rl-border); border-radius: 6px; padding: 2px 6px; }
:focus-visible { outline: 2px solid var(--rl-accent); outline-offset: 1px; }
.rl-page { padding: 14px 16px; }
.rl-popup { width: 320px; }
.rl-options { max-width: 640px; margin: 0 auto; }
.rl-page h1 { font-size: 15px; margin: 0 0 8px; }
.rl-page h2 { font-size: 13px; margin: 16px 0 6px; color: var(--rl-muted); font-weight: 600; }
.rl-report { padding: 10px 12px; border: 1px solid var(--rl-border); border-radius: 8px; background: var(--rl-surface); }
.rl-report-title { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.rl-report-state { margin: 0; color: var(--rl-muted); }
.rl-report-meta { margin: 4px 0 0; color: var(--rl-muted); font-size: 12px; }
.rl-report-counts { margin: 6px 0 0; display: flex; gap: 6px; font-size: 12px; }
.rl-pill { padding: 0 8px; border-radius: 10px; font-variant-numeric: tabular-nums; }
.rl-pill-actual { background: var(--rl-actual-bg); color: var(--rl-actual); }
.rl-pill-target { background: var(--rl-target-bg); color: var(--rl-target); }
.rl-switches { list-style: none; margin: 12px 0 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.rl-switch { display: flex; align-items: flex-start; gap: 8px; cursor: pointer; }
.rl-switch input { margin: 3px 0 0; accent-color: var(--rl-accent); }
.rl-switch[data-disabled] { cursor: default; color: var(--rl-muted); }
.rl-hint { display: block; color: var(--rl-muted); font-size: 12px; }
.rl-sites { list-style: none; margin: 0; padding: 0; border: 1px solid var(--rl-border); border-radius: 8px; }
.rl-sites li { display: flex; align-items: center; justify-content: space-between; padding: 6px 10px; }
.rl-sites li + li { border-top: 1px solid var(--rl-border); }
.rl-button { border: 1px solid var(--rl-border); background: var(--rl-surface); border-radius: 6px; padding: 2px 10px;
  cursor: pointer; }
.rl-button:hover { background: var(--rl-accent-soft); }
.rl-shortcuts { border-collapse: collapse; width: 100%; }
.rl-shortcuts th, .rl-shortcuts td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--rl-border); }
.rl-shortcuts kbd { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; padding: 1px 5px;
  border: 1px solid var(--rl-border); border-radius: 4px; background: var(--rl-surface); }
.rl-status { min-height: 18px; margin-top: 10px; font-size: 12px; color: var(--rl-ok); }
.rl-status[data-error] { color: var(--rl-error); }
.rl-link { color: var(--rl-accent); }
.rl-footer-note { margin-top: 16px; color: var(--rl-muted); font-size: 12px; }
.rl-links { display: flex; gap: 14px; }
.rl-hint-link { display: inline-block; margin: 2px 0 0 24px; font-size: 12px; }
.rl-choice { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; margin: 10px 0 0; }
.rl-choice label { min-width: 8em; }
.rl-choice select { max-width: 100%; }
.rl-choice .rl-hint { flex-basis: 100%; }
.rl-choices { display: flex; flex-direction: column; }
.rl-read { margin: 10px 0 0; }
.rl-actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 4px; }
.rl-actions .rl-button { padding: 4px 12px; }
.rl-button-primary { background: var(--rl-accent); border-color: var(--rl-accent); color: var(--rl-bg); font-weight: 600; }
.rl-button-primary:hover { background: var(--rl-accent); filter: brightness(1.1); }
.rl-site-name { overflow-wrap: anywhere; }
.rl-site-actions { display: flex; gap: 6px; align-items: center; flex-shrink: 0; }
.rl-add-site { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin-top: 10px; }
.rl-add-site input { flex: 1 1 12em; min-width: 0; }
`;
