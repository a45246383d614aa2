import type { Area } from './areas';

/** A placeholder that says what the area will hold, so the product's shape is visible from day one. */
export function ComingPage({ area }: { area: Area }) {
  return (
    <div className="page" data-testid="coming-page" data-area={area.id}>
      <header className="page-header">
        <h1>{area.label}</h1>
      </header>
      <div className="page-body">
        <div className="coming-box">
          <span className="badge coming-badge">Coming</span>
          <p>{area.summary}</p>
          <p className="muted">This area is not built yet. Control lists and the audit log are available now.</p>
        </div>
      </div>
    </div>
  );
}
