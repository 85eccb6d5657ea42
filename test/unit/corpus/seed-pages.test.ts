// Checks the regression corpus of web pages itself (seeds/pages), not the
// extractor: a malformed expected.json or a string that is not on its page
// would make every test built on the corpus pass or fail for the wrong reason.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../fixtures/paths';

const pagesDir = repoPath('seeds/pages');
const seedDocumentPath = repoPath('seeds/000_ad147ba315cb1764.txt');
const discuzSeedPage = 'discuz-lijin-2020';

const reportKinds = ['work-report', 'statistical-communique', 'budget-report', 'plan', 'other-report'];
const relations = ['level', 'increase', 'decrease'];
const qualifiers = ['about', 'at-least', 'at-most', 'range', 'exact'];
const metricKinds = ['actual', 'target'];

/** Every piece of forum chrome in the seed document, as its text shows it. */
const seedChromeStrings = [
  '设为首页收藏本站',
  '查看: 1662|回复: 0',
  '[山东] 2020年利津县政府工作报告',
  '[复制链接]',
  'TA的每日心情',
  '开心',
  '2021-1-21 08:50',
  '签到天数: 2 天',
  '[LV.1]初来乍到',
  '1040',
  '主题',
  '1042',
  '帖子',
  '7020',
  '积分',
  '版主',
  'Rank: 7Rank: 7Rank: 7',
  '发表于 2021-1-4 15:18:15 | 显示全部楼层 |阅读模式',
  '您需要登录后才可以回帖 登录 | 立即注册',
  '本版积分规则',
  '客服中心',
  '关闭',
  '在线时间:',
  '周一~周五',
  '9:00-18:00',
  '联系电话:',
  '010-63691786',
  '在线咨询',
  'Powered by quyushuju X3.4 Licensed© 2008-2018 quyushuju Inc.',
  '快速回复 返回顶部 返回列表',
];

const namedEntities: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", copy: '©', reg: '®',
  middot: '·', rsaquo: '›', lsaquo: '‹', raquo: '»', laquo: '«', ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', times: '×', yen: '¥',
  emsp: '\u2003', ensp: '\u2002', ge: '≥', le: '≤',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}

/** Whitespace differs between a page's markup and a human's copy of its text;
 * every comparison here is made on runs of whitespace folded to one space. */
function foldWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** The text a reader sees in <body>, as textContent gives it: tags vanish
 * without adding spaces, scripts and styles are not text. */
function bodyText(html: string): string {
  const bodyStart = html.search(/<body[\s>]/i);
  const bodyEnd = html.search(/<\/body>/i);
  const body = html.slice(bodyStart < 0 ? 0 : bodyStart, bodyEnd < 0 ? html.length : bodyEnd);
  const withoutCode = body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '');
  return foldWhitespace(decodeEntities(withoutCode.replace(/<[^>]*>/g, '')));
}

type Json = unknown;
type JsonObject = Record<string, Json>;

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects every way an expected.json departs from the schema of seeds/README.md. */
class SchemaCheck {
  readonly problems: string[] = [];

