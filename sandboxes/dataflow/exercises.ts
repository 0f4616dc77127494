import { near, numberAnswer, type Exercise } from '@/lib/sandbox/exercise';
import { overtakesAt } from './crossover';
import { modeLabels, modes, type DataflowParams, type DataflowResult, type HopRow, type Mode } from './model';

const percent = (x: number, digits = 1) => `${(x * 100).toFixed(digits)} %`;

/** "How many hops at p = 1 % before the chain's success falls below 95 %?" (the answer is 6: 0.99⁵ ≈ 95.1 %, 0.99⁶ ≈ 94.1 %). */
export const hopsBelow95: Exercise<DataflowParams, DataflowResult> = {
  id: 'dataflow-hops-below-95',
  prompt: 'At p = 1 % per hop and without retries, how many hops does the chain need before its success falls below 95 %? Read it off the table of chain lengths under Details. (Enter 0 if it stays above 95 % up to 10 hops.)',
  explore: { failureRate: 0.01, retries: false, sweep: true },
  fields: [{ name: 'hops', kind: 'number', label: 'Hops', unit: 'hops' }],
  deterministic: true,
  check(result, answers, params) {
    if (!result.sweep || params.failureRate !== 0.01 || params.retries) {
      return { pass: false, feedback: 'Run with a failure rate of 0.01, retries off and the sweep on (“Use the suggested settings”), then read the table of chain lengths.' };
    }
    const answer = numberAnswer(answers, 'hops');
    const hops = result.sweep.hops;
    const firstBelow = (success: (row: HopRow) => number) => hops.find((row) => success(row) < 0.95)?.hops ?? 0;
    const predicted = firstBelow((row) => 1 - row.predictedErrorRate);
    const measured = firstBelow((row) => 1 - row.errorRate);
    const row = (count: number) => hops.find((r) => r.hops === count);
    if (answer === predicted) {
      const previous = row(predicted - 1);
      const at = row(predicted);
      return {
        pass: true,
        feedback: `Yes: ${predicted} hops. The rule gives ${previous ? `${percent(1 - previous.predictedErrorRate, 2)} for ${predicted - 1} hops and ` : ''}${at ? percent(1 - at.predictedErrorRate, 2) : '—'} for ${predicted}; your run measured ${at ? percent(1 - at.errorRate, 2) : '—'}.${
          measured !== predicted ? ` (In your run the measured success first fell below 95 % at ${measured || 'no'} hops: with this many requests a rate varies by a few tenths of a percent.)` : ''
        }`,
      };
    }
    if (answer === measured) {
      return {
        pass: true,
        feedback: `That is where your run first measured less than 95 %. The rule (1 − p)ᴴ puts it at ${predicted} hops; the gap is the run's sampling noise, so try another seed or a longer run.`,
      };
    }
    return { pass: false, feedback: 'Not yet. Go down the “success, measured” column of the chain-length table and stop at the first row under 95 %, or compute 0.99 to the power of each hop count.' };
  },
};

/** "At what per-hop failure rate does the bus first miss fewer requests than the chain?" — the crossover the chapter asks for. */
export const busOvertakes: Exercise<DataflowParams, DataflowResult> = {
  id: 'dataflow-bus-overtakes',
  prompt:
    'With the sweep on, at what per-hop failure rate does the message bus first miss fewer requests than a 5-hop RPC chain? Enter the first swept rate at which it leads, in percent (0 if it leads from the start, 100 if it never does).',
  explore: { hops: 5, sweep: true, mode: 'all' },
  fields: [{ name: 'rate', kind: 'number', label: 'Failure rate', unit: '%' }],
  deterministic: true,
  check(result, answers, params) {
    const crossover = result.sweep?.crossovers.find((c) => c.a === 'rpc' && c.b === 'bus');
    if (!crossover || params.hops !== 5) return { pass: false, feedback: 'Run with 5 hops and the sweep on (“Use the suggested settings”), then compare the chain and bus columns of the sweep table.' };
    const answer = numberAnswer(answers, 'rate') / 100;
    const lead = overtakesAt(crossover, 'bus');
    const rows = result.sweep!.rows;
    if (lead === 'from-start') {
      return answer === 0
        ? { pass: true, feedback: `Yes: with these settings the bus missed fewer requests even at p = 0 (${percent(rows[0]!.bus.missedShare)} against ${percent(rows[0]!.rpc.missedShare)}).` }
        : { pass: false, feedback: 'Look at the first row of the sweep table: which mode missed fewer requests there?' };
    }
    if (lead === null) {
      return answer === 1
        ? { pass: true, feedback: 'Yes: with these settings the bus never missed fewer requests than the chain in the swept range.' }
        : { pass: false, feedback: 'Compare the chain and bus columns row by row: does the bus ever miss fewer?' };
    }
    const at = rows.find((r) => r.failureRate === lead.toRate)!;
    // Any rate from the last one where the chain led up to the first where the bus did is where the lines cross.
    if (answer >= lead.fromRate - 1e-9 && answer <= lead.toRate + 1e-9) {
      return {
        pass: true,
        feedback: `Yes: at ${percent(lead.toRate, 2)} the chain missed ${percent(at.rpc.missedShare)} and the bus ${percent(at.bus.missedShare)}; the lines cross near ${percent(lead.estimate, 2)} (between the swept rates ${percent(lead.fromRate, 2)} and ${percent(lead.toRate, 2)}).`,
      };
    }
    return {
      pass: false,
      feedback:
        answer > lead.toRate
          ? 'The bus already leads at a lower rate: go up the sweep table to the first row where its column is below the chain’s.'
          : 'At that rate the chain still misses fewer requests than the bus: go further down the sweep table.',
    };
  },
};

