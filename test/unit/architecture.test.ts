import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../fixtures/paths';

// The layers of src/ and what each may import. Imports point one way:
// core ← dom ← entries, core ← ui ← entries, core ← ext ← entries,
// core + dom ← cli. Packages are named per layer for the same reason:
// only ext talks to the browser's extension APIs, only ui and entries
// render with preact, core runs anywhere.
const LAYERS = ['core', 'dom', 'ui', 'ext', 'entries', 'cli'] as const;
type Layer = (typeof LAYERS)[number];

const ALLOWED_LAYERS: Record<Layer, readonly Layer[]> = {
  core: ['core'],
  dom: ['core', 'dom'],
  ui: ['core', 'ui'],
  ext: ['core', 'ext'],
  entries: ['core', 'dom', 'ui', 'ext', 'entries'],
  cli: ['core', 'dom', 'cli'],
};

const ALLOWED_PACKAGES: Record<Layer, readonly RegExp[]> = {
  // none: even the workbook is written by core itself (xlsx-writer.ts)
  core: [],
  dom: [],
  ui: [/^preact(\/|$)/],
  ext: [/^webextension-polyfill$/],
  entries: [/^preact(\/|$)/],
  cli: [/^node:/, /^happy-dom$/, /^happy-dom\/lib\/PropertySymbol\.js$/, /^parse5$/],
};

// Inside dom, three rooms and what they share. Reading the page never
// depends on changing it or on the sidebar (the command line and the gate
// load only what reads); the annotation acts on a reading; the sidebar's
// host stands apart from both. The shared pieces at src/dom/ itself (undo,
// wrap-text, failsafe, style sheets, html names) import none of the rooms.
const DOM_ROOMS = ['read', 'annotate', 'sidebar'] as const;
type DomRoom = (typeof DOM_ROOMS)[number] | 'shared';

const ALLOWED_DOM_ROOMS: Record<DomRoom, readonly DomRoom[]> = {
  shared: ['shared'],
  read: ['shared', 'read'],
  annotate: ['shared', 'read', 'annotate'],
  sidebar: ['shared', 'sidebar'],
};

const SRC = repoPath('src');

export interface Violation {
  file: string;
  specifier: string;
  reason: string;
}

/** Every module specifier in a TypeScript source: static imports and
 * re-exports, side-effect imports, dynamic import() and require() with a
 * literal. */
export function importSpecifiers(source: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\sfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) if (match[1]) specifiers.push(match[1]);
  }
  return specifiers;
}

function layerOf(path: string): Layer | null {
  const top = relative(SRC, path).split(/[\\/]/)[0];
  return (LAYERS as readonly string[]).includes(top ?? '') ? (top as Layer) : null;
}

/** The room of a file in src/dom/: its subfolder, or 'shared' for one at
 * src/dom/ itself. */
function domRoomOf(path: string): DomRoom {
  const [, room, ...rest] = relative(SRC, path).split(/[\\/]/);
  return rest.length > 0 && (DOM_ROOMS as readonly string[]).includes(room ?? '') ? (room as DomRoom) : 'shared';
}

const roomName = (room: DomRoom) => (room === 'shared' ? 'dom/ (shared)' : `dom/${room}`);

