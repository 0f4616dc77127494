import type { EngineKind, SqlEngine } from '@/lib/engines/sql';
import { summarize } from '@/lib/stats';
import { cleanCountry } from './clean';
import type { CsvValue } from './csv';
import {
  DROP_REASONS,
  RAW_FIELDS,
  type EtlEltParams,
  type EtlEltProgress,
  type EtlEltResult,
  type NewQuestionRun,
  type Pattern,
  type PatternRun,
  type PreviewLine,
  type RawField,
  type StageTiming,
  type StoredTable,
  type WarehouseResult,
} from './model';
import {
  channelRows,
  compareChannelAnswers,
  compareTable,
  ELT_TABLE,
  ETL_TABLE,
  newQuestionElt,
  newQuestionEtl,
  runElt,
  runEtl,
  storedTables,
  type Clock,
  type NewQuestionSample,
  type PipelineOptions,
  type StageSample,
} from './pipeline';
import { generateSource } from './source';
import { extract, transformJs, type Extracted, type Transformed } from './transform';

export type EngineOpeners = Record<EngineKind, () => Promise<SqlEngine>>;

export interface EtlEltHooks extends Clock {
  progress(p: EtlEltProgress): void;
}

/** Lines of the small extract both patterns run once on each warehouse before anything is timed. */
const WARM_UP_ROWS = 1_000;

/** Per stage, the median and spread over the timed runs; rows from the first run (every run reads the same). */
function summarizeRuns(runs: readonly StageSample[][]): { stages: StageTiming[]; total: ReturnType<typeof summarize> } {
  const first = runs[0]!;
  const stages = first.map((s, i) => {
    const samples = runs.map((run) => run[i]!.ms);
    return { stage: s.stage, samples, summary: summarize(samples), rowsIn: s.rowsIn, rowsOut: s.rowsOut };
  });
  return { stages, total: summarize(runs.map((run) => run.reduce((sum, s) => sum + s.ms, 0))) };
}

const stored = (tables: StoredTable[]) => tables.reduce((sum, t) => sum + t.rows, 0);

function patternRun(pattern: Pattern, runs: StageSample[][], tables: StoredTable[]): PatternRun {
  return { pattern, ...summarizeRuns(runs), tables, rowsStored: stored(tables) };
}

function questionRun(pattern: Pattern, runs: NewQuestionSample[], rowsStored: number): NewQuestionRun {
  const last = runs[runs.length - 1]!;
  return { pattern, ...summarizeRuns(runs.map((r) => r.samples)), sourceRowsRead: last.sourceRowsRead, warehouseRowsRead: last.warehouseRowsRead, rowsStored };
}

/** The first lines of the extract, plus the first line dropped for each reason, with what the cleaning did. */
function previewLines(ex: Extracted, reference: Transformed): PreviewLine[] {
  const picked = new Set<number>();
  for (let i = 0; i < Math.min(6, ex.lines); i++) picked.add(i);
  for (let r = 1; r <= DROP_REASONS.length; r++) {
    const i = reference.outcome.indexOf(r);
    if (i >= 0) picked.add(i);
  }
  return [...picked]
    .sort((a, b) => a - b)
    .map((i) => {
      const raw = Object.fromEntries(RAW_FIELDS.map((f, c) => [f, (ex.raw[c + 1]![i] ?? null) as CsvValue])) as Record<RawField, string | null>;
      const o = reference.outcome[i]!;
      return { line: i + 1, raw, outcome: o === 0 ? 'kept' : DROP_REASONS[o - 1]! };
    });
}

/** Kept rows whose order id an earlier kept row already had: only light keeps any. */
function duplicatesKept(t: Transformed): number {
  const ids = t.data[0] as readonly number[];
  return ids.length - new Set(ids).size;
}

/**
 * Runs both patterns on each chosen warehouse, one warehouse at a time (each closed before the next
 * opens), over the same seeded extract: a warm-up on a small extract, then `repeats` timed runs of each
 * pattern in alternating order, the check that their final tables match, and the new question.
 */
