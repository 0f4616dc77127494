import type { QuizObjective, FormQuestion } from '@/lib/quiz/schema';

// Sections 5.4–5.7 of the pipelines section (05-04 … 05-07): objectives and questions, joined to
// pipelines-a.ts in pipelines.ts. Pre form: the questions from before #22 on 5.4–5.7 (they still
// need their objective). Post form: to write.
const part: { objectives: QuizObjective[]; pre: FormQuestion[]; post: FormQuestion[] } = {
  objectives: [],
  pre: [
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
  post: [],
};

export default part;
