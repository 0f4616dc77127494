import * as z from 'zod/mini';
import { THEME_KEY, type Theme } from './theme';

/**
 * The reader's stored theme, checked. Loaded only when the system's theme changes (the toggle asks
 * whether the reader chose one), so zod stays out of every page's first load.
 */
const themeSchema = z.enum(['light', 'dark']) satisfies z.ZodMiniType<Theme>;

export function readStoredTheme(): Theme | null {
  try {
    const parsed = themeSchema.safeParse(localStorage.getItem(THEME_KEY));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
