import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: asked before reading (ids kept from before #22). Post form: parallel questions on the same objectives.
const forms: SectionForms = {
  section: "engines",
  title: "Storage engines",
  heading: "storage-engines",
  objectives: [
    { id: "engines-btree", text: "**Explain** why a transactional engine keeps one B-tree per way of looking rows up while an analytical engine does without, and compute how many pages a lookup touches." },
    { id: "engines-zone-maps", text: "**Predict** how many blocks a zone map lets a scan skip, from how the filtered column is clustered." },
    { id: "engines-compression", text: "**Estimate** a column's size under dictionary and run-length encoding, and explain why columns compress so much better than rows." },
    { id: "engines-interference", text: "**Diagnose** how an analytical query on the transactional engine hurts live traffic, and choose the asynchronous bridge that isolates the two." }
  ],
  pre: [
    {
      id: "engines-no-btree-in-olap",
      objective: "engines-btree",
      prompt: "The designers of an analytics engine decide not to build B-tree indexes on its tables. Why is this a reasonable choice for that kind of engine?",
      options: [
        {
          text: "Indexes break ACID guarantees, which an analytics engine must keep strictly",
          explanation: "Transactional engines keep B-trees and ACID together; analytical engines lean on snapshot reads, and indexes are not the conflict."
        },
        {
          text: "B-trees cannot be built at all on data stored in column-major order",
          explanation: "The point is not impossibility but value: tree indexes stop paying off once the workload is dominated by long scans."
        },
        {
          text: "Analytics engines hold so few rows that a full scan is always cheap",
          explanation: "The opposite is true: analytical tables are usually enormous; the engine copes with size through layout, zone maps and compression."
        },
        {
          text: "Its queries read huge numbers of rows anyway, so an index adds overhead",
          explanation: "Right: a B-tree speeds up finding a few rows by key; when a query sweeps millions of rows, per-block statistics and compression matter more."
        }
      ],
      answer: 3,
      reread: "b-tree-indexes"
    },
    {
      id: "engines-dashboard-on-prod",
      objective: "engines-interference",
      prompt: "An analyst runs a ten-million-row dashboard query directly on the Postgres instance that serves checkout. The dashboard loads, but checkout p99 latency doubles while it runs. What is the standard fix?",
      options: [
        {
          text: "Copy data asynchronously via ETL or CDC to a separate warehouse",
          explanation: "Right: keeping the analytical engine apart removes the competition for memory, CPU and disk and the pile-up of old row versions behind long reads, and a little lag is an acceptable price."
        },
        {
          text: "Add more B-tree indexes so the dashboard query finishes faster",
          explanation: "Indexes help point lookups; a query that aggregates millions of rows still scans them and still fights checkout for the same machine."
        },
        {
          text: "Run the dashboard on the same instance but only during business hours",
          explanation: "Business hours are when checkout is busiest, so this would make the interference worse rather than remove it."
        },
        {
          text: "Switch checkout to a columnar engine so both workloads share one copy",
          explanation: "Columnar storage would make every single-order lookup slow, and the two workloads would still compete on one system."
        }
      ],
      answer: 0,
      reread: "interference-between-workloads"
    },
    {
      id: "engines-column-compression",
      objective: "engines-compression",
      prompt: "The same orders table takes roughly ten times less space in a columnar warehouse than in a row-store database. What explains most of the gap?",
      options: [
        {
          text: "The warehouse quietly throws away rows that no query has read recently",
          explanation: "Warehouses keep all the data; the savings come from how values are encoded, not from deleting any of them."
        },
        {
          text: "Row stores keep every value as text, while warehouses keep binary",
          explanation: "Both kinds of engine use typed binary storage; the bigger difference is which values end up stored next to each other."
        },
        {
          text: "Values within one column resemble each other, so they encode and compress well",
          explanation: "Right: a block of only country codes or only prices is highly repetitive, while a row mixes unrelated types that compress poorly."
        },
        {
          text: "Columnar engines keep a B-tree index that replaces duplicate values",
          explanation: "Analytical engines mostly skip B-trees; their space savings come from per-column compression, not from an index."
        }
      ],
      answer: 2,
      reread: "compression-in-columnar-storage"
    },
    {
      id: "engines-zone-map-skip",
      objective: "engines-zone-maps",
      prompt: "A warehouse table is stored in blocks sorted roughly by order date, and each block records the minimum and maximum of order_date. A query asks for orders from one week in March. What can the engine do?",
      options: [
        {
          text: "Look up each matching row through a B-tree built on the order_date column",
          explanation: "That is the transactional approach; an analytical engine usually has no row-level index and works at block granularity instead."
        },
        {
          text: "Skip every block whose date range does not overlap that March week",
          explanation: "Right: that is the job of a zone map; with sorted data most blocks fall outside the range and are never read."
        },
        {
          text: "Return the stored min and max as the answer without reading rows",
          explanation: "Block statistics say where matches might be, not what they are; the qualifying blocks still have to be scanned."
        },
        {
          text: "Read every block, because min and max values cannot exclude any rows",
          explanation: "If a block's whole range lies outside the week, no row in it can match, so the block can safely be skipped."
        }
      ],
      answer: 1,
      reread: "zone-maps"
    }
  ],
  post: [
    {
      id: "engines-btree-page-reads",
      objective: "engines-btree",
      prompt: "An accounts table holds 100 million rows, and each page of its primary-key B-tree holds about 500 keys. How many index pages does a lookup of one account by its key touch?",
      options: [
        { text: "About 27, one for each halving of 100 million rows", explanation: "That counts a binary tree with two children per node; a B-tree node has hundreds of children, which is what keeps it flat." },
        { text: "About 200,000, the number of leaf pages the rows fill", explanation: "That is the count of pages a scan of the leaves would read; a lookup follows one path from the root and touches one page per level." },
        { text: "Three: 500 × 500 covers only 250,000 rows, and a third level covers 125 million", explanation: "Right: each level multiplies the reach by 500, so three levels suffice, and the upper levels of a heavily used index are usually cached in memory." },
        { text: "Two, because 500 keys per page squared is well over 100 million", explanation: "500 × 500 is 250,000, far short of 100 million; a third level is needed." }
      ],
      answer: 2,
      reread: "b-tree-indexes"
    },
    {
      id: "engines-unclustered-user-filter",
      objective: "engines-zone-maps",
      prompt: "An events table of 50 million rows was loaded in time order into 100 blocks of 500,000 rows, each with minimum and maximum values per column. A query asks for every event of user 12345. About how many blocks must the engine read?",
      options: [
        { text: "About one, since each user's events fall into one block's range", explanation: "That would be true if the table were sorted by user; loaded in time order, each block holds users from across the whole id range." },
        { text: "None, because the zone map points straight at that user's rows", explanation: "A zone map only rules blocks out; unlike a B-tree, it cannot point to the rows that match." },
        { text: "About 50, since on average a search stops halfway through", explanation: "The query wants every event of the user, so it cannot stop at the first match, and without clustering no block can be ruled out." },
        { text: "Nearly all 100, unless the table is re-clustered by user id", explanation: "Right: in time order, every block's user-id range spans nearly all ids, so none is skipped; a clustering or sort key on user id would let the summaries prune." }
      ],
      answer: 3,
      reread: "zone-maps"
    },
    {
      id: "engines-status-column-runs",
      objective: "engines-compression",
      prompt: "A status column has 50 million rows, 8 distinct codes, and about 8 bytes per value as text. Roughly how large is it with dictionary encoding at one byte per code, and then after sorting by status and run-length encoding?",
      options: [
        { text: "50 MB with a dictionary, and a few dozen bytes once sorted into runs", explanation: "Right: 50 million one-byte codes, then only 8 runs of value and count remain once equal codes sit together." },
        { text: "50 MB with a dictionary, and still 50 MB after sorting, since each row keeps a code", explanation: "Sorting is what makes run-length encoding pay: a run of identical codes is stored once with its count, not once per row." },
        { text: "40 MB with a dictionary, the usual tenfold gain, then 4 MB once sorted", explanation: "Ten times is a typical figure, not a formula; the sizes follow from one byte against eight, and from how many runs remain." },
        { text: "400 MB either way, because short text codes leave nothing to compress", explanation: "Eight values repeated millions of times is exactly the repetition that columnar encodings remove." }
      ],
      answer: 0,
      reread: "compression-in-columnar-storage"
    },
    {
      id: "engines-long-export-bloat",
      objective: "engines-interference",
      prompt: "A two-hour training-set export reads the production Postgres database every night. Order writes are not blocked, yet dead row versions pile up during the export and the slowest lookups get slower. What is going on, and what fixes it?",
      options: [
        { text: "The export takes row locks that block writers; read with a lock-free option instead", explanation: "Ordinary Postgres reads take no row locks, which is why writes carry on; the harm is in what the export holds and evicts." },
        { text: "Its snapshot holds back cleanup and its scan evicts hot pages; export from a CDC-fed copy", explanation: "Right: a long read keeps old versions alive so vacuum cannot remove them, and its scan crowds the buffer pool; a copy kept current from the transaction log takes it off the live engine." },
        { text: "Nothing is wrong: dead versions are harmless, so add disk space and carry on", explanation: "The bloat is a symptom, and the slower lookups show that live customers already pay for the export." },
        { text: "Copy each order into the warehouse synchronously, inside the order's own database transaction", explanation: "That ties checkout to the warehouse's speed and availability; the bridge is kept asynchronous on purpose, and its lag is what buys isolation." }
      ],
      answer: 1,
      reread: "interference-between-workloads"
    }
  ]
};

export default forms;
