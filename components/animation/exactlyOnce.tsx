import { Arrow, Box, Defs, Note, Token } from './draw';
import type { AnimationScene } from './types';

const M = 'head-exactly-once';

export const exactlyOnce: AnimationScene = {
  title: 'Exactly-once in Kafka: producer id, sequence numbers, transactions',
  description:
    'An idempotent, transactional producer registers its transactional id and receives producer id 42. It sends a record with sequence number 7; the broker appends it, but the acknowledgement is lost, so the producer retries with the same sequence number. The broker recognises producer 42, sequence 7, drops the duplicate and acknowledges. Committing the transaction makes the record and the consumed offsets visible together. A consumer reading with read_committed sees the record once, processes it, and commits its offset; that last step is at-least-once toward anything outside Kafka, so the consumer’s sink has to be idempotent.',
  viewBox: '0 0 860 300',
  steps: [
    'The producer has enable.idempotence=true and a transactional.id. initTransactions() registers it, and the broker assigns producer id (PID) 42.',
    'beginTransaction(), then send(): the record carries PID 42 and sequence number 7 for its partition.',
    'The broker appends the record to the log, but its acknowledgement is lost on the network.',
    'The producer cannot know the write succeeded, so it retries: the same record, PID 42, sequence 7.',
    'The broker has already stored sequence 7 from PID 42. It drops the duplicate and acknowledges again: the log still holds one copy.',
    'sendOffsetsToTransaction() and commitTransaction(): the record and the input offsets become visible together, or not at all.',
    'The consumer reads with isolation.level=read_committed, so it sees committed records only: this record, once.',
    'The consumer processes the record, then commits its offset. Inside Kafka the record counted once; a system outside it may see the record again if the consumer crashes before committing, so that sink must be idempotent (an upsert keyed by a stable id).',
  ],
  render(step) {
    const first: [number, number] = step < 1 ? [105, 150] : step < 2 ? [105, 150] : step < 6 ? [430, 205] : step < 7 ? [430, 205] : [755, 150];
    const retry: [number, number] = step < 3 ? [105, 150] : step < 4 ? [260, 150] : [430, 250];
    const committed = step >= 5;
    return (
      <>
        <Defs marker={M} />
        <Box x={20} y={70} w={170} h={60} label="Producer" sub={step >= 0 ? 'PID 42 · txn id' : ''} active={step <= 1 || step === 3} />
        <Box x={340} y={50} w={180} h={80} label="Kafka broker" sub="dedup by PID + seq" active={step >= 2 && step <= 5} />
        <Box x={670} y={70} w={170} h={60} label="Consumer" sub="read_committed" active={step >= 6} />
        <Arrow from={[190, 100]} to={[338, 100]} marker={M} />
        <Arrow from={[520, 100]} to={[668, 100]} marker={M} dashed={!committed} />
        <Note x={430} y={180} anchor="middle">
          Partition log
        </Note>
        <rect className="anim-log" x={360} y={190} width={140} height={30} rx={4} />
        {step === 2 && (
          <Note x={265} y={45} anchor="middle">
            ack lost ✕
          </Note>
        )}
        {step === 4 && (
          <Note x={430} y={285} anchor="middle">
            duplicate seq 7 dropped
          </Note>
        )}
        {step >= 5 && (
          <Note x={430} y={40} anchor="middle">
            transaction committed ✓
          </Note>
        )}
        {step >= 7 && (
          <Note x={755} y={190} anchor="middle">
            offset committed · idempotent sink
          </Note>
        )}
        <Token x={first[0]} y={first[1]} visible={step >= 1} shape="record" label="seq 7" tone={committed ? 'ok' : 'plain'} />
        <Token x={retry[0]} y={retry[1]} visible={step >= 3 && step <= 4} shape="record" label="seq 7" tone="dup" />
      </>
    );
  },
};
