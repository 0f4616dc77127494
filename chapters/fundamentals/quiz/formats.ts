import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "formats",
  title: "Data formats",
  heading: "data-formats",
  objectives: [],
  pre: [
    {
      id: "formats-point-lookup",
      objective: "TODO",
      prompt: "A service handles thousands of requests a second, each fetching every field of one customer record by its id. Which physical layout serves this best?",
      options: [
        {
          text: "Column-major, because only the needed columns are ever read from disk",
          explanation: "Skipping columns helps scans, but this request wants all of them, so a column store must stitch the record back together from many blocks."
        },
        {
          text: "Either layout, since the cost of a single row is the same in both",
          explanation: "The layouts differ exactly here: a mismatched layout can be one to two orders of magnitude slower for the same query."
        },
        {
          text: "Row-major, so the whole record sits together and one read fetches it",
          explanation: "Right: the fields of a row are adjacent, so a point lookup of the full record is a single contiguous read."
        },
        {
          text: "Column-major, since it compresses better and so makes each row faster to load",
          explanation: "Columnar files do compress well, but rebuilding one row still means visiting every column block, which hurts point lookups."
        }
      ],
      answer: 2,
      reread: "row-major-versus-column-major"
    },
    {
      id: "formats-three-column-scan",
      objective: "TODO",
      prompt: "An analyst averages three columns of a 40-column table with 50 million rows. The data exists both as CSV and as Parquet. Why is the Parquet copy likely to be far quicker?",
      options: [
        {
          text: "It reads only the three column blocks, compressed and already typed",
          explanation: "Right: Parquet stores each column separately with type metadata, so the other 37 columns are never touched and no text has to be parsed."
        },
        {
          text: "Parquet files are plain text, so they can be parsed with less effort",
          explanation: "Parquet is binary, not text; its speed comes from layout and encoding, and it is why you cannot simply print it in a terminal."
        },
        {
          text: "CSV repeats every field name on each row, which bloats the whole file",
          explanation: "Repeating names is a cost of JSON; CSV has just one header line, but it still forces a reader to walk through every column of every row."
        },
        {
          text: "Parquet automatically keeps the averages precomputed inside the file",
          explanation: "Parquet stores data and metadata, not ready-made query answers; the aggregate is still computed, just over far fewer bytes."
        }
      ],
      answer: 0,
      reread: "parquet"
    },
    {
      id: "formats-postal-codes",
      objective: "TODO",
      prompt: "A partner ships customer records as CSV. After loading, New Jersey postal codes like 07053 appear as 7053, and some dates land in the wrong month. What is the underlying cause?",
      options: [
        {
          text: "The file was compressed, and compression dropped the leading zeros",
          explanation: "Compression is lossless for this kind of data; the digits were lost when a reader turned the text into a number."
        },
        {
          text: "The partner exported from a column-major store, so rows got scrambled",
          explanation: "The storage layout of the exporting system does not change what values the CSV text holds; the trouble arose while reading it."
        },
        {
          text: "CSV repeats each field name per row, and that confuses the parser",
          explanation: "CSV has only one header line; repeating names on every record is how JSON behaves, and it would not drop zeros anyway."
        },
        {
          text: "CSV carries no schema, so the reader guessed types and guessed wrong",
          explanation: "Right: every CSV value is a string until a reader infers a type, so a postal code becomes an integer and an ambiguous date gets misread."
        }
      ],
      answer: 3,
      reread: "csv"
    },
    {
      id: "formats-json-bulk",
      objective: "TODO",
      prompt: "A team stores two years of event history, about a billion records, as JSON lines because it was easy to inspect. Storage and scan costs keep climbing. What is the main reason JSON is a poor fit here?",
      options: [
        {
          text: "JSON cannot represent nested fields, so records must be flattened first",
          explanation: "Nesting is one of the things JSON does well; its weakness at this scale is size and parsing cost, not structure."
        },
        {
          text: "Each record spells out all field names and writes numbers as text",
          explanation: "Right: self-description is paid for on every record, so a billion rows carry a billion copies of the keys plus slow text-to-number parsing."
        },
        {
          text: "JSON is a binary format, so it cannot be opened and read by people",
          explanation: "JSON is text and very easy to read, which is why it suits small payloads, logs and configs where humans look."
        },
        {
          text: "JSON embeds a rigid schema, so every added field breaks old readers",
          explanation: "JSON carries no enforced schema at all; an embedded schema is a feature of Parquet, and it is not the cost problem here."
        }
      ],
      answer: 1,
      reread: "json"
    }
  ],
  post: []
};

export default forms;
