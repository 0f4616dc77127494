import { describe, expect, it } from 'vitest';
import { runDataflow } from './compute';
import { explainRun } from './explain';
import { dataflowParamsSchema, defaultDataflowParams, type DataflowParams } from './model';

const explain = (overrides: Partial<DataflowParams>) => {
  const params = dataflowParamsSchema.parse({ ...defaultDataflowParams, requestRate: 50, runSec: 60, outageStartSec: 20, sweep: false, ...overrides });
  return explainRun(runDataflow(params), params).join('\n');
};

describe('what the run shows, in words', () => {
  it('compares the chain with its closed form and names the gap in standard errors', () => {
    expect(explain({ mode: 'rpc' })).toMatch(/Your 4-hop chain failed [\d.]+ % of [\d,]+ requests; the rule 1 − \(1 − q\)⁴, with q = 1.00 % per attempt, predicts 3.94 %\. The gap is [\d.]+ standard errors/);
  });

  it('says when calls slower than the timeout count as failures', () => {
    expect(explain({ mode: 'rpc', latencyShape: 'exponential', hopLatencyMs: 50, timeoutMs: 100 })).toMatch(/calls took longer than the 100 ms timeout and were counted as failures/);
  });

  it('reports the bus draining at capacity − arrival rate, and nothing lost within retention', () => {
    const text = explain({ mode: 'bus', failureRate: 0, outageSec: 10 });
    expect(text).toMatch(/drained at [\d.]+ per second, against consumer capacity − arrival rate = 150.0 − 50 = 100 per second/);
    expect(text).toMatch(/No message was lost/);
  });

  it('reports losses when the outage outlasts retention', () => {
    expect(explain({ mode: 'bus', outageSec: 30, retentionSec: 10 })).toMatch(/deleted by retention before B read them: the outage \(30 s\) outlasted the retention \(10 s\), and λ × \(outage − retention\) predicts about 1,000/);
  });

  it('calls λ × (outage − retention) a floor, not a prediction, when the consumer is slower than the arrivals', () => {
    // 50 arrive per second, the consumer handles 30: a 20 s outage over 10 s of retention loses the first 10 s of it
    // (500 messages), and after the restart the backlog keeps ageing past the retention, so far more are lost.
    const params = dataflowParamsSchema.parse({ ...defaultDataflowParams, requestRate: 50, runSec: 60, outageStartSec: 20, sweep: false, mode: 'bus', consumerRate: 30, failureRate: 0, outageSec: 20, retentionSec: 10 });
    const result = runDataflow(params);
    expect(result.bus!.predictedLost).toBe(500);
    expect(result.runs[0]!.lost).toBeGreaterThan(1_000);
    const text = explainRun(result, params).join('\n');
    expect(text).not.toMatch(/predicts about 500/);
    expect(text).toMatch(/λ × \(outage − retention\) = 500 counts only the messages that expired during the outage, and it is a floor, not a prediction: the consumer's capacity \(30\.0 per second\) does not exceed the 50\.0 per second arriving/);
  });

  it('keeps the prediction, and says why it holds, when the consumer is faster than the arrivals', () => {
    expect(explain({ mode: 'bus', failureRate: 0, outageSec: 30, retentionSec: 10 })).toMatch(/predicts about 1,000\. That prediction holds because the consumer's capacity \(150 per second\) exceeds the arrival rate/);
  });

  it('says when the consumer cannot keep up', () => {
    expect(explain({ mode: 'bus', failureRate: 0.7, outageSec: 0 })).toMatch(/finishes at most 150 × \(1 − 0.7\) = 45.0 per second, no more than the 50.0 per second arriving/);
  });

  it("shows B's slow queries in A's p99 on the shared database", () => {
    expect(explain({ mode: 'db', slowQueriesPerSec: 2, slowQueryMs: 1500 })).toMatch(/B's \d+ slow queries \(1500 ms each, on 4 connections\) took A's p99 from [\d.]+ ms without them to [\d.]+ ms/);
  });
});
