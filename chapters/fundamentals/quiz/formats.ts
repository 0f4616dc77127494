import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: asked before reading (ids kept from before #22). Post form: parallel questions on the same objectives.
const forms: SectionForms = {
  section: "formats",
  title: "Data formats",
  heading: "data-formats",
  objectives: [
    { id: "formats-layout", text: "**Choose** row-major or column-major order for a workload of point lookups or of aggregations, and say what the mismatched layout costs." },
    { id: "formats-column-lead", text: "**Estimate** the bytes a row scan and a column scan move to read one column, in memory by cache lines and on disk by pages, and where the column lead stops growing." },
    { id: "formats-text", text: "**Predict** what JSON and CSV cost a dataset: repeated field names, digits parsed as text, and types that every CSV reader has to guess." },
    { id: "formats-parquet", text: "**Explain** where Parquet's savings come from (binary values, column blocks, per-column encoding, an embedded schema) and what its opacity costs when something breaks." }
  ],
  pre: [
    {
      id: "formats-point-lookup",
      objective: "formats-layout",
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
      objective: "formats-parquet",
      prompt: "An analyst averages three columns of a 40-column table with 50 million rows. The data exists both as CSV and as Parquet. Why is the Parquet copy likely to be far quicker?",
      options: [
        {
          text: "It reads only the three needed column blocks, compressed and already typed",
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
      objective: "formats-text",
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
      objective: "formats-text",
      prompt: "A team stores two years of event history, about a billion records, as JSON lines because it was easy to inspect. Storage and scan costs keep climbing. What is the main reason JSON is a poor fit here?",
      options: [
        {
          text: "JSON cannot represent nested fields, so records must be flattened first",
          explanation: "Nesting is one of the things JSON does well; its weakness at this scale is size and parsing cost, not structure."
        },
        {
          text: "Each record spells out every field name and writes its numbers as text",
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
    },
    {
      id: "formats-cache-line-cap",
      objective: "formats-column-lead",
      prompt: "A table of 8-byte doubles sits in memory in row-major order. Summing one column, a row scan moves about 4 times the bytes a column scan does when the table has 4 columns. Counting 64-byte cache lines, what ratio should you expect at 64 columns?",
      options: [
        { text: "About 64 times, because each extra column adds one skipped value per row", explanation: "That holds only for rows narrower than a cache line; once a row fills a line, each line carries one wanted value however many columns follow." },
        { text: "About 4 times still, because memory reads do not depend on the table's width", explanation: "Width matters while several rows share a line, which is why the ratio grew from 1 to 4 in the first place." },
        { text: "About 8 times: from 8 columns on, every wanted value costs one whole 64-byte line", explanation: "Right: 64 bytes per value against 8 for the column scan. Real processors add costs the byte count leaves out, so a measured gap can climb higher before it levels off." },
        { text: "About 512 times, the 64 columns times the 8 bytes in each value", explanation: "That multiplies the row's width by the value's size; the traffic per wanted value is capped by the line size, not by the row's length." }
      ],
      answer: 2,
      reread: "how-far-the-column-lead-goes"
    }
  ],
  post: [
    {
      id: "formats-feature-store-lookup",
      objective: "formats-layout",
      prompt: "Training reads of a 30-feature table run fast in a column-oriented warehouse, so a team proposes serving online predictions from the same store: each request fetches all 30 features of one user. What should they expect?",
      options: [
        { text: "Slow lookups: every request gathers its row from 30 separate column runs", explanation: "Right: a column store keeps one row's values scattered, so a single-row fetch needs a trip into every column, and such mismatches can cost ten to a hundred times." },
        { text: "Fast lookups, since a column store reads only the columns a request asks for", explanation: "Skipping columns helps when a query wants few of them; this request wants every one, so nothing is skipped." },
        { text: "The same speed as a row store, because one row is a small amount of data", explanation: "The row is small, but its values lie in 30 different places, and storage hands out blocks, not cells." },
        { text: "Faster than a row store, because compressed columns load quicker from disk", explanation: "Compression shrinks scans over many rows; it does nothing to bring one row's scattered values together." }
      ],
      answer: 0,
      reread: "row-major-versus-column-major"
    },
    {
      id: "formats-disk-page-scan",
      objective: "formats-column-lead",
      prompt: "A 5,000,000-row table of 16 double columns (8 bytes each) is stored on disk in row-major pages of 8 KB. A query averages one column. About how many bytes must it read, compared with a column-major copy?",
      options: [
        { text: "About 320 MB, 8 times the column's 40 MB, since the lead stops at a 64-byte line", explanation: "The cap at 8 times belongs to cache lines in memory. On disk the unit is a page, which holds many whole rows, so every page must be read." },
        { text: "About 40 MB, the same as the column copy, since only the wanted values are fetched", explanation: "Storage never hands out one value at a time; in row-major pages each wanted value comes with its row's other fifteen." },
        { text: "About 40 GB, because each wanted value needs a separate 8 KB page", explanation: "A page holds dozens of 128-byte rows, so one page serves many wanted values; reading a page per value would count each page many times." },
        { text: "About 640 MB, the whole table: 16 times the column's 40 MB", explanation: "Right: every page contains some of the column, so all 5,000,000 × 128 bytes are read, against 5,000,000 × 8 bytes for the column alone." }
      ],
      answer: 3,
      reread: "how-far-the-column-lead-goes"
    },
    {
      id: "formats-jsonl-to-csv",
      objective: "formats-text",
      prompt: "A team exports 100 million training rows from JSON Lines to CSV to save space. Each JSON line is about 110 bytes and holds flat fields only. What changes?",
      options: [
        { text: "Nothing much: both are text, so the two files come out about the same size", explanation: "Both are text, but JSON repeats every field name with quotes and colons on each line; CSV names the columns once." },
        { text: "The file shrinks by roughly half, and the column types are now kept in the header", explanation: "The size part is right, but a CSV header holds names only; no type travels with the file." },
        { text: "The file shrinks by roughly half, but each reader must now guess the column types", explanation: "Right: dropping the per-row field names saves about half, and with them goes the little typing JSON had; every program that opens the CSV infers types afresh." },
        { text: "The file grows, because CSV has to quote and escape every value it writes", explanation: "Only values holding commas, quotes or line breaks need quoting; most rows are plain digits and short strings." }
      ],
      answer: 2,
      reread: "csv"
    },
    {
      id: "formats-empty-column-crash",
      objective: "formats-text",
      prompt: "A nightly job loads a CSV whose discount_code column is empty for the first few thousand rows and then holds codes like SPRING10. The loader infers types and crashes partway through. What is the lasting fix?",
      options: [
        { text: "Sort the file so that rows with a discount code come first", explanation: "That moves this one problem out of the reader's way but leaves every other column to guesswork, and the next empty stretch breaks it again." },
        { text: "State each column's type when reading instead of letting the library infer it", explanation: "Right: with the types written down, an empty stretch is just missing values, and every program reading the file agrees on what each column is." },
        { text: "Open and re-save the file in a spreadsheet so that all the columns get normalized", explanation: "A spreadsheet guesses types too, and its guesses have turned gene names into dates; it adds a guesser, not a schema." },
        { text: "Let the library sample more rows before it guesses, so that no column is misread", explanation: "A bigger sample moves the failure further down the file; it is still a guess, and other programs will guess differently." }
      ],
      answer: 1,
      reread: "csv"
    },
    {
      id: "formats-where-parquet-saves",
      objective: "formats-parquet",
      prompt: "Rewriting an orders table from CSV as plain fixed-width binary rows barely changes its size, but writing it as Parquet with Zstandard makes it several times smaller than the CSV. What explains the gap?",
      options: [
        { text: "Binary numbers are always far smaller than the same numbers written as text", explanation: "The fixed-width experiment says otherwise: a 19.99 takes 5 characters as text and 8 bytes as a double." },
        { text: "Values in one column resemble each other, so dictionary and delta encodings plus compression shrink them", explanation: "Right: a country column has few distinct values and ids and timestamps rise steadily, patterns that only show when a column's values sit together." },
        { text: "Parquet leaves out the column names and types, which CSV repeats on each row", explanation: "Parquet keeps the schema once in its metadata, and CSV has no per-row names either; its header is written once." },
        { text: "Parquet stores each distinct row once and counts how many times it repeats", explanation: "Parquet does not deduplicate rows; its savings come from how each column's values are encoded." }
      ],
      answer: 1,
      reread: "parquet"
    }
  ]
};

export default forms;
