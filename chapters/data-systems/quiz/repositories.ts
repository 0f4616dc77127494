import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "repositories",
  title: "Data repositories",
  heading: "data-repositories",
  objectives: [],
  pre: [
    {
      id: "repositories-schema-on-read",
      objective: "TODO",
      prompt: "Raw JSON click events arrive with fields that change every few weeks, and nobody knows yet which fields future models will need. Which way of storing them fits best?",
      options: [
        {
          text: "A strict Postgres table that rejects events not matching its columns",
          explanation: "Schema on write suits stable, structured data; here it would drop or block events whose new fields later turn out to matter."
        },
        {
          text: "Keep only the fields today’s model reads and discard the rest at once",
          explanation: "This keeps storage tidy, but fields thrown away now cannot serve the new labels and objectives that arrive later."
        },
        {
          text: "Land the files as-is in a lake and pick out fields when querying",
          explanation: "Right: schema on read keeps the raw events intact and lets each later job decide how to interpret them."
        },
        {
          text: "Load every event into Redis keyed by its event id for fast access",
          explanation: "An in-memory store is quick, but RAM is a poor permanent home for a raw history that only keeps growing."
        }
      ],
      answer: 2,
      reread: "schema-on-write-and-schema-on-read"
    },
    {
      id: "repositories-snapshot-rebuild",
      objective: "TODO",
      prompt: "An Iceberg table moved from snapshot 2 (part-0001 and part-0002) to snapshot 3 (part-0001 and part-0003) after a correction. A model was trained on snapshot 2. What happened to part-0002.parquet, and how do you rebuild that training set?",
      options: [
        {
          text: "It is untouched; read the table at snapshot 2 for the same rows",
          explanation: "Right: table formats never edit data files; a new snapshot just points to a different file list, so older snapshots stay readable."
        },
        {
          text: "It was edited in place, so the old rows exist only in a backup",
          explanation: "In-place edits are how a plain file would behave; the table format writes a replacement file and changes a pointer instead."
        },
        {
          text: "It was deleted at commit, leaving only statistics about its rows",
          explanation: "The new snapshot stops listing the file but does not remove it, which is exactly what makes time travel possible."
        },
        {
          text: "It is kept, but only the metastore’s audit log can still reach it",
          explanation: "The metastore records who accessed what, but snapshots are defined and read through the table format’s own metadata."
        }
      ],
      answer: 0,
      reread: "table-formats-snapshots-and-time-travel"
    },
    {
      id: "repositories-metastore-role",
      objective: "TODO",
      prompt: "A query engine receives SELECT * FROM prod.uploads. Which lakehouse layer tells it where that table’s metadata lives and whether this user may see the email column?",
      options: [
        {
          text: "The table format, which lists the Parquet files in each snapshot",
          explanation: "The table format defines snapshots and files for one table, but it offers no global directory of names or access rules."
        },
        {
          text: "The object store, which holds the table’s data and metadata files",
          explanation: "Every file does live there, but a bucket only maps keys to bytes; it knows nothing of table names or column masking."
        },
        {
          text: "The query engine itself, which plans the scan and prunes files",
          explanation: "The engine does the planning and reading, yet it has to ask another layer first what prod.uploads is and who may read it."
        },
        {
          text: "The metastore, which maps names to metadata and enforces policy",
          explanation: "Right: the metastore acts as the lakehouse’s address book and is where access control, masking and audit logs usually live."
        }
      ],
      answer: 3,
      reread: "the-metastore-as-a-directory"
    },
    {
      id: "repositories-engagement-feature",
      objective: "TODO",
      prompt: "A ranking model needs each user’s engagement rate over the last three hours within a few milliseconds of a request. Every engagement event is already logged to a durable database. Where should the model read this value?",
      options: [
        {
          text: "A warehouse query over raw events, run for each incoming request",
          explanation: "A warehouse handles large aggregations well, but scanning events on every request is far too slow for a millisecond budget."
        },
        {
          text: "Redis, updated by a streaming job and keyed by user_id",
          explanation: "Right: an in-memory key-value store serves the precomputed value instantly and can be refilled from the durable log after a restart."
        },
        {
          text: "A vector database that finds users with similar engagement histories",
          explanation: "Vector search suits similarity lookups over embeddings, like finding related photos, not fetching one number for a known user."
        },
        {
          text: "A document database holding one flexible record for each event",
          explanation: "Flexible shapes help when fields evolve, but the rate would still have to be computed from many events at request time."
        }
      ],
      answer: 1,
      reread: "in-memory-key-value-stores"
    }
  ],
  post: []
};

export default forms;
