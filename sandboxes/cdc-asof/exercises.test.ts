import { describe, expect, it } from 'vitest';
import { nodeEnv } from '@/lib/engines/node';
import { runCdcAsof } from './compute';
import { flattered, laterAnchor, replayGuard, strictInequality } from './exercises';
import { scoreOf } from './explain';
import { defaultCdcAsofParams, type CdcAsofParams } from './model';

const env = nodeEnv();
const small: CdcAsofParams = { ...defaultCdcAsofParams, ordersPerDay: 60, days: 6, trainDays: 4 };
const run = (p: CdcAsofParams) => runCdcAsof(p, () => env.engines.duckdb(), { now: () => 0, progress: () => {} });

describe('cdc-asof exercises', () => {
  it('check the reader’s numbers against their own run, and say which settings are missing', async () => {
    const base = { ...small, ...flattered.explore };
    const r = await run(base);
    const offline = scoreOf(r, 'naive', 'naive')!.auc;
    const served = scoreOf(r, 'naive', 'asof')!.auc;
    expect(flattered.check(r, { offline: offline.toFixed(2), served: served.toFixed(2) }, base).pass).toBe(true);
    expect(flattered.check(r, { offline: served.toFixed(2), served: served.toFixed(2) }, base).pass).toBe(offline - served < 0.01);
    expect(flattered.check(r, {}, { ...base, anchorMinutes: 5 }).feedback).toMatch(/0 minutes/);

    const bad = { ...small, ...replayGuard.explore };
    const rb = await run(bad);
    expect(replayGuard.check(rb, { unguarded: String(rb.replay.lastWriteWins.mismatches), guarded: '0' }, bad).pass).toBe(true);
    expect(replayGuard.check(rb, { unguarded: '0', guarded: '0' }, bad).pass).toBe(false);
    expect(replayGuard.check(r, {}, base).feedback).toMatch(/50%/);

    const strict = { ...small, ...strictInequality.explore };
    const rs = await run(strict);
    expect(strictInequality.check(rs, { missing: String(rs.anchors.total), auc: '0.5' }, strict).pass).toBe(true);
    expect(strictInequality.check(rs, { missing: '0', auc: '0.5' }, strict).pass).toBe(false);

    const later = { ...small, ...laterAnchor.explore };
    const rl = await run(later);
    const top = [...rl.leaks].sort((a, b) => b.rows - a.rows)[0]!;
    expect(top.feature).toBe('picked_up');
    expect(laterAnchor.check(rl, { feature: top.feature, rows: String(top.rows) }, later).pass).toBe(true);
    expect(laterAnchor.check(rl, { feature: 'items', rows: String(top.rows) }, later).pass).toBe(false);
  }, 120_000);
});
