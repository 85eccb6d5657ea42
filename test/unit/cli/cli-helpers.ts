import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../../src/cli/extract';
import { REPO_ROOT } from '../../fixtures/paths';

export const ROOT = REPO_ROOT;
const TSX = join(ROOT, 'node_modules/.bin/tsx');
export const BIN = join(ROOT, 'src/cli/bin.ts');
export const SEED_TEXT = join(ROOT, 'seeds/reports/cn-national-2025-gwr/report.txt');
export const SEED_PAGE = join(ROOT, 'seeds/pages/discuz-lijin-2020/index.html');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The command line as a process of its own, as a user runs it. */
export function runAsProcess(args: string[], input?: string | Buffer, env?: Record<string, string>): CliRun {
  const result = spawnSync(TSX, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface InProcessOptions {
  input?: Uint8Array;
  env?: Record<string, string>;
  stderrIsTTY?: boolean;
  stdoutIsFile?: boolean;
}

/** main() with its output collected: the same code, without starting Node. */
export async function runCli(args: string[], options: InProcessOptions = {}): Promise<CliRun & { bytes: Buffer }> {
  let stdout = '';
  let stderr = '';
  const chunks: Buffer[] = [];
  const code = await main(args, {
    stdout: {
      write: (data: string | Uint8Array) => {
        chunks.push(Buffer.from(data));
        stdout += typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
      },
    },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.stderrIsTTY ?? false, columns: 100 },
    readStdin: () => options.input ?? new Uint8Array(),
    env: options.env ?? {},
    stdoutIsFile: options.stdoutIsFile ?? false,
  });
  return { code, stdout, stderr, bytes: Buffer.concat(chunks) };
}

/** CSV/TSV read back by the quoting rules the writers follow. */
export function parseDelimited(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted || (char !== separator && char !== '\n' && char !== '\r')) {
      cell += char;
    } else if (char === separator) {
      endCell();
    } else {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endCell();
      rows.push(row);
      row = [];
    }
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}
