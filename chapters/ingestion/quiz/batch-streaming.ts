import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22, each tied to an objective. Post form: new questions on the same objectives.
const forms: SectionForms = {
  section: "batch-streaming",
  title: "Batch vs streaming ingestion",
  heading: "batch-vs-streaming-ingestion",
  objectives: [
    { id: "batch-streaming-staleness", text: "**Compute** the worst-case staleness of a scheduled pipeline from its interval and run time, and use that number to **choose** between a batch path and a streaming path for a given feature." },
    { id: "batch-streaming-lambda-kappa", text: "**Compare** the Lambda and Kappa architectures on how many code paths each feature has, how backfills are done and how each one fails." },
    { id: "batch-streaming-one-definition", text: "**Describe** how a feature store that takes one feature definition keeps the offline and online values of a feature from drifting apart." }
  ],
  pre: [
    {
      id: "batch-streaming-batch-fit",
      objective: "batch-streaming-staleness",
      prompt: "Which of these workloads is best served by a scheduled batch job rather than a streaming pipeline?",
      options: [
        { text: "Scoring each card swipe for fraud before the payment is approved", explanation: "The decision has to be made in milliseconds while the customer waits, so the features must be fresh; that calls for streaming." },
        { text: "Recomputing every customer's 30-day spend before a weekly retrain", explanation: "Right: a slow-moving aggregate consumed once a week loses nothing by being hours old, and a cron-triggered Spark job computes it cheaply." },
        { text: "Adjusting ride prices to follow demand within the current minute", explanation: "Prices that lag demand by hours defeat the purpose; reacting within the minute needs events flowing continuously." },
        { text: "Reranking articles by what the reader clicked earlier this session", explanation: "Session-level reactions need features updated within seconds, which only a streaming path into an online store can provide." }
      ],
      answer: 1,
      reread: "batch-patterns"
    },
    {
      id: "batch-streaming-lambda-risk",
      objective: "batch-streaming-lambda-kappa",
      prompt: "A team runs a Lambda architecture: Spark computes \"purchases in the last 7 days\" over the lake, and Flink computes the same feature from Kafka. What failure should worry them most?",
      options: [
        { text: "The speed layer will fall behind the update rate of the batch layer", explanation: "The speed layer exists precisely to be fresher than batch; streaming lag can occur, but it is not the weakness built into this design." },
        { text: "The online store cannot return values fast enough for inference", explanation: "Stores like Redis or DynamoDB answer in a few milliseconds, and Lambda already routes fresh values there for serving." },
        { text: "Backfills become impossible unless they switch over to Kappa", explanation: "This has it backwards: in Lambda the batch layer handles backfills naturally; costly replays are the Kappa problem." },
        { text: "The two implementations quietly disagree on the feature's value", explanation: "Right: two code bases for one feature drift through small differences in windows, filters or time zones, so training and serving see different numbers." }
      ],
      answer: 3,
      reread: "the-lambda-architecture"
    },
    {
      id: "batch-streaming-kappa-cost",
      objective: "batch-streaming-lambda-kappa",
      prompt: "A company has moved to Kappa: every feature comes from one Flink job over a Kafka log. A data scientist now proposes a new feature and wants a year of history for it. What pain should they expect?",
      options: [
        { text: "Replaying a year of log through the job, which is slow and costly", explanation: "Right: with the stream as the only source of truth, history for a new feature is rebuilt by reprocessing the retained log, a heavy operation." },
        { text: "Writing the feature twice, once in Spark SQL and once in Flink", explanation: "Duplicate definitions are the burden Kappa was chosen to avoid; here the logic lives in one streaming job." },
        { text: "Losing the ability to serve the new feature from an online store", explanation: "Kappa still materializes results into online and offline stores; what changes is how history gets computed, not how features are served." },
        { text: "Giving up Kafka's exactly-once guarantees for all the replayed events", explanation: "A replay can run with the same idempotent and transactional settings as live processing; the real issue is time and compute, not semantics." }
      ],
      answer: 0,
      reread: "the-kappa-architecture"
    },
    {
      id: "batch-streaming-feature-store-dsl",
      objective: "batch-streaming-one-definition",
      prompt: "Feast, Tecton and SageMaker Feature Store keep both an offline and an online store, much as Lambda does. How do they reduce the usual weakness of that layout?",
      options: [
        { text: "They drop the offline store and train straight from the online one", explanation: "Both stores remain; an online store keeps only the latest value per key, not the point-in-time history that training sets need." },
        { text: "They rerun batch jobs so often that a speed layer is never needed", explanation: "Faster batch narrows the gap, but it still cannot reach second-level freshness, and these products keep a streaming path." },
        { text: "Each feature is declared once, and both stores are fed from that declaration", explanation: "Right: the feature is declared once and the product derives both paths from it. How much that removes depends on the product: Tecton compiles one definition into both the batch and the streaming job, while Feast and SageMaker share the definition and the stored values but leave the code that computes them to you, so two hand-written versions can still drift." },
        { text: "They compare the stores nightly and overwrite any online mismatch", explanation: "Reconciling sounds safe, but it only repairs skew after it has reached live predictions; these products remove the cause by defining the logic once." }
      ],
      answer: 2,
      reread: "how-feature-stores-limit-drift"
    }
  ],
  post: [
    {
      id: "batch-streaming-hourly-views",
      objective: "batch-streaming-staleness",
      prompt: "A feature counts each item's views over the past 24 hours. An orchestrator starts the job at the top of every hour, and a run takes 20 minutes. What is the worst-case staleness, and does this batch schedule suit the feature?",
      options: [
        { text: "20 minutes, the run time, so the batch schedule is fine for it", explanation: "The run time is only part of it: a view just after a run starts waits for the next run too, so the interval counts as well." },
        { text: "About 40 minutes (half the interval plus the run), so batch is fine", explanation: "Half the interval plus the run time is the average delay, not the worst case the question asks for." },
        { text: "80 minutes, about 6 % of the window, so hourly batch is enough", explanation: "Right: worst case is interval plus run time, 60 + 20 minutes, a small share of a 24-hour window, and item popularity need not react within seconds." },
        { text: "60 minutes, a full hour of views missing, so it needs streaming", explanation: "Missing the last hour or so shifts a 24-hour window by a few percent; streaming would add always-on cost for little gain." }
      ],
      answer: 2,
      reread: "the-staleness-budget"
    },
    {
      id: "batch-streaming-hop-delay",
      objective: "batch-streaming-staleness",
      prompt: "A Flink job counts each user's searches over a 10-minute window that slides every 60 seconds. Its watermark trails the newest event by 10 seconds, and the job runs about 2 seconds behind the topic. How old can the newest information in the feature be in normal running, and when does it get worse?",
      options: [
        { text: "About 72 seconds; more whenever the job falls behind or no events arrive", explanation: "Right: roughly slide + watermark delay + lag, 60 + 10 + 2 seconds; the watermark only moves when events arrive, and a lagging consumer adds its backlog." },
        { text: "About 10 minutes, since a value covers the window's full length", explanation: "The window's length sets how much history a value summarizes, not how late its newest event is; a new window closes every 60 seconds." },
        { text: "About 12 seconds, the watermark plus lag, since windows close continuously", explanation: "Windows close once per slide, so up to a minute passes before the next one ends; the slide has to be added." },
        { text: "About 72 seconds, and never more, since Flink checkpoints keep it bounded", explanation: "Checkpoints help recover state after a crash; they do nothing to stop lag from growing when the job cannot keep up or events stop." }
      ],
      answer: 0,
      reread: "the-staleness-budget"
    },
    {
      id: "batch-streaming-new-feature-cadence",
      objective: "batch-streaming-lambda-kappa",
      prompt: "A team ships a new feature almost every week, and each one needs two years of history. Their stream averages 5,000 events a second (about 315 billion events over two years), and a replay job on their cluster handles 250,000 events a second. Which layout suits them, and why?",
      options: [
        { text: "Kappa, because one code path per feature means the layers cannot drift", explanation: "Kappa does remove drift, which makes it tempting, but here every new feature would first need a replay of the whole log." },
        { text: "Lambda or a feature store, since each Kappa replay would take about two weeks", explanation: "Right: 315 billion / 250,000 is about 1.26 million seconds, some 15 days per feature, while a batch job over columnar history usually backfills in hours." },
        { text: "Kappa, since replaying a Kafka log is as fast as a batch scan of Parquet", explanation: "A replay pushes every event through the stream processor, usually far slower than a columnar engine scanning the same history." },
        { text: "Lambda, because its speed layer can rebuild two years of history quickly", explanation: "In Lambda it is the batch layer that backfills history; the speed layer covers only the gap since the last batch run." }
      ],
      answer: 1,
      reread: "the-kappa-architecture"
    },
    {
      id: "batch-streaming-materialized-spend",
      objective: "batch-streaming-one-definition",
      prompt: "A team retires its Lambda setup, in which a Spark job and a separate Flink job each computed 30-day spend. Now a nightly Spark job writes a gold table, one Feast feature view declares it, materialize copies the newest rows into Redis, and training calls get_historical_features. Why can the trained-on and served values no longer disagree as they used to?",
      options: [
        { text: "Feast translates the Spark SQL into a streaming job, so both stores run the same code", explanation: "Compiling one definition into batch and streaming jobs is Tecton's approach; Feast leaves the computation to your job and shares its results." },
        { text: "Feast compares the two stores every night and rewrites any online value that differs", explanation: "Reconciling would repair drift only after it reached live predictions; nothing here needs repair, because there is only one computed value." },
        { text: "At request time, get_online_features recomputes the value from raw events with the training logic", explanation: "The online store serves precomputed values by key in milliseconds; recomputing 30 days of events per request would blow the latency budget." },
        { text: "Both calls read through one view, and the online rows are copies of what the one job wrote", explanation: "Right: with one declaration and one computation, the offline table and the materialized online copy hold the same numbers, so there is no second implementation to drift." }
      ],
      answer: 3,
      reread: "how-feature-stores-limit-drift"
    }
  ]
};

export default forms;
