'use client';

import { useEffect, useState } from 'react';
import { applyTheme, THEME_KEY, type Theme } from './theme';

function nothingPicked(): boolean {
  try {
    return localStorage.getItem(THEME_KEY) === null;
  } catch {
    return true;
  }
}

/** Follows the system until the reader picks a theme; the pick is remembered in localStorage. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    setTheme(document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
    // A theme the reader picked wins; if its checker cannot load, the page follows the system.
    const follow = (dark: boolean) =>
      void import('./storedTheme')
        .then(({ readStoredTheme }) => readStoredTheme(), () => null)
        .then((stored) => {
          if (stored) return;
          const next: Theme = dark ? 'dark' : 'light';
          applyTheme(next);
          setTheme(next);
        });
    const followSystem = (event: MediaQueryListEvent) => follow(event.matches);
    media.addEventListener('change', followSystem);
    // A change between the page's first script and this effect was not heard: catch up with it
    // (only when the reader has picked nothing, so a pick's check is not loaded on every page).
    if (media.matches !== (document.documentElement.dataset.theme === 'dark') && nothingPicked()) follow(media.matches);
    return () => media.removeEventListener('change', followSystem);
  }, []);

  const toggle = () => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    applyTheme(next);
    setTheme(next);
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage may be full or blocked; the theme still changes for this visit.
    }
  };

  const label = theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme';
  return (
    <button type="button" className="theme-toggle" onClick={toggle} aria-label={label} title={label} disabled={theme === null}>
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
      <span className="theme-toggle-text">{theme === 'dark' ? 'Light' : 'Dark'}</span>
    </button>
  );
}
