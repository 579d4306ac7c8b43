import { Component, type ReactNode } from 'react';

interface Props {
  /** Shown in the view's place when it fails (SPEC §6), already in the UI language. */
  readonly message: string;
  readonly children: ReactNode;
}

/** Keeps a failure inside one view (the table, …) from blanking the page: the rest keeps working. */
export class ViewBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (this.state.failed)
      return (
        <p role="alert" className="view-failed">
          {this.props.message}
        </p>
      );
    return this.props.children;
  }
}
