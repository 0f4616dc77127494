import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "batch-streaming",
  title: "Batch vs streaming ingestion",
  heading: "batch-vs-streaming-ingestion",
  objectives: [],
  pre: [
    {
      id: "batch-streaming-batch-fit",
      objective: "TODO",
      prompt: "Which of these workloads is best served by a scheduled batch job rather than a streaming pipeline?",
      options: [
        {
          text: "Scoring each card swipe for fraud before the payment is approved",
          explanation: "The decision has to be made in milliseconds while the customer waits, so the features must be fresh; that calls for streaming."
        },
        {
          text: "Recomputing every customer's 30-day spend before a weekly retrain",
          explanation: "Right: a slow-moving aggregate consumed once a week loses nothing by being hours old, and a cron-triggered Spark job computes it cheaply."
        },
        {
          text: "Adjusting ride prices to follow demand within the current minute",
          explanation: "Prices that lag demand by hours defeat the purpose; reacting within the minute needs events flowing continuously."
        },
        {
          text: "Reranking articles by what the reader clicked earlier this session",
          explanation: "Session-level reactions need features updated within seconds, which only a streaming path into an online store can provide."
        }
      ],
      answer: 1,
      reread: "batch-patterns"
    },
    {
      id: "batch-streaming-lambda-risk",
      objective: "TODO",
      prompt: "A team runs a Lambda architecture: Spark computes \"purchases in the last 7 days\" over the lake, and Flink computes the same feature from Kafka. What failure should worry them most?",
      options: [
        {
          text: "The speed layer will fall behind the update rate of the batch layer",
          explanation: "The speed layer exists precisely to be fresher than batch; streaming lag can occur, but it is not the weakness built into this design."
        },
        {
          text: "The online store cannot return values fast enough for inference",
          explanation: "Stores like Redis or DynamoDB answer in a few milliseconds, and Lambda already routes fresh values there for serving."
        },
        {
          text: "Backfills become impossible unless they switch over to Kappa",
          explanation: "This has it backwards: in Lambda the batch layer handles backfills naturally; costly replays are the Kappa problem."
        },
        {
          text: "The two implementations quietly disagree on the feature's value",
          explanation: "Right: two code bases for one feature drift through small differences in windows, filters or time zones, so training and serving see different numbers."
        }
      ],
      answer: 3,
      reread: "the-lambda-architecture"
    },
    {
      id: "batch-streaming-kappa-cost",
      objective: "TODO",
      prompt: "A company has moved to Kappa: every feature comes from one Flink job over a Kafka log. A data scientist now proposes a new feature and wants a year of history for it. What pain should they expect?",
      options: [
        {
          text: "Replaying a year of log through the job, which is slow and costly",
          explanation: "Right: with the stream as the only source of truth, history for a new feature is rebuilt by reprocessing the retained log, a heavy operation."
        },
        {
          text: "Writing the feature twice, once in Spark SQL and once in Flink",
          explanation: "Duplicate definitions are the burden Kappa was chosen to avoid; here the logic lives in one streaming job."
        },
        {
          text: "Losing the ability to serve the new feature from an online store",
          explanation: "Kappa still materializes results into online and offline stores; what changes is how history gets computed, not how features are served."
        },
        {
          text: "Giving up Kafka's exactly-once guarantees for all the replayed events",
          explanation: "A replay can run with the same idempotent and transactional settings as live processing; the real issue is time and compute, not semantics."
        }
      ],
      answer: 0,
      reread: "the-kappa-architecture"
    },
    {
      id: "batch-streaming-feature-store-dsl",
      objective: "TODO",
      prompt: "Feast, Tecton and SageMaker Feature Store keep both an offline and an online store, much as Lambda does. How do they reduce the usual weakness of that layout?",
      options: [
        {
          text: "They drop the offline store and train straight from the online one",
          explanation: "Both stores remain; an online store keeps only the latest value per key, not the point-in-time history that training sets need."
        },
        {
          text: "They rerun batch jobs so often that a speed layer is never needed",
          explanation: "Faster batch narrows the gap, but it still cannot reach second-level freshness, and these products keep a streaming path."
        },
        {
          text: "Each feature is declared once and both pipelines are generated",
          explanation: "Right: the feature is declared once and the product derives both paths from it. How much that removes depends on the product: Tecton compiles one definition into both the batch and the streaming job, while Feast and SageMaker share the definition and the stored values but leave the code that computes them to you, so two hand-written versions can still drift."
        },
        {
          text: "They compare the stores nightly and overwrite any online mismatch",
          explanation: "Reconciling sounds safe, but it only repairs skew after it has reached live predictions; these products remove the cause by defining the logic once."
        }
      ],
      answer: 2,
      reread: "how-feature-stores-limit-drift"
    }
  ],
  post: []
};

export default forms;