  problem(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  onlyKeys(value: JsonObject, path: string, allowed: string[]): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.problem(`${path}.${key}`, `unknown field (allowed: ${allowed.join(', ')})`);
    }
  }

  string(value: Json, path: string): void {
    if (typeof value !== 'string' || value.trim() === '') this.problem(path, 'must be a non-empty string');
  }

  stringList(value: Json, path: string): void {
    if (!Array.isArray(value)) {
      this.problem(path, 'must be an array of strings');
      return;
    }
    value.forEach((item, index) => this.string(item, `${path}[${index}]`));
  }

  oneOf(value: Json, path: string, choices: string[]): void {
    if (typeof value !== 'string' || !choices.includes(value)) this.problem(path, `must be one of ${choices.join(', ')}`);
  }

  year(value: Json, path: string): void {
    if (!Number.isInteger(value) || (value as number) < 1949 || (value as number) > 2100) {
      this.problem(path, 'must be a four-digit year');
    }
  }

  metric(value: Json, path: string, isHeadline: boolean): void {
    if (!isObject(value)) {
      this.problem(path, 'must be an object');
      return;
    }
    this.onlyKeys(value, path, [
      'text', 'near', 'indicator', 'value', 'upper', 'unit', 'relation', 'qualifier', 'kind', 'period', 'headline', 'base', 'scope',
    ]);
    this.string(value.text, `${path}.text`);
    if ('near' in value) {
      this.string(value.near, `${path}.near`);
      if (typeof value.near === 'string' && typeof value.text === 'string' && !value.near.includes(value.text)) {
        this.problem(`${path}.near`, `must contain the figure's text "${value.text}"`);
      }
    }
    for (const field of ['indicator', 'unit'] as const) if (field in value) this.string(value[field], `${path}.${field}`);
    for (const field of ['value', 'upper'] as const) {
      if (field in value && (typeof value[field] !== 'number' || !Number.isFinite(value[field]))) {
        this.problem(`${path}.${field}`, 'must be a finite number');
      }
    }
    if ('relation' in value) this.oneOf(value.relation, `${path}.relation`, relations);
    if ('qualifier' in value) this.oneOf(value.qualifier, `${path}.qualifier`, qualifiers);
    if ('kind' in value) this.oneOf(value.kind, `${path}.kind`, metricKinds);
    if ('period' in value && value.period !== null) this.year(value.period, `${path}.period`);
    if ('headline' in value && typeof value.headline !== 'boolean') this.problem(`${path}.headline`, 'must be a boolean');
    if (isHeadline) {
      // README: headline figures are targets of the main-targets statement by definition
      if ('kind' in value && value.kind !== 'target') this.problem(`${path}.kind`, 'a headline figure is a target');
      if ('headline' in value && value.headline !== true) this.problem(`${path}.headline`, 'must be true here');
    }
  }

  detection(value: Json): boolean | null {
    if (!isObject(value)) {
      this.problem('detection', 'required object');
      return null;
    }
    this.onlyKeys(value, 'detection', ['isReport', 'kind', 'title', 'jurisdiction', 'year']);
    if (value.isReport === null) {
      this.problem('detection.isReport', 'still null: fill it in by reading the page');
      return null;
    }
    if (typeof value.isReport !== 'boolean') {
      this.problem('detection.isReport', 'required boolean');
      return null;
    }
    if ('kind' in value) this.oneOf(value.kind, 'detection.kind', reportKinds);
    if ('title' in value) this.string(value.title, 'detection.title');
    if ('jurisdiction' in value && value.jurisdiction !== null) this.string(value.jurisdiction, 'detection.jurisdiction');
    if ('year' in value && value.year !== null) this.year(value.year, 'detection.year');
    if (!value.isReport && Object.keys(value).length > 1) {
      this.problem('detection', 'a page that is not a report has only isReport');
    }
    return value.isReport;
  }

  outline(value: Json): void {
    if (!isObject(value)) {
      this.problem('outline', 'must be an object');
      return;
    }
    this.onlyKeys(value, 'outline', ['level1', 'level2Counts', 'level2Titles', 'appendix']);
    if ('level1' in value) this.stringList(value.level1, 'outline.level1');
    const level1Count = Array.isArray(value.level1) ? value.level1.length : null;
    const counts = value.level2Counts;
    if ('level2Counts' in value) {
      if (!Array.isArray(counts) || !counts.every((count) => Number.isInteger(count) && count >= 0)) {
        this.problem('outline.level2Counts', 'must be an array of counts (integers ≥ 0)');
      } else if (level1Count === null || counts.length !== level1Count) {
        this.problem('outline.level2Counts', 'needs level1 and one count per level-1 title');
      }
    }
    if ('level2Titles' in value) {
      const titles = value.level2Titles;
      if (!isObject(titles)) {
        this.problem('outline.level2Titles', 'must be an object keyed by level-1 index');
      } else {
        for (const [key, list] of Object.entries(titles)) {
          const index = Number(key);
          if (!Number.isInteger(index) || index < 0 || level1Count === null || index >= level1Count) {
            this.problem(`outline.level2Titles.${key}`, 'key must be the index of a level-1 title');
          }
          this.stringList(list, `outline.level2Titles.${key}`);
          const count = Array.isArray(counts) ? counts[index] : undefined;
          if (Array.isArray(list) && typeof count === 'number' && list.length > count) {
            this.problem(`outline.level2Titles.${key}`, `more titles than level2Counts[${key}] = ${count}`);
          }
        }
      }
    }
    if ('appendix' in value) this.stringList(value.appendix, 'outline.appendix');
  }

  metrics(value: Json): void {
    if (!isObject(value)) {
      this.problem('metrics', 'must be an object');
      return;
    }
    this.onlyKeys(value, 'metrics', ['headline', 'sample', 'notFigures']);
    for (const list of ['headline', 'sample'] as const) {
      if (!(list in value)) continue;
      const items = value[list];
      if (!Array.isArray(items)) this.problem(`metrics.${list}`, 'must be an array');
      else items.forEach((item, index) => this.metric(item, `metrics.${list}[${index}]`, list === 'headline'));
    }
    if ('notFigures' in value) this.stringList(value.notFigures, 'metrics.notFigures');
  }

  page(value: Json): void {
    if (!isObject(value)) {
      this.problem('page', 'must be an object');
      return;
    }
    this.onlyKeys(value, 'page', ['hidden', 'visible']);
    if ('hidden' in value) this.stringList(value.hidden, 'page.hidden');
    if ('visible' in value) this.stringList(value.visible, 'page.visible');
  }

  document(value: Json): void {
    if (!isObject(value)) {
      this.problem('(root)', 'must be an object');
      return;
    }
    this.onlyKeys(value, '(root)', ['source', 'detection', 'outline', 'metrics', 'page']);
    if ('source' in value) this.string(value.source, 'source');
    const isReport = this.detection(value.detection);
    if ('outline' in value) this.outline(value.outline);
    if ('metrics' in value) this.metrics(value.metrics);
    if ('page' in value) this.page(value.page);
    if (isReport === false && ('outline' in value || 'metrics' in value)) {
      this.problem('(root)', 'a page that is not a report has no outline or metrics');
    }
  }
}

