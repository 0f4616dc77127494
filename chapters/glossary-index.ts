import { glossary, type GlossaryEntry } from './glossary';

const byId = new Map(glossary.map((entry) => [entry.id, entry]));

export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return byId.get(id);
}

export const glossaryIds: readonly string[] = glossary.map((e) => e.id);

/** The letter an entry is filed under: its first letter, A–Z. */
export function glossaryLetter(entry: GlossaryEntry): string {
  return entry.term.charAt(0).toUpperCase();
}
