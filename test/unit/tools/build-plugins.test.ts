import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactCssTemplates, compactLocaleMessages, STYLESHEET_MODULE } from '../../tools/build-plugins';
import { repoPath } from '../../fixtures/paths';

/** Evaluates a module's compacted source of constant templates (no imports). */
function evaluate(source: string, name: string): string {
  const body = source.replace(/^export /gm, '') + `\nreturn ${name};`;
  return new Function(body)() as string;
}

describe('compactCssTemplates', () => {
  it('drops comments and the whitespace CSS does not need, keeping strings and combinators', () => {
    const source = [
      "const A = 'html[data-x=\"1\"]';",
      'const CSS = `',
      '/* a comment',
      '   over two lines */',
      '${A} [data-y] > :not(p) {',
      '  font-family: "Noto Sans  CJK", sans-serif !important;',
      '  content: ": , ;" ;',
      '}',
      '@media (max-width: 760px) { ${A} p { margin: 0 auto; } }',
      '`;',
    ].join('\n');
    expect(evaluate(compactCssTemplates(source), 'CSS')).toBe(
      'html[data-x="1"] [data-y]>:not(p){font-family:"Noto Sans  CJK",sans-serif!important;content:": , ;";}' +
        '@media (max-width:760px){html[data-x="1"] p{margin:0 auto;}}',
    );
  });

  it('keeps the space between two expressions and a quote open across one', () => {
    const source = 'const S = (a, b, level) => `${a} ${b}[data-level="${level}"] ,  x`;';
    const compacted = compactCssTemplates(source);
    const fn = new Function(`${compacted}\nreturn S;`)() as (a: string, b: string, level: string) => string;
    expect(fn('html', 'p', '1 2')).toBe('html p[data-level="1 2"],x');
  });

  it('changes nothing but whitespace and comments in the real stylesheets', () => {
    for (const path of ['src/dom/annotate/reader-css.ts', 'src/ui/sidebar-css.ts', 'src/ui/ledger-css.ts', 'src/ui/page-css.ts', 'src/dom/annotate/mark-style.ts']) {
      expect(STYLESHEET_MODULE.test(repoPath(path))).toBe(true);
      const source = readFileSync(repoPath(path), 'utf8');
      const compacted = compactCssTemplates(source, path);
      expect(compacted.length).toBeLessThan(source.length * 0.95);
      // outside the templates' text the source is the same: every identifier and expression kept
      const words = (text: string) => text.match(/\$\{[^}]*\}|[A-Za-z_][\w-]*/g) ?? [];
      const strip = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\\n/g, ' ');
      expect(words(strip(compacted))).toEqual(words(strip(source)));
    }
    expect(STYLESHEET_MODULE.test(repoPath('src/dom/annotate/reader-view.ts'))).toBe(false);
  });
});

describe('compactLocaleMessages', () => {
  it('keeps every message and drops the descriptions', () => {
    const text = readFileSync(repoPath('src/public/_locales/zh_CN/messages.json'), 'utf8');
    const original = JSON.parse(text) as Record<string, { message: string; description?: string }>;
    const compacted = JSON.parse(compactLocaleMessages(text)) as Record<string, { message: string; description?: string }>;
    expect(Object.keys(compacted)).toEqual(Object.keys(original));
    for (const [key, entry] of Object.entries(original)) expect(compacted[key]).toEqual({ message: entry.message });
    expect(compactLocaleMessages(text).length).toBeLessThan(text.length * 0.8);
  });
});
