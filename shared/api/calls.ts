// Importing the telephone system's call records (Halton standards: answer calls in an
// average of 30 seconds; NeSDS standard 3): a column mapping saved per source, a preview of
// what will happen to every row, the import itself, and undoing a whole import.
import { z } from 'zod';
import { callMappingSchema, type CallMapping } from '../calls/call-records';
import type { CoveredDay } from '../calls/switch-cover';
import { emptyInput, entityId, text } from './common';
import { LEADERS, method } from './define';

export interface CallSourceView {
  id: string;
  name: string;
  mapping: CallMapping;
}

export interface RowProblem {
  line: number;
  reason: string;
}

export interface CallPreview {
  headers: string[];
  /** Data rows in the file (blank lines not counted). */
  rowsRead: number;
  toImport: number;
  /** Rows already on file at the site, or repeated within the file. */
  duplicates: number;
  skipped: number;
  /** Why each skipped row is skipped (the first 500). */
  problems: RowProblem[];
  /** Duplicate rows, by line (the first 500). */
  duplicateLines: number[];
  /** Advisers named in the file whom the council has no record of: imported without one. */
  unknownAgents: string[];
  /** Answer times advisers typed that the switch's records will replace in the figures: those
   * in the hours the file's calls fall in at the site (shared/calls/switch-cover.ts). */
  typedReplaced: number;
  /** The site the file's calls are imported for. */
  siteName: string;
  /** The London days and hours the file's calls fall in, with the site's opening hours. */
  coverage: CoveredDay[];
  answered: number;
  abandoned: number;
  /** Average seconds to answer over the rows to import (null with none answered). */
  averageSpeedOfAnswer: number | null;
  /** The first rows to import, as they will be recorded. */
  sample: {
    line: number;
    queuedAt: string;
    waitSeconds: number;
    answered: boolean;
    /** The adviser on our staff list, or the name as the file gives it. */
    adviser: string | null;
    adviserKnown: boolean;
    transferred: boolean;
  }[];
}

export interface CallImportView {
  id: string;
  sourceName: string;
  fileName: string;
  siteName: string;
  importedAt: string;
  importedByName: string;
  rowsRead: number;
  imported: number;
  duplicates: number;
  skipped: number;
  undoneAt: string | null;
}

/** Ten megabytes of CSV: a busy month from a large contact centre's switch. */
const MAX_CSV_CHARS = 10_000_000;

const importInput = z
  .object({
    sourceName: text('The source name', {
      max: 100,
      required: 'Name the telephone system the file comes from.',
    }),
    fileName: text('The file name', { max: 255, required: 'Choose the file to import.' }),
    siteId: entityId('the site whose calls these are'),
    csv: z
      .string()
      .min(1, 'The file is empty.')
      .max(MAX_CSV_CHARS, 'The file is larger than 10 MB: split it by month and import each part.'),
    mapping: callMappingSchema,
  })
  .strict();
export type CallImportInput = z.input<typeof importInput>;

export const callsContract = {
  'calls.sources': method<CallSourceView[]>()(emptyInput, 'session', LEADERS),
  'calls.preview': method<CallPreview>()(importInput, 'session', LEADERS),
  'calls.import': method<CallImportView>()(importInput, 'session', LEADERS),
  'calls.imports': method<CallImportView[]>()(emptyInput, 'session', LEADERS),
  'calls.undoImport': method<CallImportView>()(
    z.object({ id: entityId('the import') }).strict(),
    'session',
    LEADERS,
  ),
};
