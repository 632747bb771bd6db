package io.github.journeykit.spark.internal;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.eventlog.Event;
import io.github.journeykit.analytics.eventlog.PathResult;
import io.github.journeykit.analytics.eventlog.PathStatistics;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;

/**
 * The buffer of the path aggregator. Within a task it holds the analysis's own container, filled
 * with whole cases as the collector of {@link io.github.journeykit.analytics.eventlog.PathAnalysis}
 * fills it, and settled into the merged statistics (the container of {@code merging()}) every
 * {@link #SETTLE_EVENTS} events, when it merges and when it crosses the network, where the
 * statistics travel in their byte form, read again by the analysis of the aggregator that meets
 * them. Not public API.
 */
public final class PathBuffer implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * How many events the analysis's container holds before they are analysed and merged: it holds
   * about 17 bytes an event and the case ids, so a task holds a few megabytes at most.
   */
  static final int SETTLE_EVENTS = 1 << 16;

  /** The aggregator that last used this buffer, whose analysis settles it. */
  private transient PathAggregator owner;

  private transient Object live;
  private transient int liveEvents;
  private transient Object merged;

  private long accepted;
  private final KeptRows<RawEvent> rejections;

  /** The merged statistics in byte form, until an aggregator reads them. */
  private byte[] encoded;

  PathBuffer(int keep) {
    this.rejections = new KeptRows<>(keep);
  }

  /** Adds an event of a whole case through the analysis's collector. */
  void add(PathAggregator using, Event event) {
    owner = using;
    if (live == null) {
      live = using.collector().supplier().get();
    }
    using.collector().accumulator().accept(live, event);
    liveEvents++;
  }

  /** Counts a row that holds no event, keeping it while fewer than the analysis's are. */
  void reject(RawEvent row) {
    rejections.reject(row);
  }

  /** Whether the container holds enough events to be settled. */
  boolean full() {
    return liveEvents >= SETTLE_EVENTS;
  }

  /** Analyses what the container holds, adding its statistics, counts and kept rows. */
  void settle(PathAggregator using) {
    owner = using;
    if (live == null) {
      return;
    }
    PathResult result = using.collector().finisher().apply(live);
    live = null;
    liveEvents = 0;
    using.merging().accumulator().accept(merged(using), result.statistics());
    accepted += result.accepted();
    rejections.count(result.rejected());
    for (Rejection<Event> rejection : result.rejections()) {
      rejections.keep(RawEvent.of(rejection.item().orElseThrow()));
    }
  }

  /** The container of the merged statistics, made (from the bytes read, if any) on first use. */
  private Object merged(PathAggregator using) {
    if (merged == null) {
      merged = using.merging().supplier().get();
      if (encoded != null) {
        using.merging().accumulator().accept(merged, using.analysis().statisticsFromBytes(encoded));
        encoded = null;
      }
    }
    return merged;
  }

  /** Adds what {@code later} holds. */
  void merge(PathAggregator using, PathBuffer later) {
    settle(using);
    later.settle(using);
    merged = using.merging().combiner().apply(merged(using), later.merged(using));
    accepted += later.accepted;
    rejections.addAll(later.rejections);
  }

  /** The statistics of every case added, settled. */
  PathStatistics statistics(PathAggregator using) {
    settle(using);
    return using.merging().finisher().apply(merged(using));
  }

  long accepted() {
    return accepted;
  }

  long rejected() {
    return rejections.rejected();
  }

  List<RawEvent> kept() {
    return rejections.rows();
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    // Spark writes a buffer after the rows of a partition without merging it first: it crosses
    // the network settled. A buffer that no aggregator used since it was read keeps its bytes.
    if (owner != null) {
      encoded = statistics(owner).toBytes();
    }
    out.defaultWriteObject();
    if (owner != null) {
      encoded = null;
    }
  }
}
