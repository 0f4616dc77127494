'use client';

import { usePathname } from 'next/navigation';
import { lazy, Suspense, useEffect, useRef, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { sandboxCatalog, type SandboxId } from '@/sandboxes/catalog';
import { LoadBoundary } from './LoadBoundary';
import { useNearViewport } from './useNearViewport';

// One lazy component per sandbox, made once: a lazy() made during render would start over each time.
const lazyViews = new Map<SandboxId, LazyExoticComponent<ComponentType>>();
function lazyView(id: SandboxId) {
  let view = lazyViews.get(id);
  if (!view) {
    view = lazy(() => import(`@/sandboxes/${id}/View.tsx`) as Promise<{ default: ComponentType }>);
    lazyViews.set(id, view);
  }
  return view;
}

/** A lazy() whose import failed keeps failing: forget it, so Retry fetches the code again. */
function forgetView(id: SandboxId) {
  lazyViews.delete(id);
}

/** In place of a sandbox whose code did not load: the page around it keeps working. */
function SandboxLoadError({ id, error, retry }: { id: SandboxId; error: Error; retry: () => void }) {
  const info = sandboxCatalog[id];
  return (
    <section className="sandbox sandbox-failed" data-sandbox={id} data-state="load-error" aria-label={`Sandbox: ${info.title}`}>
      <header className="sandbox-header">
        <p className="eyebrow">Sandbox</p>
        <p className="sandbox-title">{info.title}</p>
        <p className="sandbox-description">{info.summary}</p>
      </header>
      <div className="load-error sandbox-error" role="alert">
        <p>
          <strong>This sandbox could not load.</strong> Its code did not arrive: the connection may have dropped, or the book was updated since this page
          opened (then reloading the page helps). The rest of the page still works.
        </p>
        <p className="load-error-detail">{error.message}</p>
        <button type="button" className="button" onClick={retry}>
          Retry
        </button>
      </div>
    </section>
  );
}

/** Shown only in print when the sandbox has no result on the page: where to run it. */
function SandboxPrintNote({ id }: { id: SandboxId }) {
  const path = usePathname();
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  return (
    <p className="sandbox-print-note">
      Sandbox “{sandboxCatalog[id].title}”: run it at {origin}
      {path}#sandbox-{id}
    </p>
  );
}

/** What the page shows until a sandbox's code has loaded: already says what the sandbox is for. */
function SandboxGlimmer({ id }: { id: SandboxId }) {
  const info = sandboxCatalog[id];
  return (
    <section className="sandbox sandbox-loading" data-sandbox={id} data-state="loading" aria-label={`Sandbox: ${info.title}`}>
      <header className="sandbox-header">
        <p className="eyebrow">Sandbox</p>
        <p className="sandbox-title">{info.title}</p>
        <p className="sandbox-description">{info.summary}</p>
      </header>
      <p className="sandbox-status-text">Loading the sandbox…</p>
    </section>
  );
}

/**
 * A sandbox is never rendered on the server: its controls would show before they work. The static
 * HTML holds the glimmer; the view's code loads once the page is interactive and the sandbox is
 * near the viewport, so a page with many sandboxes fetches only the ones the reader reaches.
 */
/** Looks the lazy view up as it renders, so a Retry after forgetView() gets a fresh import. */
function SandboxView({ id }: { id: SandboxId }) {
  const View = lazyView(id);
  return <View />;
}

export function SandboxSlot({ id }: { id: SandboxId }) {
  const anchor = useRef<HTMLDivElement>(null);
  const near = useNearViewport(anchor, '800px');

  return (
    <div ref={anchor} className="sandbox-slot" id={`sandbox-${id}`}>
      {near ? (
        <LoadBoundary onRetry={() => forgetView(id)} fallback={(error, retry) => <SandboxLoadError id={id} error={error} retry={retry} />}>
          <Suspense fallback={<SandboxGlimmer id={id} />}>
            <SandboxView id={id} />
          </Suspense>
        </LoadBoundary>
      ) : (
        <SandboxGlimmer id={id} />
      )}
      <SandboxPrintNote id={id} />
    </div>
  );
}
