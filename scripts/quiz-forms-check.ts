/**
 * npx tsx scripts/quiz-forms-check.ts [chapter…]: checks the section files in chapters/<slug>/quiz/
 * against the parallel-form schema (lib/quiz/schema.ts), that each question's objective is one of its
 * section's, that every objective is tested in both forms, that `reread` names a heading of the
 * chapter, and the form sizes the issue asks (at least 4, about one per 2,000 words of the section).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chapters } from '@/chapters/catalog';
import { readChapter } from '@/lib/content/load';
import { sectionFormsSchema, type SectionForms } from '@/lib/quiz/schema';

const only = process.argv.slice(2);
let problems = 0;
const say = (where: string, what: string) => {
  problems++;
  console.log(`${where}: ${what}`);
};
for (const chapter of chapters) {
  if (only.length && !only.includes(chapter.slug)) continue;
  const model = readChapter(chapter);
  const dir = join('chapters', chapter.slug, 'quiz');
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test.') && !/-[ab]\.ts$/.test(f));
  } catch {
    continue;
  }
  for (const file of files) {
    const where = `${dir}/${file}`;
    const raw = ((await import(pathToFileURL(join(process.cwd(), dir, file)).href)) as { default: SectionForms }).default;
    const parsed = sectionFormsSchema.safeParse(raw);
    if (!parsed.success) for (const issue of parsed.error.issues) say(where, `${issue.path.join('.')}: ${issue.message}`);
    const objectiveIds = new Set(raw.objectives.map((o) => o.id));
    for (const phase of ['pre', 'post'] as const) {
      const tested = new Set<string>();
      for (const q of raw[phase]) {
        if (!objectiveIds.has(q.objective)) say(where, `${phase} ${q.id}: objective “${q.objective}” is not one of the section's`);
        tested.add(q.objective);
        if (!(q.reread in model.anchors)) say(where, `${phase} ${q.id}: reread “${q.reread}” is not a heading of ${chapter.slug}`);
      }
      for (const id of objectiveIds) if (!tested.has(id)) say(where, `objective ${id} is not tested in the ${phase} form`);
    }
    const words = model.pages
      .filter((p) => p.section === raw.heading && p.file !== '')
      .reduce((n, p) => n + readFileSync(join('chapters', chapter.slug, p.file), 'utf8').split(/\s+/).length, 0);
    const want = Math.max(4, Math.round(words / 2000));
    console.log(`${where}: ${words} words → ${want} per form; pre ${raw.pre.length}, post ${raw.post.length}`);
    if (raw.pre.length < want || raw.post.length < want) say(where, `want at least ${want} questions in each form`);
  }
}
console.log(problems ? `${problems} problem(s).` : 'No problems.');
process.exitCode = problems ? 1 : 0;
