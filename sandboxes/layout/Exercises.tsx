'use client';

import { useId, useState, type FormEvent } from 'react';
import { firstFiveTimes, lookupWinner } from './exercises';
import type { LayoutResult } from './model';

type Verdict = { pass: boolean; feedback: string } | null;

export function LayoutExercises({ result }: { result: LayoutResult }) {
  const id = useId();
  const [columns, setColumns] = useState('');
  const [winner, setWinner] = useState<'' | 'row' | 'column'>('');
  const [factor, setFactor] = useState('');
  const [first, setFirst] = useState<Verdict>(null);
  const [second, setSecond] = useState<Verdict>(null);

  const checkFirst = (event: FormEvent) => {
    event.preventDefault();
    setFirst(firstFiveTimes.check(result, Number(columns)));
  };
  const checkSecond = (event: FormEvent) => {
    event.preventDefault();
    if (!winner) return setSecond({ pass: false, feedback: 'Choose a layout first.' });
    setSecond(lookupWinner.check(result, { layout: winner, factor: Number(factor) }));
  };

  return (
    <div className="exercises">
      <p className="sandbox-part">Exercises, checked against your own run</p>
      <form onSubmit={checkFirst} className="exercise" data-exercise={firstFiveTimes.id}>
        <label htmlFor={`${id}-cols`}>{firstFiveTimes.prompt}</label>
        <div className="exercise-row">
          <input id={`${id}-cols`} type="number" inputMode="numeric" value={columns} onChange={(e) => setColumns(e.target.value)} />
          <button type="submit" className="button">
            Check
          </button>
        </div>
        <p role="status" className={first ? (first.pass ? 'exercise-pass' : 'exercise-fail') : undefined}>
          {first?.feedback}
        </p>
      </form>
      <form onSubmit={checkSecond} className="exercise" data-exercise={lookupWinner.id}>
        <fieldset>
          <legend>{lookupWinner.prompt}</legend>
          <div className="exercise-row">
            <label htmlFor={`${id}-winner`}>Winner</label>
            <select id={`${id}-winner`} value={winner} onChange={(e) => setWinner(e.target.value === 'column' ? 'column' : e.target.value === 'row' ? 'row' : '')}>
              <option value="">— choose —</option>
              <option value="row">row-major</option>
              <option value="column">column-major</option>
            </select>
            <label htmlFor={`${id}-factor`}>Factor</label>
            <input id={`${id}-factor`} type="number" inputMode="decimal" step="any" value={factor} onChange={(e) => setFactor(e.target.value)} />
            <button type="submit" className="button">
              Check
            </button>
          </div>
        </fieldset>
        <p role="status" className={second ? (second.pass ? 'exercise-pass' : 'exercise-fail') : undefined}>
          {second?.feedback}
        </p>
      </form>
    </div>
  );
}
