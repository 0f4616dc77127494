import type { Metadata } from 'next';
import { ReviewPage } from '@/components/assignments/ReviewPage';

export const metadata: Metadata = { title: 'Review submissions' };

export default function Review() {
  return (
    <div className="home">
      <h1>Review submissions</h1>
      <p className="lede">
        Drop in your learners’ submission files. Each is checked in this browser: quizzes are re-scored from their answers, deterministic exercises are run
        again from the recorded settings and seed and compared with the recorded result, and timing exercises are checked against what was measured. Nothing
        is uploaded.
      </p>
      <ReviewPage />
    </div>
  );
}
