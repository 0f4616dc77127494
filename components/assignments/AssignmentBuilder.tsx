'use client';

import { useId, useMemo, useState } from 'react';
import type { Assignable } from '@/lib/assignments/assignable';
import type { AssignmentItem } from '@/lib/assignments/schema';

const toItem = (a: Assignable): AssignmentItem => (a.kind === 'exercise' ? { kind: 'exercise', id: a.id } : { kind: 'quiz', chapter: a.chapter, section: a.section });
const label = (a: Assignable) => (a.kind === 'exercise' ? a.prompt : `Quiz: ${a.title} (${a.questions} questions before reading, ${a.postQuestions} after)`);

/** /assignments/new: pick and order exercises and quizzes, add a title, instructions and a due date, get a link. */
export function AssignmentBuilder({ catalog }: { catalog: Assignable[] }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const byKey = useMemo(() => new Map(catalog.map((a) => [a.key, a])), [catalog]);

  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = catalog.filter((a) => {
    const text = `${label(a)} ${a.where} ${a.kind === 'exercise' ? a.sandboxTitle : a.title}`.toLowerCase();
    return !chosen.includes(a.key) && words.every((w) => text.includes(w));
  });

  const move = (index: number, by: -1 | 1) =>
    setChosen((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });

  const create = async () => {
    setLink(null);
    setCopied(false);
    // The schema and the link's codec load when the first link is made, not with the page.
    const [{ assignmentSchema }, { encodeAssignment }] = await Promise.all([import('@/lib/assignments/schema'), import('@/lib/assignments/codec')]);
    const parsed = assignmentSchema.safeParse({ v: 1, title, instructions, due, items: chosen.map((k) => toItem(byKey.get(k)!)) });
    if (!parsed.success) {
      setErrors(parsed.error.issues.map((i) => i.message));
      return;
    }
    setErrors([]);
    const code = await encodeAssignment(parsed.data);
    setLink(`${window.location.origin}/assignments/#a=${code}`);
  };

  return (
    <div className="assignment-builder">
      <section aria-labelledby={`${id}-pick`}>
        <h2 id={`${id}-pick`}>1. Pick exercises and quizzes</h2>
        <div className="field">
          <label htmlFor={`${id}-search`}>Search exercises and quizzes</label>
          <input id={`${id}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. windows, lookup, pipelines" />
          <p className="field-hint" role="status">
            {matches.length} of {catalog.length - chosen.length} match.
          </p>
        </div>
        <ul className="assign-catalog" aria-label="Exercises and quizzes to add">
          {matches.map((a) => (
            <li key={a.key} data-assignable={a.key}>
              <div>
                <span className={`assign-kind assign-kind-${a.kind}`}>{a.kind === 'exercise' ? 'Exercise' : 'Quiz'}</span> {label(a)}
                <p className="field-hint">{a.where}</p>
              </div>
              <button type="button" className="button" onClick={() => setChosen((c) => [...c, a.key])} aria-label={`Add: ${label(a)}`}>
                Add
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={`${id}-order`}>
        <h2 id={`${id}-order`}>2. Order them</h2>
        {chosen.length === 0 ? (
          <p className="field-hint">Nothing picked yet.</p>
        ) : (
          <ol className="assign-chosen" aria-label="Items in this assignment">
            {chosen.map((key, i) => {
              const a = byKey.get(key)!;
              return (
                <li key={key} data-chosen={key}>
                  <span>{label(a)}</span>
                  <span className="assign-actions">
                    <button type="button" className="button" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move up: ${label(a)}`}>
                      ↑
                    </button>
                    <button type="button" className="button" disabled={i === chosen.length - 1} onClick={() => move(i, 1)} aria-label={`Move down: ${label(a)}`}>
                      ↓
                    </button>
                    <button type="button" className="button" onClick={() => setChosen((c) => c.filter((k) => k !== key))} aria-label={`Remove: ${label(a)}`}>
                      Remove
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section aria-labelledby={`${id}-describe`}>
        <h2 id={`${id}-describe`}>3. Describe it and get the link</h2>
        <div className="field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input id={`${id}-title`} type="text" value={title} maxLength={160} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-instructions`}>Instructions</label>
          <textarea id={`${id}-instructions`} rows={4} value={instructions} maxLength={3000} onChange={(e) => setInstructions(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>Due date (optional)</label>
          <input id={`${id}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
        </div>
        <button type="button" className="button button-primary" onClick={() => void create()}>
          Create the link
        </button>
        {errors.length > 0 && (
          <ul className="form-errors" role="alert">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
        {link && (
          <div className="assign-link" role="status">
            <p>The whole assignment is in this link; nothing is stored anywhere else. Send it to your learners.</p>
            <label htmlFor={`${id}-link`}>Assignment link</label>
            <input id={`${id}-link`} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
            <p className="assign-link-actions">
              <button
                type="button"
                className="button"
                onClick={() =>
                  void navigator.clipboard.writeText(link).then(
                    () => setCopied(true),
                    () => setCopied(false),
                  )
                }
              >
                Copy link
              </button>{' '}
              <a href={link}>Open it as a learner</a> {copied && <span>Copied.</span>}
            </p>
          </div>
        )}
      </section>
    </div>
  );
}
