import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "formats",
  title: "File formats for ML data",
  heading: "file-formats-for-ml-data",
  objectives: [],
  pre: [
    {
      id: "formats-column-pruning",
      objective: "TODO",
      prompt: "A training job needs 3 of the 200 columns in a wide feature table. The same table exists as Parquet and as Avro. Why does the Parquet read touch far less data?",
      options: [
        {
          text: "Avro checks each field against its schema while records are written",
          explanation: "Validation at write time says nothing about how much of the file a reader has to scan later; it does not explain the gap."
        },
        {
          text: "Parquet always uses ZSTD, which shrinks the files much further",
          explanation: "Parquet supports Snappy, Gzip and ZSTD with none required, and smaller files alone would not reduce the work by anything like 200 to 3."
        },
        {
          text: "Avro writes numbers out as text, so its files are much larger",
          explanation: "That describes CSV or JSON; Avro is a compact binary encoding, so text bloat is not the reason."
        },
        {
          text: "Parquet keeps each column together, so only those three are read",
          explanation: "Right: with values stored column by column, the reader prunes the other 197 columns, while a row format must read whole records."
        }
      ],
      answer: 3,
      reread: "columnar-formats-parquet-and-orc"
    },
    {
      id: "formats-avro-kafka",
      objective: "TODO",
      prompt: "Analysts favor Parquet, yet almost every production Kafka topic in the company carries Avro. What makes Avro the better fit for the topics?",
      options: [
        {
          text: "Avro compresses event data more tightly than Parquet manages to",
          explanation: "Columnar layouts usually compress better because similar values sit side by side; compression is not what Avro wins on."
        },
        {
          text: "Avro lets each consumer skip the columns it does not need to read",
          explanation: "Skipping columns is a columnar trick; Avro stores whole records one after another, which suits per-event messages instead."
        },
        {
          text: "With a schema registry, it reconciles old and new event schemas",
          explanation: "Right: readers resolve the writer's schema against their own at read time, so fields added with defaults over years of producer changes stay readable."
        },
        {
          text: "Kafka brokers reject any message payload that is not Avro",
          explanation: "Brokers treat payloads as opaque bytes and will store anything; Avro is a convention teams adopt, not a broker rule."
        }
      ],
      answer: 2,
      reread: "row-based-formats-csv-json-and-avro"
    },
    {
      id: "formats-tfrecord",
      objective: "TODO",
      prompt: "A TensorFlow team converts its gold Parquet table into TFRecord files for a training run. Why do most teams still keep Parquet, not TFRecord, as the canonical copy?",
      options: [
        {
          text: "Its schema lives only in parsing code, and Spark handles it poorly",
          explanation: "Right: nothing in the file describes its fields, and non-TensorFlow tools read it clumsily, so it works best as a derived artifact for one job."
        },
        {
          text: "TFRecord streams records to the GPUs more slowly than Parquet does",
          explanation: "Fast sequential reads are TFRecord's strength and the reason teams derive it at all; speed is not the objection."
        },
        {
          text: "TFRecord files cannot be compressed, so storage bills explode",
          explanation: "TFRecord supports Gzip at the file level, so storage cost is not what rules it out as the main copy."
        },
        {
          text: "TFRecord needs a schema registry before anyone is able to decode it",
          explanation: "That mixes it up with Avro on Kafka; the problem with TFRecord is the opposite, since no schema travels with the data at all."
        }
      ],
      answer: 0,
      reread: "tfrecord-and-petastorm"
    },
    {
      id: "formats-compression",
      objective: "TODO",
      prompt: "A GPU job rereads the same Parquet dataset for dozens of epochs. Profiling shows the data loader's CPU is the bottleneck, and storage is cheap. Which choice fits best?",
      options: [
        {
          text: "Gzip at a high level, so each epoch moves the fewest possible bytes",
          explanation: "Smaller files save storage and network, but every epoch pays heavy decompression CPU, which is exactly the resource already exhausted."
        },
        {
          text: "Snappy or LZ4, giving up some file size for cheap decompression",
          explanation: "Right: light codecs decompress very quickly, which matters more than a few extra gigabytes when reads are CPU-bound."
        },
        {
          text: "No codec at all, because any compression costs CPU on every read",
          explanation: "Going uncompressed removes decompression, but it inflates the bytes read, while light codecs cost so little CPU that they usually come out ahead."
        },
        {
          text: "Plain CSV files, which skip the decompression step entirely",
          explanation: "Parsing text is itself CPU-heavy and CSV files are larger, so this makes the loader bottleneck worse, not better."
        }
      ],
      answer: 1,
      reread: "compression-tradeoffs"
    }
  ],
  post: []
};

export default forms;
