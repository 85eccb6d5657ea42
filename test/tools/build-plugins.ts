// Two build steps that make dist/ smaller without changing what it does
// (issue #17, the size budget):
// - compactCssTemplates: the stylesheets are template literals written for
//   reading (comments, one declaration a line); the minifier keeps a
//   template's text as it is, so their comments and layout went into dist/
//   whole. This strips CSS comments and the whitespace CSS does not need from
//   the text of every template literal in the stylesheet modules.
// - compactLocales: _locales/*/messages.json as the browser needs them:
//   each message without its description (which is for translators), on one
//   line.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

/** After these a space is never needed in CSS; before the second set neither. */
const NO_SPACE_AFTER = new Set(['{', '}', ';', ',', ':', '>', '(']);
const NO_SPACE_BEFORE = new Set(['{', '}', ';', ',', '>', ')', '!']);

interface CompactState {
  quote: string | null;
}

/**
 * One piece of a template literal's raw text, between the template's ends
 * and its `${…}` expressions. `afterExpression`/`beforeExpression`: whether an
 * expression stands right before or after it (a space there may separate
 * selectors, so one is kept unless the piece's own next or last character
 * makes it needless). Quoted CSS strings are copied as they are; the state
 * carries an open quote across an expression (`[data-level="${level}"]`).
 */
export function compactCssPiece(raw: string, afterExpression: boolean, beforeExpression: boolean, state: CompactState): string {
  let out = '';
  let pendingSpace = false;
  let index = 0;
  const flushBefore = (next: string) => {
    if (pendingSpace && !NO_SPACE_BEFORE.has(next)) {
      const previous = out.at(-1);
      const atStart = out === '';
      if (atStart ? afterExpression : !NO_SPACE_AFTER.has(previous ?? '')) out += ' ';
    }
    pendingSpace = false;
  };
  while (index < raw.length) {
    const char = raw[index] ?? '';
    if (state.quote !== null) {
      out += char;
      if (char === '\\' && index + 1 < raw.length) out += raw[++index] ?? '';
      else if (char === state.quote) state.quote = null;
      index++;
      continue;
    }
    if (char === '/' && raw[index + 1] === '*') {
      const end = raw.indexOf('*/', index + 2);
      if (end !== -1) {
        index = end + 2;
        pendingSpace = true;
        continue;
      }
    }
    if (/\s/.test(char)) {
      pendingSpace = true;
      index++;
      continue;
    }
    // a template's escaped line break (`\n`) is whitespace to CSS as well;
    // any other escape is copied whole
    if (char === '\\' && (raw[index + 1] === 'n' || raw[index + 1] === 't')) {
      pendingSpace = true;
      index += 2;
      continue;
    }
    flushBefore(char);
    if (char === '\\') {
      out += raw.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (char === '"' || char === "'") state.quote = char;
    out += char;
    index++;
  }
  if (pendingSpace && beforeExpression && out !== '' && !NO_SPACE_AFTER.has(out.at(-1) ?? '')) out += ' ';
  if (pendingSpace && beforeExpression && out === '' && afterExpression) out = ' ';
  return out;
}

/** The source with the text of every template literal compacted as CSS. */
export function compactCssTemplates(source: string, fileName = 'styles.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNoSubstitutionTemplateLiteral(node)) {
      const start = node.getStart(file);
      const raw = source.slice(start + 1, node.getEnd() - 1);
      edits.push({ start, end: node.getEnd(), text: `\`${compactCssPiece(raw, false, false, { quote: null })}\`` });
    } else if (ts.isTemplateExpression(node)) {
      const state: CompactState = { quote: null };
      const pieces: ts.Node[] = [node.head, ...node.templateSpans.map((span) => span.literal)];
      pieces.forEach((piece, index) => {
        const start = piece.getStart(file);
        const text = source.slice(start, piece.getEnd());
        const opening = text.slice(0, 1); // ` or }
        const closing = index === pieces.length - 1 ? '`' : '${';
        const raw = text.slice(1, text.length - closing.length);
        edits.push({ start, end: piece.getEnd(), text: opening + compactCssPiece(raw, index > 0, index < pieces.length - 1, state) + closing });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  edits.sort((a, b) => b.start - a.start);
  let result = source;
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** The modules that are stylesheets: src/…/*-css.ts and the marks' style. */
export const STYLESHEET_MODULE = /[\\/]src[\\/](?:ui|dom)[\\/](?:.*[\\/])?(?:[\w-]+-css|mark-style)\.ts$/;

export function compactCssPlugin(): Plugin {
  return {
    name: 'report-lens:compact-css',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!STYLESHEET_MODULE.test(id)) return null;
      return { code: compactCssTemplates(code, id), map: null };
    },
  };
}

/** A messages.json as the browser reads it: messages (and placeholders), no
 * descriptions, no layout. */
export function compactLocaleMessages(text: string): string {
  const messages = JSON.parse(text) as Record<string, { message: string; description?: string; placeholders?: unknown }>;
  const kept: Record<string, { message: string; placeholders?: unknown }> = {};
  for (const [key, { message, placeholders }] of Object.entries(messages)) {
    kept[key] = placeholders === undefined ? { message } : { message, placeholders };
  }
  return JSON.stringify(kept);
}

export function compactLocalesPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'report-lens:compact-locales',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const locales = join(outDir, '_locales');
      for (const locale of readdirSync(locales)) {
        const path = join(locales, locale, 'messages.json');
        writeFileSync(path, compactLocaleMessages(readFileSync(path, 'utf8')));
      }
    },
  };
}
