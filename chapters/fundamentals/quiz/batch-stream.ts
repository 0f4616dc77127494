import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: asked before reading (ids kept from before #22). Post form: parallel questions on the same objectives.
const forms: SectionForms = {
  section: "batch-stream",
  title: "Batch and stream processing",
  heading: "batch-and-stream-processing",
  objectives: [
    { id: "batch-stream-etl-elt", text: "**Choose** ETL or ELT from where quality must be enforced, how settled the downstream questions are and what must stay recoverable, and cut ELT's scan bill by materializing a view." },
    { id: "batch-stream-batch-or-stream", text: "**Decide** between batch and stream processing from the freshness a use needs, the fixed cost of each batch run and the running cost of a stream." },
    { id: "batch-stream-event-time", text: "**Explain** what a stream job must handle that a batch job does not: event time against arrival time, late and out-of-order events, and watermarks." },
    { id: "batch-stream-windows", text: "**Assign** events to tumbling, sliding and session windows, count the windows each event lands in, and pick the window type a feature needs." }
  ],
  pre: [
    {
      id: "batch-stream-fraud-latency",
      objective: "batch-stream-batch-or-stream",
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
          text: "Score each transaction in a stream processor within seconds of its arrival",
          explanation: "Right: stream processing produces output within seconds, so a charge can be flagged before it completes, at the cost of always-on infrastructure."
        }
      ],
      answer: 3,
      reread: "stream-processing"
    },
    {
      id: "batch-stream-session-window",
      objective: "batch-stream-windows",
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
      objective: "batch-stream-event-time",
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
      objective: "batch-stream-etl-elt",
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
  post: [
    {
      id: "batch-stream-materialize-view",
      objective: "batch-stream-etl-elt",
      prompt: "In an ELT warehouse billed by bytes scanned, a view reads 500 GB of raw data to produce a 10 GB result, and dashboards query it 40 times a day. The bill worries the team. What should they do?",
      options: [
        { text: "Move to ETL and drop the raw tables, since no other change can stop the scans", explanation: "Materializing gets most of the saving while keeping the raw data, and dropping it would make every later fix impossible." },
        { text: "Materialize it every hour, which cuts the scanning the most", explanation: "Each rebuild reads the 500 GB again: 24 rebuilds scan 12,000 GB, far more than one rebuild a day." },
        { text: "Add an index on the raw table so that each dashboard query reads only 10 GB", explanation: "Columnar warehouses mostly do without row indexes, and the view would still run the whole transformation on every query." },
        { text: "Materialize it once a day: about 900 GB scanned instead of 20,000, with the raw data kept", explanation: "Right: 500 GB for the rebuild plus 40 × 10 GB for the queries, against 40 × 500 GB for the plain view, and the table is easy to rebuild if the logic changes." }
      ],
      answer: 3,
      reread: "choosing-between-etl-and-elt"
    },
    {
      id: "batch-stream-ninety-second-startup",
      objective: "batch-stream-batch-or-stream",
      prompt: "A feature job spends 90 seconds on fixed startup work each time it runs, before it reads any data. Product now wants the features no more than about two minutes old. What do you recommend?",
      options: [
        { text: "Run the batch job every two minutes; the startup is small next to the data it reads", explanation: "At a two-minute interval the 90 seconds of startup fill three quarters of the schedule, and a run that overruns never catches up." },
        { text: "Move it to a processor that keeps running, streaming or in small micro-batches", explanation: "Right: below some interval the fixed cost per run outweighs everything else, and an engine that never stops pays it once, at the price of running around the clock." },
        { text: "Run it every ten minutes, where startup takes only 15 percent of the time", explanation: "The overhead is acceptable there, but ten-minute runs cannot deliver features two minutes old." },
        { text: "Keep the schedule and give the job more machines so each run finishes sooner", explanation: "More machines shorten the processing, not the wait between runs, and a bigger cluster often takes longer to start." }
      ],
      answer: 1,
      reread: "batch-processing"
    },
    {
      id: "batch-stream-outage-spike",
      objective: "batch-stream-event-time",
      prompt: "A stream job counts payments in 10-minute windows by the time each event reaches the processor. After a 20-minute network outage, the stored-up payments arrive at once: the chart shows a dip during the outage and a spike just after it. What fixes the chart?",
      options: [
        { text: "Group by each payment's own timestamp, with a watermark that waits for stragglers", explanation: "Right: windows on event time put each payment where it happened, and the watermark holds a window open until late arrivals have probably come in." },
        { text: "Switch to session windows, so that the outage closes one session and a fresh one starts", explanation: "Sessions would still be cut by arrival time; the problem is which clock the windows use, not their type." },
        { text: "Nothing: the spike is real, since the payments were counted when they arrived", explanation: "They were counted when they arrived, which is the mistake: the payments happened during the outage." },
        { text: "Process in larger micro-batches so that the backlog spreads over more windows", explanation: "Bigger batches change how the arrivals are chunked, not the time each payment is assigned to." }
      ],
      answer: 0,
      reread: "windows-in-stream-processing"
    },
    {
      id: "batch-stream-sliding-count",
      objective: "batch-stream-windows",
      prompt: "A fraud feature counts a card's payments in the last 15 minutes and is refreshed every 3 minutes. In how many windows is each payment counted, and what do all the window counts add up to?",
      options: [
        { text: "In one window each, so the counts add up to the number of payments", explanation: "That describes tumbling windows, which do not overlap; these windows start every 3 minutes and last 15." },
        { text: "In three windows, one per refresh, so the sum is three times the payments", explanation: "The step is 3 minutes, but the number of overlapping windows is the length divided by the step, 15 / 3." },
        { text: "In five windows, so the counts add up to five times the payments", explanation: "Right: a 15-minute window opening every 3 minutes covers any moment 15 / 3 = 5 times, so summing the windows counts every payment five times." },
        { text: "In fifteen windows, one for every minute of the window's length", explanation: "A new window opens every 3 minutes, not every minute, so only 5 of them cover a given moment." }
      ],
      answer: 2,
      reread: "sliding-windows"
    }
  ]
};

export default forms;
