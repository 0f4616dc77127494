/** How the model follows Kafka's consumer, and where it is simpler: on screen, beside the results. */
export function ModelNotes() {
  return (
    <div className="results-note">
      <p>
        <strong>How this follows Kafka.</strong> A committed offset is the next record to read (the last one processed plus one), and a consumer that restarts, or takes over a
        partition, starts there. The manual modes call <code>commitSync()</code> once per poll, before or after the loop over its records (<code>enable.auto.commit=false</code>).
        Auto-commit (<code>enable.auto.commit=true</code>) commits inside a later <code>poll()</code>, once <code>auto.commit.interval.ms</code> has passed, the offsets of the
        records earlier polls returned. A poll returns at most <code>max.poll.records</code>; a consumer that does not poll again within <code>max.poll.interval.ms</code> is
        taken out of the group, and its next commit is refused (<code>CommitFailedException</code>), so its partitions are read again from the last commit.
      </p>
      <p>
        <strong>Where it is simpler.</strong> Times are scaled down from Kafka’s defaults (5 s auto-commit, 5 min poll interval). Partition p belongs to consumer p mod the
        group’s size for the whole run; after a crash its partitions wait out the restart time instead of moving to another member, which changes when they are read again,
        not what is. A rebalance only takes the partitions of the consumer it strikes, as cooperative rebalancing does. The producer writes round-robin; the bounded buffer
        counts messages past the committed offsets, as a queue with a length limit would (a Kafka topic itself has no such bound: that is the “lag grows” choice). The
        offsets-in-the-sink mode stores each partition’s offset in the sink’s own transaction with the rows and seeks to it on restart; Kafka’s own transactions do the same
        between topics. Dead-letter messages are published at once, outside any transaction, so a redelivered poison message can be parked twice and replayed twice.
      </p>
    </div>
  );
}
