import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "reliability",
  title: "Ingestion reliability",
  heading: "ingestion-reliability",
  objectives: [],
  pre: [
    {
      id: "reliability-idempotent-sink",
      objective: "TODO",
      prompt: "A consumer reads feature updates from Kafka and writes them to DynamoDB, which cannot take part in a Kafka transaction. Retries after crashes must not corrupt the store. What design works?",
      options: [
        {
          text: "At-least-once delivery, plus upserts keyed by a stable event ID",
          explanation: "Right: a repeated event overwrites the same row with the same value, so duplicates from retries leave no trace in the store."
        },
        {
          text: "Kafka transactions with read_committed, which also cover the sink",
          explanation: "Transactions make Kafka writes and offsets atomic, but the guarantee stops at Kafka; a crash after the DynamoDB write can still repeat it."
        },
        {
          text: "Turn off producer idempotence and let the broker drop the repeats",
          explanation: "The broker deduplicates using the producer ID and sequence numbers that idempotence provides, so disabling it removes that protection."
        },
        {
          text: "Skip any write that returns a 5xx so nothing gets applied twice",
          explanation: "Dropping failed writes trades duplicates for lost data; transient 5xx errors should be retried, with idempotent writes absorbing repeats."
        }
      ],
      answer: 0,
      reread: "idempotent-writes-at-the-sink"
    },
    {
      id: "reliability-dead-letter-queue",
      objective: "TODO",
      prompt: "One event in a busy topic breaks a business rule (a negative order amount) every time it is processed, and the consumer is stuck on it. What should the pipeline do?",
      options: [
        {
          text: "Retry it forever with exponential backoff until it finally goes through",
          explanation: "Backoff suits transient errors; a record that breaks a rule fails every time, so the partition stays blocked behind it."
        },
        {
          text: "Send it to a dead letter topic with error details, alert, and move on",
          explanation: "Right: the bad record is set aside for triage and possible replay after a fix, while everything behind it keeps flowing."
        },
        {
          text: "Halt the consumer until an engineer corrects the record by hand",
          explanation: "This protects correctness, but one bad event then blocks all the good ones and consumer lag piles up for hours."
        },
        {
          text: "Drop it quietly so the on-call engineer is not paged for one record",
          explanation: "The pipeline keeps moving, but the data vanishes without a trace, so nobody can find the cause or replay the record later."
        }
      ],
      answer: 1,
      reread: "dead-letter-queues-and-backoff"
    },
    {
      id: "reliability-avro-optional-field",
      objective: "TODO",
      prompt: "A producer team wants to add an optional coupon_code field to an Avro event that many consumers already read. Which change keeps those consumers working?",
      options: [
        {
          text: "Add coupon_code as a required field with no default value",
          explanation: "With no default, a reader on the new schema has nothing to fill in for older events, so a registry in BACKWARD mode, the default, or in FULL would reject it."
        },
        {
          text: "Rename an unused existing field to coupon_code and reuse it",
          explanation: "Reusing a slot looks thrifty, but renames break readers that expect the old name, and the field's meaning silently changes."
        },
        {
          text: "Remove a stale required field first so the record stays small",
          explanation: "Dropping a required field breaks any consumer that still reads it; record size is not worth that break."
        },
        {
          text: "Add coupon_code with a default and register the new version",
          explanation: "Right: a default lets old and new schemas resolve against each other, and registering lets the registry check compatibility before use."
        }
      ],
      answer: 3,
      reread: "schema-evolution-and-registries"
    },
    {
      id: "reliability-lineage",
      objective: "TODO",
      prompt: "A regulator asks a bank to explain a loan model's decision from last March, down to the exact feature values and source records behind it. What makes this answerable?",
      options: [
        {
          text: "A dead letter queue that keeps every single record the pipeline rejected",
          explanation: "A DLQ holds only failed records; it says nothing about how the accepted ones became the features the model used."
        },
        {
          text: "Exactly-once delivery, which ensures no event was handled twice",
          explanation: "It keeps counts correct, but it records nothing about which data versions or transformations produced a given value."
        },
        {
          text: "Lineage tying each feature value to its sources, jobs and versions",
          explanation: "Right: table version histories, lineage graphs such as OpenLineage or DataHub, and run records in MLflow or Feast let you reconstruct the inputs."
        },
        {
          text: "A schema registry that keeps every past version of the event schemas",
          explanation: "Versioned history sounds close, but schemas describe the shape of events, not which specific records and jobs produced a value."
        }
      ],
      answer: 2,
      reread: "lineage"
    }
  ],
  post: []
};

export default forms;
