// The report's section tree, from the headings outline-headings.ts finds:
// level-1 sections by the 一、二、三、 run, their second level, and appendices.
import { DEFAULT_OUTLINE_OPTIONS, FILE_EXTENSION, scanCandidates, type Candidate, type CandidateKind, type OutlineOptions } from './outline-headings';
import type { Block, OutlineLevel, OutlineNode } from './types';

export { DEFAULT_OUTLINE_OPTIONS, FILE_EXTENSION, type OutlineOptions } from './outline-headings';

interface Section {
  node: OutlineNode;
  candidates: Candidate[];
}

/** The section tree from the report's own numbering. Appendices and glossaries
 * become level-1 nodes with `appendix: true` (the 附件 heading, or the first item of a
 * restarted 一、 run), their numbered items their level-2 children, also `appendix: true`.
 * An appendix heading's label is "附件1" / "附件" and its title the appendix's name, taken
 * from the line below when the 附件 line holds nothing else.
 * 一是 runs are the second level only in a report with no （一） at all, and own-line
 * finer headings with no second level above them are skipped, unless the options say
 * otherwise. */
export function buildOutline(blocks: Block[], options: Partial<OutlineOptions> = {}): OutlineNode[] {
  const opts: OutlineOptions = { ...DEFAULT_OUTLINE_OPTIONS, ...options };
  const candidates = scanCandidates(blocks, opts);
  const sections = groupSections(candidates, opts);
  const roots: OutlineNode[] = [];
  const reportHasParenLevel = sections.some(
    (section) => section.node.appendix !== true && section.candidates.some((c) => c.kind === 'paren' && c.num === 1),
  );
  for (const section of sections) {
    attachChildren(section, opts, reportHasParenLevel);
    roots.push(section.node);
  }
  let counter = 0;
  const assignIds = (nodes: OutlineNode[]): void => {
    for (const node of nodes) {
      counter += 1;
      node.id = `s${counter}`;
      assignIds(node.children);
    }
  };
  assignIds(roots);
  return roots;
}

export { flattenOutline } from './outline-nodes';

/** The innermost section whose heading block is at or before `block`. Headings come
 * in document order, so the last one not after the block is the innermost one. */
