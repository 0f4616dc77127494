export const THEME_KEY = 'dsml-theme';
export type Theme = 'light' | 'dark';

/**
 * Runs in <head> before the body paints: the stored choice if it is valid, else the system's.
 * Kept tiny and dependency-free because it blocks rendering.
 */
export const themeBootScript = `(function(){var d=document.documentElement,t=null;try{t=localStorage.getItem('${THEME_KEY}')}catch(e){}if(t!=='light'&&t!=='dark'){t=window.matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}d.dataset.theme=t;d.style.colorScheme=t})();`;

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}
