import type { Primitive, Step } from './model';

/**
 * The schema history as plain data, before avsc sees it: version 1 is the chapter's payment event,
 * and each step makes the next version. Replaying is pure, so the params schema replays the script
 * to refuse a step that names a missing field (beside the control), and the worker replays it again.
 */
export type DefaultValue = string | number | boolean | null;
export interface EnumType {
  type: 'enum';
  name: string;
  symbols: string[];
}
export type FieldType = Primitive | EnumType | Array<'null' | Primitive>;
export interface FieldSpec {
  name: string;
  type: FieldType;
  /** Absent: the field has no default. */
  default?: DefaultValue;
  aliases: string[];
}
export type SchemaSpec = FieldSpec[];

export const RECORD_NAME = 'Payment';
export const NAMESPACE = 'com.example.fraud';

export const firstVersion: SchemaSpec = [
  { name: 'event_id', type: 'string', aliases: [] },
  { name: 'user_id', type: 'int', aliases: [] },
  { name: 'amount', type: 'double', aliases: [] },
  { name: 'currency', type: { type: 'enum', name: 'Currency', symbols: ['EUR', 'USD', 'GBP'] }, aliases: [] },
  { name: 'promo', type: ['null', 'string'], default: null, aliases: [] },
];

/** The schema as Avro JSON, what a producer registers and what avsc parses. */
export function toAvro(spec: SchemaSpec) {
  return {
    type: 'record',
    name: RECORD_NAME,
    namespace: NAMESPACE,
    fields: spec.map((f) => ({ name: f.name, type: f.type, ...('default' in f ? { default: f.default } : {}), ...(f.aliases.length ? { aliases: f.aliases } : {}) })),
  };
}

/** The schema as JSON text, one field per line: valid JSON, short enough to read beside another version. */
export function schemaText(spec: SchemaSpec): string {
  const { fields, ...head } = toAvro(spec);
  const top = Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  return ['{', ...top, '  "fields": [', fields.map((f) => `    ${JSON.stringify(f)}`).join(',\n'), '  ]', '}'].join('\n');
}

export function typeText(type: FieldType): string {
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return `[${type.join(', ')}]`;
  return `enum {${type.symbols.join(', ')}}`;
}

/** The default as the JSON value Avro expects: the text for strings and enums, numbers and booleans parsed; a union's default is for its first branch. */
export function parseDefault(type: FieldType, text: string): { value: DefaultValue } | { error: string } {
  const branch = Array.isArray(type) ? type[0]! : typeof type === 'string' ? type : 'string';
  if (branch === 'null') return text.trim() === 'null' ? { value: null } : { error: `A union’s default is for its first branch, here null: enter null.` };
  if (branch === 'string') return { value: text };
  if (branch === 'boolean') {
    if (text.trim() === 'true' || text.trim() === 'false') return { value: text.trim() === 'true' };
    return { error: 'The default of a boolean field is true or false.' };
  }
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) return { error: `The default of ${branch === 'int' || branch === 'long' ? 'an' : 'a'} ${branch} field is a number.` };
  return { value };
}

export function describeStep(step: Step): string {
  const def = 'withDefault' in step ? (step.withDefault ? `, default ${JSON.stringify(step.default)}` : ', no default') : '';
  switch (step.kind) {
    case 'add':
      return `Add field ${step.field} (${step.type}${def})`;
    case 'remove':
      return `Remove field ${step.field}`;
    case 'rename':
      return `Rename ${step.field} to ${step.to}${step.alias ? `, with alias ${step.field}` : ', no alias'}`;
    case 'retype':
      return `Change the type of ${step.field} to ${step.type}`;
    case 'optional':
      return `Make ${step.field} optional (a union with null, default null)`;
    case 'set-default':
      return step.withDefault ? `Give ${step.field} the default ${JSON.stringify(step.default)}` : `Take the default off ${step.field}`;
    case 'enum-add':
      return `Add symbol ${step.symbol} to enum ${step.field}`;
    case 'enum-remove':
      return `Remove symbol ${step.symbol} from enum ${step.field}`;
    case 'union-add':
      return `Widen the union ${step.field} with ${step.type}`;
  }
}

