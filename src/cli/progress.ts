/** Where progress is drawn: a terminal's stderr, or nothing. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Fewer files than this finish before a bar would be worth reading. */
export const PROGRESS_MIN_FILES = 4;

const BAR_WIDTH = 24;

/** A one-line bar on a terminal, redrawn in place; lines printed meanwhile
 * (a skipped file) clear it first. Silent when stderr is not a terminal, so
 * logs and pipes get only the lines that matter. */
export class Progress {
  private readonly live: boolean;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
  ) {
    this.live = stream.isTTY === true && total >= PROGRESS_MIN_FILES;
  }

  update(done: number, current: string): void {
    if (!this.live) return;
    const filled = Math.round((done / this.total) * BAR_WIDTH);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${this.total} `;
    const room = Math.max(0, (this.stream.columns || 80) - bar.length - 1);
    const name = current.length > room ? `…${current.slice(current.length - room + 1)}` : current;
    this.stream.write(`\r\x1b[2K${bar}${name}`);
    this.drawn = true;
  }

  /** Prints a line of its own above the bar. */
  line(text: string): void {
    this.clear();
    this.stream.write(`${text}\n`);
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
