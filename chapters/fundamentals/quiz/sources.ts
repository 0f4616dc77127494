import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "sources",
  title: "Data sources",
  heading: "data-sources",
  objectives: [],
  pre: [
    {
      id: "sources-closest-to-labels",
      objective: "TODO",
      prompt: "A translation app wants examples of good output to fine-tune on. One option is the corrections that users type over the machine output. Compared with the other sources, what should the team expect from this data?",
      options: [
        {
          text: "Huge volume arriving in real time, cheap to gather and already clean",
          explanation: "That matches logs and click streams far better; people produce corrections slowly, and what they type is rarely clean."
        },
        {
          text: "Close to the labels needed, but scarce, slow and full of noise",
          explanation: "Right: a human correction is almost a label, yet every one costs a person real attention, and typos or stray pastes mean each row needs checking."
        },
        {
          text: "A strict, stable schema because the form fields never change shape",
          explanation: "A form can fix the fields, but it cannot stop people from typing junk into them, so the content stays loose and noisy."
        },
        {
          text: "Trusted by default, since users have no reason to enter bad values",
          explanation: "Intent is not the issue: people are hurried and inconsistent, and skipping validation is a common way for a model to quietly learn mistakes."
        }
      ],
      answer: 1,
      reread: "user-input-data"
    },
    {
      id: "sources-trusted-but-costly",
      objective: "TODO",
      prompt: "A data scientist points a nightly training job directly at the production orders table, reasoning that it is the most accurate data the company owns. What is the main risk?",
      options: [
        {
          text: "The orders table is probably full of errors that nobody has noticed yet",
          explanation: "Tempting if you distrust all data, but mistakes in this table cost revenue at once, so it is among the most reliable sources there are."
        },
        {
          text: "Its schema drifts every time an engineer refactors the service code",
          explanation: "Loose, shifting schemas describe logging output; transactional tables are the most tightly structured source a company has."
        },
        {
          text: "A vendor may change how it defines an order without telling anyone",
          explanation: "Hidden definition changes are a danger of data bought from outside; the orders table belongs to the company itself."
        },
        {
          text: "Heavy reads compete with live orders and slow the checkout page",
          explanation: "Right: the data is trustworthy, but scanning it on the live database takes resources from customers placing orders right now."
        }
      ],
      answer: 3,
      reread: "internal-databases"
    },
    {
      id: "sources-doubled-clicks",
      objective: "TODO",
      prompt: "After a frontend refactor, the click-through rate feature suddenly doubles overnight, though nothing about user behavior changed. Which source most likely caused this, and why?",
      options: [
        {
          text: "System-generated logs, which inherit bugs like double-emitted events",
          explanation: "Right: click logs are only as correct as the code that emits them, and a refactor that fires each event twice looks exactly like this."
        },
        {
          text: "User-input data, because users began clicking twice out of impatience",
          explanation: "A shift in behavior is possible in principle, but the prompt rules it out, and an overnight jump right after a code change points at the emitter."
        },
        {
          text: "Internal databases, since the refactor must have changed the order rows",
          explanation: "Clicks are not stored in the orders table, and transactional tables are the most disciplined source, so they are an unlikely culprit."
        },
        {
          text: "Third-party data, because an outside vendor supplies the click counts",
          explanation: "Vendor data can break silently, but clicks on your own frontend are recorded by your own services, not bought from a broker."
        }
      ],
      answer: 0,
      reread: "system-generated-data"
    },
    {
      id: "sources-vendor-drift",
      objective: "TODO",
      prompt: "A churn model uses demographic enrichment bought from a data broker. Accuracy slides for two months and internal monitoring shows nothing unusual. What risk of this source fits best?",
      options: [
        {
          text: "The broker data is too small in volume to train on usefully",
          explanation: "Bought data usually adds breadth quickly; the issue here is not quantity but a change you cannot see."
        },
        {
          text: "Reading the broker feed slowed down the production database",
          explanation: "Contention with live traffic is the cost of querying your own transactional tables, not of a purchased feed."
        },
        {
          text: "You cannot see how the vendor collects or refreshes its data",
          explanation: "Right: provenance is out of your hands, so a silent break or redefinition in the vendor pipeline shows up as drift before anyone explains it."
        },
        {
          text: "Users typed inconsistent answers into the demographic form fields",
          explanation: "Noisy typing is a property of user-input data; here nobody in your product filled anything in, the broker delivered it."
        }
      ],
      answer: 2,
      reread: "first-party-and-third-party-data"
    }
  ],
  post: []
};

export default forms;
