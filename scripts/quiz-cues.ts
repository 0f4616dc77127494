/**
 * npx tsx scripts/quiz-cues.ts [chapter…]: the cue statistics of every section's forms (lib/quiz/cues.ts),
 * per section file, per chapter and over the book, and the stems that repeat. Writers run it while
 * they write; the quiz data test holds the chapters and the book to the same bounds.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cueProblems, cueStats, sharedStems } from '@/lib/quiz/cues';
import type { FormQuestion, SectionForms } from '@/lib/quiz/schema';

const pct = (x: number) => `${(100 * x).toFixed(0).padStart(3)} %`;
const line = (name: string, qs: FormQuestion[]) => {
  const s = cueStats(qs);
  const problems = cueProblems(s);
  console.log(
    `${name.padEnd(34)} n=${String(s.questions).padStart(3)}  longest ${pct(s.longest)}  shortest ${pct(s.shortest)}  absolute right ${pct(s.absoluteInCorrect)} / wrong ${pct(s.absoluteInDistractors)}  positions ${s.positions.join('/')}${problems.length ? `  ← ${problems.join('; ')}` : ''}`,
  );
};

const only = process.argv.slice(2);
const all: FormQuestion[] = [];
for (const chapter of ['ingestion', 'fundamentals', 'data-systems']) {
  if (only.length && !only.includes(chapter)) continue;
  const dir = join('chapters', chapter, 'quiz');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test.') && !/-[ab]\.ts$/.test(f));
  const chapterQs: FormQuestion[] = [];
  for (const file of files) {
    const forms = ((await import(pathToFileURL(join(process.cwd(), dir, file)).href)) as { default: SectionForms }).default;
    const qs = [...forms.pre, ...forms.post];
    line(`${chapter}/${forms.section} (pre ${forms.pre.length}, post ${forms.post.length})`, qs);
    chapterQs.push(...qs);
  }
  line(`${chapter} (all)`, chapterQs);
  all.push(...chapterQs);
}
line('book', all);
const stems = sharedStems(all);
console.log(stems.length ? `Stems that repeat: ${stems.map(([a, b]) => `${a} ~ ${b}`).join(', ')}` : 'No stems repeat.');
const ids = new Map<string, number>();
for (const q of all) ids.set(q.id, (ids.get(q.id) ?? 0) + 1);
const dup = [...ids].filter(([, n]) => n > 1).map(([id]) => id);
if (dup.length) console.log(`Question ids used twice: ${dup.join(', ')}`);
