import type { ChapterQuiz } from '@/lib/quiz/schema';

const quiz: ChapterQuiz = [
  {
    section: 'sources',
    title: 'Data sources for ML',
    heading: 'data-sources-for-ml',
    questions: [
      {
        id: 'sources-cdc',
        prompt:
          'Every night a job runs SELECT * over a billion-row orders table in the production Postgres database. Features end up a day old, and the DBAs complain about the load. Which change fixes both problems?',
        options: [
          {
            text: 'Run the same full-table query every 15 minutes instead of nightly',
            explanation:
              'Features would be fresher, but the database would now be scanned end to end nearly a hundred times a day, so the load problem gets much worse.',
          },
          {
            text: 'Point the nightly query at a read replica of the orders database',
            explanation:
              'A replica spares the primary, which is why it sounds appealing, but every run still rescans a billion rows and the features stay a full day behind.',
          },
          {
            text: 'Stream row changes from the WAL into Kafka with Debezium',
            explanation:
              'Right: change data capture reads only what changed from the transaction log, so no table scans hit production and updates arrive within seconds.',
          },
          {
            text: 'Cache the nightly query results in Redis for the feature jobs',
            explanation:
              'A cache makes reading the results faster, but what it holds is exactly as old as the nightly scan, which keeps running at full cost.',
          },
        ],
        answer: 2,
        reread: 'relational-databases-and-change-data-capture',
      },
      {
        id: 'sources-lakehouse',
        prompt:
          'Training history sits as Parquet files in an S3 bucket that any team may write into. You want to retrain next year on exactly the data used today. Why put these files under a table format such as Iceberg or Delta Lake?',
        options: [
          {
            text: 'It adds transactions, schema evolution and time travel to past data',
            explanation:
              'Right: atomic commits, tracked schema changes and queryable past snapshots let you pin and later rebuild the exact training set.',
          },
          {
            text: 'The storage underneath costs less per gigabyte than a plain S3 bucket',
            explanation:
              'A table format is metadata layered over the same object storage, so the per-gigabyte price does not change; its value lies in guarantees, not cost.',
          },
          {
            text: 'It removes the need for an orchestrator such as Airflow to schedule jobs',
            explanation:
              'Jobs still have to be triggered by an orchestrator; the table format governs how data is committed and versioned, not when work runs.',
          },
          {
            text: 'It rewrites the Parquet files as TFRecord so training reads faster',
            explanation:
              'A lakehouse keeps Parquet as its storage; TFRecord is a separate artifact a TensorFlow team might derive from it for one job.',
          },
        ],
        answer: 0,
        reread: 'object-storage-lakes-and-lakehouses',
      },
      {
        id: 'sources-recent-views',
        prompt:
          'A shopping app wants to rank suggestions using "items this user viewed in the last five minutes." Which source and mechanism should feed that feature?',
        options: [
          {
            text: 'An hourly SQL query against a clicks table in the Postgres database',
            explanation:
              'The views are indeed in that table, but an answer up to an hour old cannot describe the last five minutes, and the query adds load to an OLTP system.',
          },
          {
            text: 'The nightly clickstream archive that is exported into S3',
            explanation:
              'The archive is complete and ideal for building training sets, but it lands a day late, far outside a five-minute window.',
          },
          {
            text: 'A REST endpoint that a scheduler polls once every minute',
            explanation:
              'Polling feels close to real time, yet it adds lag and rate-limit handling while the view events themselves already flow through a stream.',
          },
          {
            text: 'The clickstream topic in Kafka, read by a stream processor',
            explanation:
              'Right: each view arrives on the topic as it happens, and a processor such as Flink can keep a sliding five-minute window per user.',
          },
        ],
        answer: 3,
        reread: 'event-streams',
      },
      {
        id: 'sources-medallion',
        prompt:
          'A lakehouse is split into bronze, silver and gold zones. A data scientist is about to train a churn model. Where should the training data come from, and how should it be pinned?',
        options: [
          {
            text: 'Bronze, so the model sees every raw record before any cleaning',
            explanation:
              'Raw data can feel more honest, but bronze still carries duplicates, bad records and unparsed fields that would have to be cleaned inside every training job.',
          },
          {
            text: 'Gold, read at a recorded table version so it can be rebuilt',
            explanation:
              'Right: gold holds feature-ready tables, and noting the snapshot version lets time travel return the identical data for a later retrain.',
          },
          {
            text: 'Silver, always reading the latest state so the data is freshest',
            explanation:
              'Silver is cleaned but not yet shaped into features, and reading whatever is newest means the next run may see different rows.',
          },
          {
            text: 'Gold, exported once to a local CSV so that it can never change',
            explanation:
              'Freezing a copy does stop it changing, but it drops the schema and any link back to the lake; a recorded table version pins the data without a copy.',
          },
        ],
        answer: 1,
        reread: 'object-storage-lakes-and-lakehouses',
      },
    ],
  },
  {
    section: 'batch-streaming',
    title: 'Batch vs streaming ingestion',
    heading: 'batch-vs-streaming-ingestion',
    questions: [
      {
        id: 'batch-streaming-batch-fit',
        prompt: 'Which of these workloads is best served by a scheduled batch job rather than a streaming pipeline?',
        options: [
          {
            text: 'Scoring each card swipe for fraud before the payment is approved',
            explanation:
              'The decision has to be made in milliseconds while the customer waits, so the features must be fresh; that calls for streaming.',
          },
          {
            text: 'Recomputing every customer\'s 30-day spend before a weekly retrain',
            explanation:
              'Right: a slow-moving aggregate consumed once a week loses nothing by being hours old, and a cron-triggered Spark job computes it cheaply.',
          },
          {
            text: 'Adjusting ride prices to follow demand within the current minute',
            explanation:
              'Prices that lag demand by hours defeat the purpose; reacting within the minute needs events flowing continuously.',
          },
          {
            text: 'Reranking articles by what the reader clicked earlier this session',
            explanation:
              'Session-level reactions need features updated within seconds, which only a streaming path into an online store can provide.',
          },
        ],
        answer: 1,
        reread: 'batch-patterns',
      },
      {
        id: 'batch-streaming-lambda-risk',
        prompt:
          'A team runs a Lambda architecture: Spark computes "purchases in the last 7 days" over the lake, and Flink computes the same feature from Kafka. What failure should worry them most?',
        options: [
          {
            text: 'The speed layer will fall behind the update rate of the batch layer',
            explanation:
              'The speed layer exists precisely to be fresher than batch; streaming lag can occur, but it is not the weakness built into this design.',
          },
          {
            text: 'The online store cannot return values fast enough for inference',
            explanation:
              'Stores like Redis or DynamoDB answer in a few milliseconds, and Lambda already routes fresh values there for serving.',
          },
          {
            text: 'Backfills become impossible unless they switch over to Kappa',
            explanation:
              'This has it backwards: in Lambda the batch layer handles backfills naturally; costly replays are the Kappa problem.',
          },
          {
            text: 'The two implementations quietly disagree on the feature\'s value',
            explanation:
              'Right: two code bases for one feature drift through small differences in windows, filters or time zones, so training and serving see different numbers.',
          },
        ],
        answer: 3,
        reread: 'the-lambda-architecture',
      },
      {
        id: 'batch-streaming-kappa-cost',
        prompt:
          'A company has moved to Kappa: every feature comes from one Flink job over a Kafka log. A data scientist now proposes a new feature and wants a year of history for it. What pain should they expect?',
        options: [
          {
            text: 'Replaying a year of log through the job, which is slow and costly',
            explanation:
              'Right: with the stream as the only source of truth, history for a new feature is rebuilt by reprocessing the retained log, a heavy operation.',
          },
          {
            text: 'Writing the feature twice, once in Spark SQL and once in Flink',
            explanation:
              'Duplicate definitions are the burden Kappa was chosen to avoid; here the logic lives in one streaming job.',
          },
          {
            text: 'Losing the ability to serve the new feature from an online store',
            explanation:
              'Kappa still materializes results into online and offline stores; what changes is how history gets computed, not how features are served.',
          },
          {
            text: 'Giving up Kafka\'s exactly-once guarantees for all the replayed events',
            explanation:
              'A replay can run with the same idempotent and transactional settings as live processing; the real issue is time and compute, not semantics.',
          },
        ],
        answer: 0,
        reread: 'the-kappa-architecture',
      },
      {
        id: 'batch-streaming-feature-store-dsl',
        prompt:
          'Feast, Tecton and SageMaker Feature Store keep both an offline and an online store, much as Lambda does. How do they reduce the usual weakness of that layout?',
        options: [
          {
            text: 'They drop the offline store and train straight from the online one',
            explanation:
              'Both stores remain; an online store keeps only the latest value per key, not the point-in-time history that training sets need.',
          },
          {
            text: 'They rerun batch jobs so often that a speed layer is never needed',
            explanation:
              'Faster batch narrows the gap, but it still cannot reach second-level freshness, and these products keep a streaming path.',
          },
          {
            text: 'Each feature is declared once and both pipelines are generated',
            explanation:
              'Right: the feature is declared once and the product derives both paths from it. How much that removes depends on the product: Tecton compiles one definition into both the batch and the streaming job, while Feast and SageMaker share the definition and the stored values but leave the code that computes them to you, so two hand-written versions can still drift.',
          },
          {
            text: 'They compare the stores nightly and overwrite any online mismatch',
            explanation:
              'Reconciling sounds safe, but it only repairs skew after it has reached live predictions; these products remove the cause by defining the logic once.',
          },
        ],
        answer: 2,
        reread: 'how-feature-stores-limit-drift',
      },
    ],
  },
  {
    section: 'formats',
    title: 'File formats for ML data',
    heading: 'file-formats-for-ml-data',
    questions: [
      {
        id: 'formats-column-pruning',
        prompt:
          'A training job needs 3 of the 200 columns in a wide feature table. The same table exists as Parquet and as Avro. Why does the Parquet read touch far less data?',
        options: [
          {
            text: 'Avro checks each field against its schema while records are written',
            explanation:
              'Validation at write time says nothing about how much of the file a reader has to scan later; it does not explain the gap.',
          },
          {
            text: 'Parquet always uses ZSTD, which shrinks the files much further',
            explanation:
              'Parquet supports Snappy, Gzip and ZSTD with none required, and smaller files alone would not reduce the work by anything like 200 to 3.',
          },
          {
            text: 'Avro writes numbers out as text, so its files are much larger',
            explanation:
              'That describes CSV or JSON; Avro is a compact binary encoding, so text bloat is not the reason.',
          },
          {
            text: 'Parquet keeps each column together, so only those three are read',
            explanation:
              'Right: with values stored column by column, the reader prunes the other 197 columns, while a row format must read whole records.',
          },
        ],
        answer: 3,
        reread: 'columnar-formats-parquet-and-orc',
      },
      {
        id: 'formats-avro-kafka',
        prompt:
          'Analysts favor Parquet, yet almost every production Kafka topic in the company carries Avro. What makes Avro the better fit for the topics?',
        options: [
          {
            text: 'Avro compresses event data more tightly than Parquet manages to',
            explanation:
              'Columnar layouts usually compress better because similar values sit side by side; compression is not what Avro wins on.',
          },
          {
            text: 'Avro lets each consumer skip the columns it does not need to read',
            explanation:
              'Skipping columns is a columnar trick; Avro stores whole records one after another, which suits per-event messages instead.',
          },
          {
            text: 'With a schema registry, it reconciles old and new event schemas',
            explanation:
              'Right: readers resolve the writer\'s schema against their own at read time, so fields added with defaults over years of producer changes stay readable.',
          },
          {
            text: 'Kafka brokers reject any message payload that is not Avro',
            explanation:
              'Brokers treat payloads as opaque bytes and will store anything; Avro is a convention teams adopt, not a broker rule.',
          },
        ],
        answer: 2,
        reread: 'row-based-formats-csv-json-and-avro',
      },
      {
        id: 'formats-tfrecord',
        prompt:
          'A TensorFlow team converts its gold Parquet table into TFRecord files for a training run. Why do most teams still keep Parquet, not TFRecord, as the canonical copy?',
        options: [
          {
            text: 'Its schema lives only in parsing code, and Spark handles it poorly',
            explanation:
              'Right: nothing in the file describes its fields, and non-TensorFlow tools read it clumsily, so it works best as a derived artifact for one job.',
          },
          {
            text: 'TFRecord streams records to the GPUs more slowly than Parquet does',
            explanation:
              'Fast sequential reads are TFRecord\'s strength and the reason teams derive it at all; speed is not the objection.',
          },
          {
            text: 'TFRecord files cannot be compressed, so storage bills explode',
            explanation:
              'TFRecord supports Gzip at the file level, so storage cost is not what rules it out as the main copy.',
          },
          {
            text: 'TFRecord needs a schema registry before anyone is able to decode it',
            explanation:
              'That mixes it up with Avro on Kafka; the problem with TFRecord is the opposite, since no schema travels with the data at all.',
          },
        ],
        answer: 0,
        reread: 'tfrecord-and-petastorm',
      },
      {
        id: 'formats-compression',
        prompt:
          'A GPU job rereads the same Parquet dataset for dozens of epochs. Profiling shows the data loader\'s CPU is the bottleneck, and storage is cheap. Which choice fits best?',
        options: [
          {
            text: 'Gzip at a high level, so each epoch moves the fewest possible bytes',
            explanation:
              'Smaller files save storage and network, but every epoch pays heavy decompression CPU, which is exactly the resource already exhausted.',
          },
          {
            text: 'Snappy or LZ4, giving up some file size for cheap decompression',
            explanation:
              'Right: light codecs decompress very quickly, which matters more than a few extra gigabytes when reads are CPU-bound.',
          },
          {
            text: 'No codec at all, because any compression costs CPU on every read',
            explanation:
              'Going uncompressed removes decompression, but it inflates the bytes read, while light codecs cost so little CPU that they usually come out ahead.',
          },
          {
            text: 'Plain CSV files, which skip the decompression step entirely',
            explanation:
              'Parsing text is itself CPU-heavy and CSV files are larger, so this makes the loader bottleneck worse, not better.',
          },
        ],
        answer: 1,
        reread: 'compression-tradeoffs',
      },
    ],
  },
  {
    section: 'reliability',
    title: 'Ingestion reliability',
    heading: 'ingestion-reliability',
    questions: [
      {
        id: 'reliability-idempotent-sink',
        prompt:
          'A consumer reads feature updates from Kafka and writes them to DynamoDB, which cannot take part in a Kafka transaction. Retries after crashes must not corrupt the store. What design works?',
        options: [
          {
            text: 'At-least-once delivery, plus upserts keyed by a stable event ID',
            explanation:
              'Right: a repeated event overwrites the same row with the same value, so duplicates from retries leave no trace in the store.',
          },
          {
            text: 'Kafka transactions with read_committed, which also cover the sink',
            explanation:
              'Transactions make Kafka writes and offsets atomic, but the guarantee stops at Kafka; a crash after the DynamoDB write can still repeat it.',
          },
          {
            text: 'Turn off producer idempotence and let the broker drop the repeats',
            explanation:
              'The broker deduplicates using the producer ID and sequence numbers that idempotence provides, so disabling it removes that protection.',
          },
          {
            text: 'Skip any write that returns a 5xx so nothing gets applied twice',
            explanation:
              'Dropping failed writes trades duplicates for lost data; transient 5xx errors should be retried, with idempotent writes absorbing repeats.',
          },
        ],
        answer: 0,
        reread: 'idempotent-writes-at-the-sink',
      },
      {
        id: 'reliability-dead-letter-queue',
        prompt:
          'One event in a busy topic breaks a business rule (a negative order amount) every time it is processed, and the consumer is stuck on it. What should the pipeline do?',
        options: [
          {
            text: 'Retry it forever with exponential backoff until it finally goes through',
            explanation:
              'Backoff suits transient errors; a record that breaks a rule fails every time, so the partition stays blocked behind it.',
          },
          {
            text: 'Send it to a dead letter topic with error details, alert, and move on',
            explanation:
              'Right: the bad record is set aside for triage and possible replay after a fix, while everything behind it keeps flowing.',
          },
          {
            text: 'Halt the consumer until an engineer corrects the record by hand',
            explanation:
              'This protects correctness, but one bad event then blocks all the good ones and consumer lag piles up for hours.',
          },
          {
            text: 'Drop it quietly so the on-call engineer is not paged for one record',
            explanation:
              'The pipeline keeps moving, but the data vanishes without a trace, so nobody can find the cause or replay the record later.',
          },
        ],
        answer: 1,
        reread: 'dead-letter-queues-and-backoff',
      },
      {
        id: 'reliability-avro-optional-field',
        prompt:
          'A producer team wants to add an optional coupon_code field to an Avro event that many consumers already read. Which change keeps those consumers working?',
        options: [
          {
            text: 'Add coupon_code as a required field with no default value',
            explanation:
              'With no default, a reader on the new schema has nothing to fill in for older events, so a registry in BACKWARD mode, the default, or in FULL would reject it.',
          },
          {
            text: 'Rename an unused existing field to coupon_code and reuse it',
            explanation:
              'Reusing a slot looks thrifty, but renames break readers that expect the old name, and the field\'s meaning silently changes.',
          },
          {
            text: 'Remove a stale required field first so the record stays small',
            explanation:
              'Dropping a required field breaks any consumer that still reads it; record size is not worth that break.',
          },
          {
            text: 'Add coupon_code with a default and register the new version',
            explanation:
              'Right: a default lets old and new schemas resolve against each other, and registering lets the registry check compatibility before use.',
          },
        ],
        answer: 3,
        reread: 'schema-evolution-and-registries',
      },
      {
        id: 'reliability-lineage',
        prompt:
          'A regulator asks a bank to explain a loan model\'s decision from last March, down to the exact feature values and source records behind it. What makes this answerable?',
        options: [
          {
            text: 'A dead letter queue that keeps every single record the pipeline rejected',
            explanation:
              'A DLQ holds only failed records; it says nothing about how the accepted ones became the features the model used.',
          },
          {
            text: 'Exactly-once delivery, which ensures no event was handled twice',
            explanation:
              'It keeps counts correct, but it records nothing about which data versions or transformations produced a given value.',
          },
          {
            text: 'Lineage tying each feature value to its sources, jobs and versions',
            explanation:
              'Right: table version histories, lineage graphs such as OpenLineage or DataHub, and run records in MLflow or Feast let you reconstruct the inputs.',
          },
          {
            text: 'A schema registry that keeps every past version of the event schemas',
            explanation:
              'Versioned history sounds close, but schemas describe the shape of events, not which specific records and jobs produced a value.',
          },
        ],
        answer: 2,
        reread: 'lineage',
      },
    ],
  },
];

export default quiz;
