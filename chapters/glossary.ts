/** The book's glossary: every key term, defined in the book's own words. Ids are stable: <Term id> and /glossary/#<id> refer to them. */
export interface GlossaryEntry {
  /** Stable anchor id, lowercase with hyphens. */
  id: string;
  /** Display form, e.g. 'change data capture (CDC)'. */
  term: string;
  /** One to three plain sentences, no markup. */
  definition: string;
  /** Ids of other entries worth reading next. */
  related?: string[];
}

export const glossary: readonly GlossaryEntry[] = [
  {
    id: 'ai-agents',
    term: 'AI agents',
    definition:
      'A system built around a language model that plans and carries out a task in several steps, for example reading a table’s documentation, writing a query and checking what it returns. Agents work best on data whose meaning, update schedule and checks are written down, because they cannot ask a colleague what a column means.',
    related: ['data-product', 'transformation-layer'],
  },
  {
    id: 'alerts',
    term: 'alerts',
    definition:
      'Notifications sent automatically when a rule is broken, for example a message to the on-call engineer when the nightly run fails or a table has still not arrived by its 7am deadline.',
    related: ['observability', 'freshness', 'metrics'],
  },
  {
    id: 'analytical',
    term: 'analytical',
    definition:
      'Describes workloads that read large numbers of rows at once to scan, group and summarize them, such as average delivery time per city over a year. Warehouses and columnar file formats are built for this kind of work.',
    related: ['transactional', 'data-warehouses'],
  },
  {
    id: 'analytics-data',
    term: 'analytics data',
    definition:
      'Records kept to understand how a system behaves over time: clicks, errors, model outputs, user edits and how these differ across groups. Unlike application state, it keeps past events even after the live value has changed.',
    related: ['application-state', 'training-data'],
  },
  {
    id: 'anchor-points',
    term: 'anchor points',
    definition:
      'The chosen moments in an entity’s life at which a prediction is made, for instance when a food order is placed, when a courier is assigned and ten minutes after pickup. Each anchor point gives its own training example, limited to what was known at that moment.',
    related: ['prediction-time', 'as-of-joins', 'causality'],
  },
  {
    id: 'application-state',
    term: 'application state',
    definition:
      'The current data a product needs in order to work right now, such as a shopping cart, an order’s status or whether a post is hidden. It is small, changes constantly and usually lives in a transactional database.',
    related: ['relational-databases', 'transactional', 'analytics-data'],
  },
  {
    id: 'as-of-joins',
    term: 'as-of joins',
    definition:
      'A time-aware join that attaches to each record the latest reference value recorded at or before that record’s time, not the newest value overall. A delivery example anchored at 18:02 gets the restaurant backlog snapshot from 18:00, never the one from 18:30.',
    related: ['data-leakage', 'anchor-points', 'causality'],
  },
  {
    id: 'backfill',
    term: 'backfill',
    definition:
      'Rerunning a pipeline over past periods to rebuild their outputs, for example recomputing the last 30 daily partitions after fixing a filter bug or after a source corrected old records. A backfill is only safe when every run is idempotent.',
    related: ['idempotency', 'workflow-orchestrator', 'transformation-layer'],
  },
  {
    id: 'batch-processing',
    term: 'batch processing',
    definition:
      'Processing in which data is allowed to accumulate and a scheduled job then handles a large chunk of it at once, such as a nightly job that turns yesterday’s events into a training table. It is the simplest option when results are needed hourly or daily rather than within seconds.',
    related: ['real-time-processing', 'micro-batching', 'scheduling'],
  },
  {
    id: 'bias',
    term: 'bias',
    definition:
      'A systematic skew in data or modeling choices that makes a model err more often, or more harmfully, for some groups or situations than for others. A skin lesion dataset with few images of dark skin, for instance, yields a model that performs worse on dark skin.',
    related: ['selection-bias', 'proxy-label'],
  },
  {
    id: 'blast-radius',
    term: 'blast radius',
    definition:
      'How far the harm from one mistake can spread. Keeping personal details in a separate, tightly restricted zone shrinks it: an accidental broad grant on a curated table then exposes no names or phone numbers.',
    related: ['data-zones', 'least-privilege-access'],
  },
  {
    id: 'block-storage',
    term: 'block storage',
    definition:
      'Storage that appears to a machine as a raw disk of numbered fixed-size blocks, which can be read and overwritten at any position with low latency. Databases and filesystems run on top of it; a new empty volume must be formatted and mounted before it can hold files.',
    related: ['object-storage', 'ephemeral'],
  },
  {
    id: 'buckets',
    term: 'buckets',
    definition:
      'The top-level containers of object storage. Each bucket is a namespace for object keys and carries its own settings, such as access rules and region, so images/123.png in one bucket is a different object from the same key in another.',
    related: ['object-storage'],
  },
  {
    id: 'business-time',
    term: 'business time',
    definition:
      'When something actually happened in the world, such as when a 311 call was placed or a meal was picked up, as opposed to when a system stored, updated or processed the record of it. Time-correct features and splits are built on business time, also called event time.',
    related: ['causality', 'watermark'],
  },
  {
    id: 'causality',
    term: 'causality',
    definition:
      'For training data, the rule that every example may use only what was known at its prediction time, respecting the order in which facts became available. Breaking this rule is what causes data leakage.',
    related: ['data-leakage', 'prediction-time', 'as-of-joins'],
  },
  {
    id: 'change-data-capture',
    term: 'change data capture (CDC)',
    definition:
      'A way to ingest a database’s changes by reading its internal log of committed writes and emitting each insert, update and delete as an ordered event, often with the row’s values before and after. Tools such as Debezium do this, turning an application database into a stream of history without touching application code.',
    related: ['write-ahead-log', 'log-based-replication', 'event-stream'],
  },
  {
    id: 'class-balance',
    term: 'class balance',
    definition:
      'How the labels in a dataset are divided among the classes, for example 3 percent fraud against 97 percent legitimate. When synthetic data is generated, its class balance should be compared with that of the real seed data.',
    related: ['marginals', 'rare-events', 'correlations'],
  },
  {
    id: 'cluster-manager',
    term: 'cluster manager',
    definition:
      'The Spark component that hands out CPU and memory on a cluster: it launches executors on worker machines at the driver’s request and can replace them when a machine fails. Spark’s own standalone manager, YARN and Kubernetes can each fill this role.',
    related: ['driver', 'executors'],
  },
  {
    id: 'compute-engine',
    term: 'compute engine',
    definition:
      'Software that runs data-processing programs, in batch or as streams, reading and writing files or tables; Spark, Flink, Polars and DuckDB are examples. Good engines plan and optimize the work before running it, which lets them handle data larger than memory.',
    related: ['query-engine', 'lazy-execution', 'stream-processing-engine'],
  },
  {
    id: 'consumer',
    term: 'consumer',
    definition:
      'A service or job that reads events from a broker or log and acts on them, for instance by updating a latest-status table, a dashboard or a model feature. A single event can feed many independent consumers.',
    related: ['producer', 'message-broker', 'subscription'],
  },
  {
    id: 'correlations',
    term: 'correlations',
    definition:
      'How two or more variables move together, for example delivery time tending to grow with distance. Synthetic data should keep the real correlations without inventing or exaggerating ones that only appear in a small seed set.',
    related: ['marginals', 'class-balance'],
  },
  {
    id: 'dag',
    term: 'DAG',
    definition:
      'Short for directed acyclic graph: a set of steps linked by one-way dependency arrows with no cycles, so each step runs only after everything it depends on has succeeded. Orchestrators describe a pipeline such as fetch, check, transform and publish as a DAG.',
    related: ['dependencies', 'workflow-orchestrator'],
  },
  {
    id: 'data-contract',
    term: 'data contract',
    definition:
      'An explicit, published agreement about a dataset: its name and location, column types and meanings, owner, refresh schedule, and which changes may be made without warning its users. Breaking changes go out as a new version instead of altering the old one.',
    related: ['data-product', 'schema', 'transformation-layer'],
  },
  {
    id: 'data-control-plane',
    term: 'data control plane',
    definition:
      'The layer of rules, metadata and automated checks that decides whether data is valid, who may see it and what happens when something looks wrong, separate from the jobs that move the bytes. It turns claims like “updated daily, no personal data” into gates that are actually enforced.',
    related: ['data-plane', 'quality-gate', 'governance'],
  },
  {
    id: 'data-engineers',
    term: 'data engineers',
    definition:
      'Engineers who build and run the systems that ingest, store, transform and serve data reliably. ML engineers usually depend on their pipelines and still need to understand them, because model quality rests on the data those pipelines produce.',
    related: ['data-pipeline'],
  },
  {
    id: 'data-lake',
    term: 'data lake',
    definition:
      'A repository on object storage that holds raw and processed files in any format, with a metadata layer for finding them. It takes in data cheaply and leaves structure to be applied when the data is read.',
    related: ['data-lakehouse', 'schema-on-read', 'object-storage'],
  },
  {
    id: 'data-lakehouse',
    term: 'data lakehouse',
    definition:
      'A data lake with a table layer on top that gives its files versioned schemas, transactions and time travel, so they can be queried much like warehouse tables. A single governed copy of the data can then serve analytics and reproducible training alike.',
    related: ['table-format', 'metastore', 'time-travel'],
  },
  {
    id: 'data-leakage',
    term: 'data leakage',
    definition:
      'Letting a model train on information it would not have when making real predictions, such as a delivery’s pickup time in a model meant to predict at checkout. It makes offline scores look far better than what the model achieves in production.',
    related: ['causality', 'as-of-joins', 'prediction-time'],
  },
  {
    id: 'data-pipeline',
    term: 'data pipeline',
    definition:
      'The chain of processes that carries data from where it is produced to a repository where it can be queried and used with confidence, typically through ingestion, storage, transformation and quality checks.',
    related: ['ingestion', 'data-product', 'workflow-orchestrator'],
  },
  {
    id: 'data-plane',
    term: 'data plane',
    definition:
      'The part of a data stack that does the actual work of reading, moving, transforming and writing data, such as ingestion jobs and Spark transformations. The data control plane decides whether the results of that work may be used.',
    related: ['data-control-plane'],
  },
  {
    id: 'data-product',
    term: 'data product',
    definition:
      'A dataset built and maintained so that other teams can rely on it, with a named owner, documented meaning, quality checks and a predictable update schedule. A curated gold training table is a data product; a scratch staging table usually is not.',
    related: ['data-contract', 'transformation-layer'],
  },
  {
    id: 'data-warehouses',
    term: 'data warehouses',
    definition:
      'Analytical databases designed for large, read-heavy SQL queries and aggregations over structured tables; BigQuery and Redshift are examples.',
    related: ['analytical', 'data-lakehouse'],
  },
  {
    id: 'data-zones',
    term: 'data zones',
    definition:
      'Separate areas of storage, each with its own access rules, for example a restricted raw zone with personal details, a curated zone of de-identified tables and a small lookup zone mapping ids to names. Zones make least-privilege access simpler to grant and to audit.',
    related: ['blast-radius', 'least-privilege-access', 'governance'],
  },
  {
    id: 'data-centric',
    term: 'data-centric',
    definition:
      'An approach to improving an ML system that keeps the model fixed and works on the data instead: cleaner labels, wider coverage, fewer errors. Adding real drone photos of fields to a crop-disease dataset is a data-centric fix.',
    related: ['model-centric'],
  },
  {
    id: 'database-view',
    term: 'database view',
    definition:
      'A named, saved SQL query that can be queried as if it were a table. It stores no copy of the data and runs its query again on every read, unlike a materialized view.',
    related: ['materialized-view'],
  },
  {
    id: 'dbt',
    term: 'dbt',
    definition:
      'A tool for managing transformations as code: each model is a SQL file (or, on some platforms, Python) kept in git and built into a table or view, with a YAML file of column descriptions and tests beside it. References between models give dbt a dependency graph and lineage.',
    related: ['transformation-layer', 'data-contract', 'lineage'],
  },
  {
    id: 'dependencies',
    term: 'dependencies',
    definition:
      'The ordering constraints between pipeline steps: step B depends on step A when B may start only once A has finished successfully, such as transforming only after the ingestion checks pass.',
    related: ['dag', 'workflow-orchestrator'],
  },
  {
    id: 'differential-privacy',
    term: 'differential privacy',
    definition:
      'A mathematical privacy guarantee that limits how much any one person’s record can change the result of a computation, usually by adding carefully sized noise. A synthetic data generator with this guarantee, such as PATE-GAN, does not reveal whether a given person was in its seed data.',
    related: ['governance'],
  },
  {
    id: 'document-databases',
    term: 'document databases',
    definition:
      'Databases that keep each record as a self-contained document, often JSON, so records in one collection may carry different fields. MongoDB is a well-known example.',
    related: ['relational-databases', 'schema-on-read'],
  },
  {
    id: 'driver',
    term: 'driver',
    definition:
      'In Spark, the process that coordinates an application: it turns code or SQL into an optimized plan, cuts it into stages and tasks, sends those to executors and tracks their progress.',
    related: ['executors', 'cluster-manager'],
  },
  {
    id: 'durable',
    term: 'durable',
    definition:
      'Said of data that survives crashes and restarts once written, for example an event appended to a replicated log or an object saved in a bucket, as opposed to a value held only in a process’s memory.',
    related: ['ingestion', 'ephemeral'],
  },
  {
    id: 'elt',
    term: 'ELT',
    definition:
      'Extract, load, transform: raw data is loaded into the repository as it is and then reshaped there, using the repository’s own compute. Keeping the raw input allows later reinterpretation, provided raw tables do not become the end of the road.',
    related: ['etl', 'medallion-architecture', 'schema-on-read'],
  },
  {
    id: 'enrichment',
    term: 'enrichment',
    definition:
      'Adding fields to a record from another source, such as converting a street address into latitude and longitude with a geocoding API, or joining in a reference table of restaurants.',
    related: ['ingestion'],
  },
  {
    id: 'entity',
    term: 'entity',
    definition:
      'The thing a prediction is about, such as a flight, a delivery or a 311 request, identified by a stable id. Splits often keep all rows of one entity in the same partition to avoid leakage.',
    related: ['anchor-points', 'target'],
  },
  {
    id: 'ephemeral',
    term: 'ephemeral',
    definition:
      'Storage that lasts only as long as the machine or container it is attached to; a VM’s boot disk, for example, disappears with the instance. Anything worth keeping has to be written to persistent storage.',
    related: ['durable', 'block-storage'],
  },
  {
    id: 'etl',
    term: 'ETL',
    definition:
      'Extract, transform, load: data is pulled into a staging area, cleaned and joined there, and only the finished result is loaded into the repository. Repositories stay tidy, but fields dropped during transformation may be impossible to recover later.',
    related: ['elt', 'staging-area'],
  },
  {
    id: 'event-log',
    term: 'event log',
    definition:
      'An append-only, ordered record of the events a system produced, such as order_placed or caption_edited. Since nothing in it is overwritten, it can be replayed later to rebuild tables or compute features.',
    related: ['event-stream', 'durable', 'change-data-capture'],
  },
  {
    id: 'event-stream',
    term: 'event stream',
    definition:
      'A continuous flow of events or updates that consumers handle as they arrive, like live vehicle positions from a transit feed, rather than a file delivered once a day.',
    related: ['message-broker', 'stream-processing'],
  },
  {
    id: 'executors',
    term: 'executors',
    definition:
      'Spark processes on worker machines that run the tasks the driver sends them, each with its own CPU and memory. They can cache partitions and spill intermediate data to local disk when memory runs out.',
    related: ['driver', 'shuffle'],
  },
  {
    id: 'experiment-tracking',
    term: 'experiment tracking',
    definition:
      'Recording each training run’s code version, parameters, dataset version and results so runs can be compared and reproduced. It ties every model to the exact dataset snapshot it learned from.',
    related: ['reproducibility', 'snapshot'],
  },
  {
    id: 'failure-handling',
    term: 'failure handling',
    definition:
      'The policy for what a pipeline does when a step fails: retry, stop and alert, keep the last good output, quarantine the bad input, or knowingly publish a result marked as partial.',
    related: ['retries', 'alerts', 'quality-gate'],
  },
  {
    id: 'feature-store',
    term: 'feature store',
    definition:
      'A shared system that registers feature definitions, stores their values (some products also compute them) and serves them offline for training and online for inference. When both sides read values built from the same definition, it guards against offline/online mismatch.',
    related: ['offline-online-mismatch', 'materialized'],
  },
  {
    id: 'frankenstein-dataset',
    term: 'frankenstein dataset',
    definition:
      'A dataset stitched together from several sources. It becomes dangerous when the source lines up with the label, as in COVID-19 X-ray collections where positive and negative images came from different origins, so a model learns to recognize the origin instead of the disease.',
    related: ['bias', 'selection-bias'],
  },
  {
    id: 'freshness',
    term: 'freshness',
    definition:
      'How current a dataset is, and the check that verifies it, such as confirming that yesterday’s partition exists by 7am. A stale table can look perfectly normal while it quietly feeds old data into training.',
    related: ['alerts', 'quality-gate', 'observability'],
  },
  {
    id: 'full-load',
    term: 'full load',
    definition:
      'Ingesting an entire dataset again on every run, for instance downloading the complete 311 export each day into a date-stamped folder. It is easy to reason about but wastes time and money when only a few rows changed.',
    related: ['incremental-load'],
  },
  {
    id: 'fusion',
    term: 'fusion',
    definition:
      'Combining inputs of different kinds, such as a headshot image together with tabular profile and IP signals, to make a single prediction.',
    related: ['late-fusion', 'mid-level-fusion'],
  },
  {
    id: 'governance',
    term: 'governance',
    definition:
      'The policies and controls over who may access data, for which purposes it may be used and how long it may be kept, together with the metadata (consent, region, retention date, owner) that lets pipelines enforce them.',
    related: ['data-zones', 'data-control-plane', 'lineage'],
  },
  {
    id: 'greenfield',
    term: 'greenfield',
    definition:
      'A system designed from scratch, free to choose its own architecture rather than inheriting legacy constraints. For internal data, a greenfield design can decide up front how the application will record its changes for the pipeline.',
    related: ['ingestion'],
  },
  {
    id: 'idempotency',
    term: 'idempotency',
    definition:
      'The property that running a step again with the same inputs leaves the same final result rather than duplicating or corrupting it. A daily job gets it by overwriting its date partition atomically, or by writing to a temporary path and swapping that in after checks pass.',
    related: ['backfill', 'retries'],
  },
  {
    id: 'immutable',
    term: 'immutable',
    definition:
      'Written once and never changed in place; an update produces a new version or file instead. Immutable snapshots and prediction logs are what make past training sets and decisions reproducible.',
    related: ['snapshot', 'table-format'],
  },
  {
    id: 'in-memory',
    term: 'in-memory',
    definition:
      'Describes data stores that keep their data in RAM, such as Redis, to answer lookups in well under a millisecond. They serve as caches and online feature stores, with a durable copy of the data kept elsewhere.',
    related: ['key-value-stores', 'feature-store'],
  },
  {
    id: 'incremental-load',
    term: 'incremental load',
    definition:
      'Ingesting only the records that are new or have changed since the last successful run, usually by comparing an update timestamp with a saved watermark.',
    related: ['watermark', 'lookback-window', 'full-load'],
  },
  {
    id: 'ingestion',
    term: 'ingestion',
    definition:
      'Capturing data from a source and writing it to storage as durable records that can be read and replayed later, along with metadata such as the source, the capture time and governance tags. It does for data what a commit does for code.',
    related: ['durable', 'full-load', 'incremental-load', 'change-data-capture'],
  },
  {
    id: 'key-value-stores',
    term: 'key-value stores',
    definition:
      'Databases that save and return values by a unique key, optimized for very fast single-key lookups such as fetching the latest ETA for one delivery.',
    related: ['in-memory'],
  },
  {
    id: 'knowledge-distillation',
    term: 'knowledge distillation',
    definition:
      'Training a small student model to imitate a large teacher model’s outputs, so the student keeps much of the teacher’s quality at lower cost and latency. Having a foundation model label data for a small in-house classifier is one form of it.',
    related: ['weak-supervision', 'pseudo-labels'],
  },
  {
    id: 'label',
    term: 'label',
    definition:
      'The true outcome a model learns to predict for an example, taken from what actually happened after the prediction time, such as the number of minutes a delivery really took.',
    related: ['target', 'label-latency', 'proxy-label'],
  },
  {
    id: 'label-latency',
    term: 'label latency',
    definition:
      'The delay between making a prediction and learning its true outcome: minutes for a delivery’s duration, months for a loan default. Long delays limit how often a model can retrain on fresh outcomes and make it easy to confuse a negative with an outcome that is not yet known.',
    related: ['label'],
  },
  {
    id: 'late-fusion',
    term: 'late fusion',
    definition:
      'Combining modalities at the very end: separate models, say one for images and one for tabular data, each output a score, and a simple rule or small classifier merges the scores.',
    related: ['fusion', 'mid-level-fusion'],
  },
  {
    id: 'lazy-execution',
    term: 'lazy execution',
    definition:
      'An execution style where each operation only adds to a plan, which the engine optimizes and runs once a result is explicitly requested, as with a Polars scan_parquet query that runs on collect().',
    related: ['compute-engine', 'streaming-mode'],
  },
  {
    id: 'least-privilege-access',
    term: 'least-privilege access',
    definition:
      'Giving each person or service only the access its work requires and nothing more, for instance letting training jobs read curated tables but not the raw table of customer phone numbers.',
    related: ['data-zones', 'blast-radius'],
  },
  {
    id: 'lineage',
    term: 'lineage',
    definition:
      'The recorded trail linking a dataset, label or prediction back to its sources and the transformations that produced it, so errors can be traced and outputs rebuilt.',
    related: ['governance', 'dbt', 'reproducibility'],
  },
  {
    id: 'log-based-replication',
    term: 'log-based replication',
    definition:
      'Copying a database’s changes elsewhere by reading its internal change log, instead of repeatedly querying tables to spot differences. Change data capture works this way.',
    related: ['change-data-capture', 'write-ahead-log'],
  },
  {
    id: 'logs',
    term: 'logs',
    definition:
      'Timestamped text that each pipeline step writes about what it did and why it failed, tagged with the run date and run id so that a bad run can be debugged later.',
    related: ['observability', 'metrics'],
  },
  {
    id: 'lookback-window',
    term: 'lookback window',
    definition:
      'A buffer that re-reads a recent span of records on every incremental run, such as the last seven days, to pick up late arrivals and corrections; duplicates are removed afterwards by key.',
    related: ['incremental-load', 'watermark'],
  },
  {
    id: 'marginals',
    term: 'marginals',
    definition:
      'The distribution of each variable taken on its own, like the spread of ages with every other column ignored. Matching them is necessary but not enough for synthetic data, which must also keep the relationships between variables.',
    related: ['correlations', 'class-balance'],
  },
  {
    id: 'materialized',
    term: 'materialized',
    definition:
      'Precomputed and stored ahead of time rather than worked out when asked. A materialized feature, such as a restaurant’s average delay over the last hour kept current by a streaming job, makes inference fast but costs work for values no request may ever need.',
    related: ['on-demand', 'feature-store'],
  },
  {
    id: 'materialized-view',
    term: 'materialized view',
    definition:
      'A query whose result is stored as data and refreshed on a schedule or when its inputs change, so reads are quick. Unlike a plain view, it takes up storage and can lag behind between refreshes.',
    related: ['database-view'],
  },
  {
    id: 'medallion-architecture',
    term: 'medallion architecture',
    definition:
      'A lakehouse layout that refines data in three layers: bronze holds raw data close to the source, silver holds cleaned tables with consistent types and keys, and gold holds curated tables ready for analytics and training.',
    related: ['elt', 'data-lakehouse'],
  },
  {
    id: 'message-broker',
    term: 'message broker',
    definition:
      'A system that sits between the services that emit events and the ones that read them, decoupling the two and holding events so that slow or failed consumers can catch up; with retention it also makes replay possible. Kafka and Google Cloud Pub/Sub are examples.',
    related: ['topic', 'producer', 'consumer', 'retention'],
  },
  {
    id: 'metastore',
    term: 'metastore',
    definition:
      'The catalog of a lakehouse: it maps table names to the location of their metadata and files and records formats and access rules, so engines can find a table and enforce who may read it.',
    related: ['data-lakehouse', 'table-format'],
  },
  {
    id: 'metrics',
    term: 'metrics',
    definition:
      'Numbers recorded over time for each run, such as row counts, step durations, retry counts and freshness lag, which can be charted and used to trigger alerts.',
    related: ['observability', 'alerts', 'logs'],
  },
  {
    id: 'micro-batching',
    term: 'micro-batching',
    definition:
      'Processing a stream in small batches: an always-running engine, such as Spark Structured Streaming, gathers the events of a short interval (a fraction of a second to a few minutes) and processes each interval as one small batch. Batch jobs scheduled every few minutes are sometimes called micro-batches too; this book calls them frequent batch.',
    related: ['batch-processing', 'real-time-processing'],
  },
  {
    id: 'mid-level-fusion',
    term: 'mid-level fusion',
    definition:
      'Combining modalities part way through: each input is first turned into an intermediate representation, such as an image embedding, which is joined with tabular features and passed to one final predictor.',
    related: ['fusion', 'late-fusion'],
  },
  {
    id: 'model-centric',
    term: 'model-centric',
    definition:
      'An approach that improves results mainly by changing the model, its architecture or its hyperparameters, while the training data stays the same.',
    related: ['data-centric'],
  },
  {
    id: 'object-storage',
    term: 'object storage',
    definition:
      'Storage that keeps whole blobs under keys inside buckets, reached through put and get calls over an API. It is cheap, durable and fast for large sequential reads, but an object cannot be edited in place.',
    related: ['buckets', 'block-storage', 'data-lake'],
  },
  {
    id: 'observability',
    term: 'observability',
    definition:
      'Making pipeline runs visible through logs, metrics, alerts and dashboards, so a team notices late or silently wrong runs, such as a fetch that returns a tenth of the usual rows, and can find the cause quickly.',
    related: ['logs', 'metrics', 'alerts', 'freshness'],
  },
  {
    id: 'offline-online-mismatch',
    term: 'offline/online mismatch',
    definition:
      'A gap between how a feature is computed for training and how it is computed at serving time, for example a 30-minute average built one way in a batch job and another way in production. The model then meets inputs that differ from the ones it learned on.',
    related: ['feature-store'],
  },
  {
    id: 'on-demand',
    term: 'on-demand',
    definition:
      'Computed at the moment it is requested instead of stored beforehand, such as calculating a courier’s distance to the restaurant when the ETA request comes in. It is simple but adds latency and load to each request.',
    related: ['materialized'],
  },
  {
    id: 'prediction-time',
    term: 'prediction time',
    definition:
      'The moment at which a model makes, or would have made, a prediction. Only information available by then may serve as input.',
    related: ['anchor-points', 'causality'],
  },
  {
    id: 'prioritize',
    term: 'prioritize',
    definition:
      'In labeling, sending the most useful or risky examples to reviewers first, such as low-confidence predictions or ones that trigger an action a user will see, rather than sampling uniformly at random.',
    related: ['label'],
  },
  {
    id: 'producer',
    term: 'producer',
    definition:
      'A service that publishes events recording what just occurred, such as a checkout service publishing order_created, without needing to know who will read them.',
    related: ['consumer', 'message-broker'],
  },
  {
    id: 'proxy-label',
    term: 'proxy label',
    definition:
      'A measurable stand-in used as the target when the real outcome cannot be observed, such as future health care cost in place of medical need. If the proxy tracks the truth differently across groups, it builds bias into the model.',
    related: ['label', 'bias'],
  },
  {
    id: 'pseudo-labels',
    term: 'pseudo-labels',
    definition:
      'Labels taken from a current model’s own predictions on new inputs, used to widen training coverage when real labels are missing. They copy that model’s mistakes and can reinforce them over time.',
    related: ['weak-supervision', 'knowledge-distillation'],
  },
  {
    id: 'publish-subscribe',
    term: 'publish-subscribe (pub/sub)',
    definition:
      'A messaging pattern in which producers publish events to a named topic and each subscription to it receives its own copy, usually with at-least-once delivery, so consumers must tolerate the occasional duplicate.',
    related: ['topic', 'subscription', 'work-queue'],
  },
  {
    id: 'quality-gate',
    term: 'quality gate',
    definition:
      'An automated check a dataset has to pass before it is published, or before a run is counted as a success, such as required columns present, keys never null and row counts within range. A failing gate keeps bad data from spreading downstream.',
    related: ['data-control-plane', 'failure-handling'],
  },
  {
    id: 'query-engine',
    term: 'query engine',
    definition:
      'A system that answers queries, usually written in SQL, by looking up a table’s metadata and then scanning its files; Trino, Dremio and DuckDB are examples. It plans each query so as to read as little data as possible.',
    related: ['compute-engine'],
  },
  {
    id: 'rare-events',
    term: 'rare events',
    definition:
      'Uncommon but consequential cases, such as extreme values or unusual outcomes. If the seed data for synthetic generation misses them, the generator will seldom or never produce them.',
    related: ['class-balance', 'marginals'],
  },
  {
    id: 'real-time-processing',
    term: 'real-time processing',
    definition:
      'Processing that updates its outputs continuously, or within seconds to minutes, as new data arrives, such as refreshing a delivery ETA with each courier location ping.',
    related: ['stream-processing', 'batch-processing'],
  },
  {
    id: 'relational-databases',
    term: 'relational databases',
    definition:
      'Databases that store rows in tables with a fixed schema and support transactions, tuned for many small reads, inserts, updates and deletes; PostgreSQL is a common choice. They usually hold application state.',
    related: ['transactional', 'application-state'],
  },
  {
    id: 'reproducibility',
    term: 'reproducibility',
    definition:
      'Being able to re-create a training run, and the dataset behind it, exactly, from the same data version, code and settings. Audits and fair comparisons between models depend on it.',
    related: ['snapshot', 'experiment-tracking', 'lineage'],
  },
  {
    id: 'requirements-before-data',
    term: 'requirements before data',
    definition:
      'The principle of writing down what a model is for, whom it affects, which harms are unacceptable and which constraints apply before any data is collected or reused.',
    related: ['bias'],
  },
  {
    id: 'retention',
    term: 'retention',
    definition:
      'How long a message broker holds on to events after delivering them, so they can be read a second time; days or weeks of retention are what allow replay after a bug fix. The word also names how long governance rules allow a record to be kept.',
    related: ['message-broker', 'governance'],
  },
  {
    id: 'retries',
    term: 'retries',
    definition:
      'Running a failed step again automatically, a limited number of times and usually with growing pauses between attempts. They cure passing problems such as rate limits or timeouts, but not schema changes or bugs.',
    related: ['failure-handling', 'idempotency'],
  },
  {
    id: 'scheduling',
    term: 'scheduling',
    definition:
      'Deciding when a pipeline run starts, for example every day at 7am or whenever a new file lands.',
    related: ['workflow-orchestrator', 'batch-processing'],
  },
  {
    id: 'schema',
    term: 'schema',
    definition:
      'The declared structure of a dataset: its field names, their types and often their meanings and constraints.',
    related: ['schema-on-write', 'schema-on-read', 'schema-drift'],
  },
  {
    id: 'schema-drift',
    term: 'schema drift',
    definition:
      'Change over time in the fields or meaning of upstream data, such as a renamed column or a new status value, which can break downstream jobs. The December 2025 column changes in the NYC 311 dataset are an example.',
    related: ['schema', 'quality-gate'],
  },
  {
    id: 'schema-on-read',
    term: 'schema on read',
    definition:
      'Storing data as it arrives and imposing a structure only when it is queried, which suits raw events whose fields change or whose future uses are not yet known.',
    related: ['schema-on-write', 'data-lake'],
  },
  {
    id: 'schema-on-write',
    term: 'schema on write',
    definition:
      'Requiring data to fit a defined schema before it is stored, so malformed records are rejected at write time, as in a relational table with typed NOT NULL columns.',
    related: ['schema-on-read', 'relational-databases'],
  },
  {
    id: 'selection-bias',
    term: 'selection bias',
    definition:
      'Bias that appears when the way examples were gathered leaves the data unrepresentative of the population a model will serve, for example studying only the mutual funds that survived.',
    related: ['bias'],
  },
  {
    id: 'shard',
    term: 'shard',
    definition:
      'A large file packing many training examples together, such as a TAR archive of 10,000 images and their labels, so training reads data sequentially instead of fetching one small object per sample.',
    related: ['object-storage'],
  },
  {
    id: 'shuffle',
    term: 'shuffle',
    definition:
      'The step in distributed processing where data is sent across the network between workers so that all rows sharing a key, as needed for a join or group-by, end up together. It is usually the costliest part of a job.',
    related: ['executors', 'compute-engine'],
  },
  {
    id: 'snapshot',
    term: 'snapshot',
    definition:
      'A consistent, frozen view of a dataset at one point in time. A training snapshot records the exact input partitions, code version, feature definitions and split rules, and stores its result immutably.',
    related: ['immutable', 'time-travel', 'reproducibility'],
  },
  {
    id: 'spark-sql',
    term: 'Spark SQL',
    definition:
      'The SQL interface of Apache Spark, which runs SQL queries over tables and DataFrames on a cluster with the same optimizer used by the DataFrame API.',
    related: ['compute-engine', 'driver'],
  },
  {
    id: 'staging-area',
    term: 'staging area',
    definition:
      'Temporary storage where extracted raw data waits and is transformed before the result is loaded into its destination, as in ETL.',
    related: ['etl'],
  },
  {
    id: 'stream-processing',
    term: 'stream processing',
    definition:
      'Computation that runs continuously over events as they pass through a broker, updating outputs such as a latest-status table or a rolling count one event at a time instead of waiting for a scheduled job.',
    related: ['stream-processing-engine', 'real-time-processing', 'window'],
  },
  {
    id: 'stream-processing-engine',
    term: 'stream processing engine',
    definition:
      'A system such as Apache Flink or Spark Structured Streaming that consumes events continuously and keeps state, so it can maintain latest values and windowed aggregates and use watermarks to cope with late, out-of-order events.',
    related: ['stream-processing', 'watermark', 'window'],
  },
  {
    id: 'streaming-mode',
    term: 'streaming mode',
    definition:
      'An execution mode in which an engine pulls data through its plan in small batches instead of building large intermediate tables in memory, letting single-machine tools such as Polars handle data bigger than RAM.',
    related: ['lazy-execution'],
  },
  {
    id: 'subscription',
    term: 'subscription',
    definition:
      'A named attachment of a consumer to a topic that tracks which messages it has acknowledged, so the broker can send it new ones and let it catch up after an outage.',
    related: ['publish-subscribe', 'topic'],
  },
  {
    id: 'table-format',
    term: 'table format',
    definition:
      'A metadata and transaction layer, such as Delta Lake or Apache Iceberg, that presents files in object storage as a versioned table; every commit creates a new snapshot listing the files it contains.',
    related: ['snapshot', 'time-travel', 'data-lakehouse'],
  },
  {
    id: 'target',
    term: 'target',
    definition:
      'The quantity a model is built to predict, such as a delay in minutes or a yes-or-no class.',
    related: ['label', 'entity'],
  },
  {
    id: 'time-travel',
    term: 'time travel',
    definition:
      'Querying a table as it was at an earlier version or point in time, using snapshots kept by a table format or warehouse, for example to rebuild the exact rows a past model was trained on.',
    related: ['snapshot', 'table-format'],
  },
  {
    id: 'topic',
    term: 'topic',
    definition:
      'A named channel inside a broker to which producers publish one kind of event and from which consumers read, such as delivery_events or courier_locations.',
    related: ['message-broker', 'publish-subscribe'],
  },
  {
    id: 'training-data',
    term: 'training data',
    definition:
      'The data used to build and evaluate models: inputs, labels, past model outputs and corrections. It must stay reproducible and traceable, unlike live state that is overwritten as it changes.',
    related: ['reproducibility', 'lineage', 'label'],
  },
  {
    id: 'transactional',
    term: 'transactional',
    definition:
      'Describes workloads made of many small, fast reads and writes that must stay consistent under concurrent access, such as placing orders. Relational databases are built for them.',
    related: ['analytical', 'relational-databases'],
  },
  {
    id: 'transformation-layer',
    term: 'transformation layer',
    definition:
      'The code, conventions and tools used to define, version, test and document transformations, which turn one-off queries into data products others can trust; dbt is a common example.',
    related: ['dbt', 'data-product', 'data-contract'],
  },
  {
    id: 'vector-databases',
    term: 'vector databases',
    definition:
      'Databases that store embeddings and quickly find the ones closest to a query vector, usually approximately, for tasks such as similar-image search or retrieval.',
    related: ['in-memory'],
  },
  {
    id: 'watermark',
    term: 'watermark',
    definition:
      'A saved timestamp used as a checkpoint. In incremental loads it marks how far the last run got, such as the largest update time already ingested; in stream processing it tells the engine how long to wait for late events before closing a time window.',
    related: ['incremental-load', 'lookback-window', 'window'],
  },
  {
    id: 'weak-supervision',
    term: 'weak supervision',
    definition:
      'Labeling data with cheap, noisy sources such as hand-written rules instead of ground truth, for example marking very short commit messages as low quality. The labels are imperfect but can cover a large dataset.',
    related: ['pseudo-labels', 'knowledge-distillation'],
  },
  {
    id: 'window',
    term: 'window',
    definition:
      'A span of time over which events are aggregated, such as the last 15 minutes, or a 30-minute window that slides forward every 5 minutes. For training examples, windows are measured back from each example’s anchor time.',
    related: ['stream-processing', 'watermark', 'anchor-points'],
  },
  {
    id: 'work-queue',
    term: 'work queue',
    definition:
      'A messaging pattern in which each message is a task handed to a single worker from a pool, such as resizing one image or sending one email.',
    related: ['publish-subscribe', 'message-broker'],
  },
  {
    id: 'workflow-orchestrator',
    term: 'workflow orchestrator',
    definition:
      'A system that runs pipelines as explicit steps with dependencies, schedules, retries, logs and alerts; Airflow, Argo Workflows and Prefect are examples.',
    related: ['dag', 'scheduling', 'retries'],
  },
  {
    id: 'write-ahead-log',
    term: 'write-ahead log (WAL)',
    definition:
      'An append-only log in which a database records each change before applying it, so it can recover after a crash. CDC tools read this log to stream the database’s changes out.',
    related: ['change-data-capture', 'log-based-replication'],
  },
];
