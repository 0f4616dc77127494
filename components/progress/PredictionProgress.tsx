'use client';

import type { PredictionEntry } from '@/lib/progress/predictions';
import type { ProgressState } from '@/lib/progress/schema';
import { compareGuess } from '@/lib/sandbox/prediction';
import { isSandboxId, sandboxCatalog } from '@/sandboxes/catalog';

const dateOf = (at: string) => new Date(at).toLocaleString('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** The settings a prediction was compared under, in one line (a script by its number of steps). */
function settingsLine(params: PredictionEntry['params']): string {
  return Object.entries(params)
    .filter(([key]) => key !== 'seed')
    .map(([key, value]) => `${key} ${typeof value === 'object' ? `${value.length} step${value.length === 1 ? '' : 's'}` : String(value)}`)
    .join(', ');
}

/** Every "predict first" guess against what its run measured, per sandbox, newest first. */
export function PredictionProgress({ state }: { state: ProgressState }) {
  const entries = state.predictions?.entries ?? [];
  // Entries are stored newest first; grouping keeps that order within each sandbox, and the sandbox predicted most recently comes first.
  const bySandbox = new Map<string, PredictionEntry[]>();
  for (const entry of entries) bySandbox.set(entry.sandbox, [...(bySandbox.get(entry.sandbox) ?? []), entry]);
  return (
    <section aria-labelledby="progress-predictions" data-prediction-progress>
      <h2 id="progress-predictions">Your predictions</h2>
      {entries.length === 0 ? (
        <p>No predictions yet. Before you run a sandbox, “Predict first” asks what you expect; each guess is kept here beside what the run measured.</p>
      ) : (
        <p>
          {entries.length} prediction{entries.length === 1 ? '' : 's'}, each beside what the run with the same settings measured on your machine.
        </p>
      )}
      {[...bySandbox].map(([sandbox, list]) => {
        const title = isSandboxId(sandbox) ? sandboxCatalog[sandbox].title : sandbox;
        return (
          <div key={sandbox} className="table-scroll" role="region" aria-label={`Predictions: ${title}`} tabIndex={0} data-prediction-sandbox={sandbox}>
            <table className="results-table">
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">Prediction</th>
                  <th scope="col">You predicted</th>
                  <th scope="col">The run measured</th>
                  <th scope="col">How far off</th>
                  <th scope="col">Settings</th>
                </tr>
              </thead>
              <tbody>
                {list.map((entry) => (
                  <tr key={`${entry.at}-${entry.prediction}`} data-prediction-entry={entry.prediction}>
                    <th scope="row">{entry.prompt}</th>
                    <td data-guess>{entry.guessText}</td>
                    <td data-actual>{entry.actualText}</td>
                    <td data-comparison>{compareGuess(entry.kind, entry.guess, entry.actual).text}</td>
                    <td>
                      {settingsLine(entry.params)} (seed {entry.seed}), {dateOf(entry.at)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
