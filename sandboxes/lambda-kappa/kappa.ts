import { arrivedBy, valueOf, type EventLog, type LogicVersion } from './stream';

/** A replay in progress: a second copy of the job reading the log from its oldest retained event into a new state. */
interface Replay {
  startedAt: number;
  from: number;
  pos: number;
  budget: number;
  /** The hour up to which it has been given reading time. */
  readUntil: number;
  state: Float64Array;
  processed: number;
  /** Log ranges the retention deleted before the replay got to them, [from, to). */
  skipped: Array<[number, number]>;
}

/** What one finished replay could not rebuild: the events the log no longer held. */
export interface Switch {
  startedAt: number;
  at: number;
  /** The events the replay read: every event in the log from its start to the head when it caught up. */
  processed: number;
  /** The first log position it read, and the arrival hour of that event. */
  from: number;
  fromHour: number;
  lostEvents: number;
  /** Users whose net spend in the lost events is not zero, and the sum of those gaps in cents. */
  lostUsers: number;
  lostCents: number;
}

/**
 * Kappa: one stream job whose state is every user's net spend. A fix changes the code it runs from
 * then on; a replay starts a second copy from the oldest event the log still holds, into a new state,
 * and the serving side switches to it once it has caught up with the head of the log.
 */
export class KappaArchitecture {
  version: LogicVersion = 1;
  readonly state: Float64Array;
  retentionHours: number;
  /** The oldest log position still held: retention deletes from the front and never brings back. */
  earliest = 0;
  replay: Replay | null = null;
  liveEvents = 0;
  replayEvents = 0;
  replays = 0;
  readonly switches: Switch[] = [];

  constructor(
    private readonly log: EventLog,
    users: number,
    retentionDays: number,
    /** Events the replay reads per hour. */
    private readonly replayRate: number,
  ) {
    this.state = new Float64Array(users);
    this.retentionHours = retentionDays * 24;
  }

  arrive(i: number): void {
    this.state[this.log.user[i]!]! += valueOf(this.version, this.log.cents[i]!);
    this.liveEvents++;
  }

  /** Deletes what is older than the retention (by arrival, as Kafka's time-based retention does). */
  expire(now: number): void {
    this.earliest = Math.max(this.earliest, arrivedBy(this.log, now - this.retentionHours));
  }

  startReplay(now: number): void {
    this.expire(now);
    this.replays++;
    this.replay = { startedAt: now, from: this.earliest, pos: this.earliest, budget: 0, readUntil: now, state: new Float64Array(this.state.length), processed: 0, skipped: [] };
  }

  /** The replay reads `replayRate` events an hour since it last read, with the code deployed now; it switches when it reaches the head. */
  advance(now: number, arrived: number): void {
    const r = this.replay;
    if (!r) return;
    if (r.pos < this.earliest) {
      r.skipped.push([r.pos, this.earliest]);
      r.pos = this.earliest;
    }
    r.budget += this.replayRate * (now - r.readUntil);
    r.readUntil = now;
    const end = Math.min(arrived, r.pos + Math.floor(r.budget));
    const { user, cents } = this.log;
    for (let i = r.pos; i < end; i++) r.state[user[i]!]! += valueOf(this.version, cents[i]!);
    r.processed += end - r.pos;
    this.replayEvents += end - r.pos;
    r.budget -= end - r.pos;
    r.pos = end;
    if (r.pos >= arrived) this.switchTo(r, now);
  }

  private switchTo(r: Replay, now: number): void {
    this.state.set(r.state);
    this.replay = null;
    const lost = new Float64Array(this.state.length);
    const ranges: Array<[number, number]> = [[0, r.from], ...r.skipped];
    let lostEvents = 0;
    for (const [a, b] of ranges) {
      lostEvents += b - a;
      for (let i = a; i < b; i++) lost[this.log.user[i]!]! += valueOf(2, this.log.cents[i]!);
    }
    let lostUsers = 0;
    let lostCents = 0;
    for (const gap of lost) {
      if (gap !== 0) lostUsers++;
      lostCents += Math.abs(gap);
    }
    const fromHour = r.from < this.log.size ? this.log.arrival[r.from]! : now;
    this.switches.push({ startedAt: r.startedAt, at: now, processed: r.processed, from: r.from, fromHour, lostEvents, lostUsers, lostCents });
  }

  /** Events the running replay still has to read, and how far (in hours of arrival) it is behind the head. */
  replayLag(now: number, arrived: number): { events: number; hours: number } | null {
    const r = this.replay;
    if (!r) return null;
    return { events: arrived - r.pos, hours: r.pos < arrived ? now - this.log.arrival[r.pos]! : 0 };
  }
}
