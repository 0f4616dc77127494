import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22, each tied to an objective, and one more. Post form: new questions on the same objectives.
const forms: SectionForms = {
  section: "reliability",
  title: "Ingestion reliability",
  heading: "ingestion-reliability",
  objectives: [
    { id: "reliability-idempotent-sink", text: "**Design** a sink that stays correct under retries by pairing at-least-once delivery with upserts keyed on a stable event ID, and **explain** what Kafka's idempotent and transactional producers do and do not guarantee." },
    { id: "reliability-keep-running", text: "**Apply** schema registry compatibility rules, consumer fetch tuning, dead letter queues and backoff with jitter to keep a pipeline running when sources change or sinks fail." },
    { id: "reliability-lineage", text: "**Trace** a feature value back to the source events, job runs and table versions that produced it, using lineage records from table formats, orchestrators and tools such as OpenLineage." }
  ],
  pre: [
    {
      id: "reliability-idempotent-sink",
      objective: "reliability-idempotent-sink",
      prompt: "A consumer reads feature updates from Kafka and writes them to DynamoDB, which cannot take part in a Kafka transaction. Retries after crashes must not corrupt the store. What design works?",
      options: [
        { text: "At-least-once delivery, plus upserts keyed by a stable event ID", explanation: "Right: a repeated event overwrites the same row with the same value, so duplicates from retries leave no trace in the store." },
        { text: "Kafka transactions with read_committed, which also cover the sink", explanation: "Transactions make Kafka writes and offsets atomic, but the guarantee stops at Kafka; a crash after the DynamoDB write can still repeat it." },
        { text: "Turn off producer idempotence and let the broker drop the repeats", explanation: "The broker deduplicates using the producer ID and sequence numbers that idempotence provides, so disabling it removes that protection." },
        { text: "Skip any write that returns a 5xx so nothing gets applied twice", explanation: "Dropping failed writes trades duplicates for lost data; transient 5xx errors should be retried, with idempotent writes absorbing repeats." }
      ],
      answer: 0,
      reread: "idempotent-writes-at-the-sink"
    },
    {
      id: "reliability-dead-letter-queue",
      objective: "reliability-keep-running",
      prompt: "One event in a busy topic breaks a business rule (a negative order amount) every time it is processed, and the consumer is stuck on it. What should the pipeline do?",
      options: [
        { text: "Retry it forever with exponential backoff until it finally goes through", explanation: "Backoff suits transient errors; a record that breaks a rule fails every time, so the partition stays blocked behind it." },
        { text: "Send it to a dead letter topic with error details, alert, and move on", explanation: "Right: the bad record is set aside for triage and possible replay after a fix, while everything behind it keeps flowing." },
        { text: "Halt the consumer until an engineer corrects the record by hand", explanation: "This protects correctness, but one bad event then blocks all the good ones and consumer lag piles up for hours." },
        { text: "Drop it quietly so the on-call engineer is not paged for one record", explanation: "The pipeline keeps moving, but the data vanishes without a trace, so nobody can find the cause or replay the record later." }
      ],
      answer: 1,
      reread: "dead-letter-queues-and-backoff"
    },
    {
      id: "reliability-avro-optional-field",
      objective: "reliability-keep-running",
      prompt: "A producer team wants to add an optional coupon_code field to an Avro event that many consumers already read. Which change keeps those consumers working?",
      options: [
        { text: "Add coupon_code as a required field with no default value", explanation: "With no default, a reader on the new schema has nothing to fill in for older events, so a registry in BACKWARD mode, the default, or in FULL would reject it." },
        { text: "Rename an unused existing field to coupon_code and reuse it", explanation: "Reusing a slot looks thrifty, but renames break readers that expect the old name, and the field's meaning silently changes." },
        { text: "Remove a stale required field first so the record stays small", explanation: "Dropping a required field breaks any consumer that still reads it; record size is not worth that break." },
        { text: "Add coupon_code with a default and register the new version", explanation: "Right: a default lets old and new schemas resolve against each other, and registering lets the registry check compatibility before use." }
      ],
      answer: 3,
      reread: "schema-evolution-and-registries"
    },
    {
      id: "reliability-lineage",
      objective: "reliability-lineage",
      prompt: "A regulator asks a bank to explain a loan model's decision from last March, down to the exact feature values and source records behind it. What makes this answerable?",
      options: [
        { text: "A dead letter queue that keeps every single record the pipeline rejected", explanation: "A DLQ holds only failed records; it says nothing about how the accepted ones became the features the model used." },
        { text: "Exactly-once delivery, which ensures no event was handled twice", explanation: "It keeps counts correct, but it records nothing about which data versions or transformations produced a given value." },
        { text: "Lineage tying every feature value to its sources, jobs and table versions", explanation: "Right: table version histories, lineage graphs such as OpenLineage or DataHub, and run records in MLflow or Feast let you reconstruct the inputs." },
        { text: "A schema registry that keeps every past version of the event schemas", explanation: "Versioned history sounds close, but schemas describe the shape of events, not which specific records and jobs produced a value." }
      ],
      answer: 2,
      reread: "lineage"
    },
    {
      id: "reliability-late-refund-count",
      objective: "reliability-idempotent-sink",
      prompt: "A stream job keeps merchant:77:refunds_24h in DynamoDB with a plain put of each new value. Three updates arrive in this order: 12 (event time 14:02:10), the same 12 again after a redelivery, then 9 (event time 14:01:55), held up by a slow partition. What does the store serve afterwards, and what would fix it?",
      options: [
        { text: "12, since a plain put is idempotent and the redelivery changes nothing", explanation: "The redelivery is indeed harmless, which is what makes this tempting, but the late, older update still overwrites the newer value." },
        { text: "9; write only when the incoming event time is newer than the stored one", explanation: "Right: a conditional write on the stored event time ignores older or equal updates, so the late 9 and the repeated 12 both leave 12 in place." },
        { text: "9; give each write a fresh event id so that all three values are kept", explanation: "An online store holds one current value per entity and feature; keeping every write as a new row does not tell readers which one is current." },
        { text: "12 from the start, because DynamoDB orders writes by the time they carry", explanation: "DynamoDB applies writes in the order it receives them; a time inside the item means nothing to it unless a condition checks it." }
      ],
      answer: 1,
      reread: "sink-patterns-for-lakes-and-online-stores"
    }
  ],
  post: [
    {
      id: "reliability-consumer-uuid",
      objective: "reliability-idempotent-sink",
      prompt: "A consumer writes payment events into a Delta table with MERGE INTO on event_id, and it sets event_id to a fresh uuid4() as it handles each record. After a consumer-group rebalance replays a batch, the table holds some payments twice. What is wrong?",
      options: [
        { text: "The merge has no row_number step, so copies inside one batch slip through", explanation: "In-batch deduplication matters when two copies share a batch, but here the copies came in different batches and already carried different ids." },
        { text: "Offsets are committed after writing; committing first would stop the replay", explanation: "Committing first avoids the repeat by risking loss: a crash after the commit drops records that were never written." },
        { text: "The producer lacks enable.idempotence, so the broker stored the batch twice", explanation: "The topic holds each event once; the repeat came from the consumer rereading after the rebalance." },
        { text: "A replayed event gets a new id, so the merge sees it as new; derive the id from the event", explanation: "Right: an id minted per processing attempt changes on every redelivery; hash fields that identify the event, or assign the id once at the source." }
      ],
      answer: 3,
      reread: "idempotent-writes-at-the-sink"
    },
    {
      id: "reliability-restarted-producer",
      objective: "reliability-idempotent-sink",
      prompt: "An ingest service sends to Kafka with enable.idempotence=true and no transactional.id. It sends a batch, crashes before the acknowledgment arrives, restarts, and sends the same batch again. What can the partition end up holding?",
      options: [
        { text: "Two copies, since the new process has a new producer ID the broker cannot match", explanation: "Right: sequence-number deduplication works per producer ID and partition within one session; a restart starts a fresh session, so only transactions or an idempotent sink cover this." },
        { text: "One copy, since the broker tracks sequence numbers per partition for any sender", explanation: "The broker keys its memory by producer ID; after the restart the batch arrives under a new ID with new numbers." },
        { text: "One copy, because acks=all makes the first write final and refuses a second", explanation: "acks=all makes an acknowledged write durable; it does not stop a different session from writing the same content again." },
        { text: "Two copies every time, because the Java client leaves idempotence off by default", explanation: "Since Kafka 3.0 the Java client turns idempotence on by default, and here it is set explicitly anyway." }
      ],
      answer: 0,
      reread: "exactly-once-inside-kafka"
    },
    {
      id: "reliability-slow-store-poll",
      objective: "reliability-keep-running",
      prompt: "A consumer polls 500 records at a time (max.poll.records) and writes each to an external store, normally at 4 ms a write. During an incident writes take about 900 ms, the consumer is evicted from its group, and the group starts rebalancing again and again. max.poll.interval.ms is the default five minutes. Which change keeps it in its group?",
      options: [
        { text: "Raise fetch.max.bytes so that each request brings more data and the backlog clears sooner", explanation: "Bigger fetches make each poll longer still; the problem is time per poll, not bytes per request." },
        { text: "Turn on auto-commit so that offsets are saved every five seconds during a slow poll", explanation: "Auto-commit happens inside later poll calls and does nothing for the deadline between polls, which is what evicts the consumer." },
        { text: "Lower max.poll.records to 200, so that a poll takes about 180 s, inside the deadline", explanation: "Right: 500 × 0.9 s is 450 s, past the 300 s limit, while 200 × 0.9 s is 180 s; lag grows, but the consumer stays and keeps making progress." },
        { text: "Retry each slow write at once, up to six times, before polling again", explanation: "Immediate retries pile more load on a store that is already struggling and make each poll take even longer." }
      ],
      answer: 2,
      reread: "handling-backpressure"
    },
    {
      id: "reliability-rename-alias",
      objective: "reliability-keep-running",
      prompt: "The payments-value subject runs in BACKWARD mode. A producer team renames the required field amount to amount_eur and lists amount in the new field's aliases. Several fraud scorers still read with the old schema. What happens, and in what order should the teams deploy?",
      options: [
        { text: "The registry refuses it, because a rename is incompatible under any mode", explanation: "With the alias, a reader on the new schema can still match old data, so BACKWARD accepts the change; FORWARD and FULL would refuse it." },
        { text: "It is accepted; scorers still on the old schema fail on new events, so they upgrade first", explanation: "Right: aliases are read only from the reader's schema, so an old reader finds no amount in new data and has no default to fall back on." },
        { text: "It is accepted, and the alias lets both old and new readers resolve either version of the data", explanation: "The alias helps only readers on the new schema; an old reader never sees it, which is why the change is backward compatible only." },
        { text: "It is accepted; producers upgrade first, as for any change under BACKWARD", explanation: "BACKWARD guarantees that new readers can read old data, so it is the consumers that have to move first." }
      ],
      answer: 1,
      reread: "safe-and-unsafe-changes"
    },
    {
      id: "reliability-doubled-sessions",
      objective: "reliability-lineage",
      prompt: "Overnight, the feature sessions_7d roughly doubles for many users, and a recommender's click-through drops. Nothing in the feature's definition has changed. With lineage recorded at every layer, which trail leads to the cause fastest?",
      options: [
        { text: "Search the dead letter queue, since bad values end up there before they reach a table", explanation: "The DLQ holds records that failed validation; values that pass every check but mean something new never reach it." },
        { text: "Rerun last night's job and diff the output, since lineage tools record job names only", explanation: "Orchestrator and OpenLineage run events name the input and output datasets of each run, and table formats keep versions; a rerun on today's tables shows little." },
        { text: "Read the schema registry alone, since a change it accepted cannot alter any values", explanation: "A compatible change can keep the type and change the meaning, such as a new unit or double-counted events, so the registry alone cannot clear it." },
        { text: "Feature view version, then the job run and input table version, then that table's commits and schema", explanation: "Right: each hop narrows the search, from the feature definition to the run that built it, the table version it read, and the commit or schema version that changed." }
      ],
      answer: 3,
      reread: "lineage"
    }
  ]
};

export default forms;
