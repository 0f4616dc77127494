import type { SectionForms } from '@/lib/quiz/schema';

// Sections 5.0–5.3 of the pipelines section (05-00 … 05-03), joined to pipelines-b.ts in pipelines.ts.
// Each form: 7 questions on the five objectives below (incremental loads and the batch/stream choice
// twice, the others once). Pre keeps the three questions the section had before #22.
const part: SectionForms = {
  section: "pipelines",
  title: "Data pipelines",
  heading: "data-pipelines",
  objectives: [
    {
      id: "pipelines-a-data-products",
      text: "**Decide** what a pipeline output needs before other teams can depend on it as a data product (a stated schema, one agreed meaning per field, promised freshness and checks) and which governance fields, such as consent, allowed purposes, region and retention, ingestion must attach to each record so later jobs can obey data rules.",
    },
    {
      id: "pipelines-a-incremental-loads",
      text: "**Choose** between a full load, a watermark on update time (with an overlap margin and keyset paging) and a lookback window on creation time for a given source, and predict which corrections, late-published records and deletes each of them misses.",
    },
    {
      id: "pipelines-a-change-history",
      text: "**Rebuild** what a model could have known at each anchor point from an ordered change history such as a CDC stream, applying repeated or late change events by log position, so that no training row holds a value learned afterwards.",
    },
    {
      id: "pipelines-a-batch-and-streams",
      text: "**Place** a workload on the continuum from batch to streaming and pick its broker pattern (pub/sub fan-out or a work queue) from the freshness it needs, the readers each event has and whether past events must be kept for replay.",
    },
    {
      id: "pipelines-a-etl-elt",
      text: "**Decide** whether a transformation should run before loading (ETL) or inside the repository over kept raw data (ELT, with bronze, silver and gold layers), weighing raw evidence that is lost for good against raw tables nobody ever models, in batch and in streaming pipelines.",
    },
  ],
  pre: [
    {
      id: "pipelines-lookback-late-rows",
      objective: "pipelines-a-incremental-loads",
      prompt: "A city API exposes only created_date, with no field for when a record was last changed. Requests often get a new status or a corrected address up to 7 days after they are opened. Your daily job fetches rows whose created_date is later than the last value it saw. How do you pick up the corrections while still fetching only a small slice each day?",
      options: [
        { text: "Download the complete export each day and keep every copy in a dated folder", explanation: "A full load would indeed include every correction, but it rereads the whole dataset daily, which is exactly the cost the question asks you to avoid." },
        { text: "Save the run time as the watermark instead of the largest created_date seen", explanation: "Moving the checkpoint changes which new rows you ask for, but a request opened last week still has an old created_date, so its later edits are never requested." },
        { text: "Re-read the last 7 days by created_date each run; dedupe by unique_key", explanation: "Right: a lookback window as long as the usual update period fetches recently opened requests again, and keeping the newest version per key removes the repeats. Edits made more than 7 days after opening are still missed." },
        { text: "Run the same created_date query every hour so that fewer edits are missed", explanation: "Polling more often feels safer, but an edited request still carries its original created_date, so no schedule makes the filter return it again." },
      ],
      answer: 2,
      reread: "incremental-loads-and-lookback-windows",
    },
    {
      id: "pipelines-pubsub-or-queue",
      objective: "pipelines-a-batch-and-streams",
      prompt: "In a delivery app, every order event must reach three readers: a lakehouse writer, a current-status updater and a monitoring job. Separately, tasks like “recompute the ETA for order d_9012” should each be done once, by whichever of 20 workers is free. Which broker setup fits?",
      options: [
        { text: "A pub/sub topic for the order events, a work queue for the ETA tasks", explanation: "Right: each subscription on a topic gets its own copy of every event, while a queue hands each task to a single worker; since delivery is at least once, both sides should tolerate repeats." },
        { text: "A work queue for both, so that each event is handled by exactly one reader", explanation: "A queue splits messages among its readers, so each order event would reach only one of the three readers and the other two would miss it." },
        { text: "A pub/sub topic for both, with all 20 workers subscribed to the task topic", explanation: "Fan-out is what the events need, but for tasks it makes all 20 workers recompute the same ETA, twenty times the work for one answer." },
        { text: "A separate queue per reader, with the app writing each event to all three", explanation: "This does deliver every event, but the producer must now know each consumer, so adding a fourth reader means changing the app, which is the coupling a broker removes." },
      ],
      answer: 0,
      reread: "publish-subscribe-and-work-queues",
    },
    {
      id: "pipelines-raw-forever",
      objective: "pipelines-a-etl-elt",
      prompt: "Two years ago a team began landing a busy partner feed into raw.api_events, one row per response with the whole body in a payload_json column, planning to model it later. The table is now several terabytes, and every dashboard and training query parses that JSON again. What is the best way forward?",
      options: [
        { text: "Move to ETL and delete each raw payload as soon as it has been parsed", explanation: "Parsing before loading does cut the cost, but it throws away the raw record, so a field or parsing rule you need later may be gone for good." },
        { text: "Give the warehouse more compute so that the JSON parsing runs faster", explanation: "More compute hides the symptom for a while, yet every query still scans and parses terabytes, and the bill grows with the table." },
        { text: "Have each analyst extract the fields they use into a table of their own", explanation: "Private extracts spread copies of the same parsing logic with no owner or tests, so they drift apart and nobody can trust them." },
        { text: "Keep raw as bronze, and have an owner maintain silver and gold tables on it", explanation: "Right: ELT pays off when raw data is an input layer, not the final stop; cleaned and curated tables give fast queries while the raw history stays available for rebuilds." },
      ],
      answer: 3,
      reread: "extract-load-transform",
    },
    {
      id: "pipelines-a-offset-paging",
      objective: "pipelines-a-incremental-loads",
      prompt: "A loader asks a partner API for rows whose updated_at is after the watermark, sorted by updated_at, and walks through the answer 1,000 rows at a time with an offset (0, 1,000, 2,000 …). A run lasts about 20 minutes while the partner keeps editing records. An audit finds that each day a few changed rows never arrived, although their updated_at lies well past the watermark. What explains it, and what fixes it?",
      options: [
        { text: "The watermark is saved too early; wait to save it until the batch has been written", explanation: "That order matters when a run crashes between fetching and writing, but these rows go missing in runs that finish normally, so the cause lies in how pages are read." },
        { text: "Edited rows jump to the end and shift later rows up; start each page after the last (updated_at, key) read", explanation: "Right: with offsets, a row updated mid-run leaves its place, every later row moves up one, and one slips between two pages. Keyset paging starts each page after the last pair already received, so a moved row is at worst read twice." },
        { text: "The API quietly caps each request; raise the page size so that fewer requests, and fewer page edges, are needed", explanation: "Bigger pages mean fewer page boundaries and so fewer chances to skip a row, but an edit during the run can still shift rows across the boundaries that remain." },
        { text: "Rows that share one updated_at value are dropped; ask for rows at or after the watermark instead", explanation: "Greater-or-equal repairs rows tied at the watermark itself; the missing rows here lie far past it, lost at page edges, not at the run's starting point." },
      ],
      answer: 1,
      reread: "incremental-loads-and-lookback-windows",
    },
    {
      id: "pipelines-a-final-row-leak",
      objective: "pipelines-a-change-history",
      prompt: "A grocery delivery team trains a model that predicts, at checkout, whether an order will be cancelled. Each night its training table is refreshed from a copy of the orders table: one finished row per order, including picker_id, substitution_count and packed_at. Offline the model reaches an AUC of 0.93; once deployed it does barely better than chance. How should the training rows be built instead?",
      options: [
        { text: "Replay the table's ordered change history up to each checkout and keep only what was committed by then", explanation: "Right: a finished row holds facts that arrive after checkout, which is leakage. Rebuilding each order as it stood at the anchor, from a CDC history, gives training rows that look like what the deployed model receives." },
        { text: "Drop the orders whose picker_id or packed_at is empty, as they were never fully processed", explanation: "Empty fields are exactly what the model sees at checkout, and they mark the cancelled orders; removing those rows throws away the cases the model must learn and keeps the leak." },
        { text: "Copy the orders table hourly instead of nightly, so that the training rows are fresher", explanation: "An hourly copy shows each order at whatever moment the copy ran, not at checkout, and changes between two copies are still lost; finished orders still carry their later fields." },
        { text: "Keep the finished rows but add regularization so that the model leans less on any one column", explanation: "Regularization may soften the reliance on a leaked column, but the information is still in the rows, and in production those fields are empty at checkout for every order." },
      ],
      answer: 0,
      reread: "cdc-for-a-food-delivery-service",
    },
    {
      id: "pipelines-a-live-eta-pattern",
      objective: "pipelines-a-batch-and-streams",
      prompt: "A bike-courier service wants the ETA in its app to move with every GPS ping. The model is retrained each night on examples that must be time-correct and reproducible, and if a parsing bug turns up later, the past ETA history has to be repairable. Which design meets these needs?",
      options: [
        { text: "Update ETAs from the pings in a serving store, and each night train on whatever that store holds at the time", explanation: "This is stream only: the serving store keeps the latest value per delivery, so there is no history to build time-correct examples from or to replay after a bug." },
        { text: "Update ETAs in a stream, land all raw events in the lakehouse, and train and repair in batch from them", explanation: "Right: streaming keeps the product fresh, while the stored raw events let nightly jobs build examples per anchor and let a fixed parser regenerate the history." },
        { text: "Recompute ETAs in a batch job every 5 minutes and retrain from that job's output tables", explanation: "Frequent batch keeps history and is simpler, but an ETA that changes every 5 minutes does not move with each ping, which the product asks for." },
        { text: "Run one nightly batch job for everything and let the app interpolate ETAs between runs", explanation: "A nightly job suits training, but ETAs a day old cannot follow a courier who is riding right now, however they are interpolated." },
      ],
      answer: 1,
      reread: "patterns-from-batch-to-streaming",
    },
    {
      id: "pipelines-a-consent-tags",
      objective: "pipelines-a-data-products",
      prompt: "A photo app ingests uploads into raw.uploads with user_id, the image URL and a timestamp. Legal now requires that training use a photo only if its owner allowed it under the terms they accepted, that EU photos stay in EU storage, and that each record be deleted or anonymized when its retention period ends. Consent choices are kept only in the live user profile. What should the pipeline do?",
      options: [
        { text: "Have each training job read the user's current profile settings when it runs", explanation: "This gives consent only as it stands today: it cannot show which terms applied to a past upload, it says nothing about region or retention, and every job ends up writing its own version of the rules." },
        { text: "Promote raw.uploads to a gold table after a review, so only curated photos reach training", explanation: "A layer says how refined a table is, not what each record may be used for; without per-record policy fields, no gold table can tell an allowed photo from a forbidden one." },
        { text: "Tag each record at ingestion with consent status and version, purposes, region and retention date", explanation: "Right: rules can be enforced only on fields the records carry, and ingestion is the last easy moment to record them, inline or in a side table joined on a record id." },
        { text: "Apply the rules once in a nightly ETL job, keeping the photos that pass and deleting the others from raw storage", explanation: "Filtering once for training throws away photos the app itself still serves, and when a user withdraws consent or a retention date passes later, nothing on the kept records says so." },
      ],
      answer: 2,
      reread: "governance-metadata-at-ingestion",
    },
  ],
  post: [
    {
      id: "pipelines-a-slow-clock-margin",
      objective: "pipelines-a-incremental-loads",
      prompt: "An hourly job copies a shipments table by asking for rows whose updated_at is later than the saved watermark minus a 10-minute margin. One of the scanners that writes to the table has a clock running 40 minutes slow; otherwise rows become visible within 2 minutes of their timestamp. Some of that scanner's updates never reach the copy. Which change fixes it?",
      options: [
        { text: "Compare updated_at with greater-or-equal instead of greater-than", explanation: "That repairs rows tied at the watermark's exact time; the scanner's rows are stamped about 40 minutes before they appear, far outside any tie." },
        { text: "Widen the margin past the clock offset plus publishing delay, say to an hour, and dedupe by key", explanation: "Right: the overlap must exceed the longest gap between a row's timestamp and its appearance, clock error included; a 10-minute margin leaves rows stamped 40 minutes early behind every run's starting point." },
        { text: "Run the job every 10 minutes instead of hourly, so that each run has a shorter stretch of time to cover", explanation: "The watermark then advances faster, yet each slow-clock row still carries a stamp about 40 minutes older than its arrival, so it still falls behind the starting point." },
        { text: "Filter on created_at instead, which the scanner sets on the first scan", explanation: "Creation time comes from the same slow clock, and a filter on it cannot see later updates to a shipment at all, so the copy would miss even more." },
      ],
      answer: 1,
      reread: "incremental-loads-and-lookback-windows",
    },
    {
      id: "pipelines-a-catalogue-deletes",
      objective: "pipelines-a-incremental-loads",
      prompt: "You keep a copy of a supplier's product catalogue: about 30,000 rows, some 15 MB in all. The supplier's API offers an updated_at field, and a discontinued product is removed from the catalogue outright rather than flagged. After a year of nightly incremental loads on updated_at, your copy lists hundreds of products the supplier stopped selling. What should you do?",
      options: [
        { text: "Reload the full catalogue nightly; at 15 MB that is cheap, and removed products drop out", explanation: "Right: an incremental query can return only rows that still exist, so a hard delete never reaches it. A full load sees deletions by their absence, and for a small table its cost hardly matters." },
        { text: "Add a 7-day lookback on updated_at so that products removed in the last week are fetched once more", explanation: "A lookback re-reads rows that still exist; a product deleted outright is in no answer, however far back the query reaches." },
        { text: "Widen the watermark margin to a full day to catch removals that are published late", explanation: "Margins protect against late-published rows, but a removal is not a row that arrives late: the row is gone, so no time range returns it." },
        { text: "Ask for updated_at at or after the watermark, so that edge cases are included", explanation: "This catches rows tied at the watermark, which is a different problem; deleted products are still never returned." },
      ],
      answer: 0,
      reread: "incremental-loads-and-lookback-windows",
    },
    {
      id: "pipelines-a-resurrected-order",
      objective: "pipelines-a-change-history",
      prompt: "A consumer applies CDC events from an orders table to a current-state copy. After a connector restart it receives a batch of events for the second time, among them an update to order o_318 that was committed before the order was deleted. The copy now shows o_318 as active again. Which rule prevents this?",
      options: [
        { text: "Apply events in the sequence they arrive, which is the sequence the broker stored", explanation: "Arrival order is exactly what went wrong: with at-least-once delivery, a repeated old event can arrive after newer ones." },
        { text: "Remove events with duplicate ids within each batch before applying the batch to the copy", explanation: "The repeats here come in a second delivery, not twice inside one batch, so a check within each batch never sees both copies; and an old event that arrives late only once would do the same harm." },
        { text: "Per key, keep the last applied log position, keep deletes as tombstones, and skip events at or below it", explanation: "Right: the log position orders changes exactly, so an event at or below the stored position is a repeat or stale, and a delete's tombstone stops an older update from reviving the row." },
        { text: "Let each update overwrite only the columns it changed, so that a stale event does far less harm to the row", explanation: "A partial merge still writes the old values onto a row that should not exist; the problem is which events to apply, not how much of each." },
      ],
      answer: 2,
      reread: "cdc-for-a-food-delivery-service",
    },
    {
      id: "pipelines-a-replay-after-bug",
      objective: "pipelines-a-batch-and-streams",
      prompt: "A consumer reads a card-payments topic and keeps a table of daily spend per merchant category. You discover that for the past three days it dropped every event whose category field was missing, instead of counting it under “other”. The broker retains events for seven days. How do you repair the table?",
      options: [
        { text: "Ask the payment service to publish the last three days of transactions again", explanation: "The events are still in the broker, and making a producer resend for one consumer's bug ties it to that consumer, which is what the broker is there to avoid." },
        { text: "Fix the consumer and let new events correct the totals as they arrive", explanation: "New events only add to today's totals; the three past days keep the wrong figures because nothing reprocesses them." },
        { text: "Leave the three days as they are and mark them as incomplete in the table's notes", explanation: "Documenting a gap is honest, but here the retained events make an exact repair possible, so giving up is not needed." },
        { text: "Fix the consumer, move its read position back three days and replay the retained events", explanation: "Right: retention is what makes replay possible; re-reading the kept events with corrected code and recomputing those days from scratch, rather than adding to their totals, rebuilds them exactly." },
      ],
      answer: 3,
      reread: "message-brokers",
    },
    {
      id: "pipelines-a-ten-minute-promise",
      objective: "pipelines-a-batch-and-streams",
      prompt: "A restaurant partner portal shows each kitchen's average preparation time over the last hour, and partners are told the figure may be up to 10 minutes old. Order events already flow through a broker and are stored in the lakehouse. An engineer proposes a dedicated stream processing job with per-event state. What is the simplest design that keeps the promise?",
      options: [
        { text: "A scheduled job that recomputes the hourly averages from stored events every 5 minutes", explanation: "Right: minutes of delay are acceptable here, so frequent batch meets the promise with ordinary scheduled jobs and none of the state handling a streaming job needs." },
        { text: "A stream job, since events that arrive through a broker must be processed one at a time", explanation: "A stream can be processed either way; reading it in periodic chunks is a normal choice when the required freshness is minutes, not seconds." },
        { text: "A nightly batch job whose averages the portal shows for the whole next day", explanation: "Batch is the right family, but averages up to a day old break the 10-minute promise." },
        { text: "A query against the application database for the last hour each time a partner opens the page", explanation: "This is fresh, but it puts an analytical query on the database that runs the live product every time anyone looks, which is the load pipelines exist to keep off it." },
      ],
      answer: 0,
      reread: "patterns-from-batch-to-streaming",
    },
    {
      id: "pipelines-a-lost-surge-field",
      objective: "pipelines-a-etl-elt",
      prompt: "A nightly ETL job extracts a ride-hailing partner's API responses into a staging bucket that is emptied after a week, parses them, and loads 12 chosen columns into the warehouse. Six months on, the pricing team needs surge_reason, a field the responses always carried but the job never loaded. The partner's API serves only the last 30 days. What is the realistic position?",
      options: [
        { text: "Recover it by rerunning the transformation over the warehouse tables the job loaded", explanation: "The warehouse holds only what the job chose to load, and surge_reason was never among those columns, so no transformation there can produce it." },
        { text: "Rerun the job over the staging bucket, which still holds the extracts it read", explanation: "Staging in ETL is temporary: this bucket keeps a week of extracts, so at most the last week could be reparsed from it." },
        { text: "Only about 30 days can be re-extracted; land raw responses from now on so later fields can be rebuilt", explanation: "Right: ETL's lost fields can come back only from the source, here for a month at most. Keeping the raw responses as a bronze layer makes the next such request a rerun, not a loss." },
        { text: "Request the full six months from the API, which always holds the complete history of its data", explanation: "Many sources keep only a short history or change their API over time; here the partner serves 30 days, so the older values are gone." },
      ],
      answer: 2,
      reread: "extract-load-transform",
    },
    {
      id: "pipelines-a-data-product-bar",
      objective: "pipelines-a-data-products",
      prompt: "Three training jobs read a table of delivery features that a pipeline refreshes on most nights. Its columns are undocumented, one team reads delivery_minutes as time from checkout and another as time from pickup, and nobody knows which checks the rows have passed. The owners want more teams to build on it. What does it need most?",
      options: [
        { text: "A move from the lakehouse into the warehouse, where curated tables are kept", explanation: "Where a table is stored does not make it dependable; a warehouse table with unclear columns has the same problem." },
        { text: "More features and more history, so that it serves all the teams' models", explanation: "A larger table with unclear meaning spreads the confusion further; what is missing is a contract, not content." },
        { text: "An hourly refresh in place of the nightly one, so that the data is always as up to date as possible", explanation: "Running more often does not tell consumers what to expect; a stated freshness promise does, and the meaning of the fields is still unresolved." },
        { text: "A stated schema, one written meaning per field, and a promised refresh time and set of checks", explanation: "Right: a data product is defined by a known schema, shared semantics (checkout or pickup?) and stated freshness and quality expectations that consumers can rely on." },
      ],
      answer: 3,
      reread: "data-pipelines",
    },
  ],
};

export default part;
