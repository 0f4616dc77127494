import { type WindowsParams, type WindowsResult } from './model';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Sentences about this run, from its own numbers. */
export function explainRun(result: WindowsResult, params: WindowsParams): string[] {
  const sentences: string[] = [];
  const { tumbling, sliding, session } = result.types;
  const keys = new Set(result.events.map((e) => e.key)).size;
  let maxSeen = Number.NEGATIVE_INFINITY;
  let outOfOrder = 0;
  for (const id of result.arrivalOrder) {
    const e = result.events[id - 1]!;
    if (e.eventTime < maxSeen) outOfOrder++;
    maxSeen = Math.max(maxSeen, e.eventTime);
  }
  const finalWatermark = result.watermarks[result.watermarks.length - 1]?.watermark;
  sentences.push(
    `${plural(result.events.length, 'event')} on ${plural(keys, 'key')}; ${plural(outOfOrder, 'event')} arrived after an event with a later event time (out of order). The watermark, the largest event time seen minus a delay of ${plural(params.lateness, 'minute')}, ended at minute ${finalWatermark ?? '—'}.`,
  );
  const tumblingTotal = tumbling.windows.reduce((n, w) => n + w.count, 0);
  const counted = tumbling.verdicts.filter((v) => v.joined.length > 0).length;
  sentences.push(
    `Tumbling: ${plural(tumbling.windows.length, 'window')} of ${params.size} minutes. Each counted event sits in exactly one, so the counts add up to ${tumblingTotal}, the ${plural(counted, 'event')} counted.`,
  );
  const ratio = params.size / params.slide;
  sentences.push(
    `Sliding: ${plural(sliding.windows.length, 'window')} of ${params.size} minutes, a new one every ${params.slide}; an event is counted in ${sliding.meanWindowsPerEvent.toFixed(2).replace(/\.00$/, '')} of them on average (size / slide = ${Number.isInteger(ratio) ? ratio : ratio.toFixed(2)}${Number.isInteger(ratio) ? '' : ', so some events fall in one window more than others'}).`,
  );
  const merged = session.windows.filter((w) => w.replacedBy !== null).length;
  sentences.push(
    `Session (gap ${params.gap}): ${plural(session.windows.length - merged, 'session')}${merged ? `, after ${plural(merged, 'merge')} where an event bridged two sessions` : ''}. A session can only close once ${params.gap} quiet minutes have passed in event time, so its result waits longer than a fixed window’s.`,
  );
  if (params.stream === 'chapter') {
    sentences.push(
      'As in the chapter’s worked example, the sliding windows include those that start before minute 0 and those that end after the last event, which is why every event here is counted size / slide times.',
    );
  }
  const late = tumbling.lateEvents;
  const lost = tumbling.verdicts.filter((v) => v.lost).length;
  const updated = late - lost;
  const fate =
    params.policy === 'drop'
      ? 'dropped, and their windows’ results are short by them'
      : params.policy === 'side'
        ? 'sent to the side output, where a separate job could reconcile them'
        : 'never lost: under this idealised policy every window is kept for ever';
  const grace =
    params.policy === 'update'
      ? `each updated its fired window, which emitted a correction (${plural(tumbling.corrections, 'correction')} in all)`
      : `${plural(updated, 'was', 'were')} within the allowed lateness of ${plural(params.allowedLateness, 'minute')} and updated a fired window (${plural(tumbling.corrections, 'correction')}); ${plural(lost, 'was', 'were')} past it, after the window’s state was dropped, and ${lost === 1 ? 'was' : 'were'} ${fate}`;
  sentences.push(
    late === 0
      ? `No event was late for its tumbling window: the watermark never passed a window’s end before all of its events had arrived.`
      : `${plural(late, 'event')} arrived after the watermark had passed the end of their tumbling window: ${grace}.`,
  );
  const slidingPartly = sliding.verdicts.filter((v) => v.late.length > 0 && !v.lost).length;
  if (slidingPartly > 0) {
    sentences.push(
      `Sliding: ${plural(slidingPartly, 'event')} missed one of ${slidingPartly === 1 ? 'its' : 'their'} windows but ${slidingPartly === 1 ? 'was' : 'were'} still counted in another, so ${slidingPartly === 1 ? 'it is' : 'they are'} not late events: Flink and Beam drop or side-output an event only when every window it belongs to is past its allowed lateness.`,
    );
  }
  if (tumbling.meanDelay !== null) {
    sentences.push(
      `Tumbling results the watermark closed came ${tumbling.meanDelay.toFixed(1)} minutes after their window’s end, on average. A longer watermark delay holds the watermark further back: fewer late events, later results. Allowed lateness does not delay the first result; it keeps a fired window open to corrections.`,
    );
  }
  return sentences;
}
