import type { ChapterQuiz } from '@/lib/quiz/schema';
import quizPart2 from './quiz-part2';

/** Sections 4.1–4.5 here; the rest of the chapter's sections are in quiz-part2.ts. */
const quizPart1: ChapterQuiz = [
  {
    section: 'types',
    title: 'Types of data',
    heading: 'types-of-data',
    questions: [
      {
        id: 'types-regulator-request',
        prompt:
          'A photo app captions uploads with a model. After complaints about offensive captions, a regulator asks what the model wrote for every photo uploaded during one week in March, including captions that users or moderators later replaced. Which data can answer this?',
        options: [
          {
            text: 'The live captions table the app reads when it renders each photo',
            explanation:
              'This is application state: it holds only the caption shown today, so any caption that was edited or replaced since March is already gone from it.',
          },
          {
            text: 'The training set that was assembled for the newest caption model',
            explanation:
              'Training data does keep past captions, but it is filtered for building models and does not record how users reacted or what moderators did in that week.',
          },
          {
            text: 'A full event log of outputs, edits and moderation, with model versions',
            explanation:
              'Right: analytics data keeps every past event, even ones later overwritten, and links each caption to the model version that wrote it.',
          },
          {
            text: 'A nightly copy of the captions table, kept only for the last seven days',
            explanation:
              'A short rolling backup feels like history, but it keeps a week of copies at most, so a March window is long gone and edits made between copies are missed.',
          },
        ],
        answer: 2,
        reread: 'analytics-data',
      },
      {
        id: 'types-app-state-record',
        prompt:
          'In the same captioning service, which of these records is application state, the data the product needs to work from moment to moment?',
        options: [
          {
            text: 'Whether photo 812 is hidden right now by a moderation decision',
            explanation:
              'Right: the app checks this flag on every view to decide who may see the photo; it is small, current and must stay consistent under concurrent access.',
          },
          {
            text: 'Every caption ever generated for photo 812, with the model that wrote it',
            explanation:
              'The full list of past captions is what you build training and evaluation sets from; the app itself only needs the caption on display now.',
          },
          {
            text: 'The uploader’s consent terms for using photo 812 to train new models',
            explanation:
              'Consent and usage rights travel with training data so pipelines can respect them; they do not decide what the page shows at this moment.',
          },
          {
            text: 'Weekly counts of user caption edits per model version since last year',
            explanation:
              'Counts aggregated over months are analytics: they describe how the system behaved over time rather than what one page needs to render.',
          },
        ],
        answer: 0,
        reread: 'application-state',
      },
      {
        id: 'types-overwrite-labels',
        prompt:
          'An engineer proposes storing training captions in the app’s captions table, overwriting a row whenever a newer model writes a better caption. Which requirement of training data does this plan break?',
        options: [
          {
            text: 'Low-latency reads, since a row-based table is too slow to feed a GPU',
            explanation:
              'Read speed can matter at scale, but it is not what the plan destroys; the damage is to the record of what a model saw and where it came from.',
          },
          {
            text: 'Strong consistency, because two writers may update one row at once',
            explanation:
              'A transactional database already handles concurrent writers safely; that property belongs to application state and is not the one at risk here.',
          },
          {
            text: 'Compact storage, as a caption table grows larger than the image files',
            explanation:
              'Short text captions are tiny next to the images they describe, so size is not the concern; overwriting actually keeps the table smaller.',
          },
          {
            text: 'Reproducibility and lineage of each label a past model trained on',
            explanation:
              'Right: once rows are overwritten you can neither rebuild the exact set an older model used nor tell which model or person produced each label.',
          },
        ],
        answer: 3,
        reread: 'training-data',
      },
      {
        id: 'types-images-and-metadata',
        prompt:
          'A team must keep two million product photos, along with who uploaded each one and when, so that later jobs can find and filter them. How should this be laid out?',
        options: [
          {
            text: 'Turn each photo into a CSV row of pixel values so everything fits in a table',
            explanation:
              'It does force the images into rows and columns, but it bloats storage, loses the original files and gives nothing useful to query on.',
          },
          {
            text: 'Photos as files named by URL, plus a table that maps each file to its owner',
            explanation:
              'Right: unstructured files are stored and fetched by name, while a structured table records the uploader, date and location of each file.',
          },
          {
            text: 'Photos as files only, with uploader and date packed into each file name',
            explanation:
              'Encoding facts in names can seem enough, but you cannot join or filter on them reliably, and any change means renaming files.',
          },
          {
            text: 'Photos stored as a binary column in Parquet for fast column scans',
            explanation:
              'Columnar formats shine for small typed values such as IDs and scores; large image blobs gain nothing from column scans and are awkward to serve.',
          },
        ],
        answer: 1,
        reread: 'structured-and-unstructured-data',
      },
    ],
  },
  {
    section: 'acquiring',
    title: 'Acquiring training data',
    heading: 'acquiring-training-data',
    questions: [
      {
        id: 'acquiring-teacher-labels',
        prompt:
          'Your team has 200,000 unlabeled internal commit messages. A large foundation model grades each message for quality, and a small, cheap classifier is trained on those grades. Which step best keeps the big model’s mistakes from being copied into the small one?',
        options: [
          {
            text: 'Train the small model for more epochs so the label errors average out',
            explanation:
              'Random noise can wash out, but a teacher’s systematic mistakes are consistent, so longer training just learns them more firmly.',
          },
          {
            text: 'Score labels and the trained model against a small human-labeled set',
            explanation:
              'Right: a little human ground truth lets you measure how good the teacher labels are and catch systematic errors before the student inherits them.',
          },
          {
            text: 'Replace the real commit messages with ones written by the same big model',
            explanation:
              'Fully synthetic inputs lose the real noise and quirks of your organization’s commits, which is exactly why real data with synthetic labels is preferred.',
          },
          {
            text: 'Switch to rules such as marking very short messages as low quality',
            explanation:
              'Heuristic rules are weak supervision, a cheap option in its own right, but they are noisy too and still need to be checked against human labels.',
          },
        ],
        answer: 1,
        reread: 'synthetic-labels-for-real-data',
      },
      {
        id: 'acquiring-drone-field-photos',
        prompt:
          'A crop-disease model trained on PlantVillage scores highly on its held-out test split but fails on real drone photos of fields. Working in a data-centric way, what should you change first?',
        options: [
          {
            text: 'Swap in a larger pretrained vision model and tune its hyperparameters',
            explanation:
              'This is the model-centric reflex; no architecture can learn cluttered field scenes from a dataset that never contains any.',
          },
          {
            text: 'Add rotated and cropped copies of the PlantVillage leaves to the data',
            explanation:
              'Augmentation adds variety, but every copy still shows one leaf on plain paper in full light, so the field conditions are still missing.',
          },
          {
            text: 'Hold out a bigger PlantVillage test split to get a more trustworthy score',
            explanation:
              'A larger test set drawn from the same lab-style photos would only confirm the misleading score; it says nothing about drone images.',
          },
          {
            text: 'Keep the model and add labeled field photos with soil, overlap and shade',
            explanation:
              'Right: the lab photos show isolated leaves on a grey or black sheet, so the fix is data that matches where the model is actually used.',
          },
        ],
        answer: 3,
        reread: 'plantvillage-and-drone-crop-monitoring',
      },
      {
        id: 'acquiring-care-cost-proxy',
        prompt:
          'A hospital system has no direct measure of how sick patients are, so it trains a model to predict each patient’s future health care cost and offers extra care to the highest scores. Why can this be unfair even when the cost predictions are accurate?',
        options: [
          {
            text: 'Cost also reflects access, so underserved groups look healthier',
            explanation:
              'Right: cost is a proxy label, and for groups with unequal access to care it understates real need, so the model ranks them too low.',
          },
          {
            text: 'Cost is noisy, and a stronger regression model would remove the bias',
            explanation:
              'A better fit to cost only reproduces the skew in the target more faithfully; the problem is what the label means, not how well it is predicted.',
          },
          {
            text: 'The model must have been given a race column and learned to use it',
            explanation:
              'Dropping a sensitive field feels like a safeguard, but the bias lives in the target itself, so it appears even without any such column.',
          },
          {
            text: 'The records came from too few hospitals, so more rows would fix it',
            explanation:
              'Limited coverage causes other failures, but adding more records labeled with the same cost target keeps the same distorted meaning.',
          },
        ],
        answer: 0,
        reread: 'care-cost-as-a-proxy-for-medical-need',
      },
      {
        id: 'acquiring-taxi-tips',
        prompt:
          'You want to predict tipping from NYC yellow taxi trip records and notice that a large share of trips have tip_amount equal to 0. What does the data dictionary tell you to do?',
        options: [
          {
            text: 'Keep the zeros as they are, since they show riders who chose not to tip',
            explanation:
              'This is the trap: cash tips are never recorded, so a zero on a cash trip means unknown, not stingy, and the target becomes mislabeled.',
          },
          {
            text: 'Fill each zero with the average tip of the credit card trips',
            explanation:
              'Imputing invents a tip for riders whose behavior was never observed and also erases genuine zero tips paid by card.',
          },
          {
            text: 'Use only trips with payment_type 1, or pick a target that avoids the gap',
            explanation:
              'Right: tip_amount is filled only for credit card payments, so limiting to card trips or redefining the target keeps the label valid.',
          },
          {
            text: 'Delete every trip with a zero tip before training and evaluating the model',
            explanation:
              'This drops the cash trips but also throws away real card riders who tipped nothing, so the model would overestimate tipping.',
          },
        ],
        answer: 2,
        reread: 'codebooks-and-the-nyc-taxi-data-dictionary',
      },
    ],
  },
  {
    section: 'storage',
    title: 'Storage primitives',
    heading: 'storage-primitives',
    questions: [
      {
        id: 'storage-placement',
        prompt:
          'Your system runs PostgreSQL for application state and also holds 40 TB of training images that are written once and read whole. Which placement fits each storage primitive?',
        options: [
          {
            text: 'Both in an object bucket, since that is cheaper per gigabyte',
            explanation:
              'The price is tempting, but a database needs in-place updates and random reads and writes, which object storage does not offer.',
          },
          {
            text: 'Both on block volumes, so that images can be edited in place',
            explanation:
              'Block storage would work for the images, but they are never edited, so you pay more for features the workload does not use.',
          },
          {
            text: 'Postgres files in a bucket and images on block volumes for speed',
            explanation:
              'This is backwards: the database is the workload that needs low-latency random access, while whole-file image reads suit objects.',
          },
          {
            text: 'Postgres on a block volume, the images as objects in a bucket',
            explanation:
              'Right: databases rely on block storage and a filesystem, and large immutable blobs fetched by key are cheapest and most durable as objects.',
          },
        ],
        answer: 3,
        reread: 'block-storage',
      },
      {
        id: 'storage-checkpoints-overnight',
        prompt:
          'A student trains on a cloud VM, saves checkpoints to the boot disk, and terminates the instance each night to save money. In the morning the checkpoints are gone. What should they do instead?',
        options: [
          {
            text: 'Leave the instance running idle overnight so its disk stays alive',
            explanation:
              'That keeps the files, but it pays for compute just to hold data; storage is far cheaper than a running machine.',
          },
          {
            text: 'Launch with a bigger boot disk so that more checkpoints fit on it',
            explanation:
              'Size was never the issue: the boot volume is ephemeral and is deleted with the instance however large it is.',
          },
          {
            text: 'Write checkpoints to a persistent volume that outlives the VM',
            explanation:
              'Right: a persistent volume survives termination and can be attached to tomorrow’s new instance with the files intact.',
          },
          {
            text: 'Rebuild the disk each morning from the same OS image the VM booted',
            explanation:
              'A fresh copy of the image gives a clean operating system, not the files written yesterday, so the checkpoints stay lost.',
          },
        ],
        answer: 2,
        reread: 'ephemeral-and-persistent-volumes',
      },
      {
        id: 'storage-empty-volume',
        prompt:
          'You create a new, empty persistent block volume and attach it to a VM that is already running. What must happen before you can save files on it?',
        options: [
          {
            text: 'Create a bucket on it and upload files through the storage API',
            explanation:
              'Buckets and put/get calls belong to object storage; a block volume shows up to the OS as a raw disk instead.',
          },
          {
            text: 'Partition it, create a filesystem, then mount it in the OS',
            explanation:
              'Right: a raw block device has no files or folders until you partition it, format a filesystem and mount that filesystem.',
          },
          {
            text: 'Nothing more; it appears as a ready folder the moment it is attached',
            explanation:
              'Volumes made from a disk image come with a filesystem, which is why this sounds right, but an empty volume is just blocks.',
          },
          {
            text: 'Reboot the VM from the new volume so the cloud can format it',
            explanation:
              'An empty volume has no OS to boot; booting from a volume only works when it was created from an image.',
          },
        ],
        answer: 1,
        reread: 'ephemeral-and-persistent-volumes',
      },
      {
        id: 'storage-object-keys',
        prompt:
          'A bucket holds objects with keys such as images/12345.png and images/12346.png. Which statement about working with this bucket is true?',
        options: [
          {
            text: 'Changing one pixel means writing a whole new object under that key',
            explanation:
              'Right: objects cannot be edited in place; you replace the entire object by putting a new one with the same name.',
          },
          {
            text: 'You can grant access on the images/ folder as you would on a disk',
            explanation:
              'The console may show folders, but images/ is only a key prefix, so per-directory permissions do not exist.',
          },
          {
            text: 'Deleting every object under images/ leaves an empty images/ folder',
            explanation:
              'With no real directory tree, once no key starts with images/ there is nothing left to list; no empty folder remains.',
          },
          {
            text: 'A program can open an object and rewrite bytes at any offset, like a file',
            explanation:
              'That is block storage with a filesystem; object storage favors whole-object reads and writes over fine-grained updates.',
          },
        ],
        answer: 0,
        reread: 'object-storage',
      },
    ],
  },
  {
    section: 'repositories',
    title: 'Data repositories',
    heading: 'data-repositories',
    questions: [
      {
        id: 'repositories-schema-on-read',
        prompt:
          'Raw JSON click events arrive with fields that change every few weeks, and nobody knows yet which fields future models will need. Which way of storing them fits best?',
        options: [
          {
            text: 'A strict Postgres table that rejects events not matching its columns',
            explanation:
              'Schema on write suits stable, structured data; here it would drop or block events whose new fields later turn out to matter.',
          },
          {
            text: 'Keep only the fields today’s model reads and discard the rest at once',
            explanation:
              'This keeps storage tidy, but fields thrown away now cannot serve the new labels and objectives that arrive later.',
          },
          {
            text: 'Land the files as-is in a lake and pick out fields when querying',
            explanation:
              'Right: schema on read keeps the raw events intact and lets each later job decide how to interpret them.',
          },
          {
            text: 'Load every event into Redis keyed by its event id for fast access',
            explanation:
              'An in-memory store is quick, but RAM is a poor permanent home for a raw history that only keeps growing.',
          },
        ],
        answer: 2,
        reread: 'schema-on-write-and-schema-on-read',
      },
      {
        id: 'repositories-snapshot-rebuild',
        prompt:
          'An Iceberg table moved from snapshot 2 (part-0001 and part-0002) to snapshot 3 (part-0001 and part-0003) after a correction. A model was trained on snapshot 2. What happened to part-0002.parquet, and how do you rebuild that training set?',
        options: [
          {
            text: 'It is untouched; read the table at snapshot 2 for the same rows',
            explanation:
              'Right: table formats never edit data files; a new snapshot just points to a different file list, so older snapshots stay readable.',
          },
          {
            text: 'It was edited in place, so the old rows exist only in a backup',
            explanation:
              'In-place edits are how a plain file would behave; the table format writes a replacement file and changes a pointer instead.',
          },
          {
            text: 'It was deleted at commit, leaving only statistics about its rows',
            explanation:
              'The new snapshot stops listing the file but does not remove it, which is exactly what makes time travel possible.',
          },
          {
            text: 'It is kept, but only the metastore’s audit log can still reach it',
            explanation:
              'The metastore records who accessed what, but snapshots are defined and read through the table format’s own metadata.',
          },
        ],
        answer: 0,
        reread: 'table-formats-snapshots-and-time-travel',
      },
      {
        id: 'repositories-metastore-role',
        prompt:
          'A query engine receives SELECT * FROM prod.uploads. Which lakehouse layer tells it where that table’s metadata lives and whether this user may see the email column?',
        options: [
          {
            text: 'The table format, which lists the Parquet files in each snapshot',
            explanation:
              'The table format defines snapshots and files for one table, but it offers no global directory of names or access rules.',
          },
          {
            text: 'The object store, which holds the table’s data and metadata files',
            explanation:
              'Every file does live there, but a bucket only maps keys to bytes; it knows nothing of table names or column masking.',
          },
          {
            text: 'The query engine itself, which plans the scan and prunes files',
            explanation:
              'The engine does the planning and reading, yet it has to ask another layer first what prod.uploads is and who may read it.',
          },
          {
            text: 'The metastore, which maps names to metadata and enforces policy',
            explanation:
              'Right: the metastore acts as the lakehouse’s address book and is where access control, masking and audit logs usually live.',
          },
        ],
        answer: 3,
        reread: 'the-metastore-as-a-directory',
      },
      {
        id: 'repositories-engagement-feature',
        prompt:
          'A ranking model needs each user’s engagement rate over the last three hours within a few milliseconds of a request. Every engagement event is already logged to a durable database. Where should the model read this value?',
        options: [
          {
            text: 'A warehouse query over raw events, run for each incoming request',
            explanation:
              'A warehouse handles large aggregations well, but scanning events on every request is far too slow for a millisecond budget.',
          },
          {
            text: 'Redis, updated by a streaming job and keyed by user_id',
            explanation:
              'Right: an in-memory key-value store serves the precomputed value instantly and can be refilled from the durable log after a restart.',
          },
          {
            text: 'A vector database that finds users with similar engagement histories',
            explanation:
              'Vector search suits similarity lookups over embeddings, like finding related photos, not fetching one number for a known user.',
          },
          {
            text: 'A document database holding one flexible record for each event',
            explanation:
              'Flexible shapes help when fields evolve, but the rate would still have to be computed from many events at request time.',
          },
        ],
        answer: 1,
        reread: 'in-memory-key-value-stores',
      },
    ],
  },
];

const quiz: ChapterQuiz = [...quizPart1, ...quizPart2];

export default quiz;
