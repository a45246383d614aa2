import type { Quote, SupportingQuote } from '../../../shared/classification/types';

/** The cited text as the list printed it, line by line, with the version it comes from and its attribution. */
export function QuoteView({ quote }: { quote: Quote }) {
  return (
    <figure className="quote" data-testid="quote">
      <blockquote>
        {quote.lines.map((l, i) => (
          <p key={i} className={i === 0 ? 'quote-heading' : undefined}>
            {l.code && <span className="quote-code">{l.code}</span>} {l.text}
          </p>
        ))}
      </blockquote>
      <figcaption className="muted" data-testid="quote-source">
        {quote.listName} · {quote.versionLabel}
        {quote.effectiveDate ? ` (effective ${quote.effectiveDate})` : ''} · snapshot #{quote.snapshotId}
        {quote.attribution && <span className="quote-attribution"> · {quote.attribution}</span>}
      </figcaption>
    </figure>
  );
}

export function SupportingQuotes({ quotes }: { quotes: readonly SupportingQuote[] }) {
  if (quotes.length === 0) return null;
  return (
    <>
      {quotes.map((s) => (
        <details key={s.title} className="supporting" data-testid="supporting-quote">
          <summary>
            {s.title} <span className="muted">· {s.versionLabel}</span>
          </summary>
          <p className="pre">{s.text}</p>
          {s.attribution && <p className="muted quote-attribution">{s.attribution}</p>}
        </details>
      ))}
    </>
  );
}
