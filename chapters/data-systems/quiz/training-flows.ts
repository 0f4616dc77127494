import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "training-flows",
  title: "Training data flows",
  heading: "training-data-flows",
  objectives: [],
  pre: [
    {
      id: "training-flows-weather-join",
      objective: "TODO",
      prompt: "Each flight delay example is anchored 24 hours before departure. Weather for every airport is stored as hourly snapshots. When building training rows, which weather snapshot should each example get?",
      options: [
        {
          text: "The snapshot taken closest to the flight’s actual departure time",
          explanation: "This is the weather that truly mattered, which is why it tempts, but it was recorded a day after the anchor and would not exist when the model runs."
        },
        {
          text: "The newest snapshot stored when the training job itself runs",
          explanation: "Joining to the latest data overall is the classic leak: for an old flight it brings in weather from long after the prediction was made."
        },
        {
          text: "The average of every snapshot taken on the day of departure",
          explanation: "An average seems neutral, but most of that day lies after the anchor, so future conditions still seep into the feature."
        },
        {
          text: "The latest snapshot taken at or before that example’s anchor time",
          explanation: "Right: an as-of join picks the most recent value that existed at prediction time, so the model trains only on what it could really have known."
        }
      ],
      answer: 3,
      reread: "example-assembly"
    },
    {
      id: "training-flows-default-window",
      objective: "TODO",
      prompt: "A model predicts whether a loan defaults within 12 months of approval. Each week the team rebuilds its training set and marks every loan without a recorded default as “no default”, including loans approved last month. What is wrong, and what should change?",
      options: [
        {
          text: "Nothing: a loan without any recorded default is a genuine negative",
          explanation: "It looks like a negative only because the outcome has not had time to happen; a loan approved last month could still default next spring."
        },
        {
          text: "Label only loans whose 12-month window has closed; others are unknown",
          explanation: "Right: with long label latency, “not yet known” must be kept apart from “negative”, so only loans old enough to have an outcome are labeled."
        },
        {
          text: "Label recent loans with the current model’s predicted chance of default",
          explanation: "Pseudo-labels fill the gap, but they feed the model its own guesses and lock in whatever mistakes it already makes."
        },
        {
          text: "Retrain every day so that new defaults reach the model sooner",
          explanation: "Retraining more often does not change how the labels are assigned, so recent loans are still wrongly counted as safe on every run."
        }
      ],
      answer: 1,
      reread: "labels-for-training"
    },
    {
      id: "training-flows-split-deliveries",
      objective: "TODO",
      prompt: "A delivery ETA dataset has three rows per delivery_id, one per anchor point (checkout, courier assigned, ten minutes after pickup). The model will serve the same restaurants next month. A random row-level split gives a superb validation score. Which split should you use instead?",
      options: [
        {
          text: "Split by the time the ingestion job wrote each row to the lakehouse",
          explanation: "Load time reflects pipeline scheduling, not when the model would predict; the anchor time is the clock that matches deployment."
        },
        {
          text: "Shuffle the rows at random, then stratify them by delivery zone",
          explanation: "Stratifying balances zones, but the rows of a single delivery still land on both sides, which is exactly what inflated the score."
        },
        {
          text: "Split by checkout time, keeping each delivery’s rows in one split",
          explanation: "Right: a time split mirrors serving future orders, and keeping all rows of one delivery together stops the model from recognizing a delivery it already saw at another anchor."
        },
        {
          text: "Split by restaurant so that no restaurant is in both train and test",
          explanation: "A group split measures how the model copes with restaurants it has never seen, a stricter question than the one this deployment asks."
        }
      ],
      answer: 2,
      reread: "splitting-and-leakage"
    },
    {
      id: "training-flows-frozen-snapshot",
      objective: "TODO",
      prompt: "Auditors ask you to rebuild the exact training set behind a model trained in March. Since then, the source tables have been corrected and the feature code has changed twice. What should the March dataset snapshot have recorded?",
      options: [
        {
          text: "Input table versions, the code SHA, feature and split definitions",
          explanation: "Right: pinning the inputs, code, features and split rules, and keeping the output immutable, is what lets a past dataset be built again exactly."
        },
        {
          text: "The SQL of the training query, so it can be run again on today’s tables",
          explanation: "The query alone replays March logic over data that has changed since, which produces a different dataset."
        },
        {
          text: "The final model weights and the evaluation metrics from that run",
          explanation: "These describe what came out of training, not what went in, so they cannot recreate a single training row."
        },
        {
          text: "A copy of the bronze tables taken on the day the audit begins",
          explanation: "Raw data copied today already includes the later corrections, and it says nothing about the code or split rules used in March."
        }
      ],
      answer: 0,
      reread: "versioning-and-tracking"
    }
  ],
  post: []
};

export default forms;
