/**
 * The one place mermaid is loaded: a dynamic import, so it lands in its own chunk, fetched by the
 * first figure that scrolls near. Renders are queued because mermaid's configuration is global.
 */
type Mermaid = (typeof import('mermaid'))['default'];

let loading: Promise<Mermaid> | null = null;
let queue: Promise<unknown> = Promise.resolve();

function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then((module) => module.default);
  return loading;
}

export function renderMermaid(renderId: string, source: string, theme: 'light' | 'dark'): Promise<string> {
  const job = queue.then(async () => {
    if (!source.trim()) throw new Error('This figure has no diagram source.');
    const mermaid = await loadMermaid();
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: theme === 'dark' ? 'dark' : 'default',
      fontFamily: 'inherit',
      suppressErrorRendering: true,
    });
    await mermaid.parse(source);
    const { svg } = await mermaid.render(renderId, source);
    return svg;
  });
  queue = job.catch(() => undefined);
  return job;
}
