import { plural } from '../../../shared/words';
import { useCallback, useEffect, useState } from 'react';
import type { CallImportView, CallPreview, CallSourceView } from '../../../shared/api/calls';
import {
  CALL_FIELDS,
  csvHeaders,
  guessMapping,
  type CallField,
} from '../../../shared/calls/call-records';
import { callApi } from '../api/client';
import { ImportHistory } from '../components/calls/ImportHistory';
import { ImportPreview } from '../components/calls/ImportPreview';
import {
  draftOf,
  EMPTY_DRAFT,
  MappingFields,
  mappingOf,
  type MappingDraft,
} from '../components/calls/MappingFields';
import { Field } from '../components/Field';
import { selectSites, useAppStore } from '../store';
import '../components/calls/calls.css';

interface LoadedFile {
  name: string;
  text: string;
  headers: string[];
}

/**
 * The team leader imports the telephone system's call records, so answer times and abandoned
 * calls come from the switch (Halton standards: answer in an average of 30 seconds): choose
 * the file, say which system it came from (its column mapping is remembered), check the
 * preview, import, and undo an import that was wrong.
 */
export function CallImport() {
  const session = useAppStore((s) => s.session)!;
  const sites = useAppStore(selectSites);
  const announce = useAppStore((s) => s.announce);
  const [sources, setSources] = useState<CallSourceView[]>([]);
  const [imports, setImports] = useState<CallImportView[]>([]);
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [sourceName, setSourceName] = useState('');
  const [siteId, setSiteId] = useState(session.site.id);
  const [draft, setDraft] = useState<MappingDraft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<Partial<Record<CallField | 'file' | 'source', string>>>({});
  const [preview, setPreview] = useState<CallPreview | null>(null);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);

  const refresh = useCallback(async () => {
    const [s, i] = await Promise.all([callApi('calls.sources', {}), callApi('calls.imports', {})]);
    if (s.ok) setSources(s.value);
    if (i.ok) setImports(i.value);
  }, []);
  useEffect(() => void refresh(), [refresh]);

  /** A known source brings its saved mapping; a new one gets a guess from the headers. */
  function mappingFor(name: string, headers: string[]) {
    const saved = sources.find((s) => s.name.toLowerCase() === name.trim().toLowerCase());
    setDraft(draftOf(saved ? saved.mapping : guessMapping(headers)));
  }

  async function chooseFile(chosen: File | undefined) {
    setPreview(null);
    setMessage(null);
    if (!chosen) return setFile(null);
    const text = await chosen.text();
    const headers = csvHeaders(text);
    if (headers.length === 0) {
      setFile(null);
      return setErrors({
        file: 'That file has no header row. Choose the CSV the switch exported.',
      });
    }
    setErrors({});
    setFile({ name: chosen.name, text, headers });
    mappingFor(sourceName, headers);
  }

  function request() {
    const problems: typeof errors = {};
    if (!file) problems.file = 'Choose the file to import.';
    if (!sourceName.trim()) problems.source = 'Name the telephone system the file comes from.';
    for (const field of Object.keys(CALL_FIELDS) as CallField[])
      if (CALL_FIELDS[field].required && !draft[field])
        problems[field] = `Choose the column for “${CALL_FIELDS[field].label.toLowerCase()}”.`;
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !file) return null;
    return { sourceName, fileName: file.name, siteId, csv: file.text, mapping: mappingOf(draft) };
  }

  async function showPreview() {
    setMessage(null);
    const input = request();
    if (!input) return;
    const result = await callApi('calls.preview', input);
    if (!result.ok) return setMessage({ text: result.error.message, ok: false });
    setPreview(result.value);
    const typed = result.value.typedReplaced;
    announce(
      `Preview ready: ${plural(result.value.toImport, 'call')} to import` +
        (typed > 0 ? `; ${plural(typed, 'typed answer time')} will be replaced.` : '.'),
    );
  }

  async function runImport() {
    const input = request();
    if (!input) return;
    const result = await callApi('calls.import', input);
    if (!result.ok) return setMessage({ text: result.error.message, ok: false });
    const done = result.value;
    setPreview(null);
    setFile(null);
    setMessage({
      text: `Imported ${plural(done.imported, 'call')} from ${done.fileName}; left out ${plural(done.duplicates, 'duplicate')} and ${plural(done.skipped, 'row')} with a problem.`,
      ok: true,
    });
    await refresh();
  }

  async function undo(id: string) {
    const result = await callApi('calls.undoImport', { id });
    if (!result.ok) return setMessage({ text: result.error.message, ok: false });
    setMessage({
      text: `Undone: the ${plural(result.value.imported, 'call')} from ${result.value.fileName} are removed.`,
      ok: true,
    });
    await refresh();
  }

  return (
    <section aria-labelledby="calls-heading" className="call-import">
      <h1 id="calls-heading">Call records</h1>
      <p>
        Import the telephone system’s call records so average speed of answer and abandoned calls
        come from the switch. Nothing is written until you press Import.
      </p>
      <form
        className="call-import-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void showPreview();
        }}
      >
        <Field
          id="call-file"
          label="CSV file from the telephone system"
          hint="A file exported by the switch, with a header row"
          error={errors.file}
        >
          <input
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => void chooseFile(e.target.files?.[0])}
          />
        </Field>
        <Field
          id="call-source"
          label="Telephone system"
          hint="Its column mapping is remembered for next time"
          error={errors.source}
        >
          <input
            list="call-source-names"
            value={sourceName}
            autoComplete="off"
            onChange={(e) => {
              setSourceName(e.target.value);
              setPreview(null);
              if (file) mappingFor(e.target.value, file.headers);
            }}
          />
        </Field>
        <datalist id="call-source-names">
          {sources.map((s) => (
            <option key={s.id} value={s.name} />
          ))}
        </datalist>
        <Field id="call-site" label="Site whose calls these are">
          <select
            value={siteId}
            onChange={(e) => {
              setSiteId(e.target.value);
              setPreview(null);
            }}
          >
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        {file && (
          <MappingFields
            headers={file.headers}
            draft={draft}
            errors={errors}
            onChange={(next) => {
              setDraft(next);
              setPreview(null);
            }}
          />
        )}
        <div className="actions">
          <button type="submit">Preview the import</button>
          {preview && preview.toImport > 0 && (
            <button type="button" onClick={() => void runImport()}>
              Import {plural(preview.toImport, 'call')}
            </button>
          )}
        </div>
      </form>
      {message && (
        <p
          role={message.ok ? 'status' : 'alert'}
          className={message.ok ? 'confirmation' : 'error-text'}
        >
          {message.ok ? '✓ ' : '⚠ '}
          {message.text}
        </p>
      )}
      {preview && <ImportPreview preview={preview} />}
      <h2>Imports so far</h2>
      <ImportHistory imports={imports} onUndo={undo} />
    </section>
  );
}
