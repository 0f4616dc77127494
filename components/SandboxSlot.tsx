'use client';

import { lazy, Suspense, useMemo } from 'react';
import { sandboxCatalog, type SandboxId } from '@/sandboxes/catalog';
import { sandboxLoaders } from '@/sandboxes/loaders';

/** What the page shows while a sandbox's code loads: already says what the sandbox is for. */
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

export function SandboxSlot({ id }: { id: SandboxId }) {
  const View = useMemo(() => lazy(sandboxLoaders[id]), [id]);
  return (
    <Suspense fallback={<SandboxGlimmer id={id} />}>
      <View />
    </Suspense>
  );
}
