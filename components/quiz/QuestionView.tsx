'use client';

import type { Answer, Confidence } from '@/lib/progress/schema';
import type { QuizQuestion } from '@/lib/quiz/schema';
import { ObjectiveText } from './ObjectiveText';

const letters = ['A', 'B', 'C', 'D'] as const;

/**
 * How a question shows: 'open' while answering; 'hidden' after a pre form whose key is not open yet
 * (the reader's own choice and the objective to watch for, never the correct option); 'key' once
 * the key is open (correct and wrong options marked, every option explained).
 */
export type QuestionMode = 'open' | 'hidden' | 'key';

export interface QuestionViewProps {
  /** Unique among the page's inputs: the ids of the inputs and explanations start with it. */
  idBase: string;
  number: number;
  question: QuizQuestion;
  /** Options as written, in the order to show them (indices into question.options). */
  order: readonly number[];
  given: Answer | undefined;
  mode: QuestionMode;
  /** The objective the question tests, for 'hidden' ("watch for this while reading"). */
  objective?: string;
  onChoose?(choice: number): void;
  onConfidence?(confidence: Confidence): void;
}

/** One question as a fieldset: its options in the attempt's order, and what the mode allows to be seen. */
export function QuestionView(props: QuestionViewProps) {
  const { idBase, number, question, order, given, mode } = props;
  const locked = mode !== 'open';
  return (
    <fieldset className="quiz-question" disabled={locked}>
      <legend>
        <span className="quiz-number">{number}.</span> {question.prompt}
      </legend>
      <ul className="quiz-options">
        {order.map((optionIndex, shownAt) => {
          const option = question.options[optionIndex]!;
          const chosen = given?.choice === optionIndex;
          const isAnswer = question.answer === optionIndex;
          const verdict = mode === 'key' ? (isAnswer ? 'correct' : chosen ? 'wrong' : 'other') : mode === 'hidden' && chosen ? 'chosen' : 'open';
          const inputId = `${idBase}-${optionIndex}`;
          return (
            <li key={optionIndex} className={`quiz-option quiz-option-${verdict}`} data-option={optionIndex}>
              <input
                type="radio"
                id={inputId}
                name={idBase}
                checked={chosen}
                onChange={() => props.onChoose?.(optionIndex)}
                aria-describedby={mode === 'key' ? `${inputId}-why` : undefined}
              />
              <label htmlFor={inputId}>
                <span className="quiz-letter" aria-hidden="true">
                  {letters[shownAt]}
                </span>
                {option.text}
              </label>
              {mode === 'key' && (
                <p className="quiz-explanation" id={`${inputId}-why`}>
                  <strong>{isAnswer ? 'Correct answer.' : chosen ? 'Your answer, not correct.' : 'Not correct.'}</strong> {option.explanation}
                </p>
              )}
              {mode === 'hidden' && chosen && <p className="quiz-your-pick">Your answer.</p>}
            </li>
          );
        })}
      </ul>
      {mode === 'hidden' && props.objective && (
        <p className="quiz-watch">
          <strong>Watch for while reading:</strong> <ObjectiveText text={props.objective} />
        </p>
      )}
      {mode === 'open' && (
        <ConfidencePicker name={`${idBase}-confidence`} value={given?.confidence} disabled={given === undefined} onChange={(c) => props.onConfidence?.(c)} />
      )}
    </fieldset>
  );
}

function ConfidencePicker(props: { name: string; value?: Confidence; disabled: boolean; onChange(value: Confidence): void }) {
  return (
    <div className="quiz-confidence" role="radiogroup" aria-label="How sure are you? (optional)">
      <span className="quiz-confidence-label" aria-hidden="true">
        How sure are you? <span className="quiz-optional">(optional)</span>
      </span>
      {(['sure', 'unsure'] as const).map((value) => (
        <label key={value}>
          <input type="radio" name={props.name} checked={props.value === value} disabled={props.disabled} onChange={() => props.onChange(value)} />
          {value === 'sure' ? 'Sure' : 'Unsure'}
        </label>
      ))}
    </div>
  );
}
