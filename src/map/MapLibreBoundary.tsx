import { Component, type ReactNode } from 'react';

interface Props {
  /** Called once when the WebGL map throws: the SVG map takes its place. */
  readonly onFail: () => void;
  readonly children: ReactNode;
}

/** Catches the WebGL map's rendering errors, so a MapLibre failure ends on the SVG map. */
export class MapLibreBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('The WebGL map failed; the SVG map takes over', error);
    this.props.onFail();
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
