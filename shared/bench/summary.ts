/**
 * The one table `npm run bench` ends with: every section adds its headline figures here with
 * `addSummaryRow`, and run.ts prints them together, grouped by section in the order they arrived.
 * Figures only, never mail content.
 */
export interface SummaryRow {
  /** Group heading, e.g. "reading speed", "bundles", "cold start". */
  readonly section: string;
  readonly measure: string;
  /** The figure as printed, with its unit ("2.31 ms", "×1.42"). */
  readonly value: string;
  /** The goal as printed ("≤ 1.3"), when there is one. */
  readonly target?: string;
  /** Whether the figure meets the target; left out when there is no target. */
  readonly met?: boolean;
  /** Printed after the verdict, unpadded: detail too long for a column (a bundle's top contributors). */
  readonly note?: string;
}

const rows: SummaryRow[] = [];

export function addSummaryRow(row: SummaryRow): void {
  rows.push(row);
}

/** The table, one section after another; an empty string when nothing was added. */
export function formatSummary(): string {
  if (rows.length === 0) return '';
  const sections = [...new Set(rows.map((row) => row.section))];
  const measureWidth = Math.max(...rows.map((row) => row.measure.length));
  const valueWidth = Math.max(...rows.map((row) => row.value.length));
  const lines: string[] = [];
  for (const section of sections) {
    lines.push(section);
    for (const row of rows.filter((r) => r.section === section)) {
      const verdict = row.met === undefined ? '' : row.met ? '  ok' : '  MISSED';
      const target = row.target === undefined ? '' : `  target ${row.target}${verdict}`;
      const note = row.note === undefined ? '' : `  (${row.note})`;
      lines.push(`  ${row.measure.padEnd(measureWidth)}  ${row.value.padStart(valueWidth)}${target}${note}`);
    }
  }
  return lines.join('\n');
}
