import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: asked before reading (ids kept from before #22). Post form: parallel questions on the same objectives.
const forms: SectionForms = {
  section: "dataflow",
  title: "Modes of dataflow",
  heading: "modes-of-dataflow",
  objectives: [
    { id: "dataflow-database", text: "**Recognize** the hidden coupling of a shared table: readers bound to a schema their writer may change, and two services competing for one database." },
    { id: "dataflow-compound", text: "**Compute** the end-to-end success rate and slow-request exposure of a synchronous chain from its per-hop rates." },
    { id: "dataflow-choose-mode", text: "**Choose** a database, RPC or a message bus for an exchange between services, from who must wait, how fresh the answer must be and which failure is acceptable." },
    { id: "dataflow-bus-costs", text: "**Predict** how a message bus turns a consumer's failure into lag rather than loss, and what it costs in its place: late or repeated events and failures that stay quiet." }
  ],
  pre: [
    {
      id: "dataflow-five-hop-success",
      objective: "dataflow-compound",
      prompt: "A prediction request passes synchronously through five services, each of which succeeds 99% of the time on its own. Roughly how often does the whole request succeed?",
      options: [
        {
          text: "About 99%, because the chain is as reliable as each of its parts",
          explanation: "This holds for one service only; in a synchronous chain any single failure fails the request, so reliability drops with every hop."
        },
        {
          text: "About 95%, since 0.99 raised to the fifth power is roughly 0.95",
          explanation: "Right: every hop must succeed, so the rates multiply, and five one-percent risks add up to about a five-percent loss."
        },
        {
          text: "About 99.9%, because the services retry and back each other up",
          explanation: "Nothing in the setup adds redundancy; the services depend on one another in sequence, which lowers reliability rather than raising it."
        },
        {
          text: "About 50%, because each extra hop cuts the success rate in half",
          explanation: "Each hop removes about one percent, not half; the loss grows with the number of hops but stays small for reliable services."
        }
      ],
      answer: 1,
      reread: "how-failures-compound-across-hops"
    },
    {
      id: "dataflow-shared-table-rename",
      objective: "dataflow-database",
      prompt: "The feature pipeline reads straight from a table that the orders service writes. The orders team renames a column during a routine migration, and the pipeline breaks. What property of this dataflow mode caused the problem?",
      options: [
        {
          text: "RPC failure cascades, because the orders service was briefly down",
          explanation: "No request went between the services, so nothing cascaded; the break came from the shared table itself changing shape."
        },
        {
          text: "Eventual consistency, since the pipeline read the rows too early",
          explanation: "Timing lag is the price of a message bus; here the data was there, but under a column name the reader no longer recognized."
        },
        {
          text: "Every reader is implicitly bound to the writer's table schema",
          explanation: "Right: through a database, the schema is the contract nobody wrote down, so a rename needs every consuming team to coordinate."
        },
        {
          text: "The database lost the rows written just before the migration ran",
          explanation: "Nothing was lost; the rows are intact, and it is only the pipeline's expectation of the column names that no longer holds."
        }
      ],
      answer: 2,
      reread: "dataflow-through-a-database"
    },
    {
      id: "dataflow-four-hop-errors",
      objective: "dataflow-compound",
      prompt: "A request travels through four services in a synchronous chain, and each service fails about 1% of the time on its own. Roughly what error rate does the user see?",
      options: [
        {
          text: "About 1%, because failures in the services average out over the chain",
          explanation: "Averaging would apply if a request touched only one service; here it must pass all four, so each hop adds its own risk."
        },
        {
          text: "Close to 0%, because the later services catch the earlier failures",
          explanation: "In a plain synchronous chain nothing absorbs an upstream error; a failure at any hop is the user's failure."
        },
        {
          text: "About 16%, because each hop multiplies the error rate by four",
          explanation: "Errors add up roughly linearly for small rates; multiplying them this way overstates the loss several times over."
        },
        {
          text: "About 4%, since failing at any of the four hops fails the request",
          explanation: "Right: the end-to-end success is 0.99 to the fourth power, about 96%, so roughly 4% of requests fail."
        }
      ],
      answer: 3,
      reread: "how-failures-compound-across-hops"
    },
    {
      id: "dataflow-bus-vs-rpc",
      objective: "dataflow-choose-mode",
      prompt: "The checkout service currently calls the training-data collector over RPC for each purchase. When the collector is down for maintenance, checkouts fail. What should change, and why?",
      options: [
        {
          text: "Publish purchases to a durable topic that the collector reads later",
          explanation: "Right: checkout no longer waits, the bus keeps events while the collector is down, and it resumes where it stopped."
        },
        {
          text: "Keep RPC, since the collector needs an immediate, consistent answer",
          explanation: "Immediate consistency matters for things like payment approval; a training pipeline can tolerate a short delay."
        },
        {
          text: "Have the collector poll the checkout tables directly every few seconds",
          explanation: "That swaps the outage problem for a shared-schema coupling and extra load on the checkout database."
        },
        {
          text: "Add more synchronous hops so requests can route around the collector",
          explanation: "Extra hops in a synchronous chain lower end-to-end reliability; checkout would still wait on services it does not need."
        }
      ],
      answer: 0,
      reread: "dataflow-through-a-message-bus"
    },
    {
      id: "dataflow-weekend-consumer",
      objective: "dataflow-bus-costs",
      prompt: "A feature job consumes purchase events from a Kafka topic that retains events for seven days. The job crashes on Friday evening and nobody notices until Monday morning. What happened to the weekend's events?",
      options: [
        { text: "Publishing failed all weekend, and checkout logged an error for each purchase", explanation: "A producer on a bus does not wait for its consumers; publishing went on normally, which is exactly why nobody noticed." },
        { text: "They are gone, since a topic drops the events that no consumer reads in time", explanation: "A log such as Kafka keeps events for the whole retention window, read or unread; seven days covers the weekend." },
        { text: "They waited in the topic, and the job resumes from its last committed offset", explanation: "Right: the failure became delay. The cost is the weekend of lag, and that nothing raised an alarm while it grew." },
        { text: "The topic handed them to its other subscribers in place of the crashed job", explanation: "Each subscribing job reads the whole topic for itself; one job's crash does not pass its share of events to another." }
      ],
      answer: 2,
      reread: "dataflow-through-a-message-bus"
    }
  ],
  post: [
    {
      id: "dataflow-discount-meaning",
      objective: "dataflow-database",
      prompt: "A training job reads the checkout team's sessions table with SELECT * and looks up row.get(\"discount\", 0). The checkout team changes the discount column from an amount in euros to a percentage, keeping its name, and updates only their own code. What happens?",
      options: [
        { text: "The job fails that night with a missing-column error, which alerts its owners", explanation: "A missing column is what a rename causes; here the name stays, so every lookup still finds a value." },
        { text: "Nothing: the database rejects a schema change that would break one of its readers", explanation: "The database records no list of readers; nothing tells the writing team who depends on the column." },
        { text: "The job keeps running and quietly learns from percentages read as euro amounts", explanation: "Right: the shared table is an implicit contract, and a change of meaning breaks readers the writer does not know about, without any error." },
        { text: "The job sees the change only after a delay, as readers of a shared table lag behind", explanation: "Lag and eventual consistency belong to a message bus; a reader of the table sees each committed change at once." }
      ],
      answer: 2,
      reread: "dataflow-through-a-database"
    },
    {
      id: "dataflow-ten-hop-target",
      objective: "dataflow-compound",
      prompt: "A ten-service synchronous path must succeed end to end at least 99 percent of the time. Assuming independent failures, roughly what is the lowest per-hop success rate that meets this target?",
      options: [
        { text: "99 percent per hop, the same as the target for the whole path", explanation: "0.99¹⁰ is about 90.4 percent: ten hops at the target rate miss it by almost ten points." },
        { text: "99.9 percent per hop, since 0.999 to the tenth power is about 0.990", explanation: "Right: cutting each hop's failure rate tenfold gets a ten-hop chain to about 99 percent end to end." },
        { text: "99.5 percent per hop, half the target's failure rate at each hop", explanation: "0.995¹⁰ is about 95.1 percent; the per-hop failures add up to roughly ten times the per-hop rate, so halving is not enough." },
        { text: "99.99 percent per hop, four nines at every link of the chain", explanation: "That meets the target with room to spare (about 99.9 percent), but it is ten times stricter than needed." }
      ],
      answer: 1,
      reread: "how-failures-compound-across-hops"
    },
    {
      id: "dataflow-slow-hop-share",
      objective: "dataflow-compound",
      prompt: "A request passes through three services one after another. Each service, independently, has a slow moment on 2 percent of requests. What share of requests meet at least one slow service?",
      options: [
        { text: "About 2 percent, since the slowest service sets the rate for all", explanation: "Each of the three services can be the slow one, so the chances combine: 1 − 0.98³." },
        { text: "About 0.0008 percent, since all three must be slow at once", explanation: "0.02³ is the chance that every hop is slow together; one slow hop is enough to delay the request." },
        { text: "About 8 percent, because each added hop doubles the slow share", explanation: "The share does not double per hop; for small rates it grows roughly in proportion to the number of hops." },
        { text: "Just under 6 percent: one minus 0.98 cubed", explanation: "Right: 1 − 0.98³ ≈ 5.9 percent, close to the shortcut of 3 × 2 percent, so the user's slow tail is decided by the one service that happened to stall." }
      ],
      answer: 3,
      reread: "how-failures-compound-across-hops"
    },
    {
      id: "dataflow-fraud-approval",
      objective: "dataflow-choose-mode",
      prompt: "A fraud model must approve each card payment before it completes. An engineer proposes that the payment service publish every payment to a topic and that the fraud service consume it from there. What is the better design?",
      options: [
        { text: "Call the fraud service synchronously, and publish every payment separately for training", explanation: "Right: the payment cannot complete without an immediate answer from a running service, which is what RPC is for; feeding the training pipeline can still go over a bus, where lag does no harm." },
        { text: "Use the topic, since a bus never loses an event and so never blocks a payment", explanation: "A bus does protect events, but the payment cannot wait for a consumer that may be minutes behind; decoupling is the wrong property here." },
        { text: "Have the fraud service poll a payments table that the payment service writes", explanation: "Polling a shared table turns it into a makeshift queue, with the coupling of a shared schema and the delay of the polling interval." },
        { text: "Use the topic, since its window of disagreement is too short to matter", explanation: "The window is milliseconds only while the consumer keeps up; when it falls behind, approvals would wait for the backlog." }
      ],
      answer: 0,
      reread: "comparing-the-dataflow-modes"
    },
    {
      id: "dataflow-duplicate-emails",
      objective: "dataflow-bus-costs",
      prompt: "A notification service reads messages from an SQS queue. It was down for three hours without any error reaching the services that publish, and after it restarted some users got the same email twice. Which properties of the bus explain both observations?",
      options: [
        { text: "Publishers retried each send, and the bus swallowed the resulting RPC errors", explanation: "Publishing to a queue does not wait for the consumer, so there were no errors to swallow; and the duplicates come from the delivery side." },
        { text: "The queue kept an offset per consumer and rewound it to the oldest message", explanation: "A queue tracks no position per reader; it keeps a message until some consumer acknowledges it and then deletes it." },
        { text: "The bus delivers each message exactly once, so the duplicates came from the email provider", explanation: "Many buses deliver at least once, and a consumer that crashes between sending and acknowledging is the textbook source of a repeat." },
        { text: "Unacknowledged messages are delivered again, and a stopped consumer just falls behind", explanation: "Right: delivery is at least once, so emails sent but not acknowledged before the crash come back; and a dead consumer shows up only as a growing queue." }
      ],
      answer: 3,
      reread: "dataflow-through-a-message-bus"
    }
  ]
};

export default forms;
