import { performance } from 'node:perf_hooks';

/** Median of a list of numbers (the list is not modified). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Milliseconds one call takes, repeated `rounds` times and reduced to the median (warm JIT). */
export async function medianMs(rounds: number, run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Milliseconds one item took on one side, in one pass: `[pass][item]`. */
export type PassSamples = number[][];

/** Both clocks' samples, per side. */
export interface InterleavedSamples {
  /** Elapsed time: what a caller waits, including time the other processes took the core. */
  readonly wall: PassSamples[];
  /**
   * CPU time this process spent (all its threads, garbage collection included): far less disturbed
   * by other processes on a busy machine than the wall clock, so the steadier figure for ratios.
   */
  readonly cpu: PassSamples[];
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * `passes` passes over all items; in each pass every item is timed once on every side, one right
 * after the other, the side that goes first rotating with the pass and the item. So each side sees
 * each message cold-ish and in the same order, and load from the other core falls on all sides
 * alike. Returns, per side, the samples of each pass (`[side][pass][item]`), on both clocks.
 */
export async function timeInterleaved<T>(
  items: readonly T[],
  sides: readonly ((item: T) => Promise<unknown>)[],
  passes: number,
  onPass?: (pass: number) => void,
): Promise<InterleavedSamples> {
  const wall: PassSamples[] = sides.map(() => []);
  const cpu: PassSamples[] = sides.map(() => []);
  for (let pass = 0; pass < passes; pass++) {
    onPass?.(pass);
    const wallRows = sides.map((): number[] => []);
    const cpuRows = sides.map((): number[] => []);
    for (const [index, item] of items.entries()) {
      for (let k = 0; k < sides.length; k++) {
        const side = (pass + index + k) % sides.length;
        const cpuStart = cpuMs();
        const start = performance.now();
        await sides[side]!(item);
        wallRows[side]!.push(performance.now() - start);
        cpuRows[side]!.push(cpuMs() - cpuStart);
      }
    }
    wallRows.forEach((row, side) => wall[side]!.push(row));
    cpuRows.forEach((row, side) => cpu[side]!.push(row));
  }
  return { wall, cpu };
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
