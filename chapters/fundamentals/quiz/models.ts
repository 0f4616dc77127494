import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: asked before reading (ids kept from before #22). Post form: parallel questions on the same objectives.
const forms: SectionForms = {
  section: "models",
  title: "Data models",
  heading: "data-models",
  objectives: [
    { id: "models-relational", text: "**Justify** a relational schema where integrity and questions nobody has thought of yet matter, and say where its joins start to cost." },
    { id: "models-document", text: "**Predict** what denormalized documents make cheap (one read per screen, shapes that vary) and what they make expensive (rewriting copies, questions across documents)." },
    { id: "models-graph", text: "**Count** the work of a multi-hop relationship query in a graph and in relational tables, and recognize bulk aggregation as the graph model's weak spot." },
    { id: "models-time-series", text: "**Recognize** a time-series workload and size it from the number of series and the reporting interval, including what retention and downsampling save." }
  ],
  pre: [
    {
      id: "models-document-address",
      objective: "models-document",
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
      objective: "models-time-series",
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
      objective: "models-relational",
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
      objective: "models-graph",
      prompt: "A social app wants to suggest products bought by friends of a user's friends, and this query runs on every page load. In a relational schema it needs a self-join on a huge follows table. Which model fits this part of the system?",
      options: [
        {
          text: "Graph, where a two-hop walk along FOLLOWS and BOUGHT edges stays cheap",
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
  post: [
    {
      id: "models-revenue-by-region",
      objective: "models-relational",
      prompt: "A startup keeps orders inside user documents. Analysts now ask new questions across all users every week, such as revenue per product per region, and two services have been writing price as a string in some documents and as a number in others. What would moving the source of truth to relational tables bring, and at what cost?",
      options: [
        { text: "Nothing new: a document store can enforce types and keys just as well", explanation: "By default a document store accepts documents of different shapes, and even where a shape can be validated, nothing enforces references between documents the way foreign keys do." },
        { text: "Fast multi-hop walks between users and products, at the cost of bulk scans", explanation: "That describes a graph model. Revenue per product per region is bulk aggregation, the kind of work graphs handle awkwardly." },
        { text: "Types and keys the database enforces and any question in SQL, paid for in joins", explanation: "Right: the engine rejects a price that is not a number and SQL can pose questions nobody planned for; the price is that most of them become joins, which strain as tables grow." },
        { text: "Cheap appends and time-window queries, at the cost of joins between entities", explanation: "That is the time-series trade-off; orders, users and products refer to one another, which is relational character." }
      ],
      answer: 2,
      reread: "relational-model"
    },
    {
      id: "models-product-page-documents",
      objective: "models-document",
      prompt: "A product page shows one user's profile and last five orders, and in the relational schema it takes four joins per page load. The team moves each user into one document with the orders nested inside. What new cost should they plan for?",
      options: [
        { text: "Each page load now needs more round trips to assemble the nested orders", explanation: "The reverse: a whole document comes back from one read by id, which is why the move speeds up this page." },
        { text: "Product names are copied into orders, and asking who ever bought a product scans every user", explanation: "Right: denormalization trades joins for copies, so renaming a product means rewriting each copy, and questions across documents need a full scan or an index you maintain." },
        { text: "Every document in the collection must share one schema, so adding a field needs a migration", explanation: "A collection happily holds documents with different fields; shapes can change one document at a time." },
        { text: "The database will reject any document whose fields differ in type from the others", explanation: "Nothing of the kind is enforced by default: two documents may disagree about a field's type, and keeping them consistent is the application's job." }
      ],
      answer: 1,
      reread: "document-model"
    },
    {
      id: "models-two-hop-count",
      objective: "models-graph",
      prompt: "A network has 2,000,000 users who each follow 50 others on average. About how many follow edges does a graph database walk for a two-hop query from one user, and what happens to that figure if the user base doubles while the average stays at 50?",
      options: [
        { text: "About 2,550, and it stays the same after the user base doubles", explanation: "Right: 50 + 50 × 50 = 2,550 edges, stored with their nodes, so the walk depends on the neighbours reached, not on the size of the graph." },
        { text: "About 2,550, but twice as many once the user base doubles", explanation: "The count of users reached from one person depends on how many each follows, not on how many users exist in total." },
        { text: "About 100,000,000, since each hop reads the whole follows table", explanation: "That is a relational join without an index on the follower column, not a graph walk along stored edges." },
        { text: "About 100, since each of the two hops adds 50 follows to the walk", explanation: "Each of the 50 people reached in the first hop has 50 follows of their own, so the second hop multiplies: 50 + 50 × 50." }
      ],
      answer: 0,
      reread: "graph-model"
    },
    {
      id: "models-device-downsampling",
      objective: "models-time-series",
      prompt: "A fleet of 5,000 devices each reports battery level every 30 seconds. Raw points are kept for a week, then replaced by 5-minute averages. How many points a day arrive raw, and how many a day remain after downsampling?",
      options: [
        { text: "14.4 million raw and 2.4 million after, since downsampling keeps one in six", explanation: "One in six is the factor for going from 10-second points to 1-minute averages; from 30 seconds to 5 minutes it is one in ten." },
        { text: "432 million raw and 43.2 million after, one point per device per second", explanation: "The devices report every 30 seconds, not every second, so the raw count is 30 times smaller." },
        { text: "240,000 raw and 24,000 after, counting 1,440 intervals a day", explanation: "1,440 is the number of minutes in a day; dividing it by 30 treats the interval as 30 minutes rather than 30 seconds." },
        { text: "14.4 million raw and 1.44 million after downsampling", explanation: "Right: 86,400 / 30 = 2,880 points per device, times 5,000 devices; a 5-minute bucket replaces ten 30-second points." }
      ],
      answer: 3,
      reread: "time-series-model"
    }
  ]
};

export default forms;
