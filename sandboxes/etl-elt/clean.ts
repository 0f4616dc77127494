/**
 * The cleaning rules, written once in JavaScript for ETL. sql.ts writes the same rules in each
 * warehouse's SQL for ELT; the rules are chosen so that all three read every value alike (a plain
 * Date.parse would accept "03/04/2025", which neither warehouse does).
 */
import type { CsvValue } from './csv';

/** Removes leading and trailing spaces, and only spaces, as SQL's trim() does. */
export function trimSpaces(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) === 32) start++;
  while (end > start && value.charCodeAt(end - 1) === 32) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

/** 1 to 9 digits after trimming (so it fits a 32-bit integer), else null: "ORD-7", "7.0" and "" are not ids. */
export function cleanWholeNumber(value: CsvValue): number | null {
  if (value === null) return null;
  const text = trimSpaces(value);
  return /^[0-9]{1,9}$/.test(text) ? Number(text) : null;
}

/** A plain decimal of at most 12 characters ("12.5", "0012.50"), else null: no sign, no exponent, no decimal comma. */
export function cleanAmount(value: CsvValue): number | null {
  if (value === null) return null;
  const text = trimSpaces(value);
  return text.length <= 12 && /^[0-9]+(\.[0-9]+)?$/.test(text) ? Number(text) : null;
}

const daysIn = (year: number, month: number) =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/**
 * "YYYY-MM-DD HH:MM:SS" for a real moment, else null. A "T" reads as a space and a "Z" is dropped
 * (every time in the extract is UTC), so ISO 8601 "2025-03-04T10:15:00Z" is accepted as written;
 * "2025-02-30 08:00:00", "2025-13-01 …", "24:00:00" and "03/04/2025 10:15" are not.
 */
export function cleanTimestamp(value: CsvValue): string | null {
  if (value === null) return null;
  const text = trimSpaces(value).replace(/T/g, ' ').replace(/Z/g, '');
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return null;
  return text;
}

/** " us", "U.S." and "Us " all become "US"; an empty code is null. */
export function cleanCountry(value: CsvValue): string | null {
  if (value === null) return null;
  const code = trimSpaces(value).replace(/\./g, '').toUpperCase();
  return code === '' ? null : code;
}

/** Lower case, trimmed; null stays null. */
export function cleanWord(value: CsvValue): string | null {
  return value === null ? null : trimSpaces(value).toLowerCase();
}

/** The sales channel the new question needs; a missing one is "unknown". */
export function cleanChannel(value: CsvValue): string {
  const word = cleanWord(value);
  return word === null || word === '' ? 'unknown' : word;
}