export function checkFile(file: string, source: string): Violation[] {
  const layer = layerOf(file);
  if (!layer) return [];
  const violations: Violation[] = [];
  for (const specifier of importSpecifiers(source)) {
    if (specifier.startsWith('.')) {
      const target = resolve(dirname(file), specifier);
      const targetLayer = layerOf(target);
      if (!targetLayer) {
        if (!target.startsWith(SRC)) violations.push({ file, specifier, reason: 'reaches outside src/' });
        continue;
      }
      if (!ALLOWED_LAYERS[layer].includes(targetLayer)) {
        violations.push({ file, specifier, reason: `${layer} may not import ${targetLayer}` });
      } else if (layer === 'dom' && targetLayer === 'dom') {
        const [room, targetRoom] = [domRoomOf(file), domRoomOf(target)];
        if (!ALLOWED_DOM_ROOMS[room].includes(targetRoom)) {
          violations.push({ file, specifier, reason: `${roomName(room)} may not import ${roomName(targetRoom)}` });
        }
      }
    } else if (!ALLOWED_PACKAGES[layer].some((allowed) => allowed.test(specifier))) {
      violations.push({ file, specifier, reason: `${layer} may not import the package ${specifier}` });
    }
  }
  return violations;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('architecture: imports point one way', () => {
  it('no file in src/ crosses its layer', () => {
    const violations = sourceFiles(SRC).flatMap((file) => checkFile(file, readFileSync(file, 'utf8')));
    expect(violations.map((v) => `${relative(SRC, v.file)}: ${v.specifier} — ${v.reason}`)).toEqual([]);
  });

  it('every layer exists and holds code', () => {
    for (const layer of LAYERS) expect(sourceFiles(join(SRC, layer)).length, layer).toBeGreaterThan(0);
  });

  it('dom has its three rooms, each holding code, and nothing else in folders', () => {
    for (const room of DOM_ROOMS) expect(sourceFiles(join(SRC, 'dom', room)).length, room).toBeGreaterThan(0);
    const folders = readdirSync(join(SRC, 'dom')).filter((name) => statSync(join(SRC, 'dom', name)).isDirectory());
    expect(folders.sort()).toEqual([...DOM_ROOMS].sort());
  });

  // The checker itself must be able to fail: these are the crossings it exists to stop.
  it.each([
    ['core/figures.ts', "import { readBlocks } from '../dom/read/blocks';", 'core may not import dom'],
    ['core/extract.ts', "import { h } from 'preact';", 'core may not import the package preact'],
    ['dom/read/blocks.ts', "import browser from 'webextension-polyfill';", 'dom may not import the package webextension-polyfill'],
    ['ui/popup.tsx', "const browser = require('webextension-polyfill');", 'ui may not import the package webextension-polyfill'],
    ['dom/annotate/highlight.ts', "import { Sidebar } from '../../ui/sidebar';", 'dom may not import ui'],
    ['ui/sidebar.tsx', "import type { BlockMap } from '../dom/read/blocks';", 'ui may not import dom'],
    ['ui/sidebar.tsx', "const m = await import('../ext/settings');", 'ui may not import ext'],
    ['cli/extract.ts', "export { loadSettings } from '../ext/settings';", 'cli may not import ext'],
    ['core/detect.ts', "import '../entries/content';", 'core may not import entries'],
    ['core/table-xlsx.ts', "import writeXlsxFile from 'write-excel-file/universal';", 'core may not import the package write-excel-file/universal'],
    ['core/report-table.ts', "import { parse } from 'parse5';", 'core may not import the package parse5'],
    ['dom/read/blocks.ts', "import { wrapFigures } from '../annotate/highlight';", 'dom/read may not import dom/annotate'],
    ['dom/read/signals.ts', "import { mountSidebarHost } from '../sidebar/sidebar-host';", 'dom/read may not import dom/sidebar'],
    ['dom/annotate/highlight.ts', "import { copyToClipboard } from '../sidebar/clipboard';", 'dom/annotate may not import dom/sidebar'],
    ['dom/sidebar/copy-metrics.ts', "import { MARK_CSS } from '../annotate/mark-style';", 'dom/sidebar may not import dom/annotate'],
    ['dom/undo.ts', "import type { BlockMap } from './read/blocks';", 'dom/ (shared) may not import dom/read'],
  ])('rejects a crossing import in %s', (file, line, reason) => {
    const violations = checkFile(join(SRC, file), line);
    expect(violations.map((v) => v.reason)).toEqual([reason]);
  });

  it.each([
    ['entries/content.ts', "import { looksLikeReport } from '../core/gate';"],
    ['ui/sidebar.tsx', "import { useState } from 'preact/hooks';"],
    ['ext/settings.ts', "import browser from 'webextension-polyfill';"],
    ['cli/extract.ts', "import { readFileSync } from 'node:fs';"],
    ['dom/annotate/highlight.ts', "import { textPiecesFor } from '../read/blocks';"],
    ['dom/read/blocks.ts', "import { resolveTextPosition } from '../wrap-text';"],
    ['entries/report-view.tsx', "import { mountSidebarHost } from '../dom/sidebar/sidebar-host';"],
  ])('accepts an allowed import in %s', (file, line) => {
    expect(checkFile(join(SRC, file), line)).toEqual([]);
  });
});
