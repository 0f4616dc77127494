import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: asked before reading (ids kept from before #22). Post form: parallel questions on the same objectives.
const forms: SectionForms = {
  section: "sources",
  title: "Data sources",
  heading: "data-sources",
  objectives: [
    { id: "sources-compare", text: "**Compare** user input, system-generated data, internal databases and outside data on volume, freshness, schema discipline, trust and cost, and estimate how many rows a day each supplies." },
    { id: "sources-log-faults", text: "**Diagnose** a suspicious log-derived feature as phantom, missing, duplicate or out-of-order events, or as two services that record one event in different shapes." },
    { id: "sources-protect-oltp", text: "**Explain** why training and analytical reads are moved off the transactional database that serves the live product, and what bridges the two." },
    { id: "sources-provenance", text: "**Plan** for the provenance risk of second- and third-party data: silent breaks and redefinitions that your own monitoring may not catch." }
  ],
  pre: [
    {
      id: "sources-closest-to-labels",
      objective: "sources-compare",
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
      objective: "sources-protect-oltp",
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
          text: "Its long scans compete with live orders for memory, disk and CPU, slowing checkout",
          explanation: "Right: the data is trustworthy, but scanning it on the live database takes resources from customers placing orders right now."
        }
      ],
      answer: 3,
      reread: "internal-databases"
    },
    {
      id: "sources-doubled-clicks",
      objective: "sources-log-faults",
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
      objective: "sources-provenance",
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
  post: [
    {
      id: "sources-rows-per-day",
      objective: "sources-compare",
      prompt: "A news app has 400,000 sessions a day. In 1 percent of sessions the reader leaves a thumbs-up or thumbs-down on an article, and every session logs about 30 events. Roughly how many log rows does the app collect for each feedback row?",
      options: [
        { text: "About 30, one per logged event", explanation: "That is the events per session, but feedback arrives in only 1 session in 100, so the ratio is a hundred times larger." },
        { text: "About 300, because both grow with the number of sessions a day", explanation: "Both do scale with sessions, which is why the session count cancels out; the ratio is 30 events against 0.01 feedback rows per session, not 30 against 0.1." },
        { text: "About 3,000: 12 million log rows against 4,000 feedback rows", explanation: "Right: 400,000 × 30 = 12,000,000 log rows and 400,000 × 0.01 = 4,000 feedback rows, a ratio of 3,000. The rows that say what readers thought are the scarce ones." },
        { text: "About 120,000, the 30 events times the 4,000 feedback rows", explanation: "Multiplying the two figures mixes units; the ratio is log rows divided by feedback rows, 12,000,000 / 4,000." }
      ],
      answer: 2,
      reread: "user-input-data"
    },
    {
      id: "sources-negative-durations",
      objective: "sources-log-faults",
      prompt: "A feature measures seconds from a product view to the purchase that follows. The view is logged by the web frontend and the purchase by the payments service. About 2 percent of values come out negative. What is the likeliest explanation?",
      options: [
        { text: "The two machines' clocks disagree, so events arrive out of order in time", explanation: "Right: when two services stamp events with their own clocks, a small skew is enough to put the purchase before the view that led to it." },
        { text: "Page reloads fire phantom views that nobody actually looked at or clicked", explanation: "Phantom views add extra rows, but a real purchase would still come after the earliest view; it does not explain a purchase timed before every view." },
        { text: "Retries send some purchase events twice", explanation: "A duplicate purchase carries the same time as the original, so it changes counts, not the sign of the gap." },
        { text: "The orders table is wrong for 2 percent of purchases", explanation: "The transactional tables are the most trusted source, and this feature is built from two event logs, not from the orders table." }
      ],
      answer: 0,
      reread: "system-generated-data"
    },
    {
      id: "sources-fraud-aggregate",
      objective: "sources-protect-oltp",
      prompt: "For a fraud model, an engineer plans to compute each customer's 90-day spending with a query that aggregates the live payments database every five minutes, including at the evening peak. What should the team do instead?",
      options: [
        { text: "Keep the plan: a reviewed, strictly typed schema means the query cannot harm production", explanation: "The strict schema makes the data trustworthy, but a correct query can still slow everyone down; the harm comes from the resources it takes, not from bad data." },
        { text: "Read the spending from the click logs, which record the same payments and are more reliable", explanation: "Logs are cheaper to read but far less disciplined, and payments are exactly the facts the business database records most reliably." },
        { text: "Buy the spending history from a data broker to avoid touching internal tables at all", explanation: "An outside feed trades the contention problem for a provenance problem, and a broker will not know your own customers' payments better than you do." },
        { text: "Compute it on a copy fed by an extract job or change data capture, away from live traffic", explanation: "Right: the heavy aggregate competes with live payments for memory, disk and CPU, and holds back the cleanup of old row versions, so analytical reads belong on separate storage kept up to date from the source." }
      ],
      answer: 3,
      reread: "internal-databases"
    },
    {
      id: "sources-partner-definition",
      objective: "sources-provenance",
      prompt: "A delivery-time model uses scans shared by a logistics partner. The partner quietly starts counting a parcel as delivered when it reaches a pickup locker. Error rises for weeks while every field still looks plausible. Which habit would have let the team explain this fastest?",
      options: [
        { text: "Range checks on every incoming field, which flag any change in the feed", explanation: "Range checks catch impossible values; here every value stays plausible, so none of them fires." },
        { text: "A record of all the partner's field definitions, its refresh schedule and contract, checked on a date", explanation: "Right: the change is one of meaning, not of shape, and a written note of what each key field is supposed to mean, checked now and then, is what ties a drift to its cause." },
        { text: "Treating the scans as first-party data, since they describe your own parcels", explanation: "Data about your own operations that another organization collected is second-party: you still do not control how it is gathered or defined." },
        { text: "Moving to a third-party broker whose definitions are standard across customers", explanation: "A broker is even further from the collection than a partner; no outside source promises that its definitions will never change." }
      ],
      answer: 1,
      reread: "first-party-and-third-party-data"
    }
  ]
};

export default forms;
