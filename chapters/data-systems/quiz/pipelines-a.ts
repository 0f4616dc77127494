import type { SectionForms } from '@/lib/quiz/schema';

// Sections 5.0–5.3 of the pipelines section (05-00 … 05-03). Pre form: the questions from before #22
// (they still need their objective; move any that belong to 5.4–5.7 to pipelines-b.ts). Post form: to write.
const part: SectionForms = {
  section: "pipelines",
  title: "Data pipelines",
  heading: "data-pipelines",
  objectives: [],
  pre: [
    {
      id: "pipelines-lookback-late-rows",
      objective: "TODO",
      prompt: "A city API exposes only created_date, with no field for when a record was last changed. Requests often get a new status or a corrected address up to 7 days after they are opened. Your daily job fetches rows whose created_date is later than the last value it saw. How do you pick up the corrections while still fetching only a small slice each day?",
      options: [
        {
          text: "Download the complete export every day and keep each copy in a dated folder",
          explanation: "A full load would indeed include every correction, but it rereads the whole dataset daily, which is exactly the cost the question asks you to avoid."
        },
        {
          text: "Save the run time as the watermark instead of the largest created_date seen",
          explanation: "Moving the checkpoint changes which new rows you ask for, but a request opened last week still has an old created_date, so its later edits are never requested."
        },
        {
          text: "Re-read the last 7 days by created_date each run; dedupe by unique_key",
          explanation: "Right: a lookback window as long as the usual update period fetches recently opened requests again, and keeping the newest version per key removes the repeats."
        },
        {
          text: "Run the same created_date query every hour so fewer edits are missed",
          explanation: "Polling more often feels safer, but an edited request still carries its original created_date, so no schedule makes the filter return it again."
        }
      ],
      answer: 2,
      reread: "incremental-loads-and-lookback-windows"
    },
    {
      id: "pipelines-pubsub-or-queue",
      objective: "TODO",
      prompt: "In a delivery app, every order event must reach three readers: a lakehouse writer, a current-status updater and a monitoring job. Separately, tasks like “recompute the ETA for order d_9012” should each be done once, by whichever of 20 workers is free. Which broker setup fits?",
      options: [
        {
          text: "A pub/sub topic for the order events, a work queue for the ETA tasks",
          explanation: "Right: each subscription on a topic gets its own copy of every event, while a queue hands each task to a single worker; since delivery is at least once, both sides should tolerate repeats."
        },
        {
          text: "A work queue for both, so every event is processed by exactly one reader",
          explanation: "A queue splits messages among its readers, so each order event would reach only one of the three readers and the other two would miss it."
        },
        {
          text: "A pub/sub topic for both, with all 20 workers subscribed to the tasks",
          explanation: "Fan-out is what the events need, but for tasks it makes all 20 workers recompute the same ETA, twenty times the work for one answer."
        },
        {
          text: "A separate queue per reader, with the app writing each event to all three",
          explanation: "This does deliver every event, but the producer must now know each consumer, so adding a fourth reader means changing the app, which is the coupling a broker removes."
        }
      ],
      answer: 0,
      reread: "publish-subscribe-and-work-queues"
    },
    {
      id: "pipelines-raw-forever",
      objective: "TODO",
      prompt: "Two years ago a team began landing a busy partner feed into raw.api_events, one row per response with the whole body in a payload_json column, planning to model it later. The table is now several terabytes, and every dashboard and training query parses that JSON again. What is the best way forward?",
      options: [
        {
          text: "Move to ETL and delete each raw payload as soon as it has been parsed",
          explanation: "Parsing before loading does cut the cost, but it throws away the raw record, so a field or parsing rule you need later may be gone for good."
        },
        {
          text: "Give the warehouse more compute so the JSON parsing runs faster",
          explanation: "More compute hides the symptom for a while, yet every query still scans and parses terabytes, and the bill grows with the table."
        },
        {
          text: "Have each analyst extract the fields they use into their own table",
          explanation: "Private extracts spread copies of the same parsing logic with no owner or tests, so they drift apart and nobody can trust them."
        },
        {
          text: "Treat raw as bronze and maintain parsed silver and gold tables on it",
          explanation: "Right: ELT pays off when raw data is an input layer, not the final stop; cleaned and curated tables give fast queries while the raw history stays available for rebuilds."
        }
      ],
      answer: 3,
      reread: "extract-load-transform"
    },
    {
      id: "pipelines-pushdown",
      objective: "TODO",
      prompt: "A flights table is stored as Parquet with 60 columns, and its row groups carry min and max statistics. You want average arrival delay per carrier for flights that were not cancelled. What lets an engine such as DuckDB or Polars do this far faster than a pandas script that loads everything and then filters?",
      options: [
        {
          text: "It loads the whole table once and then caches it in memory for reuse",
          explanation: "Caching helps when the same data is reread, but the first pass still drags in all 60 columns, and the table may not even fit in RAM."
        },
        {
          text: "It reads only the columns used and skips row groups that cannot match",
          explanation: "Right: column pruning and filter pushdown let the optimizer avoid reading bytes it would discard anyway, before any grouping starts."
        },
        {
          text: "It converts the Parquet files to CSV so rows can be streamed one by one",
          explanation: "Streaming sounds memory friendly, but CSV has no column layout or statistics, so the engine would have to read every byte of every row."
        },
        {
          text: "It runs the group-by first and applies the cancelled filter at the end",
          explanation: "This is the poor plan: grouping before filtering makes the engine carry rows it will later drop; a good optimizer moves the filter as early as it can."
        }
      ],
      answer: 1,
      reread: "query-plans-and-pushdown"
    },
    {
      id: "pipelines-renamed-column",
      objective: "TODO",
      prompt: "The daily NYC 311 pull returns HTTP 200 and a normal number of rows, but the source has renamed complaint_type, a column your silver table requires. What should the ingestion check do?",
      options: [
        {
          text: "Fail the run loudly and leave the last table that passed in place",
          explanation: "Right: a missing required column should stop the pipeline and alert its owner, while readers keep using the previous good version until the mapping is fixed."
        },
        {
          text: "Accept the file and let the transform fill complaint_type with nulls",
          explanation: "The run would look successful while quietly publishing a table without its key field, the worst kind of failure to discover days later."
        },
        {
          text: "Retry with backoff until the source serves the old column name again",
          explanation: "Backoff suits passing faults like timeouts or rate limits; a rename is deliberate and will still be there on every retry."
        },
        {
          text: "Log it as a new optional column and let the run continue as usual",
          explanation: "Logging and moving on is fine when an extra optional column appears, but here a field downstream jobs depend on has disappeared."
        }
      ],
      answer: 0,
      reread: "ingestion-checks-and-schema-changes"
    },
    {
      id: "pipelines-idempotent-rerun",
      objective: "TODO",
      prompt: "A daily job appends its rows for date=2026-01-12 to a table. It crashed halfway, was retried, and later a 30-day backfill ran over the same dates; some days now hold twice the expected rows. How should the job be changed?",
      options: [
        {
          text: "Add a weekly cleanup job that removes duplicate rows from the table",
          explanation: "Cleaning up later leaves readers with inflated counts for days, and it cannot tell a repeated row apart from two genuine events that look the same."
        },
        {
          text: "Turn off retries so that a failed run can never write its rows twice",
          explanation: "This blocks one source of repeats but not the backfill, and it gives up the easy recovery from rate limits and timeouts that retries provide."
        },
        {
          text: "Have each run replace its date partition atomically once checks pass",
          explanation: "Right: if every run overwrites its own partition as a whole, or writes elsewhere and swaps in, repeating it leaves the same result, which is what makes retries and backfills safe."
        },
        {
          text: "Schedule backfills for weekends, when no downstream jobs read the table",
          explanation: "Timing limits who notices, not what happens: an appending job still adds a second copy of each day it reruns."
        }
      ],
      answer: 2,
      reread: "retries-backfills-and-idempotency"
    }
  ],
  post: []
};

export default part;
