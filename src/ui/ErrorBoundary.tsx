// The one error boundary: an error thrown while drawing its children (or a lazily loaded part that
// failed to load) shows `fallback` instead of leaving a white page. Give it a `key` that changes
// with what it shows (the route) so that going elsewhere tries again.
import { Component, type ReactNode } from "react";

interface Props {
  fallback: (error: unknown) => ReactNode;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: unknown; failed: boolean }> {
  override state = { error: null as unknown, failed: false };
  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}
