import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "sources",
  title: "Data sources for ML",
  heading: "data-sources-for-ml",
  objectives: [],
  pre: [
    {
      id: "sources-cdc",
      objective: "TODO",
      prompt: "Every night a job runs SELECT * over a billion-row orders table in the production Postgres database. Features end up a day old, and the DBAs complain about the load. Which change fixes both problems?",
      options: [
        {
          text: "Run the same full-table query every 15 minutes instead of nightly",
          explanation: "Features would be fresher, but the database would now be scanned end to end nearly a hundred times a day, so the load problem gets much worse."
        },
        {
          text: "Point the nightly query at a read replica of the orders database",
          explanation: "A replica spares the primary, which is why it sounds appealing, but every run still rescans a billion rows and the features stay a full day behind."
        },
        {
          text: "Stream row changes from the WAL into Kafka with Debezium",
          explanation: "Right: change data capture reads only what changed from the transaction log, so no table scans hit production and updates arrive within seconds."
        },
        {
          text: "Cache the nightly query results in Redis for the feature jobs",
          explanation: "A cache makes reading the results faster, but what it holds is exactly as old as the nightly scan, which keeps running at full cost."
        }
      ],
      answer: 2,
      reread: "relational-databases-and-change-data-capture"
    },
    {
      id: "sources-lakehouse",
      objective: "TODO",
      prompt: "Training history sits as Parquet files in an S3 bucket that any team may write into. You want to retrain next year on exactly the data used today. Why put these files under a table format such as Iceberg or Delta Lake?",
      options: [
        {
          text: "It adds transactions, schema evolution and time travel to past data",
          explanation: "Right: atomic commits, tracked schema changes and queryable past snapshots let you pin and later rebuild the exact training set."
        },
        {
          text: "The storage underneath costs less per gigabyte than a plain S3 bucket",
          explanation: "A table format is metadata layered over the same object storage, so the per-gigabyte price does not change; its value lies in guarantees, not cost."
        },
        {
          text: "It removes the need for an orchestrator such as Airflow to schedule jobs",
          explanation: "Jobs still have to be triggered by an orchestrator; the table format governs how data is committed and versioned, not when work runs."
        },
        {
          text: "It rewrites the Parquet files as TFRecord so training reads faster",
          explanation: "A lakehouse keeps Parquet as its storage; TFRecord is a separate artifact a TensorFlow team might derive from it for one job."
        }
      ],
      answer: 0,
      reread: "object-storage-lakes-and-lakehouses"
    },
    {
      id: "sources-recent-views",
      objective: "TODO",
      prompt: "A shopping app wants to rank suggestions using \"items this user viewed in the last five minutes.\" Which source and mechanism should feed that feature?",
      options: [
        {
          text: "An hourly SQL query against a clicks table in the Postgres database",
          explanation: "The views are indeed in that table, but an answer up to an hour old cannot describe the last five minutes, and the query adds load to an OLTP system."
        },
        {
          text: "The nightly clickstream archive that is exported into S3",
          explanation: "The archive is complete and ideal for building training sets, but it lands a day late, far outside a five-minute window."
        },
        {
          text: "A REST endpoint that a scheduler polls once every minute",
          explanation: "Polling feels close to real time, yet it adds lag and rate-limit handling while the view events themselves already flow through a stream."
        },
        {
          text: "The clickstream topic in Kafka, read by a stream processor",
          explanation: "Right: each view arrives on the topic as it happens, and a processor such as Flink can keep a sliding five-minute window per user."
        }
      ],
      answer: 3,
      reread: "event-streams"
    },
    {
      id: "sources-medallion",
      objective: "TODO",
      prompt: "A lakehouse is split into bronze, silver and gold zones. A data scientist is about to train a churn model. Where should the training data come from, and how should it be pinned?",
      options: [
        {
          text: "Bronze, so the model sees every raw record before any cleaning",
          explanation: "Raw data can feel more honest, but bronze still carries duplicates, bad records and unparsed fields that would have to be cleaned inside every training job."
        },
        {
          text: "Gold, read at a recorded table version so it can be rebuilt",
          explanation: "Right: gold holds feature-ready tables, and noting the snapshot version lets time travel return the identical data for a later retrain."
        },
        {
          text: "Silver, always reading the latest state so the data is freshest",
          explanation: "Silver is cleaned but not yet shaped into features, and reading whatever is newest means the next run may see different rows."
        },
        {
          text: "Gold, exported once to a local CSV so that it can never change",
          explanation: "Freezing a copy does stop it changing, but it drops the schema and any link back to the lake; a recorded table version pins the data without a copy."
        }
      ],
      answer: 1,
      reread: "object-storage-lakes-and-lakehouses"
    }
  ],
  post: []
};

export default forms;
