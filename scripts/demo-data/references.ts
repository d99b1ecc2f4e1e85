// Human references as the app issues them (db/queries/references.ts): `C-2026-000123`,
// numbered per year after the highest already issued, zero-padded to six digits so the
// highest is also the last in text order.
import type BetterSqlite3 from 'better-sqlite3';

export class References {
  private readonly last = new Map<string, number>();
  private readonly highest: BetterSqlite3.Statement;

  constructor(
    sqlite: BetterSqlite3.Database,
    table: 'correspondence' | 'hand_offs' | 'feedback',
    private readonly prefix: 'C' | 'H' | 'F',
  ) {
    this.highest = sqlite.prepare(
      `select max(reference) as last from ${table} where reference like ?`,
    );
  }

  next(year: string): string {
    let n = this.last.get(year);
    if (n === undefined) {
      const row = this.highest.get(`${this.prefix}-${year}-%`) as { last: string | null };
      n = row.last ? Number(row.last.slice(-6)) : 0;
    }
    n += 1;
    if (n > 999_999) {
      throw new Error(
        `More than 999,999 ${this.prefix}- references in ${year}: the app's six-digit numbering would repeat. Spread the contacts over more --days.`,
      );
    }
    this.last.set(year, n);
    return `${this.prefix}-${year}-${String(n).padStart(6, '0')}`;
  }
}