/** Strings an expected.json claims are on the page, with where it claims them. */
function claimedStrings(expected: JsonObject): Array<{ where: string; text: string }> {
  const claims: Array<{ where: string; text: string }> = [];
  const add = (where: string, list: Json): void => {
    if (Array.isArray(list)) list.forEach((text, index) => typeof text === 'string' && claims.push({ where: `${where}[${index}]`, text }));
  };
  const outline = isObject(expected.outline) ? expected.outline : {};
  const metrics = isObject(expected.metrics) ? expected.metrics : {};
  const page = isObject(expected.page) ? expected.page : {};
  add('outline.level1', outline.level1);
  add('outline.appendix', outline.appendix);
  if (isObject(outline.level2Titles)) {
    for (const [key, list] of Object.entries(outline.level2Titles)) add(`outline.level2Titles.${key}`, list);
  }
  for (const list of ['headline', 'sample'] as const) {
    const items = metrics[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, index) => {
      if (!isObject(item)) return;
      if (typeof item.text === 'string') claims.push({ where: `metrics.${list}[${index}].text`, text: item.text });
      if (typeof item.near === 'string') claims.push({ where: `metrics.${list}[${index}].near`, text: item.near });
    });
  }
  add('metrics.notFigures', metrics.notFigures);
  add('page.hidden', page.hidden);
  add('page.visible', page.visible);
  return claims;
}

/** The charset a page declares in its first bytes (pages are kept byte for byte, some in GB2312). */
function declaredCharset(bytes: Buffer): string {
  const head = bytes.subarray(0, 2048).toString('latin1');
  return (/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? '').toLowerCase();
}

function pageText(bytes: Buffer): string {
  return new TextDecoder(declaredCharset(bytes) || 'utf-8').decode(bytes);
}

const pageNames = existsSync(pagesDir)
  ? readdirSync(pagesDir).filter((name) => statSync(join(pagesDir, name)).isDirectory()).sort()
  : [];

