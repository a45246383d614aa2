/** A determinate bar while the core reports steps; indeterminate until the first report arrives. */
export function ProgressBar({ phase, done, total, testId }: { phase: string; done: number; total: number; testId?: string }) {
  const known = total > 0;
  return (
    <div className="progress" data-testid={testId}>
      {known ? <progress value={done} max={total} /> : <progress />}
      <span className="progress-label">
        {phase}
        {known && ` (${Math.round((done / total) * 100)}%)`}
      </span>
    </div>
  );
}
