import type { Metadata } from 'next';
import { AssignmentBuilder } from '@/components/assignments/AssignmentBuilder';
import { assignables } from '@/app/_content/assignable.server';

export const metadata: Metadata = { title: 'New assignment' };

export default async function NewAssignment() {
  return (
    <div className="home">
      <h1>New assignment</h1>
      <p className="lede">
        Pick sandbox exercises and quizzes from any chapter, put them in order, and get a link. The assignment lives entirely in the link: no account,
        no server. Learners open it, work in the book, and download a submission file; you check the files on the <a href="/assignments/review/">review page</a>.
      </p>
      <AssignmentBuilder catalog={await assignables()} />
    </div>
  );
}
