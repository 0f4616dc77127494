import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "dataflow",
  title: "Modes of dataflow",
  heading: "modes-of-dataflow",
  objectives: [],
  pre: [
    {
      id: "dataflow-five-hop-success",
      objective: "TODO",
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
      objective: "TODO",
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
      objective: "TODO",
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
      objective: "TODO",
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
    }
  ],
  post: []
};

export default forms;
