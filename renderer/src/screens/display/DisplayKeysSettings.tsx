import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { DisplayKeysList, MadeDisplayKey, Result } from '../../../../shared/api';
import { callApi } from '../../api/client';
import { ErrorSummary, problemsOf, type FieldProblem } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { textOf } from '../../form-data';
import { formatDateTime } from '../../format';
import { displayAddress } from './display-route';

/** Browser mode has an http address to give; the desktop window's app:// one is no use to a browser. */
const browserOrigin = window.location.protocol.startsWith('http') ? window.location.origin : null;

/** The key just made, shown once with the two ways to start a screen with it. */
function NewKey({ made }: { made: MadeDisplayKey }) {
  return (
    <div className="panel confirmation" role="status" data-testid="new-display-key">
      <h3>Display key for {made.key.label}</h3>
      <p>
        <strong>Copy it now: it is not shown again.</strong> Anyone with it can see this site’s
        calls (tickets and desks only). Withdraw it below if it is lost.
      </p>
      <p>
        Key: <code data-testid="display-key">{made.secret}</code>
      </p>
      {browserOrigin && (
        <p>
          In a browser on the screen’s PC, open{' '}
          <code data-testid="display-address">{displayAddress(browserOrigin, made.secret)}</code>{' '}
          full screen.
        </p>
      )}
      <p>
        Or start the desktop app as the display: save the key in a file called{' '}
        <code>display-key.txt</code> in the app’s data folder and run{' '}
        <code>npm start -- --display</code>, or run{' '}
        <code>npm start -- --display --display-key {made.secret}</code>.
      </p>
    </div>
  );
}

/**
 * Settings, administrators only: the waiting-area screens. Each screen shows its site's calls
 * with a display key instead of a staff sign-in, so it never locks and names no one (issue 22).
 */
export function DisplayKeysSettings() {
  const [list, setList] = useState<DisplayKeysList | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [made, setMade] = useState<MadeDisplayKey | null>(null);
  const load = useCallback(async () => {
    const result = await callApi('display.keys', {});
    if (result.ok) setList(result.value);
  }, []);
  useEffect(() => void load(), [load]);

  async function onMake(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await callApi('display.makeKey', {
      siteId: textOf(form, 'siteId'),
      label: textOf(form, 'label'),
    });
    if (!result.ok) return setProblems(problemsOf(result.error));
    setProblems([]);
    setMade(result.value);
    await load();
  }

  /** A withdrawal or sound change: the list is read again either way, so it shows what is stored. */
  async function act(work: Promise<Result<unknown>>) {
    const result = await work;
    setProblems(result.ok ? [] : problemsOf(result.error));
    await load();
  }

  /** Ticked at once, as a checkbox should be; a refusal puts it back as it is stored. */
  async function setSound(siteId: string, soundOnCall: boolean) {
    setList(
      (before) =>
        before && {
          ...before,
          sites: before.sites.map((s) => (s.siteId === siteId ? { ...s, soundOnCall } : s)),
        },
    );
    await act(callApi('display.setSound', { siteId, soundOnCall }));
  }

  if (!list) return <p aria-busy="true">Loading waiting-area display…</p>;
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  return (
    <section className="panel" aria-labelledby="display-settings-heading">
      <h2 id="display-settings-heading">Waiting-area display</h2>
      <p>
        Set up the screen in a One Stop Shop’s waiting area here, once per screen. It shows the
        tickets called and their desks with a display key, not a member of staff’s sign-in, so it
        never locks and shows no names. (“Now calling display” in the staff menu is only a quick
        look for staff.)
      </p>
      <ErrorSummary title="That was not done" problems={problems} idPrefix="display-key" />
      {made && <NewKey made={made} />}
      <form onSubmit={(e) => void onMake(e)} noValidate>
        <Field id="display-key-siteId" label="Site" error={errorOf('siteId')}>
          <select name="siteId" defaultValue={list.sites[0]?.siteId ?? ''}>
            {list.sites.map((s) => (
              <option key={s.siteId} value={s.siteId}>
                {s.siteName}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="display-key-label"
          label="Name of the screen"
          hint="For you to tell the screens apart, e.g. “Town Hall waiting area”."
          error={errorOf('label')}
        >
          <input name="label" maxLength={60} />
        </Field>
        <div className="actions">
          <button type="submit" className="primary">
            Make display key
          </button>
        </div>
      </form>
      <h3>Display keys</h3>
      {list.keys.length === 0 ? (
        <p>No display keys yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Screen</th>
              <th scope="col">Site</th>
              <th scope="col">Made</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {list.keys.map((k) => (
              <tr key={k.id}>
                <td>{k.label}</td>
                <td>{k.siteName}</td>
                <td>
                  {formatDateTime(k.createdAt)} by {k.createdByName}
                </td>
                <td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : 'Not yet'}</td>
                <td>
                  {k.withdrawnAt ? (
                    `Withdrawn ${formatDateTime(k.withdrawnAt)}`
                  ) : (
                    <button
                      type="button"
                      onClick={() => void act(callApi('display.withdrawKey', { keyId: k.id }))}
                    >
                      Withdraw<span className="visually-hidden"> the key for {k.label}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Sound</h3>
      {list.sites.map((s) => (
        <div className="field sound-choice" key={s.siteId}>
          <label className="check">
            <input
              type="checkbox"
              checked={s.soundOnCall}
              onChange={(e) => void setSound(s.siteId, e.target.checked)}
            />
            Sound on each new call{list.sites.length > 1 ? ` at ${s.siteName}` : ''}
          </label>
        </div>
      ))}
    </section>
  );
}
