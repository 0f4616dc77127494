/** How the model follows the two architectures as their authors describe them, and where it is simpler. */
export function ModelNotes() {
  return (
    <div className="results-note">
      <p>
        <strong>What counts as the truth.</strong> Each user’s net spend (purchases minus refunds) over every event that has reached the log so far, computed with the fixed
        logic. An event counts from the moment it arrives, so an architecture can be right at every tick even when events arrive late.
      </p>
      <p>
        <strong>Lambda, as Nathan Marz describes it.</strong> The batch job recomputes every view from the master dataset (the lake keeps every event for ever). A run reads
        what has arrived when it starts and publishes after reading it at the batch job’s rate; one run at a time, and a slot that falls during a run is skipped. The speed
        layer counts every arriving event with its own code, and forgets what a new batch view covers: either every event that happened before the run started (by event time,
        the common design, which also drops late events the run never read) or exactly the events the run read (by log position, which needs the run to record the offset it
        stopped at).
      </p>
      <p>
        <strong>Kappa, as Jay Kreps describes it.</strong> A fix starts a second copy of the job reading from the oldest event the log still holds into a new table; when it
        has caught up, readers switch to it and the old copy stops. Here the replay runs the stream job’s current code. Deploying the fix without a replay only changes how
        new events are counted.
      </p>
      <p>
        <strong>Where it is simpler.</strong> Kafka deletes whole log segments once their newest record is older than <code>retention.ms</code> (7 days by default); here each
        event is deleted on its own once it arrived longer ago than the retention, so deletion comes a little earlier and in finer steps. Lowering the retention deletes at
        once; raising it never brings back what is gone. Time moves in quarter hours: batch runs, publishes, replay reads and the samples in the charts happen on those ticks.
        The live jobs count an event the moment it arrives; compute is counted in events read, one unit each, though a replay through a stream processor usually costs more
        per event than a batch job over columnar files.
      </p>
    </div>
  );
}
