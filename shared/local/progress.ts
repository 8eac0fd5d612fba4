/** How often (in messages) a non-terminal gets a progress line: enough to see it move, not a flood. */
export const PROGRESS_LINE_EVERY = 100;
const BAR_WIDTH = 30;

/** A progress bar on a terminal (redrawn in place), periodic plain lines otherwise (CI, pipes). */
export class Progress {
  private last = -1;

  constructor(
    private readonly total: number,
    private readonly stream: { isTTY?: boolean; write(text: string): unknown },
  ) {}

  update(done: number, counts: string): void {
    if (this.stream.isTTY) {
      const filled = this.total === 0 ? BAR_WIDTH : Math.round((done / this.total) * BAR_WIDTH);
      this.stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${this.total} ${counts}\x1b[K`);
      return;
    }
    if (done === this.total || done - this.last >= PROGRESS_LINE_EVERY) {
      this.last = done;
      this.stream.write(`${done}/${this.total} ${counts}\n`);
    }
  }

  finish(): void {
    if (this.stream.isTTY) this.stream.write('\n');
  }
}