export async function runEtlElt(params: EtlEltParams, open: EngineOpeners, hooks: EtlEltHooks): Promise<EtlEltResult> {
  const { complexity, eltAs, reads, repeats } = params;
  hooks.progress({ engine: 'data', step: 'writing the source extract', fraction: 0 });
  const source = generateSource(params);
  const warmSource = generateSource({ ...params, rows: Math.min(params.rows, WARM_UP_ROWS) });

  // The transform's own rows, computed once before any timing: every table is checked against them.
  const ex = extract(source);
  const reference = transformJs(ex, complexity);
  const lookupRows = ex.lookup[0]!.length;
  const countries = ex.raw[RAW_FIELDS.indexOf('country') + 1]!;
  const spellings = new Set(countries.filter((c) => c !== null));
  const codes = new Set(countries.map((c) => cleanCountry(c as CsvValue)).filter((c) => c !== null));

  const kinds: EngineKind[] = params.warehouse === 'both' ? ['duckdb', 'sqlite'] : [params.warehouse];
  const warehouses: WarehouseResult[] = [];
  for (const kind of kinds) {
    const units = 4 * repeats + 2;
    let done = 0;
    const step = (name: string) => hooks.progress({ engine: kind, step: name, fraction: done / units });
    step('starting the warehouse');
    const engine = await open[kind]();
    try {
      const options = (src: PipelineOptions['source']): PipelineOptions => ({ engine, source: src, complexity, eltAs, reads, clock: hooks });
      step('warming up on a small extract');
      runEtl(options(warmSource));
      runElt(options(warmSource));
      newQuestionEtl(options(warmSource));
      newQuestionElt(options(warmSource), warmSource.lines, lookupRows);
      done++;

      const etlRuns: StageSample[][] = [];
      const eltRuns: StageSample[][] = [];
      for (let r = 0; r < repeats; r++) {
        // Alternate which pattern goes first, so neither always runs on a warmer (or fuller) heap.
        const order: Pattern[] = r % 2 === 0 ? ['etl', 'elt'] : ['elt', 'etl'];
        for (const pattern of order) {
          step(`run ${r + 1} of ${repeats}: ${pattern.toUpperCase()}`);
          if (pattern === 'etl') etlRuns.push(runEtl(options(source)).samples);
          else eltRuns.push(runElt(options(source)).samples);
          done++;
        }
      }
      const etlTables = storedTables(engine, 'etl', eltAs);
      const eltTables = storedTables(engine, 'elt', eltAs);
      step('checking that both final tables hold the same rows');
      const match = { etl: compareTable(engine, ETL_TABLE, reference), elt: compareTable(engine, ELT_TABLE, reference, eltAs === 'view') };
      done++;

      const etlQuestion: NewQuestionSample[] = [];
      const eltQuestion: NewQuestionSample[] = [];
      for (let r = 0; r < repeats; r++) {
        step(`the new question, run ${r + 1} of ${repeats}: ETL`);
        etlQuestion.push(newQuestionEtl(options(source)));
        done++;
        step(`the new question, run ${r + 1} of ${repeats}: ELT`);
        eltQuestion.push(newQuestionElt(options(source), ex.lines, lookupRows));
        done++;
      }
      const etlAnswer = etlQuestion[etlQuestion.length - 1]!.answer;
      const eltAnswer = eltQuestion[eltQuestion.length - 1]!.answer;
      warehouses.push({
        engine: kind,
        version: engine.version,
        etl: patternRun('etl', etlRuns, etlTables),
        elt: patternRun('elt', eltRuns, eltTables),
        match,
        newQuestion: {
          etl: questionRun('etl', etlQuestion, stored(storedTables(engine, 'etl', eltAs))),
          elt: questionRun('elt', eltQuestion, stored(storedTables(engine, 'elt', eltAs, true))),
          answer: channelRows(etlAnswer),
          match: compareChannelAnswers(etlAnswer, eltAnswer),
        },
      });
    } finally {
      engine.close();
    }
  }

  return {
    rows: params.rows,
    complexity,
    eltAs,
    reads,
    repeats,
    source: { csvBytes: source.csv.length /* ASCII: one byte per character */, lines: ex.lines, lookupRows, countrySpellings: spellings.size, countryCodes: codes.size },
    dropped: reference.dropped,
    duplicatesKept: duplicatesKept(reference),
    finalRows: reference.rows,
    finalColumns: reference.columns.map((c) => c.name),
    preview: previewLines(ex, reference),
    warehouses,
    allMatch: warehouses.every((w) => w.match.etl.equal && w.match.elt.equal && w.newQuestion.match.equal),
  };
}

