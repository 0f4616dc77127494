import { Arrow, Box, Defs, Note, Token } from './draw';
import type { AnimationScene } from './types';

const M = 'head-lambda';

export const lambda: AnimationScene = {
  title: 'The Lambda architecture: fork, then merge at serving',
  description:
    'Source events fork into two layers. The batch layer runs Spark over the full history in the lake and writes accurate but stale features to the offline store. The speed layer runs Flink over the stream and writes fresh but approximate features to the online store. A serving layer merges the two for the ML application. Because the same feature is coded twice, the two paths can drift apart.',
  viewBox: '0 0 860 325',
  steps: [
    'Events arrive from Kafka, change data capture or APIs.',
    'Every event is sent down both layers: one copy to the batch layer, one to the speed layer.',
    'Speed layer: Flink updates the online store within seconds. The value is fresh but approximate: late or out-of-order events may not be in it yet.',
    'A prediction request arrives. The serving layer answers at once from the fresh value in the online store.',
    'Batch layer: hours later, Spark recomputes the feature over the whole history in the lake and writes an accurate value to the offline store.',
    'The serving layer merges both views: the accurate batch value up to the last batch run, plus the speed layer’s updates since then.',
    'The catch: the same feature now exists as Spark code and as Flink code. If the two drift apart, training and serving see different numbers.',
  ],
  render(step) {
    const batchCopy: [number, number] = step < 1 ? [85, 205] : step < 4 ? [295, 94] : [495, 94];
    const speedCopy: [number, number] = step < 1 ? [85, 205] : step < 2 ? [295, 274] : [495, 274];
    const toServing = step >= 5;
    return (
      <>
        <Defs marker={M} />
        <Note x={230} y={22}>Batch layer: accurate, hours behind</Note>
        <Note x={230} y={318}>Speed layer: fresh, approximate</Note>
        <Box x={20} y={130} w={130} h={60} label="Source events" labelTop sub="Kafka · CDC · APIs" active={step === 0} />
        <Box x={230} y={40} w={130} h={70} label="Spark on lake" labelTop sub="batch layer" active={step === 4} />
        <Box x={430} y={40} w={130} h={70} label="Offline store" labelTop sub="history" tone="store" active={step === 4 || step === 5} />
        <Box x={230} y={220} w={130} h={70} label="Flink on stream" labelTop sub="speed layer" active={step === 2} />
        <Box x={430} y={220} w={130} h={70} label="Online store" labelTop sub="fresh values" tone="store" active={step >= 2 && step <= 3} />
        <Box x={620} y={130} w={120} h={60} label="Serving layer" labelTop sub={step >= 5 ? 'merges both' : 'reads'} active={step === 3 || step === 5} />
        <Box x={770} y={135} w={80} h={50} label="ML app" active={step === 3 || step === 5} />
        <Arrow from={[150, 150]} to={[228, 80]} marker={M} />
        <Arrow from={[150, 170]} to={[228, 240]} marker={M} />
        <Arrow from={[360, 70]} to={[428, 70]} marker={M} />
        <Arrow from={[360, 250]} to={[428, 250]} marker={M} />
        <Arrow from={[560, 70]} to={[618, 145]} marker={M} dashed={step < 5} />
        <Arrow from={[560, 250]} to={[618, 175]} marker={M} dashed={step < 3} />
        <Arrow from={[740, 160]} to={[768, 160]} marker={M} />
        <Token x={toServing ? 680 : batchCopy[0]} y={toServing ? 206 : batchCopy[1]} shape="record" label="batch" />
        <Token x={step >= 3 ? 680 : speedCopy[0]} y={step >= 3 ? 232 : speedCopy[1]} shape="record" label="speed" tone="ok" />
        {step === 6 && (
          <g className="anim-warning">
            <rect x={200} y={128} width={380} height={64} rx={8} />
            <text x={390} y={155} textAnchor="middle" className="anim-label">
              Two code paths for one feature
            </text>
            <text x={390} y={176} textAnchor="middle" className="anim-sub">
              Spark logic ≠ Flink logic → training/serving skew
            </text>
          </g>
        )}
      </>
    );
  },
};
