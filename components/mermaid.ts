/**
 * The one place mermaid is loaded: a dynamic import, so it lands in its own chunk, fetched by the
 * first figure that scrolls near. Renders are queued because mermaid's configuration is global.
 */
type Mermaid = (typeof import('mermaid'))['default'];

let loading: Promise<Mermaid> | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** Mermaid's code could not be fetched (network gone, or a deploy removed the old files): worth a retry. */
export class MermaidLoadError extends Error {
  override name = 'MermaidLoadError';
}

/** A failed fetch of code, as Turbopack, webpack and browsers word it. */
export function isLoadFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'ChunkLoadError' || /failed to (load|fetch)|loading chunk|dynamically imported module|importing a module script/i.test(error.message);
}

function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(
    (module) => module.default,
    (error: unknown) => {
      // Forget the failure, so the next figure (or Retry) fetches again.
      loading = null;
      throw new MermaidLoadError(error instanceof Error ? error.message : String(error));
    },
  );
  return loading;
}

/** Mermaid's 'base' theme, coloured from the book's palette, so diagram text meets WCAG AA contrast. */
const palettes = {
  light: {
    background: '#ffffff',
    primaryColor: '#e4eefc',
    primaryBorderColor: '#1f5fbf',
    primaryTextColor: '#1b1f24',
    secondaryColor: '#eaf7ee',
    tertiaryColor: '#f5f7fa',
    lineColor: '#4f5964',
    textColor: '#1b1f24',
    edgeLabelBackground: '#ffffff',
    clusterBkg: '#f5f7fa',
    clusterBorder: '#cfd6de',
  },
  dark: {
    background: '#0f1419',
    primaryColor: '#17283f',
    primaryBorderColor: '#78b4ff',
    primaryTextColor: '#e6edf3',
    secondaryColor: '#14301f',
    tertiaryColor: '#161c24',
    lineColor: '#a3aebb',
    textColor: '#e6edf3',
    edgeLabelBackground: '#0f1419',
    clusterBkg: '#161c24',
    clusterBorder: '#34404d',
  },
} as const;

export function renderMermaid(renderId: string, source: string, theme: 'light' | 'dark'): Promise<string> {
  const job = queue.then(async () => {
    if (!source.trim()) throw new Error('This figure has no diagram source.');
    const mermaid = await loadMermaid();
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'base',
      darkMode: theme === 'dark',
      themeVariables: palettes[theme],
      fontFamily: 'inherit',
      suppressErrorRendering: true,
    });
    try {
      await mermaid.parse(source);
      const { svg } = await mermaid.render(renderId, source);
      return svg;
    } catch (error) {
      // Mermaid fetches each kind of diagram's code on first use; a failed fetch is not a source error.
      if (isLoadFailure(error)) throw new MermaidLoadError(error instanceof Error ? error.message : String(error));
      throw error;
    }
  });
  queue = job.catch(() => undefined);
  return job;
}
