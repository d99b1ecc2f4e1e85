import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

const columns = [
  { key: 'customer', label: 'Customer' },
  { key: 'waited', label: 'Waited (seconds)' },
];
/** The cells as a spreadsheet would read them back, below the header. */
const cells = (rows: Record<string, string | number>[]) =>
  Papa.parse<string[]>(toCsv(columns, rows).slice(1))
    .data.slice(1)
    .map((r) => r[0]);

describe('CSV exports', () => {
  it('keep text that a spreadsheet would run as a formula as text', () => {
    expect(
      cells([
        { customer: '=HYPERLINK("http://evil.example","Click")', waited: 1 },
        { customer: '+44 151 555 0100', waited: 1 },
        { customer: '-2+3', waited: 1 },
        { customer: '@SUM(A1:A9)', waited: 1 },
        { customer: '\t=1+1', waited: 1 },
        { customer: '\r=1+1', waited: 1 },
        { customer: '=1+1\nsecond line', waited: 1 },
      ]),
    ).toEqual([
      `'=HYPERLINK("http://evil.example","Click")`,
      "'+44 151 555 0100",
      "'-2+3",
      "'@SUM(A1:A9)",
      "'\t=1+1",
      "'\r=1+1",
      "'=1+1\nsecond line",
    ]);
  });

  it('leave ordinary text and numbers alone, negative numbers included', () => {
    const csv = toCsv(columns, [
      { customer: 'Anna Kowalski', waited: 392 },
      { customer: 'O’Brien', waited: -5 },
    ]);
    expect(csv).toBe('\uFEFFCustomer,Waited (seconds)\r\nAnna Kowalski,392\r\nO’Brien,-5');
  });
});
