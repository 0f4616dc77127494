import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22, each tied to an objective. Post form: new questions on the same objectives.
const forms: SectionForms = {
  section: "inference-flows",
  title: "Inference data flows",
  heading: "inference-data-flows",
  objectives: [
    { id: "inference-flows-serve-features", text: "**Decide** whether a feature is computed on demand or materialized ahead of time, weighing request latency, cost per entity and freshness, and **plan** a fallback for when a value is late." },
    { id: "inference-flows-prediction-events", text: "**Specify** what each stored prediction event must carry (ids, anchor, timestamps, features, model, feature and code versions, retention) so that predictions can be evaluated, replayed and explained." },
    { id: "inference-flows-outcome-join", text: "**Join** outcomes that arrive late back to the exact predictions they judge, keeping records longer than the label latency and never scoring a pending outcome as a negative." },
    { id: "inference-flows-mismatch", text: "**Explain** how an offline/online mismatch arises when training and serving compute a feature differently, and **judge** when a feature store with one shared definition is worth adopting." }
  ],
  pre: [
    {
      id: "inference-flows-airport-delay-feature",
      objective: "inference-flows-serve-features",
      prompt: "A flight delay model uses “mean arrival delay at this airport in the past 30 minutes”. Requests come in thousands of times a minute and must be answered within 50 ms. How should serving get this feature?",
      options: [
        { text: "Compute it on demand from the arrivals table for each request", explanation: "On-demand computation is simple, but aggregating raw events thousands of times a minute adds latency and heavy load to the store." },
        { text: "Keep it current with a streaming job and read it from a fast store", explanation: "Right: a materialized streaming aggregate turns each request into a quick key lookup while the value stays only seconds old." },
        { text: "Compute it once a night as part of the batch training pipeline", explanation: "Reusing the training job sounds tidy, but a nightly value is hours old and no longer describes the last 30 minutes." },
        { text: "Drop it, since last-minute features cannot be served", explanation: "Recent streaming aggregates are often among the most useful signals; the issue is only how to provide them quickly." }
      ],
      answer: 1,
      reread: "request-intake"
    },
    {
      id: "inference-flows-prediction-record",
      objective: "inference-flows-prediction-events",
      prompt: "An ETA service logs only delivery_id and the predicted minutes for each prediction. A month later, measured error looks much worse than expected, and a model release happened the same week as a feature change. What should each stored prediction event also contain?",
      options: [
        { text: "Nothing extra, but keep only the last prediction for each delivery", explanation: "Overwriting keeps the log small, but it erases the earlier predictions, the very ones you need to judge each decision point." },
        { text: "The rounded minutes shown on screen, to match what the user saw", explanation: "The displayed value is nice to have, but it neither separates the anchor points nor explains which change moved the error." },
        { text: "The full raw request, including user details, kept indefinitely", explanation: "Storing everything forever creates privacy risk and breaks retention rules, and it still lacks the version fields." },
        { text: "The anchor, timestamps, and model, feature and code versions on every event", explanation: "Right: with the anchor stored, checkout and after-pickup predictions are scored apart, and versions tell a model change from a feature or code change." }
      ],
      answer: 3,
      reread: "return-now-store-for-later"
    },
    {
      id: "inference-flows-chargeback-join",
      objective: "inference-flows-outcome-join",
      prompt: "A fraud model scores each card payment. Chargebacks, the real outcome, arrive up to 60 days later and name a transaction_id. The prediction log stores user_id, score and a timestamp rounded to the minute, and is purged after 30 days. Many users pay several times a minute. What is the fix?",
      options: [
        { text: "Join each chargeback to that user’s score nearest in time", explanation: "Matching by user and time is a guess: with several payments a minute, a chargeback can attach to the wrong score." },
        { text: "Purge the log after 14 days instead, to lower privacy risk", explanation: "Shorter retention is tempting for privacy, but the records would vanish well before most outcomes arrive, leaving nothing to join." },
        { text: "Log each transaction_id and keep records beyond the 60-day wait", explanation: "Right: storing the identifier the outcome will carry lets every chargeback find its exact prediction, and retention must outlast the label delay." },
        { text: "Use the model’s own score as the label until a chargeback shows up", explanation: "Treating predictions as outcomes only teaches the model its own mistakes; it does not link real outcomes to scores." }
      ],
      answer: 2,
      reread: "labels-for-inference-outcomes"
    },
    {
      id: "inference-flows-shared-definition",
      objective: "inference-flows-mismatch",
      prompt: "A Spark batch job computes a 30-minute airport delay feature by event time for training. In production, a service computes it from the arrivals it has received so far. After launch, accuracy is clearly below the offline result. What addresses the cause?",
      options: [
        { text: "One feature definition, served to both training and inference", explanation: "Right: this is offline/online mismatch, and a single shared definition, such as one kept in a feature store, makes both paths compute the same value." },
        { text: "Retrain more often so the model adjusts to the serving version", explanation: "Frequent retraining still fits the batch definition, so the gap between what training and serving compute remains." },
        { text: "Add more training examples so the model grows robust to the gap", explanation: "More data of the same kind teaches nothing about inputs computed differently in production." },
        { text: "Compute it on demand at request time to get the freshest value", explanation: "Fresher values can help, but this is yet another implementation, so training and serving still disagree." }
      ],
      answer: 0,
      reread: "feature-stores"
    }
  ],
  post: [
    {
      id: "inference-flows-courier-distance",
      objective: "inference-flows-serve-features",
      prompt: "A dispatch model needs \"minutes for this courier to reach this restaurant\", computed in about 3 ms from the courier's latest location ping and the restaurant's coordinates. There are 10,000 active couriers and 20,000 restaurants, and each request concerns one pair. How should serving produce the feature?",
      options: [
        { text: "Materialize every courier and restaurant pair each minute, so requests do a single lookup", explanation: "That is 200 million pairs a minute, nearly all of which no request will ever ask about; materializing pays for every entity whether used or not." },
        { text: "Take it from the nightly batch job, so that training and serving share one computation", explanation: "Sharing code is attractive, but a courier's position from last night says nothing about where the courier is now." },
        { text: "Compute it per request from the latest ping, with a zone's typical time as fallback", explanation: "Right: on demand costs 3 ms only for pairs actually asked about, and a fallback keeps the request alive when a ping is missing." },
        { text: "Leave it out, because a feature computed at request time can never match training", explanation: "On-demand features make alignment harder, since the request path has its own code, but logging served values and sharing definitions keeps them usable." }
      ],
      answer: 2,
      reread: "request-intake"
    },
    {
      id: "inference-flows-replay-candidate",
      objective: "inference-flows-prediction-events",
      prompt: "A candidate ETA model is ready, and the team wants to compare it with the live model on last month's real requests, decision point by decision point, before switching. Which logged fields make a fair replay possible?",
      options: [
        { text: "The features as served, the anchor and timestamps, and the versions that produced each output", explanation: "Right: the served features let each example be rebuilt as it was, the anchor keeps the decision points apart, and the versions say which model made the logged prediction." },
        { text: "The request id and the prediction alone, since the features can be recomputed from today's tables", explanation: "Today's tables hold corrections and later facts, so recomputed features differ from what the live model saw and may leak the future." },
        { text: "The users' full raw profiles, stored with no end date so every later question can be answered", explanation: "Unbounded raw data adds privacy risk without giving the anchor, feature values or versions that a replay needs." },
        { text: "Daily mean error for each model, which is enough to tell whether the new one is better", explanation: "Aggregates cannot be re-run: comparing two models on the same requests needs the request-level inputs." }
      ],
      answer: 0,
      reread: "return-now-store-for-later"
    },
    {
      id: "inference-flows-pending-closures",
      objective: "inference-flows-outcome-join",
      prompt: "Every Monday a report checks a 311 model's predictions of \"closed within 7 days\" against closed_date. It includes every prediction up to Sunday night, and treats a request with no closed_date as not closed. The model's \"will not close in time\" predictions look far more accurate than expected. Why, and what is the fix?",
      options: [
        { text: "The closure system is late to report, so the report should run every day rather than weekly", explanation: "Running more often does not help: the newest predictions would still be scored before their outcomes could exist." },
        { text: "Requests still open after a year should be dropped, because they will never have a label", explanation: "Long-open requests are a real outcome that should be kept; the trouble here is the most recent predictions, not the oldest." },
        { text: "The model is simply strong on slow requests, so the report needs no change at all", explanation: "The high score comes from the measurement: predictions made days ago are marked right only because their outcome is not in yet." },
        { text: "Recent requests are judged before their 7 days are up; score only those old enough", explanation: "Right: a request predicted on Saturday has had no chance to close within 7 days, so \"not closed yet\" is pending, not a negative." }
      ],
      answer: 3,
      reread: "labels-for-inference-outcomes"
    },
    {
      id: "inference-flows-refund-rule",
      objective: "inference-flows-mismatch",
      prompt: "For training, a batch job computes a restaurant's \"average order value over the last hour\" leaving out refunded orders. The serving service computes it from all orders it has seen. In one hour the restaurant had orders of 40, 25 and 85, and the 85 was refunded. What does this do to the model, and what is the fix?",
      options: [
        { text: "Nothing that matters, since both values describe the same restaurant in the same hour", explanation: "The numbers are 32.5 offline and 50 online, and the model learned from the first kind; a gap in meaning shows up as a gap in values." },
        { text: "Serving gets 50 where training saw 32.5; define the feature once and serve the values training used", explanation: "Right: this is offline/online mismatch, silent because nothing fails; one shared definition, with serving reading the same materialized values, removes it." },
        { text: "Add an alert on the serving service's error rate, so that the gap is caught on the very first request", explanation: "Nothing raises an error here: both computations succeed, so an error-rate alert would never fire." },
        { text: "Compute the value on demand per request, so the model always sees the most recent orders", explanation: "Fresher values do not fix a different definition; on-demand code would be yet another implementation to drift." }
      ],
      answer: 1,
      reread: "feature-stores"
    }
  ]
};

export default forms;
