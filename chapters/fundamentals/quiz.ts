import type { ChapterQuiz } from '@/lib/quiz/schema';

const quiz: ChapterQuiz = [
  {
    "section": "sources",
    "title": "Data sources",
    "heading": "data-sources",
    "questions": [
      {
        "id": "sources-closest-to-labels",
        "prompt": "A translation app wants examples of good output to fine-tune on. One option is the corrections that users type over the machine output. Compared with the other sources, what should the team expect from this data?",
        "options": [
          {
            "text": "Huge volume arriving in real time, cheap to gather and already clean",
            "explanation": "That matches logs and click streams far better; people produce corrections slowly, and what they type is rarely clean."
          },
          {
            "text": "Close to the labels needed, but scarce, slow and full of noise",
            "explanation": "Right: a human correction is almost a label, yet every one costs a person real attention, and typos or stray pastes mean each row needs checking."
          },
          {
            "text": "A strict, stable schema because the form fields never change shape",
            "explanation": "A form can fix the fields, but it cannot stop people from typing junk into them, so the content stays loose and noisy."
          },
          {
            "text": "Trusted by default, since users have no reason to enter bad values",
            "explanation": "Intent is not the issue: people are hurried and inconsistent, and skipping validation is a common way for a model to quietly learn mistakes."
          }
        ],
        "answer": 1,
        "reread": "user-input-data"
      },
      {
        "id": "sources-trusted-but-costly",
        "prompt": "A data scientist points a nightly training job directly at the production orders table, reasoning that it is the most accurate data the company owns. What is the main risk?",
        "options": [
          {
            "text": "The orders table is probably full of errors that nobody has noticed yet",
            "explanation": "Tempting if you distrust all data, but mistakes in this table cost revenue at once, so it is among the most reliable sources there are."
          },
          {
            "text": "Its schema drifts every time an engineer refactors the service code",
            "explanation": "Loose, shifting schemas describe logging output; transactional tables are the most tightly structured source a company has."
          },
          {
            "text": "A vendor may change how it defines an order without telling anyone",
            "explanation": "Hidden definition changes are a danger of data bought from outside; the orders table belongs to the company itself."
          },
          {
            "text": "Heavy reads compete with live orders and slow the checkout page",
            "explanation": "Right: the data is trustworthy, but scanning it on the live database takes resources from customers placing orders right now."
          }
        ],
        "answer": 3,
        "reread": "internal-databases"
      },
      {
        "id": "sources-doubled-clicks",
        "prompt": "After a frontend refactor, the click-through rate feature suddenly doubles overnight, though nothing about user behavior changed. Which source most likely caused this, and why?",
        "options": [
          {
            "text": "System-generated logs, which inherit bugs like double-emitted events",
            "explanation": "Right: click logs are only as correct as the code that emits them, and a refactor that fires each event twice looks exactly like this."
          },
          {
            "text": "User-input data, because users began clicking twice out of impatience",
            "explanation": "A shift in behavior is possible in principle, but the prompt rules it out, and an overnight jump right after a code change points at the emitter."
          },
          {
            "text": "Internal databases, since the refactor must have changed the order rows",
            "explanation": "Clicks are not stored in the orders table, and transactional tables are the most disciplined source, so they are an unlikely culprit."
          },
          {
            "text": "Third-party data, because an outside vendor supplies the click counts",
            "explanation": "Vendor data can break silently, but clicks on your own frontend are recorded by your own services, not bought from a broker."
          }
        ],
        "answer": 0,
        "reread": "system-generated-data"
      },
      {
        "id": "sources-vendor-drift",
        "prompt": "A churn model uses demographic enrichment bought from a data broker. Accuracy slides for two months and internal monitoring shows nothing unusual. What risk of this source fits best?",
        "options": [
          {
            "text": "The broker data is too small in volume to train on usefully",
            "explanation": "Bought data usually adds breadth quickly; the issue here is not quantity but a change you cannot see."
          },
          {
            "text": "Reading the broker feed slowed down the production database",
            "explanation": "Contention with live traffic is the cost of querying your own transactional tables, not of a purchased feed."
          },
          {
            "text": "You cannot see how the vendor collects or refreshes its data",
            "explanation": "Right: provenance is out of your hands, so a silent break or redefinition in the vendor pipeline shows up as drift before anyone explains it."
          },
          {
            "text": "Users typed inconsistent answers into the demographic form fields",
            "explanation": "Noisy typing is a property of user-input data; here nobody in your product filled anything in, the broker delivered it."
          }
        ],
        "answer": 2,
        "reread": "first-party-and-third-party-data"
      }
    ]
  },
  {
    "section": "formats",
    "title": "Data formats",
    "heading": "data-formats",
    "questions": [
      {
        "id": "formats-point-lookup",
        "prompt": "A service handles thousands of requests a second, each fetching every field of one customer record by its id. Which physical layout serves this best?",
        "options": [
          {
            "text": "Column-major, because only the needed columns are ever read from disk",
            "explanation": "Skipping columns helps scans, but this request wants all of them, so a column store must stitch the record back together from many blocks."
          },
          {
            "text": "Either layout, since the cost of a single row is the same in both",
            "explanation": "The layouts differ exactly here: a mismatched layout can be one to two orders of magnitude slower for the same query."
          },
          {
            "text": "Row-major, so the whole record sits together and one read fetches it",
            "explanation": "Right: the fields of a row are adjacent, so a point lookup of the full record is a single contiguous read."
          },
          {
            "text": "Column-major, since it compresses better and so makes each row faster to load",
            "explanation": "Columnar files do compress well, but rebuilding one row still means visiting every column block, which hurts point lookups."
          }
        ],
        "answer": 2,
        "reread": "row-major-versus-column-major"
      },
      {
        "id": "formats-three-column-scan",
        "prompt": "An analyst averages three columns of a 40-column table with 50 million rows. The data exists both as CSV and as Parquet. Why is the Parquet copy likely to be far quicker?",
        "options": [
          {
            "text": "It reads only the three column blocks, compressed and already typed",
            "explanation": "Right: Parquet stores each column separately with type metadata, so the other 37 columns are never touched and no text has to be parsed."
          },
          {
            "text": "Parquet files are plain text, so they can be parsed with less effort",
            "explanation": "Parquet is binary, not text; its speed comes from layout and encoding, and it is why you cannot simply print it in a terminal."
          },
          {
            "text": "CSV repeats every field name on each row, which bloats the whole file",
            "explanation": "Repeating names is a cost of JSON; CSV has just one header line, but it still forces a reader to walk through every column of every row."
          },
          {
            "text": "Parquet automatically keeps the averages precomputed inside the file",
            "explanation": "Parquet stores data and metadata, not ready-made query answers; the aggregate is still computed, just over far fewer bytes."
          }
        ],
        "answer": 0,
        "reread": "parquet"
      },
      {
        "id": "formats-postal-codes",
        "prompt": "A partner ships customer records as CSV. After loading, New Jersey postal codes like 07053 appear as 7053, and some dates land in the wrong month. What is the underlying cause?",
        "options": [
          {
            "text": "The file was compressed, and compression dropped the leading zeros",
            "explanation": "Compression is lossless for this kind of data; the digits were lost when a reader turned the text into a number."
          },
          {
            "text": "The partner exported from a column-major store, so rows got scrambled",
            "explanation": "The storage layout of the exporting system does not change what values the CSV text holds; the trouble arose while reading it."
          },
          {
            "text": "CSV repeats each field name per row, and that confuses the parser",
            "explanation": "CSV has only one header line; repeating names on every record is how JSON behaves, and it would not drop zeros anyway."
          },
          {
            "text": "CSV carries no schema, so the reader guessed types and guessed wrong",
            "explanation": "Right: every CSV value is a string until a reader infers a type, so a postal code becomes an integer and an ambiguous date gets misread."
          }
        ],
        "answer": 3,
        "reread": "csv"
      },
      {
        "id": "formats-json-bulk",
        "prompt": "A team stores two years of event history, about a billion records, as JSON lines because it was easy to inspect. Storage and scan costs keep climbing. What is the main reason JSON is a poor fit here?",
        "options": [
          {
            "text": "JSON cannot represent nested fields, so records must be flattened first",
            "explanation": "Nesting is one of the things JSON does well; its weakness at this scale is size and parsing cost, not structure."
          },
          {
            "text": "Each record spells out all field names and writes numbers as text",
            "explanation": "Right: self-description is paid for on every record, so a billion rows carry a billion copies of the keys plus slow text-to-number parsing."
          },
          {
            "text": "JSON is a binary format, so it cannot be opened and read by people",
            "explanation": "JSON is text and very easy to read, which is why it suits small payloads, logs and configs where humans look."
          },
          {
            "text": "JSON embeds a rigid schema, so every added field breaks old readers",
            "explanation": "JSON carries no enforced schema at all; an embedded schema is a feature of Parquet, and it is not the cost problem here."
          }
        ],
        "answer": 1,
        "reread": "json"
      }
    ]
  },
  {
    "section": "models",
    "title": "Data models",
    "heading": "data-models",
    "questions": [
      {
        "id": "models-document-address",
        "prompt": "A document store keeps each user as one document holding the profile, recent orders and a shared household address. Five users in one household move. What does the update involve?",
        "options": [
          {
            "text": "Nothing, because the database updates the duplicate copies by itself",
            "explanation": "Document stores do not track duplicated values across records; keeping the copies consistent is up to your application."
          },
          {
            "text": "Changing a single address row that all five documents reference",
            "explanation": "That is how a normalized relational schema handles it; documents usually embed the value rather than point to one shared row."
          },
          {
            "text": "Writing the new address into all five documents that hold a copy",
            "explanation": "Right: the document model trades joins for duplicated data, so every copy must be changed, and nothing in the database checks that you did."
          },
          {
            "text": "Adding a labeled MOVED_TO edge from each user node to a new address node",
            "explanation": "Edges between nodes belong to the graph model; a document store has no first-class relationships to rewire."
          }
        ],
        "answer": 2,
        "reread": "document-model"
      },
      {
        "id": "models-sensor-readings",
        "prompt": "A factory records temperature from 20,000 sensors every second. Every query asks for things like a five-minute rolling average over the last hour, and data older than a month can move to cheaper storage. Which model fits?",
        "options": [
          {
            "text": "Graph, with one node per sensor and an edge to each of its readings",
            "explanation": "Graphs shine at walking relationships; this workload is bulk aggregation over time, which is awkward in a graph."
          },
          {
            "text": "Relational, with normalized tables joined for each rolling-average query",
            "explanation": "It would work at first, but there is nothing to join here, and a general engine lacks the windowing and automatic aging this workload needs."
          },
          {
            "text": "Document, storing each sensor as one document that grows every second",
            "explanation": "Embedding all readings in one record gives read locality, but the document grows without bound and time-window queries become scans."
          },
          {
            "text": "Time-series, built for appends, time filters and aging out old data",
            "explanation": "Right: small fixed rows of timestamp, sensor and value, with every query bounded in time, is the shape these engines are tuned for."
          }
        ],
        "answer": 3,
        "reread": "time-series-model"
      },
      {
        "id": "models-ledger-integrity",
        "prompt": "A billing team needs every invoice to reference an existing customer, and finance will ask questions nobody can predict yet. Which model suits this source of truth?",
        "options": [
          {
            "text": "Document, so each invoice carries its own copy of the customer fields",
            "explanation": "Copies make single reads quick, but the database would not stop an invoice from naming a customer who does not exist."
          },
          {
            "text": "Relational, with foreign keys and constraints the database enforces",
            "explanation": "Right: the engine itself refuses orphan invoices, and plain SQL can answer new questions; joins across many tables are the cost."
          },
          {
            "text": "Time-series, since every invoice has a date and gets appended in order",
            "explanation": "Having a timestamp does not make a workload time-series; invoices have real relationships and need ad-hoc queries beyond time windows."
          },
          {
            "text": "Graph, because invoices and customers are linked by a relationship",
            "explanation": "Almost all data has relationships; a graph pays off when multi-hop traversal is the product, not for a ledger with aggregate reports."
          }
        ],
        "answer": 1,
        "reread": "relational-model"
      },
      {
        "id": "models-friends-of-friends",
        "prompt": "A social app wants to suggest products bought by friends of a user's friends, and this query runs on every page load. In a relational schema it needs a self-join on a huge follows table. Which model fits this part of the system?",
        "options": [
          {
            "text": "Graph, where a two-hop walk along FOLLOWS and BOUGHT edges is cheap",
            "explanation": "Right: edges are stored as first-class links, so following them costs about the same per step no matter how big the graph gets."
          },
          {
            "text": "Document, embedding each user's full friend list inside their record",
            "explanation": "That gives one hop cheaply, but reaching friends of friends means fetching and merging many documents, a cross-document query."
          },
          {
            "text": "Relational, adding indexes so the self-join over follows stays fast",
            "explanation": "With an index the work does follow the edges reached, not the user count, but every hop is another self-join and every step a probe into an index over the whole follows table rather than a walk along a stored link; on every page load, and more so at three or four hops, that is the cost the graph model avoids."
          },
          {
            "text": "Time-series, so that the follow events are appended in time order",
            "explanation": "Follow events do have timestamps, but the question is about walking connections, which time-series engines barely support."
          }
        ],
        "answer": 0,
        "reread": "graph-model"
      }
    ]
  },
  {
    "section": "engines",
    "title": "Storage engines",
    "heading": "storage-engines",
    "questions": [
      {
        "id": "engines-no-btree-in-olap",
        "prompt": "The designers of an analytics engine decide not to build B-tree indexes on its tables. Why is this a reasonable choice for that kind of engine?",
        "options": [
          {
            "text": "Indexes break ACID guarantees, which an analytics engine must keep strictly",
            "explanation": "Transactional engines keep B-trees and ACID together; analytical engines lean on snapshot reads, and indexes are not the conflict."
          },
          {
            "text": "B-trees cannot be built at all on data stored in column-major order",
            "explanation": "The point is not impossibility but value: tree indexes stop paying off once the workload is dominated by long scans."
          },
          {
            "text": "Analytics engines hold so few rows that a full scan is always cheap",
            "explanation": "The opposite is true: analytical tables are usually enormous; the engine copes with size through layout, zone maps and compression."
          },
          {
            "text": "Its queries read huge numbers of rows anyway, so an index adds overhead",
            "explanation": "Right: a B-tree speeds up finding a few rows by key; when a query sweeps millions of rows, per-block statistics and compression matter more."
          }
        ],
        "answer": 3,
        "reread": "b-tree-indexes"
      },
      {
        "id": "engines-dashboard-on-prod",
        "prompt": "An analyst runs a ten-million-row dashboard query directly on the Postgres instance that serves checkout. The dashboard loads, but checkout p99 latency doubles while it runs. What is the standard fix?",
        "options": [
          {
            "text": "Copy data asynchronously via ETL or CDC to a separate warehouse",
            "explanation": "Right: keeping the analytical engine apart removes the competition for memory, CPU and disk and the pile-up of old row versions behind long reads, and a little lag is an acceptable price."
          },
          {
            "text": "Add more B-tree indexes so the dashboard query finishes faster",
            "explanation": "Indexes help point lookups; a query that aggregates millions of rows still scans them and still fights checkout for the same machine."
          },
          {
            "text": "Run the dashboard on the same instance but only during business hours",
            "explanation": "Business hours are when checkout is busiest, so this would make the interference worse rather than remove it."
          },
          {
            "text": "Switch checkout to a columnar engine so both workloads share one copy",
            "explanation": "Columnar storage would make every single-order lookup slow, and the two workloads would still compete on one system."
          }
        ],
        "answer": 0,
        "reread": "interference-between-workloads"
      },
      {
        "id": "engines-column-compression",
        "prompt": "The same orders table takes roughly ten times less space in a columnar warehouse than in a row-store database. What explains most of the gap?",
        "options": [
          {
            "text": "The warehouse quietly throws away rows that no query has read recently",
            "explanation": "Warehouses keep all the data; the savings come from how values are encoded, not from deleting any of them."
          },
          {
            "text": "Row stores keep every value as text, while warehouses keep binary",
            "explanation": "Both kinds of engine use typed binary storage; the bigger difference is which values end up stored next to each other."
          },
          {
            "text": "Values within one column resemble each other, so they compress well",
            "explanation": "Right: a block of only country codes or only prices is highly repetitive, while a row mixes unrelated types that compress poorly."
          },
          {
            "text": "Columnar engines keep a B-tree index that replaces duplicate values",
            "explanation": "Analytical engines mostly skip B-trees; their space savings come from per-column compression, not from an index."
          }
        ],
        "answer": 2,
        "reread": "compression-in-columnar-storage"
      },
      {
        "id": "engines-zone-map-skip",
        "prompt": "A warehouse table is stored in blocks sorted roughly by order date, and each block records the minimum and maximum of order_date. A query asks for orders from one week in March. What can the engine do?",
        "options": [
          {
            "text": "Look up each matching row through a B-tree built on the order_date column",
            "explanation": "That is the transactional approach; an analytical engine usually has no row-level index and works at block granularity instead."
          },
          {
            "text": "Skip every block whose date range does not overlap that March week",
            "explanation": "Right: that is the job of a zone map; with sorted data most blocks fall outside the range and are never read."
          },
          {
            "text": "Return the stored min and max as the answer without reading rows",
            "explanation": "Block statistics say where matches might be, not what they are; the qualifying blocks still have to be scanned."
          },
          {
            "text": "Read every block, because min and max values cannot exclude any rows",
            "explanation": "If a block's whole range lies outside the week, no row in it can match, so the block can safely be skipped."
          }
        ],
        "answer": 1,
        "reread": "zone-maps"
      }
    ]
  },
  {
    "section": "dataflow",
    "title": "Modes of dataflow",
    "heading": "modes-of-dataflow",
    "questions": [
      {
        "id": "dataflow-five-hop-success",
        "prompt": "A prediction request passes synchronously through five services, each of which succeeds 99% of the time on its own. Roughly how often does the whole request succeed?",
        "options": [
          {
            "text": "About 99%, because the chain is as reliable as each of its parts",
            "explanation": "This holds for one service only; in a synchronous chain any single failure fails the request, so reliability drops with every hop."
          },
          {
            "text": "About 95%, since 0.99 raised to the fifth power is roughly 0.95",
            "explanation": "Right: every hop must succeed, so the rates multiply, and five one-percent risks add up to about a five-percent loss."
          },
          {
            "text": "About 99.9%, because the services retry and back each other up",
            "explanation": "Nothing in the setup adds redundancy; the services depend on one another in sequence, which lowers reliability rather than raising it."
          },
          {
            "text": "About 50%, because each extra hop cuts the success rate in half",
            "explanation": "Each hop removes about one percent, not half; the loss grows with the number of hops but stays small for reliable services."
          }
        ],
        "answer": 1,
        "reread": "how-failures-compound-across-hops"
      },
      {
        "id": "dataflow-shared-table-rename",
        "prompt": "The feature pipeline reads straight from a table that the orders service writes. The orders team renames a column during a routine migration, and the pipeline breaks. What property of this dataflow mode caused the problem?",
        "options": [
          {
            "text": "RPC failure cascades, because the orders service was briefly down",
            "explanation": "No request went between the services, so nothing cascaded; the break came from the shared table itself changing shape."
          },
          {
            "text": "Eventual consistency, since the pipeline read the rows too early",
            "explanation": "Timing lag is the price of a message bus; here the data was there, but under a column name the reader no longer recognized."
          },
          {
            "text": "Every reader is implicitly bound to the writer's table schema",
            "explanation": "Right: through a database, the schema is the contract nobody wrote down, so a rename needs every consuming team to coordinate."
          },
          {
            "text": "The database lost the rows written just before the migration ran",
            "explanation": "Nothing was lost; the rows are intact, and it is only the pipeline's expectation of the column names that no longer holds."
          }
        ],
        "answer": 2,
        "reread": "dataflow-through-a-database"
      },
      {
        "id": "dataflow-four-hop-errors",
        "prompt": "A request travels through four services in a synchronous chain, and each service fails about 1% of the time on its own. Roughly what error rate does the user see?",
        "options": [
          {
            "text": "About 1%, because failures in the services average out over the chain",
            "explanation": "Averaging would apply if a request touched only one service; here it must pass all four, so each hop adds its own risk."
          },
          {
            "text": "Close to 0%, because the later services catch the earlier failures",
            "explanation": "In a plain synchronous chain nothing absorbs an upstream error; a failure at any hop is the user's failure."
          },
          {
            "text": "About 16%, because each hop multiplies the error rate by four",
            "explanation": "Errors add up roughly linearly for small rates; multiplying them this way overstates the loss several times over."
          },
          {
            "text": "About 4%, since failing at any of the four hops fails the request",
            "explanation": "Right: the end-to-end success is 0.99 to the fourth power, about 96%, so roughly 4% of requests fail."
          }
        ],
        "answer": 3,
        "reread": "how-failures-compound-across-hops"
      },
      {
        "id": "dataflow-bus-vs-rpc",
        "prompt": "The checkout service currently calls the training-data collector over RPC for each purchase. When the collector is down for maintenance, checkouts fail. What should change, and why?",
        "options": [
          {
            "text": "Publish purchases to a durable topic that the collector reads later",
            "explanation": "Right: checkout no longer waits, the bus keeps events while the collector is down, and it resumes where it stopped."
          },
          {
            "text": "Keep RPC, since the collector needs an immediate, consistent answer",
            "explanation": "Immediate consistency matters for things like payment approval; a training pipeline can tolerate a short delay."
          },
          {
            "text": "Have the collector poll the checkout tables directly every few seconds",
            "explanation": "That swaps the outage problem for a shared-schema coupling and extra load on the checkout database."
          },
          {
            "text": "Add more synchronous hops so requests can route around the collector",
            "explanation": "Extra hops in a synchronous chain lower end-to-end reliability; checkout would still wait on services it does not need."
          }
        ],
        "answer": 0,
        "reread": "dataflow-through-a-message-bus"
      }
    ]
  },
  {
    "section": "batch-stream",
    "title": "Batch and stream processing",
    "heading": "batch-and-stream-processing",
    "questions": [
      {
        "id": "batch-stream-fraud-latency",
        "prompt": "A card issuer scores transactions for fraud with a nightly job. A fraudulent charge made at 9:01 AM is flagged that night, long after the money is gone. What change addresses this?",
        "options": [
          {
            "text": "Retrain the fraud model every week on a fresh week of labeled data",
            "explanation": "A fresher model can help accuracy, but it still scores charges only when the nightly job runs, long after the fraud."
          },
          {
            "text": "Give the nightly batch job more machines so it finishes sooner",
            "explanation": "A faster batch job still starts only after the day ends; the delay comes from waiting for the window, not from run time."
          },
          {
            "text": "Switch the pipeline from ETL to ELT inside the data warehouse",
            "explanation": "ETL versus ELT decides where the transform happens, not how often the pipeline runs, so latency stays about the same."
          },
          {
            "text": "Score each transaction in a stream processor as it arrives",
            "explanation": "Right: stream processing produces output within seconds, so a charge can be flagged before it completes, at the cost of always-on infrastructure."
          }
        ],
        "answer": 3,
        "reread": "stream-processing"
      },
      {
        "id": "batch-stream-session-window",
        "prompt": "A product team wants a stream job that measures each user's visit length, where a visit ends after 30 minutes without any activity. Which window type matches this definition?",
        "options": [
          {
            "text": "Tumbling windows of 30 minutes, placed back to back on the clock",
            "explanation": "Fixed clock windows cut a visit in two whenever it crosses a boundary, and they cannot end when the user goes idle."
          },
          {
            "text": "Session windows that close after a 30-minute gap with no events",
            "explanation": "Right: a session window follows a burst of activity and ends after a quiet gap, so its length varies just as visits do."
          },
          {
            "text": "Sliding windows of 30 minutes that begin a new window every minute",
            "explanation": "Sliding windows overlap with a fixed length, so one visit would show up in many windows and none would match its true span."
          },
          {
            "text": "A single global window that spans the whole of the user's history",
            "explanation": "One endless window mixes all visits together; the gap that defines where a visit ends would never split them apart."
          }
        ],
        "answer": 1,
        "reread": "session-windows"
      },
      {
        "id": "batch-stream-late-events",
        "prompt": "A stream job counts app taps per minute. Phones that lose signal upload their taps several minutes later, each stamped with the time it happened. What must the pipeline handle that a nightly batch job could mostly ignore?",
        "options": [
          {
            "text": "Out-of-order arrival, with watermarks deciding when a minute is done",
            "explanation": "Right: a streaming engine must decide how long to wait for late data before closing a window, which is part of why stream code is harder."
          },
          {
            "text": "A switch from ELT to ETL so that all taps are cleaned before loading",
            "explanation": "Where the transform sits does not tell the job how long to keep a minute open for stragglers."
          },
          {
            "text": "Nothing special, because late taps simply join the current minute",
            "explanation": "Counting by arrival time would put those taps in the wrong minute; they belong to the moment stamped on them."
          },
          {
            "text": "Larger batches, since the data set size must be known before counting",
            "explanation": "Knowing the size up front is a batch advantage; a stream never finishes, so it cannot wait for all data before producing counts."
          }
        ],
        "answer": 0,
        "reread": "stream-processing"
      },
      {
        "id": "batch-stream-etl-or-elt",
        "prompt": "A bank builds an audit pipeline in which regulators must never be able to see a malformed or duplicate row in the reporting store. Source volume is modest, and the transforms are costly. Which pattern fits?",
        "options": [
          {
            "text": "ELT, because keeping raw data makes it cheaper to recover from mistakes",
            "explanation": "That is ELT's real strength for changing analytics, but loading raw rows means unclean data sits in the reporting store."
          },
          {
            "text": "ELT, because columnar warehouses can now transform raw data quickly",
            "explanation": "Warehouse speed is why ELT became the default, but speed does not stop ungroomed rows from being visible after loading."
          },
          {
            "text": "ETL, so that only cleaned and checked rows ever reach the store",
            "explanation": "Right: transforming before loading guarantees consumers never see unclean data, and small sources with costly transforms suit it."
          },
          {
            "text": "Neither, because audit data must always be processed as a stream",
            "explanation": "Batch versus stream is a separate choice about timing; the question here is whether cleaning happens before or after loading."
          }
        ],
        "answer": 2,
        "reread": "choosing-between-etl-and-elt"
      }
    ]
  }
];

export default quiz;
