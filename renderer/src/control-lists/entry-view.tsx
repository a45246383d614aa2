import { CATEGORY_NAMES, PRODUCT_GROUP_NAMES, entryCodeOf } from '../../../shared/control-lists/codes';
import type { ControlEntry } from '../../../shared/control-lists/types';
import { useRef } from 'react';
import { ErrorBox } from '../components/error-box';
import { LinkedText } from './linked-text';
import { ParagraphOutline } from './paragraph-outline';
import { ParagraphTree } from './paragraph-tree';
import { useControlLists } from './store';

/** The entry pane beside search results and the browse tree. */
export function EntryPane() {
  const { entryRef, entry, entryLoading, entryError, history, back } = useControlLists();
  if (!entryRef) {
    return (
      <div className="entry-placeholder muted" data-testid="entry-placeholder">
        Select an entry to read it here.
      </div>
    );
  }
  const previous = history[history.length - 1];
  return (
    <div className="entry-pane">
      {previous && (
        <button type="button" className="link-button back-link" onClick={back} data-testid="entry-back">
          ← Back to {entryCodeOf(previous.code)}
        </button>
      )}
      {entryError ? <ErrorBox error={entryError} title={`${entryRef.code} could not be opened.`} testId="entry-error" /> : null}
      {entry && !entryError && <EntryView entry={entry} focusCode={entryRef.code.includes('.') ? entryRef.code : null} loading={entryLoading} />}
      {!entry && entryLoading && <p className="muted">Opening {entryRef.code}…</p>}
    </div>
  );
}

function EntryView({ entry, focusCode, loading }: { entry: ControlEntry; focusCode: string | null; loading: boolean }) {
  const openEntry = useControlLists((s) => s.openEntry);
  const article = useRef<HTMLElement>(null);
  const follow = (code: string) => void openEntry({ code, snapshotId: entry.snapshotId }, { history: 'push' });
  const where = [CATEGORY_NAMES[entry.category] && `Category ${entry.category}: ${CATEGORY_NAMES[entry.category]}`, PRODUCT_GROUP_NAMES[entry.productGroup]]
    .filter(Boolean)
    .join(' · ');

  return (
    <div className="entry-layout">
      <ParagraphOutline paragraphs={entry.paragraphs} root={article} />
      <article ref={article} className={`entry${loading ? ' is-loading' : ''}`} data-testid="entry-view" data-code={entry.code} aria-busy={loading}>
        <header className="entry-header">
          <div className="entry-title">
            <span className="entry-code" data-testid="entry-code">
              {entry.code}
            </span>
            <h2 className="entry-heading" data-testid="entry-heading">
              {entry.heading}
            </h2>
          </div>
          <div className="entry-meta">
            <span data-testid="entry-snapshot">
              {entry.listName} · {entry.snapshotLabel}
            </span>
            {where && <span>{where}</span>}
          </div>
        </header>

        {(entry.reasonsForControl.length > 0 || entry.reasonsText) && (
          <section className="entry-section">
            <h3>Reasons for control</h3>
            <div className="reasons" data-testid="entry-reasons">
              {entry.reasonsForControl.map((r) => (
                <span key={r} className="badge reason" title={REASON_NAMES[r] ?? r}>
                  {r}
                </span>
              ))}
              {entry.reasonsForControl.length === 0 && <span>{entry.reasonsText}</span>}
            </div>
          </section>
        )}

        {entry.chartRows.length > 0 && (
          <section className="entry-section">
            <h3>Control and Country Chart</h3>
            <table className="data-table compact" data-testid="entry-chart">
              <thead>
                <tr>
                  <th>Control(s)</th>
                  <th>Country Chart (see Supp. No. 1 to part 738)</th>
                </tr>
              </thead>
              <tbody>
                {entry.chartRows.map((r, i) => (
                  <tr key={i}>
                    <td>
                      <LinkedText text={r.control} selfCode={entry.code} onOpen={follow} />
                    </td>
                    <td>{r.countryChart}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}

        {entry.licenseExceptions.length > 0 && (
          <section className="entry-section">
            <h3>List-based license exceptions</h3>
            <table className="data-table compact" data-testid="entry-exceptions">
              <tbody>
                {entry.licenseExceptions.map((x) => (
                  <tr key={x.symbol}>
                    <th scope="row" className="mono exception-symbol">
                      {x.symbol}
                    </th>
                    <td>
                      <LinkedText text={x.text} selfCode={entry.code} onOpen={follow} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}

        <section className="entry-section">
          <h3>Items</h3>
          <ParagraphTree paragraphs={entry.paragraphs} entryCode={entry.code} focusCode={focusCode} onOpen={follow} />
        </section>

        {entry.relatedControls && (
          <section className="entry-section">
            <h3>Related controls</h3>
            <p className="related" data-testid="entry-related">
              <LinkedText text={entry.relatedControls} selfCode={entry.code} onOpen={follow} />
            </p>
          </section>
        )}

        <section className="entry-section">
          <h3>Codes mentioned</h3>
          {entry.mentions.length ? (
            <div className="mentions" data-testid="entry-mentions">
              {entry.mentions.map((c) => (
                <button key={c} type="button" className="code-link chip" data-testid="mention-link" data-code={c} onClick={() => follow(c)}>
                  {c}
                </button>
              ))}
            </div>
          ) : (
            <p className="muted" data-testid="entry-mentions-none">
              The text of this entry mentions no other entry.
            </p>
          )}
        </section>

        {entry.attribution && (
          <footer className="attribution" data-testid="entry-attribution">
            {entry.attribution}
          </footer>
        )}
      </article>
    </div>
  );
}

/** Reasons for control as the CCL names them (list in 15 CFR 738.2(d)); shown on hover over each letter. */
const REASON_NAMES: Record<string, string> = {
  AT: 'Anti-terrorism',
  CB: 'Chemical and biological weapons',
  CC: 'Crime control',
  CW: 'Chemical Weapons Convention',
  EI: 'Encryption items',
  FC: 'Firearms Convention',
  MT: 'Missile technology',
  NP: 'Nuclear nonproliferation',
  NS: 'National security',
  RS: 'Regional stability',
  SI: 'Significant items',
  SL: 'Surreptitious listening',
  UN: 'United Nations embargo',
};
