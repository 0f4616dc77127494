'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useFigureSource } from './FigureSources';
import { MermaidLoadError, renderMermaid } from './mermaid';
import { usePrintRequested } from './printing';
import { useNearViewport } from './useNearViewport';

type Status = { kind: 'waiting' } | { kind: 'rendered'; svg: string; theme: 'light' | 'dark' } | { kind: 'error'; message: string } | { kind: 'unavailable' };

function currentTheme(): 'light' | 'dark' {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/**
 * A numbered mermaid figure. Mermaid (~190 kB gz) is imported only when the figure nears the
 * viewport, so it is never in a page's first-load JavaScript, and it renders again when the theme
 * changes. Printing renders every figure, scrolled past or not. Until a figure renders — or if
 * mermaid's code cannot be fetched, with Retry beside it — the text alternative stands in.
 */
export function Figure({ id, caption, alt }: { id: string; caption: string; alt: string }) {
  const figure = useFigureSource(id);
  const holder = useRef<HTMLDivElement>(null);
  const renderId = `mermaid-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // Within 200 px, not a screen ahead: loading mermaid and drawing the first figure is the longest
  // main-thread work a page has (three or four tasks of 50–560 ms, 0.9–1.2 s in all, with the CPU
  // slowed four times, as Lighthouse's phone is), and a figure just below the first screen would
  // otherwise draw while the page loads and the reader starts on the quiz above it.
  const near = useNearViewport(holder, '200px');
  const printing = usePrintRequested();
  const visible = near || printing;
  const [attempt, setAttempt] = useState(0);
  const [theme, setTheme] = useState<'light' | 'dark' | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'waiting' });

  useEffect(() => {
    setTheme(currentTheme());
    const observer = new MutationObserver(() => setTheme(currentTheme()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);

  const source = figure?.source ?? '';
  useEffect(() => {
    if (!visible || theme === null) return;
    let cancelled = false;
    renderMermaid(renderId, source, theme).then(
      (svg) => !cancelled && setStatus({ kind: 'rendered', svg, theme }),
      (error: unknown) =>
        !cancelled && setStatus(error instanceof MermaidLoadError ? { kind: 'unavailable' } : { kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, [visible, theme, source, renderId, attempt]);

  const retry = () => {
    setStatus({ kind: 'waiting' });
    setAttempt((a) => a + 1);
  };

  const label = `Figure ${figure?.number ?? '?'}`;
  return (
    <figure className="figure" id={`figure-${id}`} data-figure={id} data-status={status.kind} data-rendered-theme={status.kind === 'rendered' ? status.theme : undefined} aria-labelledby={`${id}-caption`}>
      <div ref={holder} className="figure-body">
        {status.kind === 'rendered' ? (
          <div className="figure-svg" role="img" aria-label={alt} dangerouslySetInnerHTML={{ __html: status.svg }} />
        ) : status.kind === 'error' ? (
          <div className="figure-error" role="alert">
            <p>
              <strong>{label} could not be drawn.</strong> The diagram source has an error:
            </p>
            <pre>{status.message}</pre>
          </div>
        ) : status.kind === 'unavailable' ? (
          <div className="load-error figure-load-error" role="alert">
            <p className="load-error-message">
              <strong>{label} could not be drawn:</strong> the code that draws diagrams did not load. Check your connection, then try again.
            </p>
            <button type="button" className="button" onClick={retry}>
              Retry
            </button>
            <p className="figure-placeholder">{alt}</p>
          </div>
        ) : (
          <p className="figure-placeholder">{alt}</p>
        )}
      </div>
      {/* The text description sits inside the figcaption, after the caption, so the figcaption is the
          figure's last child as HTML requires; the figure is named by the caption alone. */}
      <figcaption>
        <span id={`${id}-caption`}>
          <span className="figure-label">{label}.</span> {caption}
        </span>
        {status.kind === 'rendered' && (
          <details className="figure-alt">
            <summary>Text description</summary>
            <p>{alt}</p>
          </details>
        )}
      </figcaption>
    </figure>
  );
}
