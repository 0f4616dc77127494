import { Arrow, Box, Defs, Note, Token } from './draw';
import type { AnimationScene } from './types';

const M = 'head-batch-stream';
// Where a batch event sits: waiting at the source, in the crate, or gone with the crate.
const crateSlot = (i: number): [number, number] => [205 + (i % 3) * 14 - 14, 101];

export const batchVsStream: AnimationScene = {
  title: 'Batch crates and a continuous stream',
  description:
    'Two lanes carry the same kind of events. In the batch lane, events pile up in a crate until a cron schedule fires; then an Airflow-triggered Spark job moves the whole crate into the offline store, so the newest data there is minutes to hours old. In the streaming lane, each event is appended to a Kafka topic as it happens, a Flink processor handles it at once and updates the online store within seconds. Flink records its Kafka offsets in periodic checkpoints, not after each event, and commits them back to Kafka when a checkpoint completes.',
  viewBox: '0 0 760 300',
  steps: [
    'Both lanes start from events happening all the time. The top lane waits for a schedule; the bottom lane moves each event as soon as it exists.',
    'Three events arrive. In the batch lane they pile up in the current crate. In the stream lane the first one is already appended to the Kafka topic.',
    'Stream: Flink processes the first event and the online store changes within about a second. Batch: the crate is still filling.',
    'Stream: the next events follow one by one. Flink does not commit an offset per event: every few seconds a checkpoint saves its offsets together with its state, and only then are the offsets committed to Kafka (the pulse on the topic). Batch: nothing has moved yet.',
    'Batch: the cron schedule fires. Airflow starts a Spark job, and the whole crate leaves at once.',
    'Batch: Spark writes the crate to the offline store. Its newest event is now minutes to hours old: fine for building training sets, too stale for live predictions.',
    'New events keep coming. The stream has already delivered them; the batch lane starts filling its next crate and waits for the next tick.',
  ],
  render(step) {
    const batchEvents = [0, 1, 2].map((i) => {
      const atSource: [number, number] = [70, 101];
      const [cx, cy] = crateSlot(i);
      const shipped = step >= 4;
      const stored = step >= 5;
      const x = step === 0 ? atSource[0] : stored ? 600 + i * 14 : shipped ? 390 + i * 14 - 14 : cx;
      const y = step === 0 ? atSource[1] : cy;
      return <Token key={`b${i}`} x={x} y={y} visible={step > 0} />;
    });
    const crateX = step >= 5 ? 614 : step >= 4 ? 390 : 205;
    const streamEvents = [0, 1, 2, 3].map((i) => {
      // Each stream event reaches the topic, the processor and the store one step after another.
      const born = i === 0 ? 1 : i === 3 ? 6 : 3;
      const age = step - born;
      const x = age < 0 ? 70 : age === 0 ? 255 : age === 1 ? 435 : 615;
      const stagger = i === 2 && step === 3 ? -18 : 0;
      return <Token key={`s${i}`} x={x + stagger} y={240} visible={age >= 0 && !(age > 2)} tone="ok" />;
    });
    const newBatch = step >= 6 ? [0, 1].map((i) => <Token key={`n${i}`} x={crateSlot(i)[0]} y={101} />) : null;
    return (
      <>
        <Defs marker={M} />
        <Note x={10} y={22}>Batch path (latency: minutes to hours)</Note>
        <Note x={10} y={165}>Streaming path (latency: seconds or less)</Note>
        <Box x={20} y={60} w={100} h={50} label="Source app" labelTop sub="events" />
        <Box x={165} y={55} w={80} h={60} label="Crate" labelTop sub={step >= 4 && step < 6 ? 'empty' : 'filling'} active={step >= 1 && step <= 3} />
        <Box x={330} y={55} w={130} h={60} label="Airflow + Spark" labelTop sub="on a cron tick" active={step === 4} />
        <Box x={560} y={55} w={140} h={60} label="Offline store" labelTop sub="training data" tone="store" active={step === 5} />
        <Arrow from={[120, 85]} to={[163, 85]} marker={M} />
        <Arrow from={[245, 85]} to={[328, 85]} marker={M} dashed={step < 4} />
        <Arrow from={[460, 85]} to={[558, 85]} marker={M} />
        <g className="anim-crate" style={{ transform: `translate(${crateX}px, 101px)`, opacity: step >= 1 ? 1 : 0 }}>
          <rect x={-28} y={-12} width={56} height={24} rx={4} />
        </g>
        {batchEvents}
        {newBatch}
        <Box x={20} y={200} w={100} h={50} label="Producer" labelTop sub="app events" />
        <Box x={200} y={195} w={110} h={60} label="Kafka topic" labelTop sub="append-only log" active={step === 3} />
        <Box x={380} y={195} w={110} h={60} label="Flink" labelTop sub="per event" active={step === 2 || step === 3} />
        <Box x={560} y={195} w={140} h={60} label="Online store" labelTop sub="serving" tone="store" active={step >= 2} />
        <Arrow from={[120, 225]} to={[198, 225]} marker={M} />
        <Arrow from={[310, 225]} to={[378, 225]} marker={M} />
        <Arrow from={[490, 225]} to={[558, 225]} marker={M} />
        {streamEvents}
        {step === 3 && <circle className="anim-pulse" cx={255} cy={272} r={6} />}
        {step === 3 && <Note x={270} y={274}>checkpoint: offsets committed</Note>}
      </>
    );
  },
};
