'use client';

import { lazy, Suspense, useRef, type ComponentType, type LazyExoticComponent } from 'react';
import { isReady, sandboxCatalog, type ReadySandboxId, type SandboxId } from '@/sandboxes/catalog';
import { useNearViewport } from './useNearViewport';

// One lazy component per sandbox, made once: a lazy() made during render would start over each time.
const lazyViews = new Map<ReadySandboxId, LazyExoticComponent<ComponentType>>();
function lazyView(id: ReadySandboxId) {
  let view = lazyViews.get(id);
  if (!view) {
    view = lazy(() => import(`@/sandboxes/${id}/View.tsx`) as Promise<{ default: ComponentType }>);
    lazyViews.set(id, view);
  }
  return view;
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
/** A sandbox whose place is in the text but whose code has not landed: says what it will let the reader do. */
function PlannedSandbox({ id }: { id: SandboxId }) {
  const info = sandboxCatalog[id];
  return (
    <section className="sandbox sandbox-planned" data-sandbox={id} data-state="planned" aria-label={`Sandbox (coming): ${info.title}`}>
      <header className="sandbox-header">
        <p className="eyebrow">Sandbox · coming soon</p>
        <p className="sandbox-title">{info.title}</p>
        <p className="sandbox-description">{info.summary}</p>
      </header>
      <p className="sandbox-status-text">This sandbox is being built. Until it arrives, the questions under “Try it” can be reasoned through from the text.</p>
    </section>
  );
}

export function SandboxSlot({ id }: { id: SandboxId }) {
  if (!isReady(id)) {
    return (
      <div className="sandbox-slot" id={`sandbox-${id}`}>
        <PlannedSandbox id={id} />
      </div>
    );
  }
  return <ReadySandboxSlot id={id} />;
}

function ReadySandboxSlot({ id }: { id: ReadySandboxId }) {
  const anchor = useRef<HTMLDivElement>(null);
  const near = useNearViewport(anchor, '800px');

  const View = near ? lazyView(id) : null;
  return (
    <div ref={anchor} className="sandbox-slot" id={`sandbox-${id}`}>
      {View ? (
        <Suspense fallback={<SandboxGlimmer id={id} />}>
          <View />
        </Suspense>
      ) : (
        <SandboxGlimmer id={id} />
      )}
    </div>
  );
}
