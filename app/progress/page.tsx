import type { Metadata } from 'next';
import { exerciseListings } from '@/app/_content/assignable.server';
import { ProgressPage } from '@/components/progress/ProgressPage';

export const metadata: Metadata = { title: 'Your progress' };

export default async function Progress() {
  return (
    <div className="home">
      <h1>Your progress</h1>
      <p className="lede">
        Your quiz scores in every chapter (the first try before reading, the best try after, and the gain) and the sandbox exercises you have passed. They are stored in this browser
        and nowhere else.
      </p>
      <ProgressPage exercises={await exerciseListings()} />
    </div>
  );
}
