'use client';

import { Component, type ReactNode } from 'react';

interface LoadBoundaryProps {
  /** What to show instead of the children once they fail: gets the error and a way to try again. */
  fallback: (error: Error, retry: () => void) => ReactNode;
  /** Called before the children are mounted again, to drop whatever cached the failure (a lazy() that rejected). */
  onRetry?: () => void;
  children: ReactNode;
}

/**
 * Keeps a failure inside its own frame: when a lazily loaded piece of the page (a sandbox's code,
 * say, after a deploy removed the old files or with the network gone) throws, only that piece is
 * replaced by `fallback`, and the rest of the page lives on. Retry mounts the children again.
 */
export class LoadBoundary extends Component<LoadBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  retry = () => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render() {
    return this.state.error ? this.props.fallback(this.state.error, this.retry) : this.props.children;
  }
}
