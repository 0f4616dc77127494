import type { ChapterQuiz } from '@/lib/quiz/schema';

/** Quizzes for the second half of the chapter: pipelines, training and inference data flows, system design. */
const quizPart2: ChapterQuiz = [
  {
    section: 'pipelines',
    title: 'Data pipelines',
    heading: 'data-pipelines',
    questions: [
      {
        id: 'pipelines-lookback-late-rows',
        prompt:
          'A city API exposes only created_date, with no field for when a record was last changed. Requests often get a new status or a corrected address up to 7 days after they are opened. Your daily job fetches rows whose created_date is later than the last value it saw. How do you pick up the corrections while still fetching only a small slice each day?',
        options: [
          {
            text: 'Download the complete export every day and keep each copy in a dated folder',
            explanation:
              'A full load would indeed include every correction, but it rereads the whole dataset daily, which is exactly the cost the question asks you to avoid.',
          },
          {
            text: 'Save the run time as the watermark instead of the largest created_date seen',
            explanation:
              'Moving the checkpoint changes which new rows you ask for, but a request opened last week still has an old created_date, so its later edits are never requested.',
          },
          {
            text: 'Re-read the last 7 days by created_date each run; dedupe by unique_key',
            explanation:
              'Right: a lookback window as long as the usual update period fetches recently opened requests again, and keeping the newest version per key removes the repeats.',
          },
          {
            text: 'Run the same created_date query every hour so fewer edits are missed',
            explanation:
              'Polling more often feels safer, but an edited request still carries its original created_date, so no schedule makes the filter return it again.',
          },
        ],
        answer: 2,
        reread: 'incremental-loads-and-lookback-windows',
      },
      {
        id: 'pipelines-pubsub-or-queue',
        prompt:
          'In a delivery app, every order event must reach three readers: a lakehouse writer, a current-status updater and a monitoring job. Separately, tasks like “recompute the ETA for order d_9012” should each be done once, by whichever of 20 workers is free. Which broker setup fits?',
        options: [
          {
            text: 'A pub/sub topic for the order events, a work queue for the ETA tasks',
            explanation:
              'Right: each subscription on a topic gets its own copy of every event, while a queue hands each task to a single worker; since delivery is at least once, both sides should tolerate repeats.',
          },
          {
            text: 'A work queue for both, so every event is processed by exactly one reader',
            explanation:
              'A queue splits messages among its readers, so each order event would reach only one of the three readers and the other two would miss it.',
          },
          {
            text: 'A pub/sub topic for both, with all 20 workers subscribed to the tasks',
            explanation:
              'Fan-out is what the events need, but for tasks it makes all 20 workers recompute the same ETA, twenty times the work for one answer.',
          },
          {
            text: 'A separate queue per reader, with the app writing each event to all three',
            explanation:
              'This does deliver every event, but the producer must now know each consumer, so adding a fourth reader means changing the app, which is the coupling a broker removes.',
          },
        ],
        answer: 0,
        reread: 'publish-subscribe-and-work-queues',
      },
      {
        id: 'pipelines-raw-forever',
        prompt:
          'Two years ago a team began landing a busy partner feed into raw.api_events, one row per response with the whole body in a payload_json column, planning to model it later. The table is now several terabytes, and every dashboard and training query parses that JSON again. What is the best way forward?',
        options: [
          {
            text: 'Move to ETL and delete each raw payload as soon as it has been parsed',
            explanation:
              'Parsing before loading does cut the cost, but it throws away the raw record, so a field or parsing rule you need later may be gone for good.',
          },
          {
            text: 'Give the warehouse more compute so the JSON parsing runs faster',
            explanation:
              'More compute hides the symptom for a while, yet every query still scans and parses terabytes, and the bill grows with the table.',
          },
          {
            text: 'Have each analyst extract the fields they use into their own table',
            explanation:
              'Private extracts spread copies of the same parsing logic with no owner or tests, so they drift apart and nobody can trust them.',
          },
          {
            text: 'Treat raw as bronze and maintain parsed silver and gold tables on it',
            explanation:
              'Right: ELT pays off when raw data is an input layer, not the final stop; cleaned and curated tables give fast queries while the raw history stays available for rebuilds.',
          },
        ],
        answer: 3,
        reread: 'extract-load-transform',
      },
      {
        id: 'pipelines-pushdown',
        prompt:
          'A flights table is stored as Parquet with 60 columns, and its row groups carry min and max statistics. You want average arrival delay per carrier for flights that were not cancelled. What lets an engine such as DuckDB or Polars do this far faster than a pandas script that loads everything and then filters?',
        options: [
          {
            text: 'It loads the whole table once and then caches it in memory for reuse',
            explanation:
              'Caching helps when the same data is reread, but the first pass still drags in all 60 columns, and the table may not even fit in RAM.',
          },
          {
            text: 'It reads only the columns used and skips row groups that cannot match',
            explanation:
              'Right: column pruning and filter pushdown let the optimizer avoid reading bytes it would discard anyway, before any grouping starts.',
          },
          {
            text: 'It converts the Parquet files to CSV so rows can be streamed one by one',
            explanation:
              'Streaming sounds memory friendly, but CSV has no column layout or statistics, so the engine would have to read every byte of every row.',
          },
          {
            text: 'It runs the group-by first and applies the cancelled filter at the end',
            explanation:
              'This is the poor plan: grouping before filtering makes the engine carry rows it will later drop; a good optimizer moves the filter as early as it can.',
          },
        ],
        answer: 1,
        reread: 'query-plans-and-pushdown',
      },
      {
        id: 'pipelines-renamed-column',
        prompt:
          'The daily NYC 311 pull returns HTTP 200 and a normal number of rows, but the source has renamed complaint_type, a column your silver table requires. What should the ingestion check do?',
        options: [
          {
            text: 'Fail the run loudly and leave the last table that passed in place',
            explanation:
              'Right: a missing required column should stop the pipeline and alert its owner, while readers keep using the previous good version until the mapping is fixed.',
          },
          {
            text: 'Accept the file and let the transform fill complaint_type with nulls',
            explanation:
              'The run would look successful while quietly publishing a table without its key field, the worst kind of failure to discover days later.',
          },
          {
            text: 'Retry with backoff until the source serves the old column name again',
            explanation:
              'Backoff suits passing faults like timeouts or rate limits; a rename is deliberate and will still be there on every retry.',
          },
          {
            text: 'Log it as a new optional column and let the run continue as usual',
            explanation:
              'Logging and moving on is fine when an extra optional column appears, but here a field downstream jobs depend on has disappeared.',
          },
        ],
        answer: 0,
        reread: 'ingestion-checks-and-schema-changes',
      },
      {
        id: 'pipelines-idempotent-rerun',
        prompt:
          'A daily job appends its rows for date=2026-01-12 to a table. It crashed halfway, was retried, and later a 30-day backfill ran over the same dates; some days now hold twice the expected rows. How should the job be changed?',
        options: [
          {
            text: 'Add a weekly cleanup job that removes duplicate rows from the table',
            explanation:
              'Cleaning up later leaves readers with inflated counts for days, and it cannot tell a repeated row apart from two genuine events that look the same.',
          },
          {
            text: 'Turn off retries so that a failed run can never write its rows twice',
            explanation:
              'This blocks one source of repeats but not the backfill, and it gives up the easy recovery from rate limits and timeouts that retries provide.',
          },
          {
            text: 'Have each run replace its date partition atomically once checks pass',
            explanation:
              'Right: if every run overwrites its own partition as a whole, or writes elsewhere and swaps in, repeating it leaves the same result, which is what makes retries and backfills safe.',
          },
          {
            text: 'Schedule backfills for weekends, when no downstream jobs read the table',
            explanation:
              'Timing limits who notices, not what happens: an appending job still adds a second copy of each day it reruns.',
          },
        ],
        answer: 2,
        reread: 'retries-backfills-and-idempotency',
      },
    ],
  },
  {
    section: 'training-flows',
    title: 'Training data flows',
    heading: 'training-data-flows',
    questions: [
      {
        id: 'training-flows-weather-join',
        prompt:
          'Each flight delay example is anchored 24 hours before departure. Weather for every airport is stored as hourly snapshots. When building training rows, which weather snapshot should each example get?',
        options: [
          {
            text: 'The snapshot taken closest to the flight’s actual departure time',
            explanation:
              'This is the weather that truly mattered, which is why it tempts, but it was recorded a day after the anchor and would not exist when the model runs.',
          },
          {
            text: 'The newest snapshot stored when the training job itself runs',
            explanation:
              'Joining to the latest data overall is the classic leak: for an old flight it brings in weather from long after the prediction was made.',
          },
          {
            text: 'The average of every snapshot taken on the day of departure',
            explanation:
              'An average seems neutral, but most of that day lies after the anchor, so future conditions still seep into the feature.',
          },
          {
            text: 'The latest snapshot taken at or before that example’s anchor time',
            explanation:
              'Right: an as-of join picks the most recent value that existed at prediction time, so the model trains only on what it could really have known.',
          },
        ],
        answer: 3,
        reread: 'example-assembly',
      },
      {
        id: 'training-flows-default-window',
        prompt:
          'A model predicts whether a loan defaults within 12 months of approval. Each week the team rebuilds its training set and marks every loan without a recorded default as “no default”, including loans approved last month. What is wrong, and what should change?',
        options: [
          {
            text: 'Nothing: a loan without any recorded default is a genuine negative',
            explanation:
              'It looks like a negative only because the outcome has not had time to happen; a loan approved last month could still default next spring.',
          },
          {
            text: 'Label only loans whose 12-month window has closed; others are unknown',
            explanation:
              'Right: with long label latency, “not yet known” must be kept apart from “negative”, so only loans old enough to have an outcome are labeled.',
          },
          {
            text: 'Label recent loans with the current model’s predicted chance of default',
            explanation:
              'Pseudo-labels fill the gap, but they feed the model its own guesses and lock in whatever mistakes it already makes.',
          },
          {
            text: 'Retrain every day so that new defaults reach the model sooner',
            explanation:
              'Retraining more often does not change how the labels are assigned, so recent loans are still wrongly counted as safe on every run.',
          },
        ],
        answer: 1,
        reread: 'labels-for-training',
      },
      {
        id: 'training-flows-split-deliveries',
        prompt:
          'A delivery ETA dataset has three rows per delivery_id, one per anchor point (checkout, courier assigned, ten minutes after pickup). The model will serve the same restaurants next month. A random row-level split gives a superb validation score. Which split should you use instead?',
        options: [
          {
            text: 'Split by the time the ingestion job wrote each row to the lakehouse',
            explanation:
              'Load time reflects pipeline scheduling, not when the model would predict; the anchor time is the clock that matches deployment.',
          },
          {
            text: 'Shuffle the rows at random, then stratify them by delivery zone',
            explanation:
              'Stratifying balances zones, but the rows of a single delivery still land on both sides, which is exactly what inflated the score.',
          },
          {
            text: 'Split by checkout time, keeping each delivery’s rows in one split',
            explanation:
              'Right: a time split mirrors serving future orders, and keeping all rows of one delivery together stops the model from recognizing a delivery it already saw at another anchor.',
          },
          {
            text: 'Split by restaurant so that no restaurant is in both train and test',
            explanation:
              'A group split measures how the model copes with restaurants it has never seen, a stricter question than the one this deployment asks.',
          },
        ],
        answer: 2,
        reread: 'splitting-and-leakage',
      },
      {
        id: 'training-flows-frozen-snapshot',
        prompt:
          'Auditors ask you to rebuild the exact training set behind a model trained in March. Since then, the source tables have been corrected and the feature code has changed twice. What should the March dataset snapshot have recorded?',
        options: [
          {
            text: 'Input table versions, the code SHA, feature and split definitions',
            explanation:
              'Right: pinning the inputs, code, features and split rules, and keeping the output immutable, is what lets a past dataset be built again exactly.',
          },
          {
            text: 'The SQL of the training query, so it can be run again on today’s tables',
            explanation:
              'The query alone replays March logic over data that has changed since, which produces a different dataset.',
          },
          {
            text: 'The final model weights and the evaluation metrics from that run',
            explanation:
              'These describe what came out of training, not what went in, so they cannot recreate a single training row.',
          },
          {
            text: 'A copy of the bronze tables taken on the day the audit begins',
            explanation:
              'Raw data copied today already includes the later corrections, and it says nothing about the code or split rules used in March.',
          },
        ],
        answer: 0,
        reread: 'versioning-and-tracking',
      },
    ],
  },
  {
    section: 'inference-flows',
    title: 'Inference data flows',
    heading: 'inference-data-flows',
    questions: [
      {
        id: 'inference-flows-airport-delay-feature',
        prompt:
          'A flight delay model uses “mean arrival delay at this airport in the past 30 minutes”. Requests come in thousands of times a minute and must be answered within 50 ms. How should serving get this feature?',
        options: [
          {
            text: 'Compute it on demand from the arrivals table for each request',
            explanation:
              'On-demand computation is simple, but aggregating raw events thousands of times a minute adds latency and heavy load to the store.',
          },
          {
            text: 'Keep it current with a streaming job and read it from a fast store',
            explanation:
              'Right: a materialized streaming aggregate turns each request into a quick key lookup while the value stays only seconds old.',
          },
          {
            text: 'Compute it once a night as part of the batch training pipeline',
            explanation:
              'Reusing the training job sounds tidy, but a nightly value is hours old and no longer describes the last 30 minutes.',
          },
          {
            text: 'Drop it, because features from the last few minutes cannot be served',
            explanation:
              'Recent streaming aggregates are often among the most useful signals; the issue is only how to provide them quickly.',
          },
        ],
        answer: 1,
        reread: 'request-intake',
      },
      {
        id: 'inference-flows-prediction-record',
        prompt:
          'An ETA service logs only delivery_id and the predicted minutes for each prediction. A month later, measured error looks much worse than expected, and a model release happened the same week as a feature change. What should each stored prediction event also contain?',
        options: [
          {
            text: 'Nothing extra, but keep only the last prediction for each delivery',
            explanation:
              'Overwriting keeps the log small, but it erases the earlier predictions, the very ones you need to judge each decision point.',
          },
          {
            text: 'The rounded minutes shown on screen, to match what the user saw',
            explanation:
              'The displayed value is nice to have, but it neither separates the anchor points nor explains which change moved the error.',
          },
          {
            text: 'The full raw request, including user details, kept indefinitely',
            explanation:
              'Storing everything forever creates privacy risk and breaks retention rules, and it still lacks the version fields.',
          },
          {
            text: 'The anchor, timestamps and the model, feature and code versions',
            explanation:
              'Right: with the anchor stored, checkout and after-pickup predictions are scored apart, and versions tell a model change from a feature or code change.',
          },
        ],
        answer: 3,
        reread: 'return-now-store-for-later',
      },
      {
        id: 'inference-flows-chargeback-join',
        prompt:
          'A fraud model scores each card payment. Chargebacks, the real outcome, arrive up to 60 days later and name a transaction_id. The prediction log stores user_id, score and a timestamp rounded to the minute, and is purged after 30 days. Many users pay several times a minute. What is the fix?',
        options: [
          {
            text: 'Join each chargeback to that user’s score nearest in time',
            explanation:
              'Matching by user and time is a guess: with several payments a minute, a chargeback can attach to the wrong score.',
          },
          {
            text: 'Purge the log after 14 days instead, to lower privacy risk',
            explanation:
              'Shorter retention is tempting for privacy, but the records would vanish well before most outcomes arrive, leaving nothing to join.',
          },
          {
            text: 'Log each transaction_id and keep records beyond the 60-day wait',
            explanation:
              'Right: storing the identifier the outcome will carry lets every chargeback find its exact prediction, and retention must outlast the label delay.',
          },
          {
            text: 'Use the model’s own score as the label until a chargeback shows up',
            explanation:
              'Treating predictions as outcomes only teaches the model its own mistakes; it does not link real outcomes to scores.',
          },
        ],
        answer: 2,
        reread: 'labels-for-inference-outcomes',
      },
      {
        id: 'inference-flows-shared-definition',
        prompt:
          'A Spark batch job computes a 30-minute airport delay feature by event time for training. In production, a service computes it from the arrivals it has received so far. After launch, accuracy is clearly below the offline result. What addresses the cause?',
        options: [
          {
            text: 'One feature definition, served to both training and inference',
            explanation:
              'Right: this is offline/online mismatch, and a single shared definition, such as one kept in a feature store, makes both paths compute the same value.',
          },
          {
            text: 'Retrain more often so the model adjusts to the serving version',
            explanation:
              'Frequent retraining still fits the batch definition, so the gap between what training and serving compute remains.',
          },
          {
            text: 'Add more training examples so the model grows robust to the gap',
            explanation:
              'More data of the same kind teaches nothing about inputs computed differently in production.',
          },
          {
            text: 'Compute it on demand at request time to get the freshest value',
            explanation:
              'Fresher values can help, but this is yet another implementation, so training and serving still disagree.',
          },
        ],
        answer: 0,
        reread: 'feature-stores',
      },
    ],
  },
  {
    section: 'design',
    title: 'System design',
    heading: 'system-design',
    questions: [
      {
        id: 'design-ingestion-per-source',
        prompt:
          'A new delivery product has three sources: a partner’s CSV export refreshed once a day, the app’s PostgreSQL orders table whose full history of changes you need, and courier GPS pings every few seconds. Which ingestion plan fits these sources?',
        options: [
          {
            text: 'Nightly full snapshots of all three, so there is one simple pattern',
            explanation:
              'A single pattern is easy to run, but nightly copies lose the order changes between snapshots and leave GPS data hours old.',
          },
          {
            text: 'Stream all three through the broker, including the partner file',
            explanation:
              'A stream cannot make the partner data fresher than its daily export; wrapping a file in a stream only adds moving parts.',
          },
          {
            text: 'Query orders each hour for changes and load GPS in a nightly batch',
            explanation:
              'Hourly polling misses changes that happen between queries and loads the database, and nightly GPS is far too stale for live ETAs.',
          },
          {
            text: 'Load the file daily, capture orders with CDC, stream GPS via a broker',
            explanation:
              'Right: each pattern matches what its source can offer and what the product needs: a daily file, an ordered change history, and a live event flow.',
          },
        ],
        answer: 3,
        reread: 'one-possible-design-for-the-delivery-eta-service',
      },
      {
        id: 'design-source-cadence',
        prompt:
          'For a model that predicts whether a NYC 311 request will close within a week, a teammate proposes Kafka and Flink so features are always fresh. Which answer to a question about the problem most directly shows that a streaming stack is not needed?',
        options: [
          {
            text: 'The 311 dataset is refreshed by its publisher once a day',
            explanation:
              'Right: how often a source updates caps how fresh your data can be, so a daily batch already matches everything this source can deliver.',
          },
          {
            text: 'The dataset holds several million requests each year',
            explanation:
              'Volume decides what engine or cluster size you need, not whether data must be processed as a stream.',
          },
          {
            text: 'Requests are often updated in the days after they are opened',
            explanation:
              'Late updates call for a lookback window or an update watermark in a batch load; they do not require streaming.',
          },
          {
            text: 'The city renamed several columns of the dataset in December 2025',
            explanation:
              'Schema changes argue for ingestion checks that fail loudly; they say nothing about how quickly data must move.',
          },
        ],
        answer: 0,
        reread: 'questions-about-the-problem',
      },
      {
        id: 'design-pii-zones',
        prompt:
          'In the delivery service, raw tables hold customer names, phone numbers and fine-grained courier GPS, yet most analytics and ML jobs need only ids, times and outcomes. Which storage design limits the damage if someone grants overly broad access by mistake?',
        options: [
          {
            text: 'One shared bucket, trusting job code not to select personal columns',
            explanation:
              'This works only while every query behaves; a single wide grant or careless SELECT * exposes everything at once.',
          },
          {
            text: 'Encrypt the raw tables and give the key to every team that asks',
            explanation:
              'Encryption protects data at rest, but handing the key to anyone who asks amounts to the same broad access.',
          },
          {
            text: 'Keep PII in a restricted zone; give most jobs de-identified tables',
            explanation:
              'Right: separate zones with least-privilege access mean most jobs never touch personal data, so a wrong grant on curated tables leaks no names.',
          },
          {
            text: 'Delete customer and courier ids from every table in the system',
            explanation:
              'Stable ids are not contact details, and removing them breaks the joins that training and analytics depend on.',
          },
        ],
        answer: 2,
        reread: 'governance-tags-and-data-zones',
      },
      {
        id: 'design-prediction-storage',
        prompt:
          'An ETA service writes every prediction event as a new row in the production orders database, and analysts query that table for model evaluation. Checkout has started to slow down. Where should prediction records live?',
        options: [
          {
            text: 'Keep them in the orders database, and add indexes for the analysts',
            explanation:
              'Indexes speed up some queries, but the heavy analytical reads and the growing write load still land on the system of record for checkout.',
          },
          {
            text: 'Latest ETA in the app’s store; every event sent to the lakehouse',
            explanation:
              'Right: the operational store keeps only what the product shows now, and immutable prediction events go asynchronously to a repository built for analysis and retraining.',
          },
          {
            text: 'Store only the latest ETA, since older predictions are out of date',
            explanation:
              'Older predictions are exactly what evaluation and retraining need; dropping them removes the record of what the model said at each anchor.',
          },
          {
            text: 'Write each event to the lakehouse and return the ETA after it commits',
            explanation:
              'Logging is right, but making the user wait for a durable write puts storage on the critical path; the record should be written asynchronously.',
          },
        ],
        answer: 1,
        reread: 'return-now-store-for-later',
      },
    ],
  },
];

export default quizPart2;
