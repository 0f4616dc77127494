import type { ReactNode } from 'react';

/** An objective's text, whose verbs are marked **like this**, with those marks as <strong> (no hooks: server or client). */
export function ObjectiveText({ text }: { text: string }) {
  const parts: ReactNode[] = text.split(/\*\*(.+?)\*\*/g).map((part, i) => (i % 2 === 1 ? <strong key={i}>{part}</strong> : part));
  return <>{parts}</>;
}
