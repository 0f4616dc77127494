import type { SectionForms } from '@/lib/quiz/schema';

const forms: SectionForms = {
  section: "storage",
  title: "Storage primitives",
  heading: "storage-primitives",
  objectives: [
    {
      id: "storage-choose",
      text: "**Choose** block or object storage for a workload from how it reaches its data: small in-place changes with low-latency random access, or whole blobs written once and read many times."
    },
    {
      id: "storage-prepare",
      text: "**Prepare** a raw block volume for files by partitioning it, creating a filesystem and mounting it, and tell when a volume already carries a filesystem that must not be formatted again."
    },
    {
      id: "storage-lifetimes",
      text: "**Plan** where data lives so that it outlives an instance, using a persistent volume rather than an ephemeral disk, and compute what an idle instance costs against one."
    },
    {
      id: "storage-objects",
      text: "**Predict** how an object store treats keys, prefixes and changes: folders are only shared key prefixes, and changing an object means putting a whole new one."
    }
  ],
  pre: [
    {
      id: "storage-placement",
      objective: "storage-choose",
      prompt: "Your system runs PostgreSQL for application state and also holds 40 TB of training images that are written once and read whole. Which placement fits each storage primitive?",
      options: [
        {
          text: "Both in an object bucket, since that is cheaper per gigabyte",
          explanation: "The price is tempting, but a database needs in-place updates and random reads and writes, which object storage does not offer."
        },
        {
          text: "Both on block volumes, so that images can be edited in place",
          explanation: "Block storage would work for the images, but they are never edited, so you pay more for features the workload does not use."
        },
        {
          text: "Postgres files in a bucket and images on block volumes for speed",
          explanation: "This is backwards: the database is the workload that needs low-latency random access, while whole-file image reads suit objects."
        },
        {
          text: "Postgres on a block volume, and the images as objects in a bucket",
          explanation: "Right: databases rely on block storage and a filesystem, and large immutable blobs fetched by key are cheapest and most durable as objects."
        }
      ],
      answer: 3,
      reread: "block-storage"
    },
    {
      id: "storage-checkpoints-overnight",
      objective: "storage-lifetimes",
      prompt: "A student trains on a cloud VM, saves checkpoints to the boot disk, and terminates the instance each night to save money. In the morning the checkpoints are gone. What should they do instead?",
      options: [
        {
          text: "Leave the instance running idle overnight so its disk stays alive",
          explanation: "That keeps the files, but it pays for compute just to hold data; storage is far cheaper than a running machine."
        },
        {
          text: "Launch with a bigger boot disk so that more checkpoints fit on it",
          explanation: "Size was never the issue: the boot volume is ephemeral and is deleted with the instance however large it is."
        },
        {
          text: "Write the checkpoints to a persistent volume that outlives the VM",
          explanation: "Right: a persistent volume survives termination and can be attached to tomorrow’s new instance with the files intact."
        },
        {
          text: "Rebuild the disk each morning from the same OS image the VM booted",
          explanation: "A fresh copy of the image gives a clean operating system, not the files written yesterday, so the checkpoints stay lost."
        }
      ],
      answer: 2,
      reread: "ephemeral-and-persistent-volumes"
    },
    {
      id: "storage-empty-volume",
      objective: "storage-prepare",
      prompt: "You create a new, empty persistent block volume and attach it to a VM that is already running. What must happen before you can save files on it?",
      options: [
        {
          text: "Create a bucket on it and upload files through the storage API",
          explanation: "Buckets and put/get calls belong to object storage; a block volume shows up to the OS as a raw disk instead."
        },
        {
          text: "Partition it, create a filesystem on it, then mount it in the OS",
          explanation: "Right: a raw block device has no files or folders until you partition it, format a filesystem and mount that filesystem."
        },
        {
          text: "Nothing more; it appears as a ready folder the moment it is attached",
          explanation: "Volumes made from a disk image come with a filesystem, which is why this sounds right, but an empty volume is just blocks."
        },
        {
          text: "Reboot the VM from the new volume so the cloud can format it",
          explanation: "An empty volume has no OS to boot; booting from a volume only works when it was created from an image."
        }
      ],
      answer: 1,
      reread: "ephemeral-and-persistent-volumes"
    },
    {
      id: "storage-object-keys",
      objective: "storage-objects",
      prompt: "A bucket holds objects with keys such as images/12345.png and images/12346.png. Which statement about working with this bucket is true?",
      options: [
        {
          text: "Changing one pixel means writing a whole new object under that key",
          explanation: "Right: objects cannot be edited in place; you replace the entire object by putting a new one with the same name."
        },
        {
          text: "You can grant access on the images/ folder as you would on a disk",
          explanation: "The console may show folders, but images/ is only a key prefix, so per-directory permissions do not exist."
        },
        {
          text: "Deleting every object under images/ leaves an empty images/ folder",
          explanation: "With no real directory tree, once no key starts with images/ there is nothing left to list; no empty folder remains."
        },
        {
          text: "A program can open an object and rewrite bytes at any offset, like a file",
          explanation: "That is block storage with a filesystem; object storage favors whole-object reads and writes over fine-grained updates."
        }
      ],
      answer: 0,
      reread: "object-storage"
    }
  ],
  post: [
    {
      id: "storage-which-on-block",
      objective: "storage-choose",
      prompt: "A platform team is moving four workloads to a new cloud account. Which of them should go on block storage rather than into a bucket?",
      options: [
        {
          text: "Model checkpoints, written once per epoch and later loaded whole",
          explanation: "Checkpoints are large, written once and read back in one piece, the pattern object storage is built for; a bucket keeps them more cheaply and durably."
        },
        {
          text: "Raw audio clips that users upload and that labelers play back",
          explanation: "Audio clips are unstructured blobs fetched by key, and nobody changes bytes inside them, so object storage fits them well."
        },
        {
          text: "The data directory of a database that rewrites small pages around the clock",
          explanation: "Right: a database changes small pages in the middle of large files and needs locks and low-latency random access, which only a block device with a filesystem provides."
        },
        {
          text: "Daily Parquet exports that several training jobs read again and again but never change",
          explanation: "Files written once and then only read gain nothing from in-place updates; this is why lakes and lakehouses keep Parquet in object storage."
        }
      ],
      answer: 2,
      reread: "block-storage"
    },
    {
      id: "storage-reattach-volume",
      objective: "storage-prepare",
      prompt: "Last month you attached an empty persistent volume to an instance, partitioned, formatted and mounted it, and wrote 150 GB of features to it. That instance has since been terminated. You attach the volume to a new instance. What do you do next?",
      options: [
        {
          text: "Mount its existing filesystem at a path such as /mnt/data and read the files there",
          explanation: "Right: the partition table and filesystem you made last month are still on the volume, so mounting it is all that is left to do."
        },
        {
          text: "Partition and format it, then mount it, as for any newly attached volume",
          explanation: "Those steps are for blank blocks; formatting writes a fresh, empty filesystem over the old one and wipes the 150 GB you stored."
        },
        {
          text: "Fetch the files through the provider’s object API, as detached volumes are kept as objects",
          explanation: "A block volume stays a block device whether attached or not; it has no bucket or keys, and the OS reaches it as a disk."
        },
        {
          text: "Boot the new instance from the volume so its files appear on the root disk",
          explanation: "Only a volume created from a disk image carries an operating system to boot; this one was made empty and holds just your data."
        }
      ],
      answer: 0,
      reread: "ephemeral-and-persistent-volumes"
    },
    {
      id: "storage-gpu-month-cost",
      objective: "storage-lifetimes",
      prompt: "A researcher needs a 500 GB dataset for about 30 hours of GPU work a month. Assume the GPU instance costs 3.00 dollars an hour, a persistent volume 0.10 dollars per GB per month, and a month has 720 hours. Which plan is cheapest while keeping the data between sessions?",
      options: [
        {
          text: "Keep the instance running all month: about 90 dollars, since only 30 hours are busy",
          explanation: "A running instance is billed for every hour, busy or idle: 720 × 3.00 is 2,160 dollars, far more than the work itself costs."
        },
        {
          text: "A persistent volume alone: 50 dollars, since the volume stands in for the instance",
          explanation: "The volume’s 50 dollars is right, but the GPU still has to run for the 30 hours of work, which adds 90 dollars."
        },
        {
          text: "A large ephemeral boot disk, terminating the instance after each session: 90 dollars",
          explanation: "The bill is low only because the data is thrown away: an ephemeral disk is deleted with its instance, so the 500 GB would be gone after every session."
        },
        {
          text: "A persistent volume, plus an instance started for each work session: about 140 dollars",
          explanation: "Right: 500 × 0.10 = 50 dollars for the volume and 30 × 3.00 = 90 for compute, against 2,160 for an instance left running all month."
        }
      ],
      answer: 3,
      reread: "ephemeral-and-persistent-volumes"
    },
    {
      id: "storage-rename-prefix",
      objective: "storage-objects",
      prompt: "A bucket holds 1,000 training shards under keys shards/v1/part-000.parquet to shards/v1/part-999.parquet. The team wants the “folder” called shards/v2/ instead, and it wants to add a few rows to part-000. What does that take?",
      options: [
        {
          text: "One rename call on the shards/v1/ folder, and an append call on part-000",
          explanation: "Both are filesystem habits: a bucket has no folder object to rename, and an object cannot be extended in place."
        },
        {
          text: "A copy and delete for all 1,000 objects, and a fresh upload of part-000",
          explanation: "Right: the prefix is part of each key, so renaming means copying every object, and a changed shard has to be put again as a whole object."
        },
        {
          text: "A cheap rename, since folders are metadata; the rows still need a new part-000",
          explanation: "Half right: replacing part-000 is correct, but there is no folder metadata to edit, so the rename touches every one of the 1,000 objects."
        },
        {
          text: "Creating an empty shards/v2/ folder first, then moving each shard into it",
          explanation: "An object store has no empty folders to create, since a prefix exists only while some key begins with it, and moving an object is itself a copy to a new key and a delete."
        }
      ],
      answer: 1,
      reread: "object-storage"
    }
  ]
};

export default forms;
