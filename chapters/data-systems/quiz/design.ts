import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "design",
  title: "System design",
  heading: "system-design",
  objectives: [],
  pre: [
    {
      id: "design-ingestion-per-source",
      objective: "TODO",
      prompt: "A new delivery product has three sources: a partner’s CSV export refreshed once a day, the app’s PostgreSQL orders table whose full history of changes you need, and courier GPS pings every few seconds. Which ingestion plan fits these sources?",
      options: [
        {
          text: "Nightly full snapshots of all three, so there is one simple pattern",
          explanation: "A single pattern is easy to run, but nightly copies lose the order changes between snapshots and leave GPS data hours old."
        },
        {
          text: "Stream all three through the broker, including the partner file",
          explanation: "A stream cannot make the partner data fresher than its daily export; wrapping a file in a stream only adds moving parts."
        },
        {
          text: "Query orders each hour for changes and load GPS in a nightly batch",
          explanation: "Hourly polling misses changes that happen between queries and loads the database, and nightly GPS is far too stale for live ETAs."
        },
        {
          text: "Load the file daily, capture orders with CDC, stream GPS via a broker",
          explanation: "Right: each pattern matches what its source can offer and what the product needs: a daily file, an ordered change history, and a live event flow."
        }
      ],
      answer: 3,
      reread: "one-possible-design-for-the-delivery-eta-service"
    },
    {
      id: "design-source-cadence",
      objective: "TODO",
      prompt: "For a model that predicts whether a NYC 311 request will close within a week, a teammate proposes Kafka and Flink so features are always fresh. Which answer to a question about the problem most directly shows that a streaming stack is not needed?",
      options: [
        {
          text: "The 311 dataset is refreshed by its publisher once a day",
          explanation: "Right: how often a source updates caps how fresh your data can be, so a daily batch already matches everything this source can deliver."
        },
        {
          text: "The dataset holds several million requests each year",
          explanation: "Volume decides what engine or cluster size you need, not whether data must be processed as a stream."
        },
        {
          text: "Requests are often updated in the days after they are opened",
          explanation: "Late updates call for a lookback window or an update watermark in a batch load; they do not require streaming."
        },
        {
          text: "The city renamed several columns of the dataset in December 2025",
          explanation: "Schema changes argue for ingestion checks that fail loudly; they say nothing about how quickly data must move."
        }
      ],
      answer: 0,
      reread: "questions-about-the-problem"
    },
    {
      id: "design-pii-zones",
      objective: "TODO",
      prompt: "In the delivery service, raw tables hold customer names, phone numbers and fine-grained courier GPS, yet most analytics and ML jobs need only ids, times and outcomes. Which storage design limits the damage if someone grants overly broad access by mistake?",
      options: [
        {
          text: "One shared bucket, trusting job code not to select personal columns",
          explanation: "This works only while every query behaves; a single wide grant or careless SELECT * exposes everything at once."
        },
        {
          text: "Encrypt the raw tables and give the key to every team that asks",
          explanation: "Encryption protects data at rest, but handing the key to anyone who asks amounts to the same broad access."
        },
        {
          text: "Keep PII in a restricted zone; give most jobs de-identified tables",
          explanation: "Right: separate zones with least-privilege access mean most jobs never touch personal data, so a wrong grant on curated tables leaks no names."
        },
        {
          text: "Delete customer and courier ids from every table in the system",
          explanation: "Stable ids are not contact details, and removing them breaks the joins that training and analytics depend on."
        }
      ],
      answer: 2,
      reread: "governance-tags-and-data-zones"
    },
    {
      id: "design-prediction-storage",
      objective: "TODO",
      prompt: "An ETA service writes every prediction event as a new row in the production orders database, and analysts query that table for model evaluation. Checkout has started to slow down. Where should prediction records live?",
      options: [
        {
          text: "Keep them in the orders database, and add indexes for the analysts",
          explanation: "Indexes speed up some queries, but the heavy analytical reads and the growing write load still land on the system of record for checkout."
        },
        {
          text: "Latest ETA in the app’s store; every event sent to the lakehouse",
          explanation: "Right: the operational store keeps only what the product shows now, and immutable prediction events go asynchronously to a repository built for analysis and retraining."
        },
        {
          text: "Store only the latest ETA, since older predictions are out of date",
          explanation: "Older predictions are exactly what evaluation and retraining need; dropping them removes the record of what the model said at each anchor."
        },
        {
          text: "Write each event to the lakehouse and return the ETA after it commits",
          explanation: "Logging is right, but making the user wait for a durable write puts storage on the critical path; the record should be written asynchronously."
        }
      ],
      answer: 1,
      reread: "return-now-store-for-later"
    }
  ],
  post: []
};

export default forms;
