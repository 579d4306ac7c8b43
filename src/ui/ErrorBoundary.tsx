import './errorBoundary.css';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { offlineStrings, type OfflineStrings, type ViewName } from '../i18n/offlineStrings';
import { useAtlasState } from './AtlasContext';
import { TestFault } from './testFault';

interface BoundaryProps {
  readonly view: ViewName;
  readonly t: OfflineStrings;
  /** A new value (another dataset) tries the view again. */
  readonly resetKey: unknown;
  /** Told once per failure (e.g. the map switches to its SVG stand-in instead). */
  readonly onError: ((error: unknown) => void) | undefined;
  /** What shows instead of the message, when the view has a stand-in. */
  readonly fallback: ReactNode;
  readonly children: ReactNode;
}

interface BoundaryState {
  readonly failed: boolean;
  readonly resetKey: unknown;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState) {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error);
    // Kept for whoever reads the console; the page itself stays calm.
    console.warn(`The ${this.props.view} view failed`, error, info.componentStack);
  }

  override render() {
    const { view, t, fallback, children } = this.props;
    if (!this.state.failed)
      return (
        <>
          <TestFault view={view} />
          {children}
        </>
      );
    if (fallback !== undefined) return fallback;
    return (
      <section className="view-failed" role="region" aria-label={t.views[view]}>
        <p role="alert">{t.viewFailed}</p>
        <button type="button" className="quiet" onClick={() => this.setState({ failed: false })}>
          {t.retryView}
        </button>
      </section>
    );
  }
}

/**
 * Keeps a failure inside one view (SPEC §6): the view's place shows a calm message in the UI
 * language with `Try again` (or the view's stand-in), and every other view keeps working.
 */
export function ErrorBoundary({
  view,
  resetKey,
  onError,
  fallback,
  children,
}: {
  readonly view: ViewName;
  readonly resetKey?: unknown;
  readonly onError?: (error: unknown) => void;
  readonly fallback?: ReactNode;
  readonly children: ReactNode;
}) {
  const lang = useAtlasState((s) => s.lang);
  return (
    <Boundary
      view={view}
      t={offlineStrings[lang]}
      resetKey={resetKey}
      onError={onError}
      fallback={fallback}
    >
      {children}
    </Boundary>
  );
}
