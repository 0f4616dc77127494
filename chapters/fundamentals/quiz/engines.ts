import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "engines",
  title: "Storage engines",
  heading: "storage-engines",
  objectives: [],
  pre: [
    {
      id: "engines-no-btree-in-olap",
      objective: "TODO",
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
      objective: "TODO",
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
      objective: "TODO",
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
          text: "Values within one column resemble each other, so they compress well",
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
      objective: "TODO",
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
  post: []
};

export default forms;
