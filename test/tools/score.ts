// npm run score [-- name-filter] [--misses]
// How the engine does against the hand-written expectations of seeds/: per
// case and overall, headline targets with every field right, results and
// targets with the right value, unit, indicator and kind, and non-figures
// taken for figures. --misses lists every miss under its case.
import { addTallies, corpusCases, ratio, scoreCase, scoreLedgers, type CaseScore, type Tally } from '../unit/corpus/corpus-score';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const filter = args.find((a) => !a.startsWith('--')) ?? '';

const percent = (t: Tally): string => (t.total === 0 ? '     —' : `${(100 * ratio(t)).toFixed(1).padStart(5)}%`);
const cell = (t: Tally): string => `${percent(t)} ${`${t.right}/${t.total}`.padStart(7)}`;

const scores: CaseScore[] = corpusCases(filter)
  .filter((c) => c.expected.detection.isReport)
  .map(scoreCase);

console.log(`${'case'.padEnd(46)} figs   headline         results          targets          base/scope       non-fig`);
for (const s of scores) {
  console.log(
    `${s.name.padEnd(46)} ${String(s.figures).padStart(4)} ${cell(s.headline)} ${cell(s.results)} ${cell(s.targets)} ${cell(s.baseScope)} ${s.nonFiguresFlagged}/${s.nonFigures}`,
  );
  if (showMisses) for (const miss of s.misses) console.log(`      ${miss}`);
}

const groups: [string, CaseScore[]][] = [
  ['work reports', scores.filter((s) => s.kind === 'work-report')],
  ['communiqués', scores.filter((s) => s.kind === 'statistical-communique')],
  ['budget reports', scores.filter((s) => s.kind === 'budget-report')],
  ['all', scores],
];
console.log('');
for (const [label, group] of groups) {
  if (group.length === 0) continue;
  const sum = (pick: (s: CaseScore) => Tally): Tally => addTallies(group.map(pick));
  const flagged = group.reduce((n, s) => n + s.nonFiguresFlagged, 0);
  const nonFigures = group.reduce((n, s) => n + s.nonFigures, 0);
  console.log(
    `${`${label} (${group.length})`.padEnd(46)}      ${cell(sum((s) => s.headline))} ${cell(sum((s) => s.results))} ${cell(sum((s) => s.targets))} ${cell(sum((s) => s.baseScope))} ${flagged}/${nonFigures}`,
  );
}

const ledgers = scoreLedgers(filter);
if (ledgers.length > 0) {
  console.log(`\n${'ledger (headline targets beside outcomes)'.padEnd(46)}      rows`);
  for (const l of ledgers) {
    console.log(`${l.name.padEnd(46)}      ${cell(l.rows)}`);
    if (showMisses) for (const miss of l.misses) console.log(`      ${miss}`);
  }
  console.log(`${`all (${ledgers.length})`.padEnd(46)}      ${cell(addTallies(ledgers.map((l) => l.rows)))}`);
}
