import type { SectionForms } from '@/lib/quiz/schema';

const forms: SectionForms = {
  section: "acquiring",
  title: "Acquiring training data",
  heading: "acquiring-training-data",
  objectives: [
    {
      id: "acquiring-synthetic-labels",
      text: "**Validate** synthetic labels, whether a teacher model or labeling functions made them, against a small human-labeled gold set, judging each labeling rule by its coverage and accuracy."
    },
    {
      id: "acquiring-synthetic-data",
      text: "**Plan** the gates fully synthetic data must pass: strict checks on the seeds, whose flaws the generator amplifies, then checks of the output for near-duplicates, drift, domain rules and train-on-synthetic, test-on-real performance."
    },
    {
      id: "acquiring-legal",
      text: "**Decide** whether a dataset may be used for a given model by checking its license, the purpose the people in it consented to, and the privacy risk of collecting or republishing it."
    },
    {
      id: "acquiring-context",
      text: "**Diagnose** a mismatch between training data and deployment by coverage, environment and time, including survivorship bias, selection bias and the shortcuts of Frankenstein datasets, and fix it in the data rather than the model."
    },
    {
      id: "acquiring-bias",
      text: "**Explain** how representation gaps, labels that record past human decisions and proxy labels carry bias into a model whose predictions look accurate."
    },
    {
      id: "acquiring-lineage",
      text: "**Use** a dataset’s codebook, data card and receipts to read its fields correctly and to trace every derived dataset and model back to its sources and usage terms."
    }
  ],
  pre: [
    {
      id: "acquiring-teacher-labels",
      objective: "acquiring-synthetic-labels",
      prompt: "Your team has 200,000 unlabeled internal commit messages. A large foundation model grades each message for quality, and a small, cheap classifier is trained on those grades. Which step best keeps the big model’s mistakes from being copied into the small one?",
      options: [
        {
          text: "Train the small model for more epochs so the label errors average out",
          explanation: "Random noise can wash out, but a teacher’s systematic mistakes are consistent, so longer training just learns them more firmly."
        },
        {
          text: "Score labels and the trained model against a small human-labeled set",
          explanation: "Right: a little human ground truth lets you measure how good the teacher labels are and catch systematic errors before the student inherits them."
        },
        {
          text: "Replace the real commit messages with ones written by the same big model",
          explanation: "Fully synthetic inputs lose the real noise and quirks of your organization’s commits, which is exactly why real data with synthetic labels is preferred."
        },
        {
          text: "Switch to rules such as marking very short messages as low quality",
          explanation: "Heuristic rules are weak supervision, a cheap option in its own right, but they are noisy too and still need to be checked against human labels."
        }
      ],
      answer: 1,
      reread: "synthetic-labels-for-real-data"
    },
    {
      id: "acquiring-drone-field-photos",
      objective: "acquiring-context",
      prompt: "A crop-disease model trained on PlantVillage scores highly on its held-out test split but fails on real drone photos of fields. Working in a data-centric way, what should you change first?",
      options: [
        {
          text: "Swap in a larger pretrained vision model and tune its hyperparameters",
          explanation: "This is the model-centric reflex; no architecture can learn cluttered field scenes from a dataset that never contains any."
        },
        {
          text: "Add rotated and cropped copies of the PlantVillage leaves to the data",
          explanation: "Augmentation adds variety, but every copy still shows one leaf on plain paper in full light, so the field conditions are still missing."
        },
        {
          text: "Hold out a bigger PlantVillage test split to get a more trustworthy score",
          explanation: "A larger test set drawn from the same lab-style photos would only confirm the misleading score; it says nothing about drone images."
        },
        {
          text: "Keep the model and add labeled field photos with soil, overlap and shade",
          explanation: "Right: the lab photos show isolated leaves on a grey or black sheet, so the fix is data that matches where the model is actually used."
        }
      ],
      answer: 3,
      reread: "plantvillage-and-drone-crop-monitoring"
    },
    {
      id: "acquiring-care-cost-proxy",
      objective: "acquiring-bias",
      prompt: "A hospital system has no direct measure of how sick patients are, so it trains a model to predict each patient’s future health care cost and offers extra care to the highest scores. Why can this be unfair even when the cost predictions are accurate?",
      options: [
        {
          text: "Cost also reflects access, so underserved groups look healthier",
          explanation: "Right: cost is a proxy label, and for groups with unequal access to care it understates real need, so the model ranks them too low."
        },
        {
          text: "Cost is noisy, and a stronger regression model would remove the bias",
          explanation: "A better fit to cost only reproduces the skew in the target more faithfully; the problem is what the label means, not how well it is predicted."
        },
        {
          text: "The model must have been given a race column and learned to use it",
          explanation: "Dropping a sensitive field feels like a safeguard, but the bias lives in the target itself, so it appears even without any such column."
        },
        {
          text: "The records came from too few hospitals, so more rows would fix it",
          explanation: "Limited coverage causes other failures, but adding more records labeled with the same cost target keeps the same distorted meaning."
        }
      ],
      answer: 0,
      reread: "care-cost-as-a-proxy-for-medical-need"
    },
    {
      id: "acquiring-taxi-tips",
      objective: "acquiring-lineage",
      prompt: "You want to predict tipping from NYC yellow taxi trip records and notice that a large share of trips have tip_amount equal to 0. What does the data dictionary tell you to do?",
      options: [
        {
          text: "Keep the zeros as they are, since they show riders who chose not to tip",
          explanation: "This is the trap: cash tips are never recorded, so a zero on a cash trip means unknown, not stingy, and the target becomes mislabeled."
        },
        {
          text: "Fill each zero with the average tip of the credit card trips",
          explanation: "Imputing invents a tip for riders whose behavior was never observed and also erases genuine zero tips paid by card."
        },
        {
          text: "Use only trips with payment_type 1, or pick a target that avoids the gap",
          explanation: "Right: tip_amount is filled only for credit card payments, so limiting to card trips or redefining the target keeps the label valid."
        },
        {
          text: "Delete every trip with a zero tip before training and evaluating the model",
          explanation: "This drops the cash trips but also throws away real card riders who tipped nothing, so the model would overestimate tipping."
        }
      ],
      answer: 2,
      reread: "codebooks-and-the-nyc-taxi-data-dictionary"
    },
    {
      id: "acquiring-synthetic-visits-test",
      objective: "acquiring-synthetic-data",
      prompt: "Privacy rules forbid training directly on 400 real patient-visit records, so a team fits a generator to them and samples 50,000 synthetic rows. A classifier trained on those rows reaches an AUC of 0.93 on a held-out slice of the synthetic rows. What should decide whether the synthetic data is used?",
      options: [
        {
          text: "How a model trained on the synthetic rows scores on held-out real records",
          explanation: "Right: train on synthetic, test on real shows whether the generated rows kept the structure behind the real decision; real records used only for scoring never enter the model, so their privacy risk is much smaller."
        },
        {
          text: "The 0.93 AUC itself, because it was measured on rows the classifier never saw",
          explanation: "Held-out synthetic rows come from the same generator and share its blind spots, so a high score there says nothing about real patients."
        },
        {
          text: "Whether 500,000 generated rows give a steadier score than 50,000 do",
          explanation: "More samples from the same generator repeat whatever it got wrong about the seeds; a steadier score is not a more truthful one."
        },
        {
          text: "Whether each synthetic column’s mean and spread match the real seed records",
          explanation: "Comparing statistics is a useful check, but columns can match one by one while the relationships that drive the outcome are lost."
        }
      ],
      answer: 0,
      reread: "generating-fully-synthetic-data"
    },
    {
      id: "acquiring-backup-app-faces",
      objective: "acquiring-legal",
      prompt: "A photo-backup app wants to train a face-matching model on the 2 million selfies its users uploaded. The app’s terms promised to store and sync photos. The engineers argue that the photos sit on the company’s own servers, so the company may use them. What is the main problem?",
      options: [
        {
          text: "Internal data is always allowed; what is left is cleaning noise and bias",
          explanation: "Internal data is relevant and usually needs cleaning, but holding data on your own servers says nothing about what its owners allowed it to be used for."
        },
        {
          text: "Selfies are too low in quality for face matching and need heavy filtering",
          explanation: "Quality is a fair technical worry, but it comes after the prior question of whether this use is permitted at all."
        },
        {
          text: "Users agreed to have photos stored and synced, not to train face recognition",
          explanation: "Right: consent is given for a purpose; a regulator made a company in this position delete the models it built from such photos."
        },
        {
          text: "Face data becomes usable once names are stripped from the file metadata",
          explanation: "Removing names does not create consent, and a face is itself identifying, so stripping metadata fixes neither problem."
        }
      ],
      answer: 2,
      reread: "legal-and-ethical-use-of-data"
    }
  ],
  post: [
    {
      id: "acquiring-ticket-rule-scores",
      objective: "acquiring-synthetic-labels",
      prompt: "Three labeling rules tag support tickets as urgent or not. On a 500-ticket set labeled by people, rule A votes on 60 % of tickets and agrees with the people 55 % of the time, rule B votes on 8 % and agrees 97 %, and rule C votes on 30 % and agrees 90 %. What change does this evidence support?",
      options: [
        {
          text: "Drop rule B, since it votes on too few tickets to make a difference",
          explanation: "Low coverage is fine for a rule that is nearly always right: when it abstains it adds nothing wrong, and when it votes it adds a good label."
        },
        {
          text: "Keep all three with a plain majority vote, since noise averages out over many tickets",
          explanation: "Random noise can average out, but a rule that votes often and errs nearly half the time pulls many labels the wrong way."
        },
        {
          text: "Stop scoring the rules and keep the human set for judging the final model",
          explanation: "The human set is meant to check both the labeling process and the trained model; without it, a bad rule would go unnoticed."
        },
        {
          text: "Rewrite or drop rule A, which votes often and is wrong almost half the time",
          explanation: "Right: high coverage with poor accuracy does more harm than good, because the rule floods the training set with wrong labels."
        }
      ],
      answer: 3,
      reread: "synthetic-labels-for-real-data"
    },
    {
      id: "acquiring-branch-seed-skew",
      objective: "acquiring-synthetic-data",
      prompt: "A lender wants synthetic loan applications. Its seeds are 2,000 applications from one branch in a wealthy district, where nearly every self-employed applicant repaid. The generated rows pass a drift check against the seeds. Why should that not reassure anyone?",
      options: [
        {
          text: "A stricter threshold, 1 % of drifted columns instead of 10 %, would catch it",
          explanation: "A tighter threshold only demands that the output match the skewed seeds even more closely; the reference, not the threshold, is the problem."
        },
        {
          text: "The check compares with the skewed seeds, and the generator can amplify their pattern",
          explanation: "Right: output that faithfully copies the seeds passes, including the one branch’s link between self-employment and repayment, which a generator can even strengthen."
        },
        {
          text: "A differential privacy budget should have been set, since its added noise evens out groups",
          explanation: "Privacy noise keeps any one person’s record from showing through; it does not rebalance a seed set drawn from a single kind of customer."
        },
        {
          text: "Passing drift proves the rows are faithful; the open risk is leaking the seeds",
          explanation: "Statistical closeness to the seeds is necessary but not enough, and here closeness to a skewed seed set is the very problem."
        }
      ],
      answer: 1,
      reread: "generating-fully-synthetic-data"
    },
    {
      id: "acquiring-forum-profiles",
      objective: "acquiring-legal",
      prompt: "A researcher collects 50,000 profiles from a hobby forum: usernames, ages, towns and answers to questions about health. Any logged-in member can read them. She plans to publish them as a benchmark, leaving out real names. Which part of the legal and ethical check does this plan fail most plainly?",
      options: [
        {
          text: "Privacy: the fields together can identify people and expose sensitive answers",
          explanation: "Right: usernames with age and town make many people easy to find, and bulk republishing spreads their health answers, with or without real names."
        },
        {
          text: "None, since profiles that members can read are already public data",
          explanation: "This was the defense in a real case like this one; visibility to other members is not permission to collect and republish in bulk."
        },
        {
          text: "Only the license, as the forum’s terms might forbid redistribution",
          explanation: "The terms of use may well matter too, but even with a permissive license the people in the data would be exposed."
        },
        {
          text: "Freshness, because forum profiles go stale within a year or two",
          explanation: "Whether data is current is a fit-for-purpose question; it comes after deciding whether the data may be used at all."
        }
      ],
      answer: 0,
      reread: "legal-and-ethical-use-of-data"
    },
    {
      id: "acquiring-startup-survivors",
      objective: "acquiring-context",
      prompt: "An investment model ranks young companies. It is trained and tested on a database of companies that are operating today, with ten years of revenue history each, and its backtests look excellent. What is wrong, and what fixes it?",
      options: [
        {
          text: "Ten years is too short; add twenty years of history from the same database",
          explanation: "A longer history from the same source still holds only the companies that lasted; over a longer window even more failures have dropped out."
        },
        {
          text: "The model overfits; use stronger regularization and cross-validate on this data",
          explanation: "This is a model-centric reflex; every fold would be drawn from the same survivors, so the inflated score would simply repeat."
        },
        {
          text: "Only survivors are in the data; rebuild who existed at each past date, failures included",
          explanation: "Right: this is survivorship bias, and the fix is in how the data is designed: keep closures and other lifecycle events, so both training and testing see the losers."
        },
        {
          text: "Hold out the latest year as a test set to see whether the market has drifted",
          explanation: "A split by time is a good habit, but the latest year also contains only companies that survived, so the skew stays."
        }
      ],
      answer: 2,
      reread: "survivorship-bias-in-mutual-funds"
    },
    {
      id: "acquiring-scholarship-decisions",
      objective: "acquiring-bias",
      prompt: "A university trains a model to rank scholarship applicants, using ten years of its committee’s decisions as labels and leaving out the gender field. An audit finds that women are ranked below men with similar records. What is the most likely cause?",
      options: [
        {
          text: "The model is too weak; a more accurate one would close the gap",
          explanation: "A model that fits these labels better reproduces the committee’s past decisions more faithfully, gap included."
        },
        {
          text: "The labels are past decisions, and other fields let the model learn their bias",
          explanation: "Right: the label records what people decided, not how good an applicant was, and other fields can stand in for the gender column that was removed."
        },
        {
          text: "Women were few among applicants, so adding synthetic female applicants removes it",
          explanation: "Too few examples is a real cause of bias, but new examples labeled by the same standard would carry the same skew."
        },
        {
          text: "Nothing can be concluded, since gaps between groups say nothing about fairness",
          explanation: "A gap is not proof on its own, yet it shows where to look; a gap between similar applicants is exactly what an audit should follow up."
        }
      ],
      answer: 1,
      reread: "hiring-labels-that-learned-bias"
    },
    {
      id: "acquiring-consent-withdrawn",
      objective: "acquiring-lineage",
      prompt: "A user withdraws consent. Her photos sit in a raw dataset from which three cleaned and filtered datasets were built, and two models were trained on one of those. Which practice lets the team find everything her data reached?",
      options: [
        {
          text: "A data card on the raw dataset that explains how and from whom the photos were collected",
          explanation: "A card describes a dataset up to the moment it is taken in; it does not follow copies made afterwards or the models trained on them."
        },
        {
          text: "Deleting her photos from the raw dataset, since derived data points back to it",
          explanation: "Derived datasets are separate copies, and trained models have already learned from them; removing the source reaches neither."
        },
        {
          text: "Searching every table for her user id on the day the request arrives",
          explanation: "A search may find rows that still carry the id, but not datasets that dropped it, and it says nothing about which models saw her data."
        },
        {
          text: "Receipts on every derived dataset and training run, naming the inputs each one read",
          explanation: "Right: each receipt points back to its inputs and carries their usage terms forward, and each training run records the snapshot it read, so the trail leads from her photos to both models."
        }
      ],
      answer: 3,
      reread: "keeping-a-receipt-for-every-derived-dataset"
    }
  ]
};

export default forms;