export function sectionForBlock(flat: OutlineNode[], block: number): OutlineNode | null {
  let low = 0;
  let high = flat.length - 1;
  let found: OutlineNode | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const node = flat[middle];
    if (node === undefined) break;
    if (node.block <= block) {
      found = node;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function nodeFrom(candidate: Candidate, level: OutlineLevel, appendix: boolean): OutlineNode {
  const node: OutlineNode = {
    id: '',
    level,
    label: candidate.label,
    title: candidate.title,
    block: candidate.block,
    start: candidate.start,
    end: candidate.end,
    children: [],
  };
  if (appendix) node.appendix = true;
  return node;
}

/** Splits the candidates into level-1 sections, following the 一、二、三、 run and
 * starting an appendix at a 附件 heading or where the run restarts at 一、. */
function groupSections(candidates: Candidate[], opts: OutlineOptions): Section[] {
  let numberedCount = 0;
  for (const candidate of candidates) {
    if (candidate.kind === 'level1' && candidate.num === 1) numberedCount = Math.max(numberedCount, 1);
    if (candidate.kind === 'level1' && candidate.num === 2) numberedCount = 2;
  }
  const useNumbered = numberedCount >= 2;
  const sections: Section[] = [];
  let mode: 'main' | 'appendix-heading' | 'appendix-restart' = 'main';
  let expected = 1;
  let mainRun = 0;
  let appendixHasItems = false;
  const current = (): Section | undefined => sections[sections.length - 1];

  for (const candidate of candidates) {
    if (candidate.kind === 'appendix') {
      if (sections.length === 0) continue;
      const open = current();
      if (mode === 'appendix-heading' && open !== undefined && open.candidates.length === 0) continue;
      sections.push({ node: nodeFrom(candidate, 1, true), candidates: [] });
      mode = 'appendix-heading';
      appendixHasItems = false;
      continue;
    }
    if (mode === 'appendix-heading') {
      // A note line such as "注：" inside the body is not an appendix if the main
      // run carries on before the appendix has begun numbering items.
      const resumesMain = candidate.kind === 'level1' && candidate.num === expected && mainRun >= 1 && !appendixHasItems;
      if (!resumesMain) {
        if ((candidate.kind === 'level1' || candidate.kind === 'minor') && candidate.num === 1) appendixHasItems = true;
        current()?.candidates.push(candidate);
        continue;
      }
      mode = 'main';
    }
    const isHeading =
      candidate.kind === 'level1' &&
      useNumbered &&
      candidate.title.length > 0 &&
      (mode === 'appendix-restart' || candidate.fullTitleChars <= opts.maxLevel1TitleChars);
    if (isHeading && candidate.num === expected) {
      sections.push({ node: nodeFrom(candidate, 1, mode !== 'main'), candidates: [] });
      expected += 1;
      if (mode === 'main') mainRun += 1;
      continue;
    }
    if (isHeading && candidate.num === 1 && mainRun === 1 && mode === 'main') {
      // A lone 一、 before the real run (a forum rule, a quoted list) was not a section.
      sections.pop();
      sections.push({ node: nodeFrom(candidate, 1, false), candidates: [] });
      expected = 2;
      continue;
    }
    if (isHeading && candidate.num === 1 && mainRun >= 2) {
      mode = 'appendix-restart';
      sections.push({ node: nodeFrom(candidate, 1, true), candidates: [] });
      expected = 2;
      continue;
    }
    if (candidate.kind === 'plain' && !useNumbered && mode === 'main') {
      sections.push({ node: nodeFrom(candidate, 1, false), candidates: [] });
      mainRun += 1;
      continue;
    }
    current()?.candidates.push(candidate);
  }
  return sections;
}

/** Picks the section's second level — （一） if it has one, else 一是 where allowed,
 * else (if asked) own-line finer headings — and hangs finer own-line headings under
 * the second level. */
function attachChildren(section: Section, opts: OutlineOptions, reportHasParenLevel: boolean): void {
  const appendix = section.node.appendix === true;
  if (appendix) {
    attachAppendixItems(section);
    return;
  }
  const startsRun = (kind: CandidateKind): boolean =>
    section.candidates.some((c) => c.kind === kind && c.num === 1 && (kind !== 'minor' || c.ownLine));
  const leadAllowed = opts.leadPhrasesPerSection || !reportHasParenLevel;
  const secondLevel: CandidateKind | null = startsRun('paren')
    ? 'paren'
    : leadAllowed && startsRun('lead')
      ? 'lead'
      : opts.promoteLoneMinorHeadings && startsRun('minor')
        ? 'minor'
        : null;
  if (secondLevel === null) return;
  let expected = 1;
  let parent: OutlineNode | null = null;
  let expectedMinor = 1;
  for (const candidate of section.candidates) {
    if (candidate.kind === secondLevel) {
      if (candidate.num !== expected || candidate.title === '') continue;
      if (secondLevel === 'minor' && (!candidate.ownLine || candidate.digitFollows)) continue;
      parent = nodeFrom(candidate, 2, false);
      section.node.children.push(parent);
      expected += 1;
      expectedMinor = 1;
      continue;
    }
    if (candidate.kind !== 'minor' || parent === null || secondLevel === 'minor') continue;
    if (!candidate.ownLine || candidate.digitFollows || candidate.num !== expectedMinor) continue;
    if (candidate.title.length === 0 || candidate.title.length > opts.maxMinorHeadingChars) continue;
    parent.children.push(nodeFrom(candidate, 3, false));
    expectedMinor += 1;
  }
}

/** An appendix's items: the first numbering style that starts at 1 (一、 or 1.),
 * counted without gaps; a glossary entry's title is its term, up to the colon. */
function attachAppendixItems(section: Section): void {
  const first = section.candidates.find((c) => (c.kind === 'level1' || c.kind === 'minor') && c.num === 1);
  if (first === undefined) return;
  let expected = 1;
  for (const candidate of section.candidates) {
    if (candidate.kind !== first.kind || candidate.num !== expected) continue;
    const colon = candidate.title.search(/[:：]/);
    const title = (colon > 0 ? candidate.title.slice(0, colon) : candidate.title).replace(FILE_EXTENSION, '');
    if (title.length === 0) continue;
    const node = nodeFrom({ ...candidate, title, end: candidate.end - (candidate.title.length - title.length) }, 2, true);
    section.node.children.push(node);
    expected += 1;
  }
}