/** "How long an outage can the bus absorb with retention R before losing messages?" — about R: the first message of the outage waits all of it. */
export const outageAbsorbed: Exercise<DataflowParams, DataflowResult> = {
  id: 'dataflow-outage-absorb',
  prompt:
    'With a retention of 20 s, what is the longest consumer outage the bus absorbs without losing a message? Try outages on either side of your answer (in seconds) and watch “lost”.',
  explore: { mode: 'bus', retentionSec: 20, outageStartSec: 30, outageSec: 25, runSec: 120, failureRate: 0 },
  fields: [{ name: 'seconds', kind: 'number', label: 'Longest outage', unit: 's' }],
  deterministic: true,
  check(result, answers, params) {
    const answer = numberAnswer(answers, 'seconds');
    const retention = params.retentionSec;
    const bus = result.runs.find((run) => run.mode === 'bus');
    const keepsUp = result.bus ? result.bus.capacityPerSec > params.requestRate : true;
    const evidence = bus
      ? ` Your last run: a ${params.outageSec} s outage against ${retention} s of retention lost ${bus.lost.toLocaleString('en-US')} messages${
          result.bus && result.bus.predictedLost > 0
            ? keepsUp
              ? ` (λ × (outage − retention) ≈ ${Math.round(result.bus.predictedLost).toLocaleString('en-US')})`
              : ` (λ × (outage − retention) ≈ ${Math.round(result.bus.predictedLost).toLocaleString('en-US')} is only a floor here: the consumer handles ${result.bus.capacityPerSec.toFixed(1)} per second, not more than the ${params.requestRate} arriving, so messages keep expiring after the restart)`
            : ''
        }.`
      : '';
    if (near(answer, retention, 0.1)) {
      return {
        pass: true,
        feedback: `Yes: about ${retention} s, the retention itself. The message published as the consumer went down is the oldest in the topic and waits the whole outage; once the outage is longer than retention it is deleted unread. That holds while the consumer's capacity exceeds the arrival rate, as it does with the settings this exercise opens: after the restart the backlog drains faster than it ages, so nothing else expires. A consumer slower than the arrivals never drains the backlog, and then no outage is safe and the loss outgrows λ × (outage − retention).${evidence}`,
      };
    }
    return {
      pass: false,
      feedback: `Not yet. Run outages a little shorter and a little longer than your answer and find where “lost” leaves 0; think about how long the first message published during the outage has to wait.${evidence}`,
    };
  },
};

/** "With the failure rate at zero, which mode has the lower median latency, and by how much?" */
export const medianAtZero: Exercise<DataflowParams, DataflowResult> = {
  id: 'dataflow-median-at-zero',
  prompt: 'With the failure rate at 0, which mode gets the data through with the lowest median end-to-end latency, and how many milliseconds lower is it than the next best?',
  explore: { failureRate: 0, mode: 'all' },
  fields: [
    { name: 'mode', kind: 'choice', label: 'Fastest mode', options: modes.map((m) => ({ value: m, label: modeLabels[m] })) },
    { name: 'gap', kind: 'number', label: 'Lower by', unit: 'ms' },
  ],
  deterministic: true,
  check(result, answers, params) {
    if (params.failureRate !== 0 || result.runs.length < 3) return { pass: false, feedback: 'Run all three modes with a failure rate of 0 (“Use the suggested settings”).' };
    const ranked = result.runs.filter((run) => run.endToEnd).sort((a, b) => a.endToEnd!.p50 - b.endToEnd!.p50);
    const [first, second] = ranked as [(typeof ranked)[number], (typeof ranked)[number]];
    const gap = second.endToEnd!.p50 - first.endToEnd!.p50;
    if ((answers.mode as Mode | undefined) !== first.mode) return { pass: false, feedback: 'Not yet: compare the “end to end, p50” column across the three rows.' };
    if (!near(numberAnswer(answers, 'gap'), gap, 0.1) && Math.abs(numberAnswer(answers, 'gap') - gap) > 0.5) {
      return { pass: false, feedback: `The mode is right. For the gap, subtract its median from the next lowest one (${modeLabels[second.mode]}).` };
    }
    return {
      pass: true,
      feedback: `Yes: ${modeLabels[first.mode]} at ${first.endToEnd!.p50.toFixed(1)} ms, ${gap.toFixed(1)} ms below ${modeLabels[second.mode]}. ${
        first.mode === 'db' ? 'One query beats a chain of calls, as long as nobody else is hogging the database.' : ''
      }${first.mode === 'rpc' ? 'A healthy chain answers as fast as its hops add up.' : ''}${first.mode === 'bus' ? 'The consumer had so much headroom that the topic hardly waited.' : ''}`.trim(),
    };
  },
};

export const dataflowExercises = [hopsBelow95, busOvertakes, outageAbsorbed, medianAtZero] as const;
