import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22, each tied to an objective. Post form: new questions on the same objectives.
const forms: SectionForms = {
  section: "sources",
  title: "Data sources for ML",
  heading: "data-sources-for-ml",
  objectives: [
    { id: "sources-classify", text: "**Classify** a data source (an OLTP database, an object store, an event stream, an outside API, a log feed or a sensor feed) by its shape and how fast it changes, and **name** an ingestion mechanism that fits it and the main hazard it must guard against." },
    { id: "sources-cdc-log", text: "**Explain** how change data capture turns a database's transaction log into a stream of row-change events, and **estimate** how much reading it saves over repeated full-table scans." }
  ],
  pre: [
    {
      id: "sources-cdc",
      objective: "sources-cdc-log",
      prompt: "Every night a job runs SELECT * over a billion-row orders table in the production Postgres database. Features end up a day old, and the DBAs complain about the load. Which change fixes both problems?",
      options: [
        { text: "Run the same full-table query every 15 minutes instead of nightly", explanation: "Features would be fresher, but the database would now be scanned end to end nearly a hundred times a day, so the load problem gets much worse." },
        { text: "Point the nightly query at a read replica of the orders database", explanation: "A replica spares the primary, which is why it sounds appealing, but every run still rescans a billion rows and the features stay a full day behind." },
        { text: "Have Debezium follow the WAL and publish each row change to Kafka", explanation: "Right: change data capture reads only what changed from the transaction log, so no table scans hit production and updates arrive within seconds." },
        { text: "Cache the nightly query results in Redis for the feature jobs", explanation: "A cache makes reading the results faster, but what it holds is exactly as old as the nightly scan, which keeps running at full cost." }
      ],
      answer: 2,
      reread: "relational-databases-and-change-data-capture"
    },
    {
      id: "sources-lakehouse",
      objective: "sources-classify",
      prompt: "Training history sits as Parquet files in an S3 bucket that any team may write into. You want to retrain next year on exactly the data used today. Why put these files under a table format such as Iceberg or Delta Lake?",
      options: [
        { text: "It adds atomic commits, an enforced schema and time travel to past versions", explanation: "Right: atomic commits, tracked schema changes and queryable past snapshots let you pin and later rebuild the exact training set." },
        { text: "The storage underneath costs less per gigabyte than a plain S3 bucket", explanation: "A table format is metadata layered over the same object storage, so the per-gigabyte price does not change; its value lies in guarantees, not cost." },
        { text: "It removes the need for an orchestrator such as Airflow to schedule jobs", explanation: "Jobs still have to be triggered by an orchestrator; the table format governs how data is committed and versioned, not when work runs." },
        { text: "It rewrites the Parquet files as TFRecord so training reads faster", explanation: "A lakehouse keeps Parquet as its storage; TFRecord is a separate artifact a TensorFlow team might derive from it for one job." }
      ],
      answer: 0,
      reread: "object-storage-lakes-and-lakehouses"
    },
    {
      id: "sources-recent-views",
      objective: "sources-classify",
      prompt: "A shopping app wants to rank suggestions using \"items this user viewed in the last five minutes.\" Which source and mechanism should feed that feature?",
      options: [
        { text: "An hourly SQL query against a clicks table in the Postgres database", explanation: "The views are indeed in that table, but an answer up to an hour old cannot describe the last five minutes, and the query adds load to an OLTP system." },
        { text: "The nightly clickstream archive that is exported into S3", explanation: "The archive is complete and ideal for building training sets, but it lands a day late, far outside a five-minute window." },
        { text: "A REST endpoint that a scheduler polls once every minute", explanation: "Polling feels close to real time, yet it adds lag and rate-limit handling while the view events themselves already flow through a stream." },
        { text: "The clickstream topic in Kafka, read by a stream processor", explanation: "Right: each view arrives on the topic as it happens, and a processor such as Flink can keep a sliding five-minute window per user." }
      ],
      answer: 3,
      reread: "event-streams"
    },
    {
      id: "sources-medallion",
      objective: "sources-classify",
      prompt: "A lakehouse is split into bronze, silver and gold zones. A data scientist is about to train a churn model. Where should the training data come from, and how should it be pinned?",
      options: [
        { text: "Bronze, so the model sees every raw record before any cleaning", explanation: "Raw data can feel more honest, but bronze still carries duplicates, bad records and unparsed fields that would have to be cleaned inside every training job." },
        { text: "Gold, read at a recorded table version so it can be rebuilt", explanation: "Right: gold holds feature-ready tables, and noting the snapshot version lets time travel return the identical data for a later retrain." },
        { text: "Silver, always reading the latest state so the data is freshest", explanation: "Silver is cleaned but not yet shaped into features, and reading whatever is newest means the next run may see different rows." },
        { text: "Gold, exported once to a local CSV so that it can never change", explanation: "Freezing a copy does stop it changing, but it drops the schema and any link back to the lake; a recorded table version pins the data without a copy." }
      ],
      answer: 1,
      reread: "object-storage-lakes-and-lakehouses"
    }
  ],
  post: [
    {
      id: "sources-scan-budget",
      objective: "sources-cdc-log",
      prompt: "A subscriptions table in production holds 500 million rows of about 400 bytes each (about 200 GB), and roughly 0.1 % of its rows change on a normal day. The team wants copies at most an hour old. How much does an hourly full-table scan read from the database each day, compared with a Debezium connector following the WAL?",
      options: [
        { text: "About 8 GB, since each hourly scan only needs a twenty-fourth of the table", explanation: "This treats the scan as incremental. A full-table query reads all 200 GB on every run, whatever changed since the last one." },
        { text: "About 4.8 TB, against roughly half a million change records from the log", explanation: "Right: 24 runs × 200 GB is 4.8 TB, while 0.1 % of 500 million rows is 500,000 changes, a fraction of a gigabyte, which CDC reads as they are committed." },
        { text: "About 4.8 TB either way, because CDC must also reread all rows every hour", explanation: "CDC reads the existing rows once, in its initial snapshot (and again only on a re-sync); after that it reads the log, not the tables." },
        { text: "About 0.2 GB for both, since the database skips the rows that did not change", explanation: "A full scan has no way to know which rows changed, so it reads all of them; only the log records just the changes." }
      ],
      answer: 1,
      reread: "polling-with-scheduled-queries"
    },
    {
      id: "sources-hard-deletes",
      objective: "sources-cdc-log",
      prompt: "An accounts table is copied each night with WHERE updated_at > the last saved watermark. When customers close their accounts the application deletes the rows outright, yet weeks later the copy still lists those accounts as open. Why would switching to Debezium on the database log fix this?",
      options: [
        { text: "Debezium rescans the table nightly and diffs it with the copy to find lost rows", explanation: "Diffing full scans would find deletes, but it is the expensive pattern CDC replaces; after its first snapshot Debezium reads the log, not the table." },
        { text: "Debezium sets updated_at on each row before it is removed, so the watermark query finds it", explanation: "CDC does not write to the source tables at all; it only reads what the database has already logged." },
        { text: "Deleted rows linger as dead versions until vacuum runs, and Debezium reads those versions", explanation: "Dead tuples do linger in Postgres, which makes this sound right, but Debezium does not read table pages; it reads committed changes from the WAL." },
        { text: "The log records every delete, so Debezium emits a \"d\" event with no after image", explanation: "Right: the WAL records every committed delete, and the change event carries the before image with a null after, so consumers can drop the account." }
      ],
      answer: 3,
      reread: "reading-the-transaction-log-instead"
    },
    {
      id: "sources-forecast-vendor",
      objective: "sources-classify",
      prompt: "A delivery-time model uses weather forecasts for 50 cities from a vendor's REST API. The vendor refreshes forecasts every six hours and allows 2,000 calls a day per key; each call returns one city. An engineer proposes a streaming job that polls every city once a second \"so the features are real-time.\" What should ingestion do instead?",
      options: [
        { text: "Pull each city on a schedule near the vendor's refresh and archive raw responses", explanation: "Right: the feature cannot be fresher than the vendor's six-hour cadence, a few calls per city a day stays far under the quota, and raw responses kept with their fetch time allow reprocessing without paying again." },
        { text: "Keep the once-a-second polling but spread the 50 cities evenly over each second", explanation: "Spreading the calls does not change their number: 50 a second is over four million a day, so the vendor answers 429 long before anything changes." },
        { text: "Pull all 50 cities once a night in a batch job, since outside data changes slowly", explanation: "A nightly pull respects the quota but lets forecasts go up to a day old when the vendor has issued three newer ones." },
        { text: "Ask the vendor for CDC access to its forecast database so changes stream in", explanation: "CDC needs log access and replication rights on a database you run; an outside vendor's service exposes only its API." }
      ],
      answer: 0,
      reread: "external-http-apis"
    },
    {
      id: "sources-sensor-gap",
      objective: "sources-classify",
      prompt: "Vibration sensors on a factory line publish a reading every 10 seconds over MQTT, bridged into Kafka. For one sensor, the last hour holds 306 readings, including a nine-minute stretch with none at all. A feature averages vibration per minute. What should ingestion do with that stretch?",
      options: [
        { text: "Fill it with the last reading before the gap, so every minute still has an average", explanation: "Filling makes the feed look complete, but it invents readings the device never sent; the model would learn from vibration that was not measured." },
        { text: "Nothing: Kafka keeps events for days and will redeliver them once the device reconnects", explanation: "Kafka's retention protects what was published to it; readings the sensor never sent while offline were never in the topic." },
        { text: "Flag the stretch as missing, so those minutes carry no average rather than a guessed one", explanation: "Right: a gap far longer than twice the 10-second interval should be detected and marked, not silently filled in." },
        { text: "Drop the sensor's whole hour, since fewer than 360 readings means the feed is corrupt", explanation: "The readings on either side of the gap are sound; discarding them throws away real data instead of marking the few minutes that are missing." }
      ],
      answer: 2,
      reread: "iot-sensor-feeds"
    }
  ]
};

export default forms;
