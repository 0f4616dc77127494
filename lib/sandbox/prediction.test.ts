import { describe, expect, it } from 'vitest';
import { compareGuess, describeValue, faceOf, measure, sameSettings, type Prediction } from './prediction';
import { parseGuesses } from './predictionInput';

interface Result {
  rowMs: number;
  columnMs: number;
  smallest: string;
}
type Params = { columns: number; seed: number };

const speedup: Prediction<Params, Result> = {
  id: 'speedup',
  prompt: 'How many times faster will the column scan be?',
  kind: 'number',
  unit: '× faster',
  min: 0.01,
  max: 1000,
  actual: (r) => r.rowMs / r.columnMs,
};
const smallest: Prediction<Params, Result> = {
  id: 'smallest',
  prompt: 'Which file is smallest?',
  kind: 'choice',
  choices: [
    { value: 'csv', label: 'CSV' },
    { value: 'parquet', label: 'Parquet' },
  ],
  actual: (r) => r.smallest,
};
const count: Prediction<Params, Result> = { id: 'late', prompt: 'How many late events?', kind: 'number', min: 0, max: 40, integer: true, actual: () => 3 };
const faces = [speedup, smallest, count].map(faceOf);

describe('parseGuesses', () => {
  it('skips empty fields: a prediction is optional', () => {
    expect(parseGuesses(faces, {})).toEqual({ ok: true, guesses: {} });
    expect(parseGuesses(faces, { speedup: '  ', smallest: '' })).toEqual({ ok: true, guesses: {} });
  });

  it('reads a number (with thousands commas) and a choice', () => {
    expect(parseGuesses(faces, { speedup: ' 4.5 ', smallest: 'parquet', late: '1,0' })).toEqual({ ok: true, guesses: { speedup: 4.5, smallest: 'parquet', late: 10 } });
  });

  it('refuses what is not a number, out of range, not whole, or not a choice, with a message per field', () => {
    const parsed = parseGuesses(faces, { speedup: 'fast', smallest: 'avro', late: '2.5' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.speedup).toBe('Enter a number, or leave it empty to skip.');
    expect(parsed.errors.smallest).toBe('Choose one of the options, or leave it empty to skip.');
    expect(parsed.errors.late).toBe('Enter a whole number.');
    const range = parseGuesses(faces, { speedup: '0', late: '41' });
    expect(range.ok ? {} : range.errors).toEqual({ speedup: 'Enter a number from 0.01 to 1,000.', late: 'Enter a number from 0 to 40.' });
  });

  it('refuses Infinity and NaN spelled out', () => {
    expect(parseGuesses(faces, { speedup: 'Infinity' }).ok).toBe(false);
    expect(parseGuesses(faces, { speedup: 'NaN' }).ok).toBe(false);
  });
});

describe('compareGuess', () => {
  it('says right or wrong for a choice', () => {
    expect(compareGuess('choice', 'csv', 'csv').verdict).toBe('right');
    expect(compareGuess('choice', 'csv', 'parquet').verdict).toBe('wrong');
  });

  it('gives the ratio of the measured value to the guess, in both directions', () => {
    const under = compareGuess('number', 4, 10);
    expect(under).toEqual({ verdict: 'off', ratio: 2.5, text: 'The run measured 2.5 times your guess.' });
    const over = compareGuess('number', 10, 4);
    expect(over.ratio).toBeCloseTo(0.4);
    expect(over.text).toBe('Your guess was 2.5 times what the run measured.');
  });

  it('calls a guess within 10 % close, and an exact one exactly right', () => {
    expect(compareGuess('number', 10, 10.9).verdict).toBe('close');
    expect(compareGuess('number', 10, 11.5).verdict).toBe('off');
    expect(compareGuess('number', 0, 0)).toEqual({ verdict: 'close', ratio: null, text: 'Exactly right.' });
  });

  it('uses the difference when either side is zero or negative (a count of events, a gap)', () => {
    expect(compareGuess('number', 0, 3)).toEqual({ verdict: 'off', ratio: null, text: 'Off by 3 (more than you predicted).' });
    expect(compareGuess('number', 2, -1.5).text).toBe('Off by 3.5 (fewer than you predicted).');
  });
});

describe('measure', () => {
  const params = { columns: 16, seed: 1 };
  it('reads the value from the result', () => {
    expect(measure(speedup, { rowMs: 9, columnMs: 3, smallest: 'parquet' }, params)).toBe(3);
    expect(measure(smallest, { rowMs: 9, columnMs: 3, smallest: 'parquet' }, params)).toBe('parquet');
  });

  it('is null when the run did not measure it: not finite, not a choice, or a throw', () => {
    expect(measure(speedup, { rowMs: 9, columnMs: 0, smallest: 'x' }, params)).toBeNull();
    expect(measure(smallest, { rowMs: 9, columnMs: 3, smallest: 'avro' }, params)).toBeNull();
    const throws: Prediction<Params, Result> = {
      ...count,
      actual: () => {
        throw new Error('no such column');
      },
    };
    expect(measure(throws, { rowMs: 1, columnMs: 1, smallest: 'csv' }, params)).toBeNull();
  });
});

describe('describeValue and sameSettings', () => {
  it('shows a choice by its label and a number with its unit', () => {
    expect(describeValue(faceOf(smallest), 'parquet')).toBe('Parquet');
    expect(describeValue(faceOf(speedup), 12345.6)).toBe('12,346 × faster');
    expect(describeValue(faceOf(count), 3)).toBe('3');
  });

  it('compares settings whatever their keys’ order, scripts included', () => {
    expect(sameSettings({ a: 1, b: [{ kind: 'x', n: 1 }] }, { b: [{ n: 1, kind: 'x' }], a: 1 })).toBe(true);
    expect(sameSettings({ a: 1, seed: 1 }, { a: 1, seed: 2 })).toBe(false);
    expect(sameSettings({ a: 1 }, { a: 1, b: false })).toBe(false);
  });

  it('drops actual from the face', () => {
    expect('actual' in faceOf(speedup)).toBe(false);
  });
});
