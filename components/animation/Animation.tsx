'use client';

import { useCallback, useEffect, useId, useState } from 'react';
import { animationScenes, type AnimationId } from './scenes';

const STEP_MS = 1800;

function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    const media = window.matchMedia('(prefers-reduced-motion: reduce)');
    setReduced(media.matches);
    const onChange = () => setReduced(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

/**
 * <Animation id="…" /> in a chapter: a stepped SVG the reader plays, pauses, steps and replays.
 * With reduced motion it never starts by itself and nothing glides; every step is still reachable.
 */
export function Animation({ id }: { id: string }) {
  if (!(id in animationScenes)) throw new Error(`Unknown animation "${id}". Known: ${Object.keys(animationScenes).join(', ')}.`);
  const scene = animationScenes[id as AnimationId];
  const last = scene.steps.length - 1;
  const [step, setStep] = useState(0);
  const [playing, setPlaying] = useState(false);
  const reducedMotion = usePrefersReducedMotion();
  const baseId = useId();

  useEffect(() => {
    if (!playing) return;
    if (step >= last) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setStep((s) => Math.min(last, s + 1)), STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, step, last]);

  const go = useCallback((next: number) => {
    setPlaying(false);
    setStep(Math.max(0, Math.min(last, next)));
  }, [last]);

  const togglePlay = () => {
    if (playing) setPlaying(false);
    else {
      if (step >= last) setStep(0);
      setPlaying(true);
    }
  };

  return (
    <figure className="animation" data-animation={id} data-step={step} data-playing={playing} data-reduced-motion={reducedMotion} aria-labelledby={`${baseId}-title`}>
      <p className="eyebrow">Animation</p>
      <p className="animation-title" id={`${baseId}-title`}>
        {scene.title}
      </p>
      <svg className="animation-svg" viewBox={scene.viewBox} role="img" aria-labelledby={`${baseId}-title ${baseId}-caption`}>
        {scene.render(step)}
      </svg>
      <div className="animation-controls" role="group" aria-label={`${scene.title}: controls`}>
        <button type="button" className="button" onClick={togglePlay} aria-pressed={playing}>
          {playing ? 'Pause' : step >= last ? 'Play again' : 'Play'}
        </button>
        <button type="button" className="button" onClick={() => go(step - 1)} disabled={step === 0}>
          Previous step
        </button>
        <button type="button" className="button" onClick={() => go(step + 1)} disabled={step === last}>
          Next step
        </button>
        <button type="button" className="button" onClick={() => go(0)} disabled={step === 0 && !playing}>
          Replay from start
        </button>
        <span className="animation-counter">
          Step {step + 1} of {scene.steps.length}
        </span>
      </div>
      {/* The figcaption closes the figure (HTML allows it only first or last): the step's text, which
          screen readers hear as it changes, then the whole animation described in words. */}
      <figcaption className="animation-figcaption">
        <span id={`${baseId}-caption`} className="animation-caption" aria-live="polite">
          {scene.steps[step]}
        </span>
        <details className="figure-alt">
          <summary>Describe the whole animation</summary>
          <p>{scene.description}</p>
          <ol>
            {scene.steps.map((text, index) => (
              <li key={index}>{text}</li>
            ))}
          </ol>
        </details>
      </figcaption>
    </figure>
  );
}
