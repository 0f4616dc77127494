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
    await mermaid.parse(source);
    const { svg } = await mermaid.render(renderId, source);
    return svg;
  });
  queue = job.catch(() => undefined);
  return job;
}
