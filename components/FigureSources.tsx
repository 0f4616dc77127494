'use client';

import { createContext, useContext, type ReactNode } from 'react';

export type FigureSources = Record<string, { number: string; source: string }>;

const FigureSourcesContext = createContext<FigureSources>({});

/** Hands each <Figure id> its number and mermaid source, read from the chapter folder at build time. */
export function FigureSourcesProvider({ figures, children }: { figures: FigureSources; children: ReactNode }) {
  return <FigureSourcesContext.Provider value={figures}>{children}</FigureSourcesContext.Provider>;
}

export function useFigureSource(id: string) {
  return useContext(FigureSourcesContext)[id];
}
