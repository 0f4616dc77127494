'use client';

import type { ExerciseListing } from '@/lib/assignments/assignable';
import type { ProgressState } from '@/lib/progress/schema';

/** Every sandbox exercise, passed or not, with the settings that passed it. The list is built with the page. */
export function ExerciseProgress({ state, exercises: allExercises }: { state: ProgressState; exercises: readonly ExerciseListing[] }) {
  const passed = allExercises.filter((e) => state.exercises[e.id]).length;
  return (
    <section aria-labelledby="progress-exercises">
      <h2 id="progress-exercises">Sandbox exercises</h2>
      <p>
        {passed} of {allExercises.length} passed. Each is checked against your own run and kept here with the settings and seed that passed it, so an assignment
        submission can show it.
      </p>
      <div className="table-scroll" role="region" aria-label="Sandbox exercises" tabIndex={0}>
        <table className="results-table">
          <caption>Exercises by sandbox</caption>
          <thead>
            <tr>
              <th scope="col">Sandbox</th>
              <th scope="col">Exercise</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {allExercises.map((e) => {
              const pass = state.exercises[e.id];
              return (
                <tr key={e.id} data-exercise-progress={e.id}>
                  <td>{e.sandboxTitle}</td>
                  <th scope="row">{e.prompt}</th>
                  <td>{pass ? `Passed ${new Date(pass.passedAt).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' })} (seed ${pass.seed})` : 'Not yet'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
