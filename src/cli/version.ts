import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The version in our package.json, the nearest one above this module: the
 * repository's for src/cli, the installed package's for dist-cli. */
export function packageVersion(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name === 'report-lens' && json.version) return json.version;
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}
