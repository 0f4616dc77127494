import type { Metadata } from 'next';
import { AssignmentView } from '@/components/assignments/AssignmentView';
import { assignables } from '@/app/_content/assignable.server';

export const metadata: Metadata = { title: 'Assignment' };

export default async function AssignmentPage() {
  return (
    <div className="home">
      <h1>Assignment</h1>
      <p className="lede">
        Your checklist for this assignment. Each item links into the book; its status comes from the progress this browser keeps. When you are done, download
        your submission and send the file to your instructor.
      </p>
      <AssignmentView catalog={await assignables()} />
    </div>
  );
}
