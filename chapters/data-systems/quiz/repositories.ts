import type { SectionForms } from '@/lib/quiz/schema';

const forms: SectionForms = {
  section: "repositories",
  title: "Data repositories",
  heading: "data-repositories",
  objectives: [
    {
      id: "repositories-databases",
      text: "**Match** a workload to a kind of database (transactional, analytical, document, vector or in-memory key-value) from the requests it makes, the latency it needs and where its system of record lives."
    },
    {
      id: "repositories-schema",
      text: "**Choose** between schema on write and schema on read for incoming data, and name the layers a lake needs on top so that it does not turn into a swamp."
    },
    {
      id: "repositories-acid",
      text: "**Identify** which ACID guarantee a failure breaks, such as a half-finished job or a lost update, and what restores it in a database or in a lakehouse on object storage."
    },
    {
      id: "repositories-snapshots",
      text: "**Trace** how a table format turns each change into new files and a new snapshot, and use that history to rebuild an earlier training set or, by expiring snapshots, to erase data for good."
    },
    {
      id: "repositories-layers",
      text: "**Explain** what each lakehouse layer (object store, table format, metastore, engine) does when a query runs, including where access rules live and how the engine skips files."
    },
    {
      id: "repositories-stages",
      text: "**Pick** a repository stack for a project’s stage (a database and files, then an added warehouse, then a lakehouse) from how many teams share the data and which history they need."
    }
  ],
  pre: [
    {
      id: "repositories-schema-on-read",
      objective: "repositories-schema",
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
          text: "Land the raw files as-is in a lake and pick out fields when querying",
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
      objective: "repositories-snapshots",
      prompt: "An Iceberg table moved from snapshot 2 (part-0001 and part-0002) to snapshot 3 (part-0001 and part-0003) after a correction. A model was trained on snapshot 2. What happened to part-0002.parquet, and how do you rebuild that training set?",
      options: [
        {
          text: "It is untouched; reading snapshot 2 gives back every row the model saw",
          explanation: "Right: table formats never edit data files; a new snapshot just points to a different file list, so older snapshots stay readable."
        },
        {
          text: "It was edited in place, so the old rows exist only in a backup",
          explanation: "In-place edits are how a plain file would behave; the table format writes a replacement file and changes a pointer instead."
        },
        {
          text: "It was deleted at commit, leaving just statistics about its rows",
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
      objective: "repositories-layers",
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
      objective: "repositories-databases",
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
    },
    {
      id: "repositories-crashed-export",
      objective: "repositories-acid",
      prompt: "A nightly job writes a new version of a training table as 40 Parquet files straight into a folder of a plain data lake. It crashes after writing 25 of them. In the morning a training run reads whatever files the folder holds. Which guarantee was missing, and what would have provided it?",
      options: [
        {
          text: "Atomicity: a table format commit makes all 40 files visible at once, or none",
          explanation: "Right: in a lakehouse the new files count only when the snapshot pointer moves, so a job that dies halfway leaves the old version whole and readable."
        },
        {
          text: "Durability: the 25 written files may vanish, so each should be stored twice",
          explanation: "Object storage keeps what was written very safely; the trouble is not losing those files but reading them as if the set were complete."
        },
        {
          text: "Consistency: a stricter schema on the folder would have stopped the crash",
          explanation: "Rules about valid values do not stop a process from dying, and a plain folder enforces no schema in the first place."
        },
        {
          text: "Isolation: another job probably overwrote some of the files at the same time",
          explanation: "Isolation keeps concurrent work apart, but here one writer simply stopped; its half-finished output stays that way after it is gone."
        }
      ],
      answer: 0,
      reread: "acid-guarantees"
    },
    {
      id: "repositories-first-classifier-stack",
      objective: "repositories-stages",
      prompt: "A two-person team is shipping its first image classifier. It has Postgres for the app, images in a bucket and a small table describing each image. A manager proposes adopting a full lakehouse with a catalog and three engines now, to be ready for growth. What is the better call?",
      options: [
        {
          text: "Adopt the lakehouse now, because moving later means migrating each table",
          explanation: "Future migration is a real cost, but today the heavier stack brings overhead and no guarantee the team actually needs yet."
        },
        {
          text: "Move the app’s state into the lakehouse as well, so one system holds everything",
          explanation: "A lakehouse does not replace a fast transactional store for the live product; application state stays in a relational database at every stage."
        },
        {
          text: "Keep the database and files until revised labels, more teams or audits call for more",
          explanation: "Right: for one team with few datasets and informal experiments this setup is cheap and enough; those pressures are what justify the next stage."
        },
        {
          text: "Swap the bucket for a warehouse so that the images themselves can be queried",
          explanation: "Warehouses hold structured rows for analytical queries; images stay as files in object storage, described by the metadata table."
        }
      ],
      answer: 2,
      reread: "three-infrastructures-as-requirements-grow"
    }
  ],
  post: [
    {
      id: "repositories-help-article-search",
      objective: "repositories-databases",
      prompt: "A help center wants to show the ten articles closest in meaning to a user’s question. It has an embedding for each of its 200,000 articles and already runs Postgres. Where should the lookup run?",
      options: [
        {
          text: "Redis, keyed by article id, so each embedding comes back within a millisecond",
          explanation: "A key-value store is fast when you know the key; finding which articles are nearest to a new question is a different kind of lookup."
        },
        {
          text: "A columnar warehouse query that averages the embeddings of each topic",
          explanation: "Warehouses excel at scans and aggregates, but an average per topic does not rank individual articles by closeness to the question."
        },
        {
          text: "A document database that stores each article with a free-form list of tags",
          explanation: "Matching tags finds articles that share words someone chose, not ones close in meaning, and document stores are built for changing shapes."
        },
        {
          text: "A store with nearest-neighbor search over vectors, such as pgvector in their Postgres",
          explanation: "Right: similarity search over embeddings is what vector databases do, and a built-in option in a database the team already runs is often enough."
        }
      ],
      answer: 3,
      reread: "vector-databases"
    },
    {
      id: "repositories-swamp-cleanup",
      objective: "repositories-schema",
      prompt: "A team’s lake holds three years of raw JSON, images and Parquet exports under prefixes that each engineer chose. Nobody can say which files make up the current training table or which images have labels. What should the team add?",
      options: [
        {
          text: "A schema enforced on the bucket, so that malformed files are refused from now on",
          explanation: "Object stores take any bytes under any key, and even a check on new files would do nothing to organize the three years already there."
        },
        {
          text: "Layers on top: a metadata database for images, a catalog and log for tables",
          explanation: "Right: a lake left without structure becomes a swamp; a metadata database saying what each image is, and a catalog with a transaction log saying which files form each table, make it searchable and trustworthy again."
        },
        {
          text: "A move of the files into a relational database with fixed columns",
          explanation: "Schema on write suits stable records, but it would force images and raw events into a shape chosen now and drop what does not fit."
        },
        {
          text: "A naming convention for new prefixes, announced to each team",
          explanation: "Tidier names help a little, yet they cannot say which files form the current version of a table or keep a history of it."
        }
      ],
      answer: 1,
      reread: "schema-on-write-and-schema-on-read"
    },
    {
      id: "repositories-vote-counter",
      objective: "repositories-acid",
      prompt: "An annotation tool keeps a vote count on each candidate label. Two reviewers upvote label 88 at the same moment: each request reads the count 4 and writes back 5, so the count ends at 5. Which guarantee failed, and what fixes it?",
      options: [
        {
          text: "Durability: the second write was not flushed to disk before the first one landed",
          explanation: "Both writes were kept; one of them simply overwrote the other, which is a problem of concurrent access rather than of surviving a crash."
        },
        {
          text: "Consistency: a rule that counts may never go down would have caught it",
          explanation: "The count did go up, from 4 to 5, so such a rule passes; the write that vanished broke no stated rule."
        },
        {
          text: "Isolation: each vote should add one to the stored count inside a transaction",
          explanation: "Right: this is a lost update; when each request increments whatever the count is at that moment inside a transaction, both votes are counted and it ends at 6."
        },
        {
          text: "Atomicity: both reviewers’ votes should be sent together in one batch request",
          explanation: "Grouping changes into all-or-nothing units is atomicity, but two independent users cannot be made to vote in the same request."
        }
      ],
      answer: 2,
      reread: "acid-guarantees"
    },
    {
      id: "repositories-erasure-request",
      objective: "repositories-snapshots",
      prompt: "A user asks for her uploads to be erased. The team runs DELETE on the Iceberg uploads table, and the current snapshot no longer shows her rows. The table keeps 90 days of snapshots so that past training sets can be rebuilt. Is her data gone?",
      options: [
        {
          text: "Not yet: older snapshots still list files with her rows until all of them expire",
          explanation: "Right: the delete wrote replacement files and a new snapshot, but the old files stay readable through time travel until expiring the snapshots removes them."
        },
        {
          text: "Yes, because DELETE rewrote the affected data files in place, leaving her rows out",
          explanation: "A table format never edits a data file; it writes new ones and moves a pointer, so the files that still hold her rows remain."
        },
        {
          text: "Yes, provided nobody queries the table with VERSION AS OF an older snapshot",
          explanation: "Not reading the rows is not erasing them: the files are still stored, and anyone with access could time-travel back to them."
        },
        {
          text: "No, and it never can be, since Parquet files kept in object storage are immutable",
          explanation: "Files cannot be edited, but they can be deleted; expiring old snapshots removes the files that no remaining snapshot needs."
        }
      ],
      answer: 0,
      reread: "table-formats-snapshots-and-time-travel"
    },
    {
      id: "repositories-one-day-scan",
      objective: "repositories-layers",
      prompt: "A lakehouse table holds a year of click events in 365 daily partitions of similar size, with 8 columns of similar width. A query filters on one day and uses 2 of the columns. Roughly what share of the table’s bytes does the engine read, and what lets it skip the rest?",
      options: [
        {
          text: "About 0.27 %: the metastore lists each partition’s files, and whole rows are read",
          explanation: "This counts the partition pruning but forgets that Parquet lets the engine read only the columns it needs, and the file lists come from the table format, not the metastore."
        },
        {
          text: "About 0.07 %: the table format’s metadata prunes files, and only 2 columns are read",
          explanation: "Right: 1 day in 365 times 2 columns in 8 is about 1 in 1,460; the engine learns which files can match from the table-format metadata, then reads only the needed columns."
        },
        {
          text: "About 25 %, since reading fewer columns is the one saving an engine gets from Parquet",
          explanation: "Column pruning gives the 2-in-8 share, but per-partition file lists let the engine skip the other 364 days without opening them."
        },
        {
          text: "All of it, because an object store has to be listed and read in full for any query",
          explanation: "Engines fetch only the objects, and parts of objects, that the table metadata points them to; nothing forces a full read."
        }
      ],
      answer: 1,
      reread: "engines-on-top-of-the-lakehouse"
    },
    {
      id: "repositories-two-copies-drift",
      objective: "repositories-stages",
      prompt: "A company runs Postgres for its app, a warehouse for event history, and a bucket with a metadata table for training files. Each week the training team copies model outputs and user edits out of the warehouse into lake files, and the two copies keep disagreeing. What is the usual next step?",
      options: [
        {
          text: "A second warehouse for the training team, so that it owns its own copy of the history",
          explanation: "A third copy adds one more schema to keep in step and one more version of the truth to argue about."
        },
        {
          text: "Moving the app’s Postgres tables into the warehouse, so there is one system fewer",
          explanation: "A warehouse is arranged for heavy reads, not for the many small, concurrent changes of a live product, so application state should stay where it is."
        },
        {
          text: "Running the copy every night instead of weekly, so the two versions drift apart less",
          explanation: "More frequent copies shrink the gap but keep two stores and two schemas; the disagreement comes back between runs."
        },
        {
          text: "Shared versioned tables on object storage with a catalog, for training and analytics",
          explanation: "Right: a lakehouse gives both uses one governed, versioned copy with time travel, so nothing has to be copied between a lake and a warehouse."
        }
      ],
      answer: 3,
      reread: "three-infrastructures-as-requirements-grow"
    }
  ]
};

export default forms;
