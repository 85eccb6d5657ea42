import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The extensions a folder is searched for. */
export const INPUT_EXTENSIONS = ['.html', '.htm', '.txt'] as const;

/** One thing to read: a file, or standard input ("-"). */
export interface InputItem {
  /** the path as the user gave it, or as found under a folder they gave */
  source: string;
  /** found by searching a folder (rather than named on the command line) */
  fromFolder: boolean;
}

export interface ExpandedInputs {
  items: InputItem[];
  /** one line each: named inputs that are not there, folders with nothing to read */
  problems: string[];
}

const wanted = (name: string) => INPUT_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension));

/** Files under a folder, depth first in name order (code points, so the
 * order is the same on every machine); hidden entries are left out, and a
 * folder reached twice through links is read once. */
function filesUnder(folder: string, seen: Set<string>): string[] {
  let real: string;
  try {
    real = realpathSync(folder);
  } catch {
    return [];
  }
  if (seen.has(real)) return [];
  seen.add(real);
  const names = readdirSync(folder).filter((name) => !name.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: string[] = [];
  for (const name of names) {
    const path = join(folder, name);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      continue; // a dangling link
    }
    if (stats.isDirectory()) files.push(...filesUnder(path, seen));
    else if (stats.isFile() && wanted(name)) files.push(path);
  }
  return files;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown error';
}

/** The inputs named on the command line, folders replaced by the files in them. */
export function expandInputs(named: readonly string[]): ExpandedInputs {
  const items: InputItem[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const source of named) {
    if (source === '-') {
      items.push({ source, fromFolder: false });
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = statSync(source).isDirectory();
    } catch (error) {
      problems.push(errorCode(error) === 'ENOENT' ? `no such file: ${source}` : `cannot read ${source} (${errorCode(error)})`);
      continue;
    }
    if (!isFolder) {
      items.push({ source, fromFolder: false });
      continue;
    }
    let found: string[];
    try {
      found = filesUnder(source, seen);
    } catch (error) {
      problems.push(`cannot read the folder ${source} (${errorCode(error)})`);
      continue;
    }
    if (found.length === 0) problems.push(`${source} is a folder with no ${INPUT_EXTENSIONS.join(', ')} files in it`);
    items.push(...found.map((path) => ({ source: path, fromFolder: true })));
  }
  return { items, problems };
}

/** A file's bytes, or a one-line reason why not. */
export function readItem(item: InputItem, readStdin: () => Uint8Array): Uint8Array | string {
  if (item.source === '-') return readStdin();
  try {
    return readFileSync(item.source);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return `no such file: ${item.source}`;
    if (code === 'EISDIR') return `${item.source} is a folder, not a file`;
    return `cannot read ${item.source} (${code})`;
  }
}
