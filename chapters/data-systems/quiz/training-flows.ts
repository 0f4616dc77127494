import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22, each tied to an objective, and one on training input. Post form: new questions on the same objectives.
const forms: SectionForms = {
  section: "training-flows",
  title: "Training data flows",
  heading: "training-data-flows",
  objectives: [
    { id: "training-flows-example-labels", text: "**Define** a training example by its target, entity, anchor time, allowed inputs and label rule, and **label** it only once its outcome has had time to arrive." },
    { id: "training-flows-as-of", text: "**Assemble** each example's inputs with as-of joins and with windows measured back from its anchor time, so that no row sees anything learned after its prediction." },
    { id: "training-flows-splits-leakage", text: "**Choose** a time, entity or group split that matches how the model will be used, and **spot** the paths by which leakage slips in: later values, future aggregates, preprocessing fitted on every row." },
    { id: "training-flows-versioning", text: "**Record** what a frozen dataset version must pin (inputs, code, feature and split definitions, an immutable output) so that a past training set can be rebuilt exactly." },
    { id: "training-flows-input", text: "**Estimate** what per-sample reads from object storage cost a training run, and **choose** among incremental estimators, distributed training and sharded streaming when data outgrows one machine." }
  ],
  pre: [
    {
      id: "training-flows-weather-join",
      objective: "training-flows-as-of",
      prompt: "Each flight delay example is anchored 24 hours before departure. Weather for every airport is stored as hourly snapshots. When building training rows, which weather snapshot should each example get?",
      options: [
        { text: "The snapshot taken closest to the flight’s actual departure time", explanation: "This is the weather that truly mattered, which is why it tempts, but it was recorded a day after the anchor and would not exist when the model runs." },
        { text: "The newest snapshot stored when the training job itself runs", explanation: "Joining to the latest data overall is the classic leak: for an old flight it brings in weather from long after the prediction was made." },
        { text: "The average of every snapshot taken on the day of departure", explanation: "An average seems neutral, but most of that day lies after the anchor, so future conditions still seep into the feature." },
        { text: "The latest snapshot taken at or before that example’s anchor time", explanation: "Right: an as-of join picks the most recent value that existed at prediction time, so the model trains only on what it could really have known." }
      ],
      answer: 3,
      reread: "example-assembly"
    },
    {
      id: "training-flows-default-window",
      objective: "training-flows-example-labels",
      prompt: "A model predicts whether a loan defaults within 12 months of approval. Each week the team rebuilds its training set and marks every loan without a recorded default as “no default”, including loans approved last month. What is wrong, and what should change?",
      options: [
        { text: "Nothing: a loan without any recorded default is a genuine negative", explanation: "It looks like a negative only because the outcome has not had time to happen; a loan approved last month could still default next spring." },
        { text: "Label only loans whose 12-month window has closed; others are unknown", explanation: "Right: with long label latency, “not yet known” must be kept apart from “negative”, so only loans old enough to have an outcome are labeled." },
        { text: "Label recent loans with the current model’s predicted chance of default", explanation: "Pseudo-labels fill the gap, but they feed the model its own guesses and lock in whatever mistakes it already makes." },
        { text: "Retrain every day so that new defaults reach the model sooner", explanation: "Retraining more often does not change how the labels are assigned, so recent loans are still wrongly counted as safe on every run." }
      ],
      answer: 1,
      reread: "labels-for-training"
    },
    {
      id: "training-flows-split-deliveries",
      objective: "training-flows-splits-leakage",
      prompt: "A delivery ETA dataset has three rows per delivery_id, one per anchor point (checkout, courier assigned, ten minutes after pickup). The model will serve the same restaurants next month. A random row-level split gives a superb validation score. Which split should you use instead?",
      options: [
        { text: "Split by the time the ingestion job wrote each row to the lakehouse", explanation: "Load time reflects pipeline scheduling, not when the model would predict; the anchor time is the clock that matches deployment." },
        { text: "Shuffle the rows at random, then stratify them by delivery zone", explanation: "Stratifying balances zones, but the rows of a single delivery still land on both sides, which is exactly what inflated the score." },
        { text: "Split by checkout time, keeping each delivery’s rows in one split", explanation: "Right: a time split mirrors serving future orders, and keeping all rows of one delivery together stops the model from recognizing a delivery it already saw at another anchor." },
        { text: "Split by restaurant so that no restaurant is in both train and test", explanation: "A group split measures how the model copes with restaurants it has never seen, a stricter question than the one this deployment asks." }
      ],
      answer: 2,
      reread: "splitting-and-leakage"
    },
    {
      id: "training-flows-frozen-snapshot",
      objective: "training-flows-versioning",
      prompt: "Auditors ask you to rebuild the exact training set behind a model trained in March. Since then, the source tables have been corrected and the feature code has changed twice. What should the March dataset snapshot have recorded?",
      options: [
        { text: "Input table versions, the code SHA, feature and split definitions", explanation: "Right: pinning the inputs, code, features and split rules, and keeping the output immutable, is what lets a past dataset be built again exactly." },
        { text: "The SQL of the training query, so it can be run again on today’s tables", explanation: "The query alone replays March logic over data that has changed since, which produces a different dataset." },
        { text: "The final model weights and the evaluation metrics from that run", explanation: "These describe what came out of training, not what went in, so they cannot recreate a single training row." },
        { text: "A copy of the bronze tables taken on the day the audit begins", explanation: "Raw data copied today already includes the later corrections, and it says nothing about the code or split rules used in March." }
      ],
      answer: 0,
      reread: "versioning-and-tracking"
    },
    {
      id: "training-flows-audio-gets",
      objective: "training-flows-input",
      prompt: "A speech model trains on 2,000,000 audio clips stored as separate objects in S3. Each request carries about 25 ms of fixed overhead, and 10 loader workers fetch clips in parallel. Roughly how much overhead does one epoch pay, and what would packing the clips into shards of 10,000 do?",
      options: [
        { text: "About 83 minutes; with 200 shards the overhead falls to under a second", explanation: "Right: 2,000,000 × 0.025 s / 10 is 5,000 s; 200 shards cost 200 × 0.025 s / 10, half a second, and the rest becomes long sequential reads." },
        { text: "About 14 hours; with 200 shards it falls to about five seconds", explanation: "This forgets that the ten workers issue requests in parallel, so both figures are ten times too large." },
        { text: "About 83 minutes, and sharding cannot help since the same bytes are read", explanation: "The bytes stay the same, but the overhead is paid per request, and sharding cuts the requests from two million to two hundred." },
        { text: "Close to nothing, since object stores return small files as fast as large ones", explanation: "Each small object costs a round trip, a metadata lookup and an open and close, which is why per-sample reads starve the GPU." }
      ],
      answer: 0,
      reread: "images-and-other-large-files"
    }
  ],
  post: [
    {
      id: "training-flows-flight-anchors",
      objective: "training-flows-example-labels",
      prompt: "A flight delay model will be called three times per flight: 24 hours before departure, 1 hour before, and 10 minutes after departure. How should the training set represent one flight?",
      options: [
        { text: "One row at scheduled departure, with the inputs of all three moments as columns", explanation: "A single row mixes facts from after the earlier calls into the inputs those calls would have, which no real call 24 hours ahead ever gets." },
        { text: "Three rows, each limited to what was known at its anchor; only the last sees the departure delay", explanation: "Right: each call is its own example with its own anchor and allowed inputs, and all three share the label computed from the actual arrival." },
        { text: "Three rows that all carry the full set of inputs, so the model learns from as much data as possible", explanation: "Giving the early rows facts from after departure is leakage: offline scores rise while real calls a day ahead lack those inputs." },
        { text: "One row at the 10-minute anchor, since it knows the most and covers the earlier calls too", explanation: "A model trained only with the departure delay in hand has never learned to predict without it, which is what the two earlier calls need." }
      ],
      answer: 1,
      reread: "example-definition"
    },
    {
      id: "training-flows-restaurant-hour",
      objective: "training-flows-as-of",
      prompt: "An ETA example is anchored at checkout, 19:00. Its feature is the restaurant's average delay over the last hour, and a delay becomes known when a delivery completes. That evening the restaurant's deliveries completed at 17:50 (delay 20 min), 18:05 (12), 18:40 (6), 18:55 (9) and 19:20 (30). The batch job that builds the rows runs at 21:00. What value should the example get?",
      options: [
        { text: "9 minutes, from the three deliveries completed between 18:00 and 19:00", explanation: "Right: the window is the hour before the anchor, [18:00, 19:00), which holds the delays 12, 6 and 9." },
        { text: "14.25 minutes, since the 19:20 delivery belongs to the same evening rush", explanation: "That delivery completed after checkout, so its delay was not known when the prediction would have been made; counting it leaks the future." },
        { text: "15.4 minutes, the average over all of that evening's deliveries", explanation: "An evening-wide average reaches both before the window and past the anchor; the feature is defined as the hour before checkout." },
        { text: "The average of deliveries completed from 20:00 to 21:00, the hour before the job ran", explanation: "Windows are measured back from each example's anchor, not from the moment the batch job happens to run." }
      ],
      answer: 0,
      reread: "features-from-windows-anchored-at-the-example"
    },
    {
      id: "training-flows-target-encoding",
      objective: "training-flows-splits-leakage",
      prompt: "A 311 closure model replaces complaint_type with the mean hours-to-close of that type, computed over the whole dataset, and the dataset is then split by time. Validation looks excellent, but the model does worse once deployed. What went wrong?",
      options: [
        { text: "A time split is too strict here; a random split would match production better", explanation: "A random split would hide the problem even better; the time split mirrors deployment, and the leak sits inside the feature." },
        { text: "Target encoding cannot work for 311 data; plain one-hot encoding is needed", explanation: "Target encoding is a fair technique when its means come from training rows only; the fault is where they were computed." },
        { text: "Complaint types were renamed over time, so the vocabulary no longer matches", explanation: "Renamed categories would cause misses in both validation and production; they do not explain a validation score that is too good." },
        { text: "The means include validation and test labels, so they must be fitted on training rows only", explanation: "Right: an encoding fitted on every row carries later outcomes into each feature; fit it on the training period and reuse it unchanged." }
      ],
      answer: 3,
      reread: "how-leakage-gets-in"
    },
    {
      id: "training-flows-warehouse-window",
      objective: "training-flows-versioning",
      prompt: "A team builds its training examples in BigQuery and, to make them reproducible, notes only the build time, planning to read the table FOR SYSTEM_TIME AS OF that moment when an audit comes, perhaps a year later. What is the flaw, and what should they do at build time?",
      options: [
        { text: "None: a warehouse keeps every past state readable, so the build time is enough", explanation: "Warehouse time travel reaches back days, not years, so the state they plan to read will be gone." },
        { text: "Commit the SQL of the build to git, so that the table can be built again later", explanation: "Rerunning the SQL on tables corrected since then yields a different dataset; the inputs have to be pinned too." },
        { text: "Time travel lasts days; clone the table into a snapshot with a versioned name", explanation: "Right: a snapshot table frozen at build time, recorded with the code, feature and split versions, stays readable long after the time-travel window closes." },
        { text: "Export the table to CSV on a laptop, since a file outside the warehouse cannot change", explanation: "A loose copy may stay put, but it drops types and any link to the code and definitions that built it, and nothing makes it immutable." }
      ],
      answer: 2,
      reread: "versioning-and-tracking"
    },
    {
      id: "training-flows-boosted-trees",
      objective: "training-flows-input",
      prompt: "A team trains a logistic model on a 600 GB Parquet dataset by streaming PyArrow batches into SGDClassifier.partial_fit. They now want gradient-boosted trees on the same data, and each machine has 64 GB of memory. What should they do?",
      options: [
        { text: "Call fit on each 100,000-row batch in turn, so the trees keep learning across batches", explanation: "Each fit call starts over, so the final model would know only the last batch." },
        { text: "Use a distributed implementation, such as XGBoost on Dask or Spark, over several machines", explanation: "Right: boosted trees are non-incremental and want the whole dataset at once, so the data is spread over the memory of several machines." },
        { text: "Stream the same batches into the trees' partial_fit, as with SGDClassifier", explanation: "Only incremental estimators such as the SGD models offer partial_fit; boosted trees in scikit-learn do not." },
        { text: "Keep the PyArrow loop unchanged, since to_batches lets any estimator learn from streams", explanation: "Batching the read does not change what the estimator needs: a non-incremental model still expects one fit on all its data." }
      ],
      answer: 1,
      reread: "tabular-data-that-does-not-fit-in-memory"
    }
  ]
};

export default forms;
