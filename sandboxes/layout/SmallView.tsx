'use client';

import { useEffect, useState } from 'react';
import { smallTable, type Layout, type SmallQuery } from './model';
import { cellsTouched, smallQueryAnswer } from './small';

const queries: Record<string, { label: string; query: SmallQuery }> = {
  row: { label: 'Fetch the row with id 3', query: { kind: 'row', row: 2 } },
  column: { label: 'Read the price column', query: { kind: 'column', column: 1 } },
  filter: { label: 'Sum qty where price > 8', query: { kind: 'filter-sum', threshold: 8 } },
};

/** The chapter figure's 4 × 3 table as a strip of memory: step through the cells a query reads. */
export function SmallView() {
  const [layout, setLayout] = useState<Layout>('row');
  const [queryKey, setQueryKey] = useState('column');
  const [cellBytes, setCellBytes] = useState(32);
  const [step, setStep] = useState(0);
  const [playing, setPlaying] = useState(false);
  const { query } = queries[queryKey]!;
  const { touches } = cellsTouched(layout, query, cellBytes);
  const shown = touches.slice(0, step);
  const linesSoFar = new Set(shown.map((t) => t.line)).size;
  const cellsPerLine = 64 / cellBytes;

  useEffect(() => setStep(0), [layout, queryKey, cellBytes]);
  useEffect(() => {
    if (!playing) return;
    if (step >= touches.length) return setPlaying(false);
    const timer = setTimeout(() => setStep((s) => s + 1), 700);
    return () => clearTimeout(timer);
  }, [playing, step, touches.length]);

  const strip = Array.from({ length: 12 }, (_, offset) => {
    const row = layout === 'row' ? Math.floor(offset / 3) : offset % 4;
    const column = layout === 'row' ? offset % 3 : Math.floor(offset / 4);
    const order = shown.findIndex((t) => t.offset === offset);
    return { offset, row, column, order, line: Math.floor(offset / cellsPerLine) };
  });

  return (
    <div className="layout-small">
      <div className="sandbox-controls">
        <fieldset className="field">
          <legend>Layout</legend>
          {(['row', 'column'] as const).map((value) => (
            <label key={value} className="inline-choice">
              <input type="radio" name="layout-small-layout" checked={layout === value} onChange={() => setLayout(value)} /> {value}-major
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="layout-small-query">Query</label>
          <select id="layout-small-query" value={queryKey} onChange={(e) => setQueryKey(e.target.value)}>
            {Object.entries(queries).map(([key, q]) => (
              <option key={key} value={key}>
                {q.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="layout-small-cell">Cell size</label>
          <select id="layout-small-cell" value={cellBytes} onChange={(e) => setCellBytes(Number(e.target.value))}>
            <option value={8}>8 B (double): 8 per line</option>
            <option value={32}>32 B (string): 2 per line</option>
          </select>
        </div>
      </div>
      <ol className="memory-strip" aria-label={`Memory strip, ${layout}-major; ${cellsPerLine} cells per 64-byte line`}>
        {strip.map((cell) => (
          <li
            key={cell.offset}
            className={`strip-cell line-${cell.line % 2}${cell.order >= 0 ? ' strip-touched' : ''}${cell.order >= 0 && cell.order === step - 1 ? ' strip-current' : ''}`}
            data-touched={cell.order >= 0}
          >
            <span className="strip-name">
              {smallTable.columns[cell.column]}
              <sub>{cell.row}</sub>
            </span>
            <span className="strip-value">{smallTable.rows[cell.row]![cell.column]}</span>
            {cell.order >= 0 && <span className="strip-order">#{cell.order + 1}</span>}
          </li>
        ))}
      </ol>
      <p className="strip-legend">Shading alternates by 64-byte cache line. Offsets: {layout === 'row' ? 'row r starts at 3r' : 'column c starts at 4c'}.</p>
      <div className="animation-controls" role="group" aria-label="Step through the cells">
        <button type="button" className="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" className="button" onClick={() => setStep((s) => Math.max(0, s - 1))} disabled={step === 0}>
          Previous cell
        </button>
        <button type="button" className="button" onClick={() => setStep((s) => Math.min(touches.length, s + 1))} disabled={step >= touches.length}>
          Next cell
        </button>
        <button type="button" className="button" onClick={() => { setPlaying(false); setStep(0); }} disabled={step === 0}>
          Reset
        </button>
      </div>
      <p className="small-counters" aria-live="polite" data-small-result>
        Cells read: <strong>{shown.length}</strong> of {touches.length} · cache lines touched: <strong>{linesSoFar}</strong>
        {step >= touches.length ? ` (answer: ${smallQueryAnswer(query).join(', ')}; offsets ${touches.map((t) => t.offset).join(', ')})` : ''}
      </p>
    </div>
  );
}
