import { Component, type ReactNode } from 'react';
import { errorMessage } from './error-box';

interface State {
  error: unknown;
}

/** Keeps one area's rendering fault from blanking the whole window. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidUpdate(prev: { resetKey?: string }) {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-box page-error" role="alert">
        <div className="error-box-title">This page could not be shown.</div>
        <div className="error-box-message">{errorMessage(this.state.error)}</div>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
