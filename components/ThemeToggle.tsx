'use client';

import { useEffect, useState } from 'react';
import { applyTheme, THEME_KEY, type Theme } from './theme';

/** Follows the system until the reader picks a theme; the pick is remembered in localStorage. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    setTheme(document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
    const followSystem = (event: MediaQueryListEvent) => {
      void import('./storedTheme').then(({ readStoredTheme }) => {
        if (readStoredTheme()) return;
        const next: Theme = event.matches ? 'dark' : 'light';
        applyTheme(next);
        setTheme(next);
      });
    };
    media.addEventListener('change', followSystem);
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