describe('seeds/pages corpus', () => {
  it('exists and holds the seed page, the real portal pages and negatives', () => {
    expect(pageNames).toContain(discuzSeedPage);
    expect(pageNames.filter((name) => name.startsWith('portal-jx-')).length).toBe(4);
    const negatives = pageNames.filter((name) => {
      const expected: unknown = JSON.parse(readFileSync(join(pagesDir, name, 'expected.json'), 'utf8'));
      return isObject(expected) && isObject(expected.detection) && expected.detection.isReport === false;
    });
    expect(negatives.length).toBeGreaterThanOrEqual(5);
  });

  it('names every folder in kebab-case', () => {
    for (const name of pageNames) expect(name, name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  describe.each(pageNames)('%s', (name) => {
    const folder = join(pagesDir, name);

    it('has index.html and an expected.json that follows seeds/README.md', () => {
      expect(existsSync(join(folder, 'index.html')), 'index.html').toBe(true);
      expect(existsSync(join(folder, 'expected.json')), 'expected.json').toBe(true);
      const parsed: unknown = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8'));
      const check = new SchemaCheck();
      check.document(parsed);
      expect(check.problems).toEqual([]);
    });

    it('is an HTML page that declares its charset, and is in it', () => {
      const bytes = readFileSync(join(folder, 'index.html'));
      const charset = declaredCharset(bytes);
      expect(['utf-8', 'gb2312', 'gbk', 'gb18030']).toContain(charset);
      expect(() => new TextDecoder(charset, { fatal: true }).decode(bytes)).not.toThrow();
      expect(pageText(bytes)).toMatch(/<body[\s>]/i);
    });

    it('has on its page every string its expected.json names', () => {
      const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as JsonObject;
      const text = bodyText(pageText(readFileSync(join(folder, 'index.html'))));
      const missing = claimedStrings(expected)
        .filter((claim) => !text.includes(foldWhitespace(claim.text)))
        .map((claim) => `${claim.where}: ${claim.text}`);
      expect(missing).toEqual([]);
    });

    it('does not claim a string both hidden and visible', () => {
      const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as JsonObject;
      const page = isObject(expected.page) ? expected.page : {};
      const hidden = Array.isArray(page.hidden) ? page.hidden : [];
      const visible = Array.isArray(page.visible) ? page.visible : [];
      expect(hidden.filter((text) => visible.includes(text))).toEqual([]);
    });
  });
});

describe('the Discuz seed page', () => {
  const html = readFileSync(join(pagesDir, discuzSeedPage, 'index.html'), 'utf8');
  const text = bodyText(html);

  it('holds every chrome string of the seed document', () => {
    const seed = readFileSync(seedDocumentPath, 'utf8');
    for (const chrome of seedChromeStrings) {
      // the list above is typed by hand; make sure it is really the seed's chrome
      expect(foldWhitespace(seed), `seed has "${chrome}"`).toContain(chrome);
      expect(text, `page has "${chrome}"`).toContain(chrome);
    }
  });

  it('holds every line of the seed report in its first post, one <br> per line', () => {
    const seedLines = readFileSync(seedDocumentPath, 'utf8').split('\n');
    const firstLine = seedLines.findIndex((line) => line.trim() === '2020年利津县政府工作报告');
    const lastLine = seedLines.findIndex((line) => line.trim().startsWith('各位代表,初心凝聚力量'));
    expect(firstLine).toBeGreaterThan(0);
    expect(lastLine).toBeGreaterThan(firstLine);
    const postMatch = html.match(/<td class="t_f" id="postmessage_(\d+)">([\s\S]*?)<\/td>/);
    expect(postMatch).not.toBeNull();
    const postLines = (postMatch?.[2] ?? '')
      .split(/<br\s*\/?>/i)
      .map((line) => foldWhitespace(decodeEntities(line)))
      .filter((line) => line !== '');
    const reportLines = seedLines
      .slice(firstLine, lastLine + 1)
      .map((line) => foldWhitespace(line))
      .filter((line) => line !== '');
    expect(postLines).toEqual(reportLines);
  });

  it('has the Discuz! X3.4 structure the contract relies on', () => {
    expect(html).toContain('<meta name="generator" content="Discuz! X3.4" />');
    expect(html).toMatch(/<body id="nv_forum" class="pg_viewthread"/);
    expect(html).toMatch(/<span id="thread_subject">2020年利津县政府工作报告<\/span>/);
    const floors = [...html.matchAll(/<div id="post_(\d+)">\s*<table id="pid(\d+)" class="plhin"/g)];
    expect(floors.length).toBe(2);
    for (const [, divPid, tablePid] of floors) {
      expect(tablePid).toBe(divPid);
      expect(html).toContain(`id="favatar${divPid}"`);
      expect(html).toContain(`id="authorposton${divPid}"`);
      expect(html).toContain(`id="postmessage_${divPid}"`);
      expect(html).toContain(`id="comment_${divPid}"`);
    }
    for (const id of ['toptb', 'hd', 'nv', 'mu', 'scbar', 'wp', 'pt', 'ct', 'pgt', 'postlist', 'f_pst', 'fastpostform', 'fastpostmessage', 'ft', 'flk', 'frt', 'scrolltop']) {
      expect(html, id).toContain(`id="${id}"`);
    }
    expect(html.match(/<script\b/g)?.length).toBe(1);
  });
});
