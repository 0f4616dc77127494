import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "batch-stream",
  title: "Batch and stream processing",
  heading: "batch-and-stream-processing",
  objectives: [],
  pre: [
    {
      id: "batch-stream-fraud-latency",
      objective: "TODO",
      prompt: "A card issuer scores transactions for fraud with a nightly job. A fraudulent charge made at 9:01 AM is flagged that night, long after the money is gone. What change addresses this?",
      options: [
        {
          text: "Retrain the fraud model every week on a fresh week of labeled data",
          explanation: "A fresher model can help accuracy, but it still scores charges only when the nightly job runs, long after the fraud."
        },
        {
          text: "Give the nightly batch job more machines so it finishes sooner",
          explanation: "A faster batch job still starts only after the day ends; the delay comes from waiting for the window, not from run time."
        },
        {
          text: "Switch the pipeline from ETL to ELT inside the data warehouse",
          explanation: "ETL versus ELT decides where the transform happens, not how often the pipeline runs, so latency stays about the same."
        },
        {
          text: "Score each transaction in a stream processor as it arrives",
          explanation: "Right: stream processing produces output within seconds, so a charge can be flagged before it completes, at the cost of always-on infrastructure."
        }
      ],
      answer: 3,
      reread: "stream-processing"
    },
    {
      id: "batch-stream-session-window",
      objective: "TODO",
      prompt: "A product team wants a stream job that measures each user's visit length, where a visit ends after 30 minutes without any activity. Which window type matches this definition?",
      options: [
        {
          text: "Tumbling windows of 30 minutes, placed back to back on the clock",
          explanation: "Fixed clock windows cut a visit in two whenever it crosses a boundary, and they cannot end when the user goes idle."
        },
        {
          text: "Session windows that close after a 30-minute gap with no events",
          explanation: "Right: a session window follows a burst of activity and ends after a quiet gap, so its length varies just as visits do."
        },
        {
          text: "Sliding windows of 30 minutes that begin a new window every minute",
          explanation: "Sliding windows overlap with a fixed length, so one visit would show up in many windows and none would match its true span."
        },
        {
          text: "A single global window that spans the whole of the user's history",
          explanation: "One endless window mixes all visits together; the gap that defines where a visit ends would never split them apart."
        }
      ],
      answer: 1,
      reread: "session-windows"
    },
    {
      id: "batch-stream-late-events",
      objective: "TODO",
      prompt: "A stream job counts app taps per minute. Phones that lose signal upload their taps several minutes later, each stamped with the time it happened. What must the pipeline handle that a nightly batch job could mostly ignore?",
      options: [
        {
          text: "Out-of-order arrival, with watermarks deciding when a minute is done",
          explanation: "Right: a streaming engine must decide how long to wait for late data before closing a window, which is part of why stream code is harder."
        },
        {
          text: "A switch from ELT to ETL so that all taps are cleaned before loading",
          explanation: "Where the transform sits does not tell the job how long to keep a minute open for stragglers."
        },
        {
          text: "Nothing special, because late taps simply join the current minute",
          explanation: "Counting by arrival time would put those taps in the wrong minute; they belong to the moment stamped on them."
        },
        {
          text: "Larger batches, since the data set size must be known before counting",
          explanation: "Knowing the size up front is a batch advantage; a stream never finishes, so it cannot wait for all data before producing counts."
        }
      ],
      answer: 0,
      reread: "stream-processing"
    },
    {
      id: "batch-stream-etl-or-elt",
      objective: "TODO",
      prompt: "A bank builds an audit pipeline in which regulators must never be able to see a malformed or duplicate row in the reporting store. Source volume is modest, and the transforms are costly. Which pattern fits?",
      options: [
        {
          text: "ELT, because keeping raw data makes it cheaper to recover from mistakes",
          explanation: "That is ELT's real strength for changing analytics, but loading raw rows means unclean data sits in the reporting store."
        },
        {
          text: "ELT, because columnar warehouses can now transform raw data quickly",
          explanation: "Warehouse speed is why ELT became the default, but speed does not stop ungroomed rows from being visible after loading."
        },
        {
          text: "ETL, so that only cleaned and checked rows ever reach the store",
          explanation: "Right: transforming before loading guarantees consumers never see unclean data, and small sources with costly transforms suit it."
        },
        {
          text: "Neither, because audit data must always be processed as a stream",
          explanation: "Batch versus stream is a separate choice about timing; the question here is whether cleaning happens before or after loading."
        }
      ],
      answer: 2,
      reread: "choosing-between-etl-and-elt"
    }
  ],
  post: []
};

export default forms;
