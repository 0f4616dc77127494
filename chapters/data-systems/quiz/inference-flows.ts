import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "inference-flows",
  title: "Inference data flows",
  heading: "inference-data-flows",
  objectives: [],
  pre: [
    {
      id: "inference-flows-airport-delay-feature",
      objective: "TODO",
      prompt: "A flight delay model uses “mean arrival delay at this airport in the past 30 minutes”. Requests come in thousands of times a minute and must be answered within 50 ms. How should serving get this feature?",
      options: [
        {
          text: "Compute it on demand from the arrivals table for each request",
          explanation: "On-demand computation is simple, but aggregating raw events thousands of times a minute adds latency and heavy load to the store."
        },
        {
          text: "Keep it current with a streaming job and read it from a fast store",
          explanation: "Right: a materialized streaming aggregate turns each request into a quick key lookup while the value stays only seconds old."
        },
        {
          text: "Compute it once a night as part of the batch training pipeline",
          explanation: "Reusing the training job sounds tidy, but a nightly value is hours old and no longer describes the last 30 minutes."
        },
        {
          text: "Drop it, because features from the last few minutes cannot be served",
          explanation: "Recent streaming aggregates are often among the most useful signals; the issue is only how to provide them quickly."
        }
      ],
      answer: 1,
      reread: "request-intake"
    },
    {
      id: "inference-flows-prediction-record",
      objective: "TODO",
      prompt: "An ETA service logs only delivery_id and the predicted minutes for each prediction. A month later, measured error looks much worse than expected, and a model release happened the same week as a feature change. What should each stored prediction event also contain?",
      options: [
        {
          text: "Nothing extra, but keep only the last prediction for each delivery",
          explanation: "Overwriting keeps the log small, but it erases the earlier predictions, the very ones you need to judge each decision point."
        },
        {
          text: "The rounded minutes shown on screen, to match what the user saw",
          explanation: "The displayed value is nice to have, but it neither separates the anchor points nor explains which change moved the error."
        },
        {
          text: "The full raw request, including user details, kept indefinitely",
          explanation: "Storing everything forever creates privacy risk and breaks retention rules, and it still lacks the version fields."
        },
        {
          text: "The anchor, timestamps and the model, feature and code versions",
          explanation: "Right: with the anchor stored, checkout and after-pickup predictions are scored apart, and versions tell a model change from a feature or code change."
        }
      ],
      answer: 3,
      reread: "return-now-store-for-later"
    },
    {
      id: "inference-flows-chargeback-join",
      objective: "TODO",
      prompt: "A fraud model scores each card payment. Chargebacks, the real outcome, arrive up to 60 days later and name a transaction_id. The prediction log stores user_id, score and a timestamp rounded to the minute, and is purged after 30 days. Many users pay several times a minute. What is the fix?",
      options: [
        {
          text: "Join each chargeback to that user’s score nearest in time",
          explanation: "Matching by user and time is a guess: with several payments a minute, a chargeback can attach to the wrong score."
        },
        {
          text: "Purge the log after 14 days instead, to lower privacy risk",
          explanation: "Shorter retention is tempting for privacy, but the records would vanish well before most outcomes arrive, leaving nothing to join."
        },
        {
          text: "Log each transaction_id and keep records beyond the 60-day wait",
          explanation: "Right: storing the identifier the outcome will carry lets every chargeback find its exact prediction, and retention must outlast the label delay."
        },
        {
          text: "Use the model’s own score as the label until a chargeback shows up",
          explanation: "Treating predictions as outcomes only teaches the model its own mistakes; it does not link real outcomes to scores."
        }
      ],
      answer: 2,
      reread: "labels-for-inference-outcomes"
    },
    {
      id: "inference-flows-shared-definition",
      objective: "TODO",
      prompt: "A Spark batch job computes a 30-minute airport delay feature by event time for training. In production, a service computes it from the arrivals it has received so far. After launch, accuracy is clearly below the offline result. What addresses the cause?",
      options: [
        {
          text: "One feature definition, served to both training and inference",
          explanation: "Right: this is offline/online mismatch, and a single shared definition, such as one kept in a feature store, makes both paths compute the same value."
        },
        {
          text: "Retrain more often so the model adjusts to the serving version",
          explanation: "Frequent retraining still fits the batch definition, so the gap between what training and serving compute remains."
        },
        {
          text: "Add more training examples so the model grows robust to the gap",
          explanation: "More data of the same kind teaches nothing about inputs computed differently in production."
        },
        {
          text: "Compute it on demand at request time to get the freshest value",
          explanation: "Fresher values can help, but this is yet another implementation, so training and serving still disagree."
        }
      ],
      answer: 0,
      reread: "feature-stores"
    }
  ],
  post: []
};

export default forms;
