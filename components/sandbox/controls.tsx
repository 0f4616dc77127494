'use client';

import type { ReactNode } from 'react';
import type { ControlSpec, SandboxDefinition } from '@/lib/sandbox/define';
import type { SandboxParams } from '@/lib/sandbox/params';
import { hintWithRange, numberRange } from '@/lib/sandbox/range';
import type { Draft, ParamsForm } from '@/lib/sandbox/useParamsForm';
import { CheckboxField, NumberField, SelectField } from './fields';

type KeysOf<P, V> = { [K in keyof P]: P[K] extends V ? K : never }[keyof P] & string;

/**
 * A view's controls, each labelled and hinted from the sandbox's definition (the exercises name
 * settings by the same labels), with its draft value and its message from the last Run.
 */
export function controlsFor<P extends SandboxParams, R, G>(sandbox: { definition: SandboxDefinition<P, R, G>; form: ParamsForm<P> }) {
  const { controls } = sandbox.definition;
  const { draft, errors, setField } = sandbox.form;
  const spec = (key: keyof P, extra?: Partial<ControlSpec>): ControlSpec => ({ ...controls[key], ...extra });
  /** A number's or a choice's draft: the text the reader typed or picked. */
  const text = (key: keyof P): string => {
    const value = draft[key];
    return typeof value === 'string' ? value : '';
  };
  return {
    number(key: KeysOf<P, number>, extra?: Partial<ControlSpec>) {
      const s = spec(key, extra);
      return (
        <NumberField
          key={key}
          label={s.label}
          hint={hintWithRange(s.hint, numberRange(sandbox.definition.schema, key))}
          error={errors[key]}
          decimal={s.decimal}
          value={text(key)}
          onChange={(value) => setField(key, value as Draft<P>[typeof key])}
        />
      );
    },
    /** A choice among the spec's options; a number setting may be a choice too (its options' values are its numbers as text). */
    choice(key: KeysOf<P, string | number>, extra?: Partial<ControlSpec>) {
      const s = spec(key, extra);
      return (
        <SelectField
          key={key}
          label={s.label}
          hint={s.hint}
          error={errors[key]}
          value={text(key)}
          options={s.options ?? []}
          onChange={(value) => setField(key, value as Draft<P>[typeof key])}
        />
      );
    },
    toggle(key: KeysOf<P, boolean>, extra?: Partial<ControlSpec>) {
      const s = spec(key, extra);
      return <CheckboxField key={key} label={s.label} hint={s.hint} error={errors[key]} checked={draft[key] === true} onChange={(value) => setField(key, value as Draft<P>[typeof key])} />;
    },
    /** Related controls under a legend, with an optional note on what they share. */
    group(legend: string, children: ReactNode, note?: string) {
      return (
        <fieldset className="sandbox-group" key={legend}>
          <legend>{legend}</legend>
          {note && <p className="sandbox-group-note">{note}</p>}
          {children}
        </fieldset>
      );
    },
  };
}
