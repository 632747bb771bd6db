package io.github.journeykit.spark.internal;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.observation.IngestionResult;
import io.github.journeykit.analytics.observation.Observation;
import io.github.journeykit.analytics.observation.ObservationStatistics;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collector;

/**
 * The buffer of the observations aggregator. Within a task it holds the ingestion's own container,
 * filled as the collector of {@link io.github.journeykit.analytics.observation.Ingestion} fills it;
 * it is settled into statistics, counts and the rows of the first rejections when it merges or
 * crosses the network, where the statistics travel in their byte form. Not public API.
 */
public final class ObservationBuffer implements Serializable {
  private static final long serialVersionUID = 1L;

  private transient Collector<Observation, Object, IngestionResult> collector;
  private transient Object live;
  private transient ObservationStatistics statistics = ObservationStatistics.empty();

  private long accepted;
  private final KeptRows<RawObservation> rejections;
  private byte[] encoded;

  ObservationBuffer(int keep) {
    this.rejections = new KeptRows<>(keep);
  }

  /** Adds an observation through the ingestion's collector. */
  void add(Collector<Observation, Object, IngestionResult> using, Observation observation) {
    if (live == null) {
      collector = using;
      live = using.supplier().get();
    }
    using.accumulator().accept(live, observation);
  }

  /** Counts a row that holds no observation, keeping it while fewer than the ingestion's are. */
  void reject(RawObservation row) {
    rejections.reject(row);
  }

  /** Turns what the container holds into statistics, counts and kept rows. */
  void settle() {
    if (live == null) {
      return;
    }
    IngestionResult result = collector.finisher().apply(live);
    live = null;
    statistics = statistics.merge(result.statistics());
    accepted += result.accepted();
    rejections.count(result.rejected());
    for (Rejection<Observation> rejection : result.rejections()) {
      rejections.keep(RawObservation.of(rejection.item().orElseThrow()));
    }
  }

  /** Adds what {@code later}, settled, holds. */
  void merge(ObservationBuffer later) {
    statistics = statistics.merge(later.statistics);
    accepted += later.accepted;
    rejections.addAll(later.rejections);
  }

  ObservationStatistics statistics() {
    return statistics;
  }

  long accepted() {
    return accepted;
  }

  long rejected() {
    return rejections.rejected();
  }

  List<RawObservation> kept() {
    return rejections.rows();
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    // Spark writes a buffer after the rows of a partition without merging it first: it crosses
    // the network settled.
    settle();
    encoded = statistics.toBytes();
    out.defaultWriteObject();
    encoded = null;
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    statistics = ObservationStatistics.fromBytes(encoded);
    encoded = null;
  }
}