type Applied = { spec: SchemaSpec } | { error: string };

function withDefault(field: FieldSpec, on: boolean, text: string): FieldSpec | string {
  const { default: _dropped, ...rest } = field;
  if (!on) return rest;
  const parsed = parseDefault(field.type, text);
  return 'error' in parsed ? parsed.error : { ...rest, default: parsed.value };
}

/** One step on a schema: the next version, or why the step does not fit this schema. */
export function applyStep(spec: SchemaSpec, step: Step): Applied {
  const index = spec.findIndex((f) => f.name === step.field);
  const names = spec.map((f) => f.name).join(', ') || 'none';
  if (step.kind === 'add') {
    if (index >= 0) return { error: `Field ${step.field} already exists.` };
    const made = withDefault({ name: step.field, type: step.type, aliases: [] }, step.withDefault, step.default);
    return typeof made === 'string' ? { error: made } : { spec: [...spec, made] };
  }
  const field = spec[index];
  if (!field) return { error: `There is no field ${step.field} at this point (fields: ${names}).` };
  const replace = (next: FieldSpec): Applied => ({ spec: spec.map((f, i) => (i === index ? next : f)) });
  const { type } = field;
  switch (step.kind) {
    case 'remove':
      return { spec: spec.filter((_, i) => i !== index) };
    case 'rename': {
      if (spec.some((f) => f.name === step.to)) return { error: `Field ${step.to} already exists.` };
      const aliases = step.alias ? [...new Set([...field.aliases, field.name])] : field.aliases;
      return replace({ ...field, name: step.to, aliases: aliases.filter((a) => a !== step.to) });
    }
    case 'retype':
      if (typeof type !== 'string') return { error: `${step.field} is ${typeText(type)}: change it with the enum or union steps.` };
      return replace({ ...field, type: step.type });
    case 'optional':
      if (typeof type !== 'string') return { error: `${step.field} is ${typeText(type)}, not a primitive type: only a primitive field is made optional here.` };
      return replace({ ...field, type: ['null', type], default: null });
    case 'set-default': {
      const made = withDefault(field, step.withDefault, step.default);
      return typeof made === 'string' ? { error: made } : replace(made);
    }
    case 'enum-add':
    case 'enum-remove': {
      if (typeof type === 'string' || Array.isArray(type)) return { error: `${step.field} is ${typeText(type)}, not an enum.` };
      const has = type.symbols.includes(step.symbol);
      if (step.kind === 'enum-add' && has) return { error: `${step.field} already has the symbol ${step.symbol}.` };
      if (step.kind === 'enum-remove' && !has) return { error: `${step.field} has no symbol ${step.symbol} (symbols: ${type.symbols.join(', ')}).` };
      if (step.kind === 'enum-remove' && type.symbols.length === 1) return { error: `${step.symbol} is the last symbol of ${step.field}.` };
      const symbols = step.kind === 'enum-add' ? [...type.symbols, step.symbol] : type.symbols.filter((s) => s !== step.symbol);
      return replace({ ...field, type: { ...type, symbols } });
    }
    case 'union-add':
      if (!Array.isArray(type)) return { error: `${step.field} is ${typeText(type)}, not a union: make it optional first.` };
      if (type.includes(step.type)) return { error: `The union ${step.field} already has ${step.type}.` };
      return replace({ ...field, type: [...type, step.type] });
  }
}

/** Every version from the first, or the first step that does not fit (0-based). */
export function replaySteps(steps: readonly Step[]): { versions: SchemaSpec[]; error: { step: number; message: string } | null } {
  const versions = [firstVersion];
  for (const [i, step] of steps.entries()) {
    const next = applyStep(versions[versions.length - 1]!, step);
    if ('error' in next) return { versions, error: { step: i, message: `Step ${i + 1}: ${next.error}` } };
    versions.push(next.spec);
  }
  return { versions, error: null };
}
