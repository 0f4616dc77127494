import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22, each tied to an objective. Post form: new questions on the same objectives.
const forms: SectionForms = {
  section: "formats",
  title: "File formats for ML data",
  heading: "file-formats-for-ml-data",
  objectives: [
    { id: "formats-select", text: "**Select** a file format for each stage of a pipeline (CSV or JSON, Avro, Parquet or ORC, TFRecord) and **justify** the choice with column pruning, predicate pushdown and schema evolution." },
    { id: "formats-codec", text: "**Choose** a compression codec for a dataset and **justify** it by weighing file size against the CPU that every read spends on decompression." }
  ],
  pre: [
    {
      id: "formats-column-pruning",
      objective: "formats-select",
      prompt: "A training job needs 3 of the 200 columns in a wide feature table. The same table exists as Parquet and as Avro. Why does the Parquet read touch far less data?",
      options: [
        { text: "Avro checks each field against its schema while records are written", explanation: "Validation at write time says nothing about how much of the file a reader has to scan later; it does not explain the gap." },
        { text: "Parquet always uses ZSTD, which shrinks the files much further", explanation: "Parquet supports Snappy, Gzip and ZSTD with none required, and smaller files alone would not reduce the work by anything like 200 to 3." },
        { text: "Avro writes numbers out as text, so its files are much larger", explanation: "That describes CSV or JSON; Avro is a compact binary encoding, so text bloat is not the reason." },
        { text: "Parquet keeps each column together, so only those three are read", explanation: "Right: with values stored column by column, the reader prunes the other 197 columns, while a row format must read whole records." }
      ],
      answer: 3,
      reread: "columnar-formats-parquet-and-orc"
    },
    {
      id: "formats-avro-kafka",
      objective: "formats-select",
      prompt: "Analysts favor Parquet, yet almost every production Kafka topic in the company carries Avro. What makes Avro the better fit for the topics?",
      options: [
        { text: "Avro compresses event data more tightly than Parquet manages to", explanation: "Columnar layouts usually compress better because similar values sit side by side; compression is not what Avro wins on." },
        { text: "Avro lets each consumer skip the columns it does not need to read", explanation: "Skipping columns is a columnar trick; Avro stores whole records one after another, which suits per-event messages instead." },
        { text: "With a schema registry, it reconciles old and new event schemas at read time", explanation: "Right: readers resolve the writer's schema against their own at read time, so fields added with defaults over years of producer changes stay readable." },
        { text: "Kafka brokers reject any message payload that is not Avro", explanation: "Brokers treat payloads as opaque bytes and will store anything; Avro is a convention teams adopt, not a broker rule." }
      ],
      answer: 2,
      reread: "row-based-formats-csv-json-and-avro"
    },
    {
      id: "formats-tfrecord",
      objective: "formats-select",
      prompt: "A TensorFlow team converts its gold Parquet table into TFRecord files for a training run. Why do most teams still keep Parquet, not TFRecord, as the canonical copy?",
      options: [
        { text: "Its schema lives only in parsing code, and Spark handles it poorly", explanation: "Right: nothing in the file describes its fields, and non-TensorFlow tools read it clumsily, so it works best as a derived artifact for one job." },
        { text: "TFRecord streams records to the GPUs more slowly than Parquet does", explanation: "Fast sequential reads are TFRecord's strength and the reason teams derive it at all; speed is not the objection." },
        { text: "TFRecord files cannot be compressed, so storage bills explode", explanation: "TFRecord supports Gzip at the file level, so storage cost is not what rules it out as the main copy." },
        { text: "TFRecord needs a schema registry before anyone is able to decode it", explanation: "That mixes it up with Avro on Kafka; the problem with TFRecord is the opposite, since no schema travels with the data at all." }
      ],
      answer: 0,
      reread: "tfrecord-and-petastorm"
    },
    {
      id: "formats-compression",
      objective: "formats-codec",
      prompt: "A GPU job rereads the same Parquet dataset for dozens of epochs. Profiling shows the data loader's CPU is the bottleneck, and storage is cheap. Which choice fits best?",
      options: [
        { text: "Gzip at a high level, so each epoch moves the fewest possible bytes", explanation: "Smaller files save storage and network, but every epoch pays heavy decompression CPU, which is exactly the resource already exhausted." },
        { text: "Snappy or LZ4, giving up some file size for cheap decompression", explanation: "Right: light codecs decompress very quickly, which matters more than a few extra gigabytes when reads are CPU-bound." },
        { text: "No codec at all, because any compression costs CPU on every read", explanation: "Going uncompressed removes decompression, but it inflates the bytes read, while light codecs cost so little CPU that they usually come out ahead." },
        { text: "Plain CSV files, which skip the decompression step entirely", explanation: "Parsing text is itself CPU-heavy and CSV files are larger, so this makes the loader bottleneck worse, not better." }
      ],
      answer: 1,
      reread: "compression-tradeoffs"
    }
  ],
  post: [
    {
      id: "formats-unsorted-row-groups",
      objective: "formats-select",
      prompt: "A year of click events sits in Parquet, written in the order the events arrived from many partitions, so each row group holds times from all over the year. A query for the last two days asks for 4 of 60 columns, yet it reads every row group. What would make it skip most of them?",
      options: [
        { text: "Switch the codec to ZSTD so each row group decompresses faster", explanation: "A faster codec makes each read cheaper but skips nothing; the row groups are still all read." },
        { text: "Rewrite the files sorted by event time so each group covers a narrow range", explanation: "Right: pushdown compares the filter with each row group's statistics, and only sorted or clustered data gives ranges narrow enough to rule groups out." },
        { text: "Convert the files to Avro, whose file header indexes the records by their timestamp", explanation: "An Avro file's header holds its schema, not a time index, and a row format would also lose the column pruning the query enjoys now." },
        { text: "Ask for all 60 columns instead, since pushdown works only when whole records are read", explanation: "Pushdown and pruning combine: the filter skips row groups, and the column list skips chunks within the groups that remain." }
      ],
      answer: 1,
      reread: "predicate-pushdown-and-statistics"
    },
    {
      id: "formats-rename-amount",
      objective: "formats-select",
      prompt: "A silver payments table is a folder of plain Parquet files written over 18 months. The writer renames the column amt to amount. Since then, queries show amt empty for new rows and amount empty for old ones. Which setup would have let the rename happen without rewriting any data?",
      options: [
        { text: "The same files managed by Iceberg, which tracks columns by id rather than by name", explanation: "Right: Iceberg records the schema in table metadata with stable column ids, so a rename changes metadata only and old files still map to the column." },
        { text: "A Delta Lake table with its default settings, which renames columns in metadata alone", explanation: "Delta can rename without a rewrite only after you opt in to column mapping, which also upgrades the table protocol; by default a rename means rewriting." },
        { text: "CSV files instead, since with no stored schema there is nothing to break", explanation: "With no schema, each reader guesses by header or position, which hides the mismatch instead of resolving it." },
        { text: "No setup at all: a rename needs every old file rewritten in any format", explanation: "This holds for a bare folder of files, but table formats keep the schema apart from the files exactly so that such changes stay cheap." }
      ],
      answer: 0,
      reread: "schema-evolution-with-table-formats"
    },
    {
      id: "formats-stage-plan",
      objective: "formats-select",
      prompt: "A team is planning formats for a new pipeline: payment events on a Kafka topic, a raw landing zone in the lake, gold training tables with 300 columns, and a PyTorch model that reads a few dozen of them. Which plan is sound?",
      options: [
        { text: "JSON on the topic so anyone can read it, and Parquet for the gold tables", explanation: "JSON messages repeat every field name and carry no enforced schema, so years of producer changes become guesswork for consumers." },
        { text: "Parquet on the topic as well, since it compresses better than any row format", explanation: "A columnar file pays off over many rows; a Kafka message is a single event, where Avro's compact records and schema ids fit." },
        { text: "Avro from the topic through to gold, so all layers share one evolution model", explanation: "Avro suits the topic and bronze, but a row format cannot prune 300 columns down to the few dozen training reads." },
        { text: "Avro on the topic and in bronze, Parquet under a table format for gold, read via Petastorm", explanation: "Right: each format sits where it is strong: Avro for evolving events, columnar gold tables for pruning and versioned reads, and no TFRecord copy needed." }
      ],
      answer: 3,
      reread: "choosing-a-format-for-each-layer"
    },
    {
      id: "formats-gzip-to-zstd",
      objective: "formats-codec",
      prompt: "A 2 TB (uncompressed) training set is read for 40 epochs. It is stored with Gzip (ratio 3.2, decompressing at 0.4 GB/s per core); the team considers ZSTD (ratio 3.0, 1.2 GB/s). Storage costs about 0.023 dollars per GB a month. Roughly what does the switch save and what does it cost?",
      options: [
        { text: "About 1 core-hour saved, since the two files differ by only a few percent", explanation: "The file sizes barely differ, but decompression time depends on the codec's speed, which is three times higher for ZSTD here." },
        { text: "About 37 core-hours saved, but storage roughly triples in cost", explanation: "The core-hours are right, but the ratios 3.2 and 3.0 give about 625 GB against 667 GB, a small difference, not a tripling." },
        { text: "About 37 core-hours of decompression saved, for about a dollar more storage a month", explanation: "Right: Gzip needs 2,000 / 0.4 = 5,000 s an epoch and ZSTD about 1,670 s; over 40 epochs that is about 56 against 19 core-hours, while storage grows by about 42 GB." },
        { text: "Nothing measurable, since reading the files from object storage dominates the time either way", explanation: "Network reads are similar for files of similar size; the codec's CPU cost is what differs, and it is paid every epoch." }
      ],
      answer: 2,
      reread: "compression-tradeoffs"
    }
  ]
};

export default forms;
