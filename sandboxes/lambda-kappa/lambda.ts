import type { SpeedSplit } from './model';
import { valueOf, type EventLog, type LogicVersion } from './stream';

/** One batch run: it reads every event in the lake at its start and publishes its view when done. */
export interface BatchRun {
  start: number;
  /** The events it read: log positions 0 … cutoff − 1 (everything that had arrived at `start`). */
  cutoff: number;
  version: LogicVersion;
  finishAt: number;
  view: Float64Array;
}

export interface Publish {
  at: number;
  start: number;
  read: number;
  version: LogicVersion;
  /** Speed-layer events dropped at this publish although the new view does not hold them (late events). */
  dropped: number;
}

/**
 * Lambda: a batch job that recomputes every user's net spend from all history on a schedule, a speed
 * layer that adds the events since, and a serving layer that returns batch view + speed state.
 * The two jobs carry their own code version: a fix has to be deployed to each.
 */
export class LambdaArchitecture {
  batchVersion: LogicVersion = 1;
  speedVersion: LogicVersion = 1;
  /** The published view and the start time (event-time cutoff) and log position it covers. */
  readonly view: Float64Array;
  viewStart = Number.NEGATIVE_INFINITY;
  viewRead = 0;
  viewVersion: LogicVersion | null = null;
  running: BatchRun | null = null;
  nextRunAt: number;
  /** The speed layer's events since the last publish (log positions), with the value each added. */
  private speedIndex: number[] = [];
  private speedValue: number[] = [];
  readonly speed: Float64Array;
  batchEvents = 0;
  batchRuns = 0;
  speedEvents = 0;
  readonly publishes: Publish[] = [];

  constructor(
    private readonly log: EventLog,
    users: number,
    private readonly every: number,
    private readonly rate: number,
    private readonly split: SpeedSplit,
  ) {
    this.view = new Float64Array(users);
    this.speed = new Float64Array(users);
    this.nextRunAt = every;
  }

  /** The speed layer takes one arriving event (log position i) with the code it runs now. */
  arrive(i: number): void {
    const value = valueOf(this.speedVersion, this.log.cents[i]!);
    this.speed[this.log.user[i]!]! += value;
    this.speedIndex.push(i);
    this.speedValue.push(value);
    this.speedEvents++;
  }

  /** Publishes a finished run, then starts the next one when its time has come (one run at a time). */
  tick(now: number, arrived: number): void {
    if (this.running && this.running.finishAt <= now) this.publish(this.running, now);
    if (!this.running && now >= this.nextRunAt) {
      this.running = this.startRun(now, arrived);
      while (this.nextRunAt <= now) this.nextRunAt += this.every;
    }
  }

  /** Recomputes every user's total from the whole lake, with the batch code deployed now. */
  private startRun(now: number, arrived: number): BatchRun {
    const view = new Float64Array(this.view.length);
    const { user, cents } = this.log;
    const version = this.batchVersion;
    for (let i = 0; i < arrived; i++) view[user[i]!]! += valueOf(version, cents[i]!);
    this.batchEvents += arrived;
    this.batchRuns++;
    return { start: now, cutoff: arrived, version, finishAt: now + arrived / this.rate, view };
  }

  /**
   * The new view replaces the old; the speed layer forgets what the view covers. By event time it
   * drops every event that happened before the run started, including late ones the run never read.
   */
  private publish(run: BatchRun, now: number): void {
    this.view.set(run.view);
    this.viewStart = run.start;
    this.viewRead = run.cutoff;
    this.viewVersion = run.version;
    this.running = null;
    const keepIndex: number[] = [];
    const keepValue: number[] = [];
    let dropped = 0;
    this.speed.fill(0);
    this.speedIndex.forEach((i, k) => {
      const covered = this.split === 'offset' ? i < run.cutoff : this.log.eventTime[i]! <= run.start;
      if (covered) {
        if (i >= run.cutoff) dropped++;
        return;
      }
      keepIndex.push(i);
      keepValue.push(this.speedValue[k]!);
      this.speed[this.log.user[i]!]! += this.speedValue[k]!;
    });
    this.speedIndex = keepIndex;
    this.speedValue = keepValue;
    this.publishes.push({ at: now, start: run.start, read: run.cutoff, version: run.version, dropped });
  }

  served(user: number): number {
    return this.view[user]! + this.speed[user]!;
  }
}
