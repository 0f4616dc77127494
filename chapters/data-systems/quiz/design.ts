import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22, each tied to an objective. Post form: new questions on the same objectives.
const forms: SectionForms = {
  section: "design",
  title: "System design",
  heading: "system-design",
  objectives: [
    { id: "design-requirements-first", text: "**Derive** what an ML data system must do from questions about the problem (how stale data may be, what each source can deliver, how well outside data matches production, when the model is asked) before choosing any tool." },
    { id: "design-ingestion-durability", text: "**Choose** an ingestion pattern and a stable record identity for each source, so that what lands can be deduplicated, replayed and rebuilt." },
    { id: "design-boundaries", text: "**Draw** the boundaries of a design: personal data in restricted zones under least-privilege access, and prediction records kept out of the operational database that serves the product." }
  ],
  pre: [
    {
      id: "design-ingestion-per-source",
      objective: "design-ingestion-durability",
      prompt: "A new delivery product has three sources: a partner’s CSV export refreshed once a day, the app’s PostgreSQL orders table whose full history of changes you need, and courier GPS pings every few seconds. Which ingestion plan fits these sources?",
      options: [
        { text: "Nightly full snapshots of all three, so there is one simple pattern", explanation: "A single pattern is easy to run, but nightly copies lose the order changes between snapshots and leave GPS data hours old." },
        { text: "Stream all three through the broker, including the partner file", explanation: "A stream cannot make the partner data fresher than its daily export; wrapping a file in a stream only adds moving parts." },
        { text: "Query orders each hour for changes and load GPS in a nightly batch", explanation: "Hourly polling misses changes that happen between queries and loads the database, and nightly GPS is far too stale for live ETAs." },
        { text: "Load the file daily, capture orders with CDC, stream GPS via a broker", explanation: "Right: each pattern matches what its source can offer and what the product needs: a daily file, an ordered change history, and a live event flow." }
      ],
      answer: 3,
      reread: "one-possible-design-for-the-delivery-eta-service"
    },
    {
      id: "design-source-cadence",
      objective: "design-requirements-first",
      prompt: "For a model that predicts whether a NYC 311 request will close within a week, a teammate proposes Kafka and Flink so features are always fresh. Which answer to a question about the problem most directly shows that a streaming stack is not needed?",
      options: [
        { text: "The 311 dataset is refreshed by its publisher once a day", explanation: "Right: how often a source updates caps how fresh your data can be, so a daily batch already matches everything this source can deliver." },
        { text: "The dataset holds several million requests each year", explanation: "Volume decides what engine or cluster size you need, not whether data must be processed as a stream." },
        { text: "Requests are often updated in the days after they are opened", explanation: "Late updates call for a lookback window or an update watermark in a batch load; they do not require streaming." },
        { text: "The city renamed several columns of the dataset in December 2025", explanation: "Schema changes argue for ingestion checks that fail loudly; they say nothing about how quickly data must move." }
      ],
      answer: 0,
      reread: "questions-about-the-problem"
    },
    {
      id: "design-pii-zones",
      objective: "design-boundaries",
      prompt: "In the delivery service, raw tables hold customer names, phone numbers and fine-grained courier GPS, yet most analytics and ML jobs need only ids, times and outcomes. Which storage design limits the damage if someone grants overly broad access by mistake?",
      options: [
        { text: "One shared bucket, trusting job code not to select personal columns", explanation: "This works only while every query behaves; a single wide grant or careless SELECT * exposes everything at once." },
        { text: "Encrypt the raw tables and give the key to every team that asks", explanation: "Encryption protects data at rest, but handing the key to anyone who asks amounts to the same broad access." },
        { text: "Keep PII in a restricted zone; give most jobs de-identified tables", explanation: "Right: separate zones with least-privilege access mean most jobs never touch personal data, so a wrong grant on curated tables leaks no names." },
        { text: "Delete customer and courier ids from every table in the system", explanation: "Stable ids are not contact details, and removing them breaks the joins that training and analytics depend on." }
      ],
      answer: 2,
      reread: "governance-tags-and-data-zones"
    },
    {
      id: "design-prediction-storage",
      objective: "design-boundaries",
      prompt: "An ETA service writes every prediction event as a new row in the production orders database, and analysts query that table for model evaluation. Checkout has started to slow down. Where should prediction records live?",
      options: [
        { text: "Keep them in the orders database, and add indexes for the analysts", explanation: "Indexes speed up some queries, but the heavy analytical reads and the growing write load still land on the system of record for checkout." },
        { text: "Latest ETA in the app’s store; every event sent to the lakehouse", explanation: "Right: the operational store keeps only what the product shows now, and immutable prediction events go asynchronously to a repository built for analysis and retraining." },
        { text: "Store only the latest ETA, since older predictions are out of date", explanation: "Older predictions are exactly what evaluation and retraining need; dropping them removes the record of what the model said at each anchor." },
        { text: "Write each event to the lakehouse and return the ETA after it commits", explanation: "Logging is right, but making the user wait for a durable write puts storage on the critical path; the record should be written asynchronously." }
      ],
      answer: 1,
      reread: "return-now-store-for-later"
    }
  ],
  post: [
    {
      id: "design-borrowed-dataset",
      objective: "design-requirements-first",
      prompt: "A grocery start-up has too little history to train its delivery ETA model, so a teammate proposes buying two years of delivery records from a firm in another country. Before any ingestion or storage is designed, which question most needs an answer?",
      options: [
        { text: "Which engine loads the purchased files fastest, Spark or DuckDB", explanation: "Engine choice comes later and depends on volume; it says nothing about whether the data can teach this model anything." },
        { text: "How well the records match our cities, couriers, season and apps", explanation: "Right: a dataset that differs from production in geography, time period or conditions can train a model that fails on real orders, whatever the pipeline; ask for evidence of the match, not a promise." },
        { text: "Whether the records arrive as Parquet or CSV, so a format can be chosen", explanation: "Format is a detail of ingestion; picking it first skips the question of whether the data fits the problem." },
        { text: "How many rows a day the seller can deliver, so the cluster can be sized", explanation: "Scale matters for capacity, but a large dataset that does not resemble production only makes the wrong lessons cheaper." }
      ],
      answer: 1,
      reread: "training-data-and-labels"
    },
    {
      id: "design-redelivered-orders",
      objective: "design-ingestion-durability",
      prompt: "The deliveries table reaches the lake through CDC with several updates per delivery, and the broker sometimes redelivers order events. The gold table, rebuilt every night, must hold one row per delivery per anchor. Which decision keeps rebuilds from counting anything twice?",
      options: [
        { text: "Append every event as it lands and count the rows per delivery at query time", explanation: "Redelivered events become extra rows, and every reader has to remember to deduplicate them, which some will not." },
        { text: "Treat rows that share an ingestion timestamp as copies and keep just one of them", explanation: "A redelivered copy lands at a different moment, so its ingestion time differs and the duplicate survives." },
        { text: "Give every row a fresh UUID at load time, so no two records can collide", explanation: "A fresh id per load makes each redelivered copy look new; the id has to come from the record itself." },
        { text: "Key rows by delivery_id (and anchor in gold), applying changes in commit order", explanation: "Right: stable identifiers let copies collapse into one row, and the change log's commit order settles which update is the latest." }
      ],
      answer: 3,
      reread: "ingestion-and-durability"
    },
    {
      id: "design-training-job-grants",
      objective: "design-boundaries",
      prompt: "A nightly training-set job runs under a service account that can write to every bucket, the raw bronze zone included. A bug in a new version of the job overwrote part of bronze. Which design decision would have limited how much damage the bug could do?",
      options: [
        { text: "Run all jobs under one shared service account, so access is simple to audit", explanation: "A shared account widens every job's reach to the union of all permissions, so one bug can touch even more." },
        { text: "Review each job's code more carefully, with a second reviewer, before every deploy", explanation: "Reviews catch some bugs, but when one slips through, nothing stops it from writing anywhere." },
        { text: "Let the job read only the gold tables it needs and write only to its own output", explanation: "Right: least-privilege access bounds the blast radius; a buggy job without write access to bronze cannot overwrite it." },
        { text: "Move bronze into the operational database, where every write is transactional", explanation: "Transactions make each write atomic; they do not stop a job with permission from writing the wrong thing, and raw bulk data does not belong there." }
      ],
      answer: 2,
      reread: "checks-lineage-and-access"
    },
    {
      id: "design-anchor-question",
      objective: "design-requirements-first",
      prompt: "A product manager wants the ETA shown at checkout and refreshed once the courier has picked up the food. When the team answers \"at which moments will the model be asked, and what may it know at each?\", which design consequence follows?",
      options: [
        { text: "Training rows, features and logs all carry the anchor, one row per delivery per moment", explanation: "Right: each moment is its own decision point, so gold holds one row per delivery per anchor with the inputs known then, and each logged prediction names its anchor." },
        { text: "One row per delivery is enough, since both predictions share the same label", explanation: "They share the label, but not the inputs: the later prediction knows the pickup time, which the checkout prediction cannot." },
        { text: "The refresh after pickup needs a separate streaming stack for its training data", explanation: "Anchors decide what each example may know; a batch build with as-of joins can produce rows for both moments." },
        { text: "Nothing changes until the model is chosen, since anchors are a modeling detail", explanation: "Anchors shape the data design itself, from which features are allowed to how predictions are logged, so they are settled first." }
      ],
      answer: 0,
      reread: "training-data-and-labels"
    }
  ]
};

export default forms;
