/** Prints rows as a right-aligned text table, two spaces in, for the bench's output. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const print = (cells: string[]) => console.log('  ' + cells.map((c, i) => c.padStart(widths[i]!)).join('  '));
  print(header);
  rows.forEach(print);
}
