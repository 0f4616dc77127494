import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "models",
  title: "Data models",
  heading: "data-models",
  objectives: [],
  pre: [
    {
      id: "models-document-address",
      objective: "TODO",
      prompt: "A document store keeps each user as one document holding the profile, recent orders and a shared household address. Five users in one household move. What does the update involve?",
      options: [
        {
          text: "Nothing, because the database updates the duplicate copies by itself",
          explanation: "Document stores do not track duplicated values across records; keeping the copies consistent is up to your application."
        },
        {
          text: "Changing a single address row that all five documents reference",
          explanation: "That is how a normalized relational schema handles it; documents usually embed the value rather than point to one shared row."
        },
        {
          text: "Writing the new address into all five documents that hold a copy",
          explanation: "Right: the document model trades joins for duplicated data, so every copy must be changed, and nothing in the database checks that you did."
        },
        {
          text: "Adding a labeled MOVED_TO edge from each user node to a new address node",
          explanation: "Edges between nodes belong to the graph model; a document store has no first-class relationships to rewire."
        }
      ],
      answer: 2,
      reread: "document-model"
    },
    {
      id: "models-sensor-readings",
      objective: "TODO",
      prompt: "A factory records temperature from 20,000 sensors every second. Every query asks for things like a five-minute rolling average over the last hour, and data older than a month can move to cheaper storage. Which model fits?",
      options: [
        {
          text: "Graph, with one node per sensor and an edge to each of its readings",
          explanation: "Graphs shine at walking relationships; this workload is bulk aggregation over time, which is awkward in a graph."
        },
        {
          text: "Relational, with normalized tables joined for each rolling-average query",
          explanation: "It would work at first, but there is nothing to join here, and a general engine lacks the windowing and automatic aging this workload needs."
        },
        {
          text: "Document, storing each sensor as one document that grows every second",
          explanation: "Embedding all readings in one record gives read locality, but the document grows without bound and time-window queries become scans."
        },
        {
          text: "Time-series, built for appends, time filters and aging out old data",
          explanation: "Right: small fixed rows of timestamp, sensor and value, with every query bounded in time, is the shape these engines are tuned for."
        }
      ],
      answer: 3,
      reread: "time-series-model"
    },
    {
      id: "models-ledger-integrity",
      objective: "TODO",
      prompt: "A billing team needs every invoice to reference an existing customer, and finance will ask questions nobody can predict yet. Which model suits this source of truth?",
      options: [
        {
          text: "Document, so each invoice carries its own copy of the customer fields",
          explanation: "Copies make single reads quick, but the database would not stop an invoice from naming a customer who does not exist."
        },
        {
          text: "Relational, with foreign keys and constraints the database enforces",
          explanation: "Right: the engine itself refuses orphan invoices, and plain SQL can answer new questions; joins across many tables are the cost."
        },
        {
          text: "Time-series, since every invoice has a date and gets appended in order",
          explanation: "Having a timestamp does not make a workload time-series; invoices have real relationships and need ad-hoc queries beyond time windows."
        },
        {
          text: "Graph, because invoices and customers are linked by a relationship",
          explanation: "Almost all data has relationships; a graph pays off when multi-hop traversal is the product, not for a ledger with aggregate reports."
        }
      ],
      answer: 1,
      reread: "relational-model"
    },
    {
      id: "models-friends-of-friends",
      objective: "TODO",
      prompt: "A social app wants to suggest products bought by friends of a user's friends, and this query runs on every page load. In a relational schema it needs a self-join on a huge follows table. Which model fits this part of the system?",
      options: [
        {
          text: "Graph, where a two-hop walk along FOLLOWS and BOUGHT edges is cheap",
          explanation: "Right: edges are stored as first-class links, so following them costs about the same per step no matter how big the graph gets."
        },
        {
          text: "Document, embedding each user's full friend list inside their record",
          explanation: "That gives one hop cheaply, but reaching friends of friends means fetching and merging many documents, a cross-document query."
        },
        {
          text: "Relational, adding indexes so the self-join over follows stays fast",
          explanation: "With an index the work does follow the edges reached, not the user count, but every hop is another self-join and every step a probe into an index over the whole follows table rather than a walk along a stored link; on every page load, and more so at three or four hops, that is the cost the graph model avoids."
        },
        {
          text: "Time-series, so that the follow events are appended in time order",
          explanation: "Follow events do have timestamps, but the question is about walking connections, which time-series engines barely support."
        }
      ],
      answer: 0,
      reread: "graph-model"
    }
  ],
  post: []
};

export default forms;
