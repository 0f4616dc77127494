import type { SectionForms } from '@/lib/quiz/schema';

const forms: SectionForms = {
  section: "types",
  title: "Types of data",
  heading: "types-of-data",
  objectives: [
    {
      id: "types-roles",
      text: "**Classify** a record in an ML product as application state, training data or analytics data from the job it does there."
    },
    {
      id: "types-requirements",
      text: "**Match** each role to what its store must provide: consistency under concurrent access for application state, and reproducibility, lineage and governance for training data that keeps growing and is read far more than written."
    },
    {
      id: "types-history",
      text: "**Explain** why questions about a model’s past behavior need an analytics history that ties every event to the model version behind it, and why live application state cannot answer them."
    },
    {
      id: "types-shapes",
      text: "**Lay out** unstructured files beside a structured metadata table that points to them, so that the files can be found and filtered by a query."
    }
  ],
  pre: [
    {
      id: "types-regulator-request",
      objective: "types-history",
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
          text: "A log of all outputs, edits and moderation actions, with model versions",
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
      objective: "types-roles",
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
      objective: "types-requirements",
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
          text: "Reproducibility and lineage of each label that a past model was trained on",
          explanation: "Right: once rows are overwritten you can neither rebuild the exact set an older model used nor tell which model or person produced each label."
        }
      ],
      answer: 3,
      reread: "training-data"
    },
    {
      id: "types-images-and-metadata",
      objective: "types-shapes",
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
  post: [
    {
      id: "types-moderators-collide",
      objective: "types-requirements",
      prompt: "On a recipe-sharing site, two moderators act on the same flagged recipe within one second: one hides it, the other restores it, and each action also writes a moderation record. Where should the recipe’s current visibility live, and what must that store provide?",
      options: [
        {
          text: "An append-only training log, so every moderator decision is kept for later models",
          explanation: "Keeping the decisions is worthwhile for training and analytics, but a log of past actions does not tell the page what to show now, and it does nothing to settle two writes that race."
        },
        {
          text: "A transactional database that keeps the flag consistent when two writers collide",
          explanation: "Right: visibility is application state, small, current and written by several people at once, so its store must apply concurrent changes safely and leave the flag and its records in one agreed state."
        },
        {
          text: "A columnar analytics store, since pages read the flag far more often than it changes",
          explanation: "Being read often does not make a value analytics data; column stores are built for scans over many rows, not for reading and updating one row while a page waits."
        },
        {
          text: "A small object per recipe in a bucket, replaced whenever a moderator acts",
          explanation: "Objects come with no transactions or locks: with the flag in one object and the records in others, two racing moderators can leave them disagreeing about whether the recipe is hidden."
        }
      ],
      answer: 1,
      reread: "application-state"
    },
    {
      id: "types-translation-corrections",
      objective: "types-roles",
      prompt: "A chat app translates messages between languages with a model. Which of these records belongs with the app’s training data?",
      options: [
        {
          text: "The display language each user has picked in their settings right now",
          explanation: "The app reads this setting to draw every screen, and only its current value matters: that is application state."
        },
        {
          text: "A monthly chart of translation error reports per language pair since launch",
          explanation: "Counts gathered over many months show trends in how the system behaves; that is analytics, not examples a model can learn from."
        },
        {
          text: "The device each user is signed in on, together with its session token",
          explanation: "Sign-in sessions are what the product needs from moment to moment to work at all; there is nothing in them for a translation model to learn."
        },
        {
          text: "Translations users fixed, with the model version and their consent to reuse them",
          explanation: "Right: model outputs, the corrections people made to them and the permission to use them are what the next model is built and evaluated on."
        }
      ],
      answer: 3,
      reread: "training-data"
    },
    {
      id: "types-disputed-loan-score",
      objective: "types-history",
      prompt: "A lender replaced its credit-scoring model in June. In October an applicant disputes a refusal from May. The scores table the app reads keeps one current score per applicant, now written by the June model. What lets the lender explain the May decision?",
      options: [
        {
          text: "A kept record of the May score, its model version and inputs",
          explanation: "Right: analytics history links each decision to the model and data that produced it, and it is kept after that model has been replaced."
        },
        {
          text: "The applicant’s row in the scores table, which holds the latest decision",
          explanation: "That row is application state: it was overwritten when the June model rescored the applicant, so the May score is no longer in it."
        },
        {
          text: "Scoring the applicant’s May inputs again with the current June model",
          explanation: "This is tempting because the inputs are the same, but it tells you what the new model thinks today, not what the old model decided in May."
        },
        {
          text: "Restoring last night’s backup of the scores table and reading that row",
          explanation: "A recent backup is a copy of the current state, taken long after June, so it holds the new model’s score as well."
        }
      ],
      answer: 0,
      reread: "analytics-data"
    },
    {
      id: "types-podcast-episodes",
      objective: "types-shapes",
      prompt: "A podcast platform holds 300,000 audio episodes. Editors want to list every Spanish-language episode that one creator published last month. How should the data be laid out?",
      options: [
        {
          text: "Each episode’s audio in a binary column of the transactional database",
          explanation: "It can work at small scale, but large blobs swell a database meant for small, fast records; audio is better kept as files fetched by name, with the facts about them in a table."
        },
        {
          text: "Audio files alone, with the creator and language written into each file’s own tags",
          explanation: "The facts exist but are sealed inside the files: answering the question means opening all 300,000 of them, with nothing to index or join on."
        },
        {
          text: "Audio as objects read by URL, plus a table of creator, language, date and URL",
          explanation: "Right: unstructured files are stored and read by name, while a small structured table lets a query find the matching episodes before any audio is fetched."
        },
        {
          text: "Transcripts in a table, with the audio deleted once the text is extracted",
          explanation: "Text is easy to query, but it is derived from the audio and loses what only the recording holds; the original unstructured data should be kept."
        }
      ],
      answer: 2,
      reread: "structured-and-unstructured-data"
    }
  ]
};

export default forms;
