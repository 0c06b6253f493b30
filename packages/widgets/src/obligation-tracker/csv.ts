/** One revenue row as the visitor typed or pasted it. */
export interface RevenueRow {
  from: string;
  to: string;
  amount: string;
}

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];
const QUARTER_START = ['01-01', '04-01', '07-01', '10-01'];

/** '2026-Q1', 'Q1 2026', '1 кв. 2026', '2026 Q1' → the quarter's first and last day. */
export function quarterPeriod(s: string): { from: string; to: string } | undefined {
  const m = /^\s*(?:(\d{4})\s*[-\s]?\s*[QqКк]\.?\s*([1-4])|[QqКк]?\.?\s*([1-4])\s*(?:кв\.?|q)?\s*[-\s]?\s*(\d{4}))\s*$/u.exec(s);
  if (!m) return undefined;
  const year = m[1] ?? m[4];
  const q = Number(m[2] ?? m[3]) - 1;
  return { from: `${year}-${QUARTER_START[q]}`, to: `${year}-${QUARTER_END[q]}` };
}

/**
 * Revenue rows from pasted text or a CSV file: `from;to;amount`, `from,to,amount` (tab also works), or
 * `quarter;amount` with quarters like 2026-Q1. A header line and blank lines are skipped; unreadable lines are
 * returned by number so the visitor can fix them.
 */
export function parseRevenueCsv(text: string): { rows: RevenueRow[]; badLines: number[] } {
  const rows: RevenueRow[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const cells = (line.includes('\t') ? line.split('\t') : line.includes(';') ? line.split(';') : line.split(',')).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (cells.length >= 3 && /^\d{4}-\d{2}-\d{2}$/.test(cells[0]!)) {
      rows.push({ from: cells[0]!, to: cells[1]!, amount: cells.slice(2).join(',') });
      return;
    }
    const q = cells.length >= 2 ? quarterPeriod(cells[0]!) : undefined;
    if (q) {
      rows.push({ ...q, amount: cells.slice(1).join(',') });
      return;
    }
    if (i === 0 && !/\d{4}/.test(line)) return; // a header
    badLines.push(i + 1);
  });
  return { rows, badLines };
}

/** Rows as CSV (`from;to;amount`), for export. */
export function toCsv(rows: readonly RevenueRow[]): string {
  return ['from;to;amount', ...rows.map((r) => `${r.from};${r.to};${r.amount}`)].join('\n');
}
