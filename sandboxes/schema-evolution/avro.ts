import * as avsc from 'avsc/etc/browser/avsc-types';
import type { Buffer } from 'buffer';
import type { Rng } from '@/lib/random';
import type { Resolution } from './model';
import { toAvro, type FieldSpec, type FieldType, type SchemaSpec } from './steps';

/** A version as avsc sees it: its parsed type, or avsc's message when it refuses the schema. */
export type Parsed = { type: avsc.Type; invalid: null } | { type: null; invalid: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function parse(spec: SchemaSpec): Parsed {
  try {
    return { type: avsc.Type.forSchema(toAvro(spec) as Parameters<typeof avsc.Type.forSchema>[0]), invalid: null };
  } catch (error) {
    return { type: null, invalid: message(error) };
  }
}

const WORDS: Record<string, readonly string[]> = {
  device_type: ['ios', 'android', 'web'],
  country: ['DE', 'FR', 'NL', 'PL'],
};

function valueOf(type: FieldType, name: string, rng: Rng, index: number, version: number): unknown {
  if (Array.isArray(type)) {
    const branch = type[rng.int(0, type.length - 1)]!;
    return branch === 'null' ? null : valueOf(branch, name, rng, index, version);
  }
  if (typeof type !== 'string') return type.symbols[rng.int(0, type.symbols.length - 1)];
  switch (type) {
    case 'string': {
      if (name === 'event_id') return `v${version}-${String(index + 1).padStart(3, '0')}`;
      const words = WORDS[name];
      return words ? words[rng.int(0, words.length - 1)] : `${name}-${rng.int(1, 99)}`;
    }
    case 'int':
    case 'long':
      return rng.int(1_000, 99_999);
    case 'float':
    case 'double':
      return Math.round(rng.next() * 50_000) / 100;
    case 'boolean':
      return rng.bernoulli(0.5);
  }
}

/** Seeded records for one version: every field of the writer's schema gets a value of its type. */
export function makeRecords(spec: SchemaSpec, count: number, rng: Rng, version: number): Array<Record<string, unknown>> {
  return Array.from({ length: count }, (_, i) => Object.fromEntries(spec.map((f) => [f.name, valueOf(f.type, f.name, rng, i, version)])));
}

/**
 * Reads the writer's records with the reader's schema the way a consumer does: avsc's
 * createResolver decides whether the two schemas resolve (its own rules, its own message when they
 * do not), and every record is then decoded through the resolver.
 */
export function resolve(reader: Parsed, writer: Parsed, encoded: readonly Buffer[]): Resolution & { values: unknown[] } {
  if (!reader.type) return { ok: false, error: `The reader’s schema is refused: ${reader.invalid}`, decoded: 0, values: [] };
  if (!writer.type) return { ok: false, error: `The writer’s schema is refused: ${writer.invalid}`, decoded: 0, values: [] };
  let resolver: avsc.Resolver;
  try {
    resolver = reader.type.createResolver(writer.type);
  } catch (error) {
    return { ok: false, error: message(error), decoded: 0, values: [] };
  }
  const values = encoded.map((buffer) => reader.type.fromBuffer(buffer, resolver) as unknown);
  return { ok: true, error: null, decoded: values.length, values };
}

/** avsc's field matching (by name, then the reader field's aliases), to say where each reader field comes from. */
export function matchField(readerField: FieldSpec, writer: SchemaSpec): FieldSpec | null {
  const names = [readerField.name, ...readerField.aliases];
  return writer.find((w) => names.includes(w.name)) ?? null;
}

const sameType = (a: FieldType, b: FieldType) => JSON.stringify(a) === JSON.stringify(b);
const show = (t: FieldType) => (typeof t === 'string' ? t : Array.isArray(t) ? `[${t.join(', ')}]` : `enum {${t.symbols.join(', ')}}`);

/** One line on how a reader field gets its value from a writer field (or its default). */
export function howRead(readerField: FieldSpec, writerField: FieldSpec | null): string {
  if (!writerField) return 'default' in readerField ? `not written: the default ${JSON.stringify(readerField.default)}` : 'not written and no default: resolution fails';
  const via = writerField.name === readerField.name ? '' : `through the alias ${writerField.name}; `;
  const [r, w] = [readerField.type, writerField.type];
  if (sameType(r, w)) return `${via}same type`;
  return `${via}${show(w)} read as ${show(r)}`;
}
