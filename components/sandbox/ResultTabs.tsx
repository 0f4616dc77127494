'use client';

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useAfterPaint } from './useAfterPaint';

export interface ResultTab {
  id: string;
  label: string;
  content: ReactNode;
}

/**
 * Tabs over a run's secondary results (tables, details, exercises), after the headline and "what
 * your run shows". WAI-ARIA tabs: arrow keys, Home and End move between tabs, Tab goes into the
 * panel. A panel is drawn the first time it is shown and then stays mounted (hidden), so an
 * exercise's typed answer survives a switch; drawing every table of a big run at once, when its
 * result arrives, held the main thread for over 50 ms. For the same reason the first panel is drawn
 * in a task of its own, just after the headline and the explanation: a result's arrival is then two
 * shorter tasks, not one long one.
 */
export function ResultTabs({ tabs, label }: { tabs: readonly ResultTab[]; label: string }) {
  const base = useId();
  const [selected, setSelected] = useState(tabs[0]?.id ?? '');
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set(tabs[0] ? [tabs[0].id] : []));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const firstDrawn = useAfterPaint();
  if (tabs.length === 0) return null;
  const current = tabs.some((t) => t.id === selected) ? selected : tabs[0]!.id;
  const select = (id: string) => {
    setSelected(id);
    setShown((all) => (all.has(id) ? all : new Set([...all, id])));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === current);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % tabs.length : event.key === 'ArrowLeft' ? (index - 1 + tabs.length) % tabs.length : event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : -1;
    if (next < 0) return;
    event.preventDefault();
    const tab = tabs[next]!;
    select(tab.id);
    buttons.current.get(tab.id)?.focus();
  };

  return (
    <div className="result-tabs" data-result-tabs>
      <div role="tablist" aria-label={label} className="result-tablist" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) buttons.current.set(tab.id, el);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === current}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={tab.id === current ? 0 : -1}
            data-tab={tab.id}
            className="result-tab"
            onClick={() => select(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={tab.id !== current}
          tabIndex={0}
          className="result-panel"
          data-panel={tab.id}
        >
          <p className="result-panel-print-title" aria-hidden="true">
            {tab.label}
          </p>
          {!firstDrawn && tab.id === tabs[0]!.id && shown.size === 1 ? (
            <p className="results-note">Drawing the tables…</p>
          ) : tab.id === current || shown.has(tab.id) ? (
            tab.content
          ) : null}
        </div>
      ))}
    </div>
  );
}
