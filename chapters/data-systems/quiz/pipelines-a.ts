import type { SectionForms } from '@/lib/quiz/schema';

// Sections 5.0–5.3 of the pipelines section (05-00 … 05-03). Pre form: the questions from before #22
// (they still need their objective). Post form: to write.
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
    }
  ],
  post: []
};

export default part;
