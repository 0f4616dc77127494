import type { SectionForms } from '@/lib/quiz/schema';

// Pre form: the section's questions from before #22 (they still need their objective). Post form: to write.
const forms: SectionForms = {
  section: "acquiring",
  title: "Acquiring training data",
  heading: "acquiring-training-data",
  objectives: [],
  pre: [
    {
      id: "acquiring-teacher-labels",
      objective: "TODO",
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
      objective: "TODO",
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
      objective: "TODO",
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
      objective: "TODO",
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
    }
  ],
  post: []
};

export default forms;
