import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "storage",
  title: "Storage primitives",
  heading: "storage-primitives",
  objectives: [],
  pre: [
    {
      id: "storage-placement",
      objective: "TODO",
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
          text: "Postgres on a block volume, the images as objects in a bucket",
          explanation: "Right: databases rely on block storage and a filesystem, and large immutable blobs fetched by key are cheapest and most durable as objects."
        }
      ],
      answer: 3,
      reread: "block-storage"
    },
    {
      id: "storage-checkpoints-overnight",
      objective: "TODO",
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
          text: "Write checkpoints to a persistent volume that outlives the VM",
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
      objective: "TODO",
      prompt: "You create a new, empty persistent block volume and attach it to a VM that is already running. What must happen before you can save files on it?",
      options: [
        {
          text: "Create a bucket on it and upload files through the storage API",
          explanation: "Buckets and put/get calls belong to object storage; a block volume shows up to the OS as a raw disk instead."
        },
        {
          text: "Partition it, create a filesystem, then mount it in the OS",
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
      objective: "TODO",
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
  post: []
};

export default forms;
