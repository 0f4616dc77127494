import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "types",
  title: "Types of data",
  heading: "types-of-data",
  objectives: [],
  pre: [
    {
      id: "types-regulator-request",
      objective: "TODO",
      prompt: "A photo app captions uploads with a model. After complaints about offensive captions, a regulator asks what the model wrote for every photo uploaded during one week in March, including captions that users or moderators later replaced. Which data can answer this?",
      options: [
        {
          text: "The live captions table the app reads when it renders each photo",
          explanation: "This is application state: it holds only the caption shown today, so any caption that was edited or replaced since March is already gone from it."
        },
        {
          text: "The training set that was assembled for the newest caption model",
          explanation: "Training data does keep past captions, but it is filtered for building models and does not record how users reacted or what moderators did in that week."
        },
        {
          text: "A full event log of outputs, edits and moderation, with model versions",
          explanation: "Right: analytics data keeps every past event, even ones later overwritten, and links each caption to the model version that wrote it."
        },
        {
          text: "A nightly copy of the captions table, kept only for the last seven days",
          explanation: "A short rolling backup feels like history, but it keeps a week of copies at most, so a March window is long gone and edits made between copies are missed."
        }
      ],
      answer: 2,
      reread: "analytics-data"
    },
    {
      id: "types-app-state-record",
      objective: "TODO",
      prompt: "In the same captioning service, which of these records is application state, the data the product needs to work from moment to moment?",
      options: [
        {
          text: "Whether photo 812 is hidden right now by a moderation decision",
          explanation: "Right: the app checks this flag on every view to decide who may see the photo; it is small, current and must stay consistent under concurrent access."
        },
        {
          text: "Every caption ever generated for photo 812, with the model that wrote it",
          explanation: "The full list of past captions is what you build training and evaluation sets from; the app itself only needs the caption on display now."
        },
        {
          text: "The uploader’s consent terms for using photo 812 to train new models",
          explanation: "Consent and usage rights travel with training data so pipelines can respect them; they do not decide what the page shows at this moment."
        },
        {
          text: "Weekly counts of user caption edits per model version since last year",
          explanation: "Counts aggregated over months are analytics: they describe how the system behaved over time rather than what one page needs to render."
        }
      ],
      answer: 0,
      reread: "application-state"
    },
    {
      id: "types-overwrite-labels",
      objective: "TODO",
      prompt: "An engineer proposes storing training captions in the app’s captions table, overwriting a row whenever a newer model writes a better caption. Which requirement of training data does this plan break?",
      options: [
        {
          text: "Low-latency reads, since a row-based table is too slow to feed a GPU",
          explanation: "Read speed can matter at scale, but it is not what the plan destroys; the damage is to the record of what a model saw and where it came from."
        },
        {
          text: "Strong consistency, because two writers may update one row at once",
          explanation: "A transactional database already handles concurrent writers safely; that property belongs to application state and is not the one at risk here."
        },
        {
          text: "Compact storage, as a caption table grows larger than the image files",
          explanation: "Short text captions are tiny next to the images they describe, so size is not the concern; overwriting actually keeps the table smaller."
        },
        {
          text: "Reproducibility and lineage of each label a past model trained on",
          explanation: "Right: once rows are overwritten you can neither rebuild the exact set an older model used nor tell which model or person produced each label."
        }
      ],
      answer: 3,
      reread: "training-data"
    },
    {
      id: "types-images-and-metadata",
      objective: "TODO",
      prompt: "A team must keep two million product photos, along with who uploaded each one and when, so that later jobs can find and filter them. How should this be laid out?",
      options: [
        {
          text: "Turn each photo into a CSV row of pixel values so everything fits in a table",
          explanation: "It does force the images into rows and columns, but it bloats storage, loses the original files and gives nothing useful to query on."
        },
        {
          text: "Photos as files named by URL, plus a table that maps each file to its owner",
          explanation: "Right: unstructured files are stored and fetched by name, while a structured table records the uploader, date and location of each file."
        },
        {
          text: "Photos as files only, with uploader and date packed into each file name",
          explanation: "Encoding facts in names can seem enough, but you cannot join or filter on them reliably, and any change means renaming files."
        },
        {
          text: "Photos stored as a binary column in Parquet for fast column scans",
          explanation: "Columnar formats shine for small typed values such as IDs and scores; large image blobs gain nothing from column scans and are awkward to serve."
        }
      ],
      answer: 1,
      reread: "structured-and-unstructured-data"
    }
  ],
  post: []
};

export default forms;
