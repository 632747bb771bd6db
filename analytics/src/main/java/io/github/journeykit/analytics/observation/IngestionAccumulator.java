package io.github.journeykit.analytics.observation;

import io.github.journeykit.analytics.internal.intake.RejectionLog;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.progress.CancellationCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Checks observations against a journey and accumulates the accepted ones: the mutable container of
 * {@link Ingestion}, confined to one thread at a time.
 */
final class IngestionAccumulator {
  /** The rule an observation breaks when its metric has no scale at its touchpoint. */
  static final String NO_SCALE_RULE =
      "must have a scale at the touchpoint: it has no measurement of the metric and the metric has"
          + " no usual scale";

  /** How often, in observations, cancellation is checked. */
  static final int CHECK_EVERY = 4096;

  private final Map<String, Touchpoint> touchpoints;
  private final CancellationCheck cancellation;
  private final Map<String, Map<Metric, RunningStatistics>> statistics = new HashMap<>();
  private final RejectionLog<Observation> rejections;
  private long accepted;

  IngestionAccumulator(
      Map<String, Touchpoint> touchpoints,
      boolean strict,
      int keep,
      CancellationCheck cancellation) {
    this.touchpoints = touchpoints;
    this.rejections = new RejectionLog<>(strict, keep);
    this.cancellation = cancellation;
  }

  /** Checks and adds an observation whose position in the input is not known. */
  void accept(Observation observation) {
    accept(observation, -1);
  }

  /**
   * Checks and adds an observation.
   *
   * @param position its position in the input, or -1 where not known
   */
  void accept(Observation observation, long position) {
    if (read() % CHECK_EVERY == 0 && cancellation.isCancelled()) {
      throw new CancellationException("Ingestion was cancelled after " + read() + " observations");
    }
    List<Violation> problems = null;
    String id = observation.touchpointId();
    Metric metric = observation.metric();
    double value = observation.value();
    Instant time = observation.time().orElse(null);
    DataSource source = observation.source().orElse(null);
    if (time == null) {
      problems = add(problems, Violation.of("time", "must be given"));
    }
    if (source == null) {
      problems = add(problems, Violation.of("source", "must be given"));
    }
    boolean finite = Double.isFinite(value);
    if (!finite) {
      problems = add(problems, Violation.of("value", "must be a finite number", value));
    }
    Map<Metric, RunningStatistics> metrics = statistics.get(id);
    RunningStatistics running = metrics == null ? null : metrics.get(metric);
    Scale scale = running == null ? null : running.scale;
    Touchpoint touchpoint = null;
    if (running == null) {
      touchpoint = touchpoints.get(id);
      if (touchpoint == null) {
        problems =
            add(
                problems,
                Violation.of("touchpointId", "must name a touchpoint of the journey", id));
      } else {
        Optional<Scale> found = touchpoint.scaleOf(metric);
        if (found.isEmpty()) {
          problems = add(problems, Violation.of("metric", NO_SCALE_RULE, metric));
        } else {
          scale = found.get();
        }
      }
    }
    if (finite && scale != null && !scale.contains(value)) {
      problems =
          add(
              problems,
              Violation.of(
                  "value",
                  "must lie on the scale " + scale.range() + " of " + metric + " at " + id,
                  value));
    }
    if (problems != null) {
      rejections.reject("Observation", observation, position, problems);
      return;
    }
    if (running == null) {
      running = statisticsFor(id, metric, scale);
    }
    running.add(value, time, source);
    accepted++;
  }

  /**
   * The statistics of {@code metric} at touchpoint {@code id}, created for values checked against
   * {@code scale} if there are none yet. For readers that check values themselves.
   */
  RunningStatistics statisticsFor(String id, Metric metric, Scale scale) {
    Map<Metric, RunningStatistics> metrics = statistics.computeIfAbsent(id, k -> new HashMap<>());
    RunningStatistics running = metrics.get(metric);
    if (running == null) {
      running = new RunningStatistics(scale);
      metrics.put(metric, running);
    }
    return running;
  }

  /** Counts an observation that a reader checked and added to {@link #statisticsFor} itself. */
  void accepted() {
    accepted++;
  }

  /** How many observations were read so far. */
  long read() {
    return accepted + rejections.rejected();
  }

  /** The rejections so far: CSV readers reject their rows into it. */
  RejectionLog<Observation> rejections() {
    return rejections;
  }

  private static List<Violation> add(List<Violation> problems, Violation violation) {
    List<Violation> list = problems == null ? new ArrayList<>(2) : problems;
    list.add(violation);
    return list;
  }

  /** Adds what {@code later} accumulated from observations that came after this one's. */
  IngestionAccumulator combine(IngestionAccumulator later) {
    later.statistics.forEach(
        (id, metrics) -> {
          Map<Metric, RunningStatistics> into =
              statistics.computeIfAbsent(id, k -> new HashMap<>());
          metrics.forEach(
              (metric, running) -> {
                RunningStatistics mine = into.putIfAbsent(metric, running);
                if (mine != null) {
                  mine.merge(running);
                }
              });
        });
    accepted += later.accepted;
    rejections.addAll(later.rejections);
    return this;
  }

  IngestionResult finish() {
    Map<String, Map<Metric, MetricStatistics>> snapshot = new HashMap<>();
    statistics.forEach(
        (id, metrics) -> {
          Map<Metric, MetricStatistics> values = new HashMap<>();
          metrics.forEach((metric, running) -> values.put(metric, running.snapshot()));
          snapshot.put(id, values);
        });
    return ImmutableIngestionResult.builder()
        .statistics(ObservationStatistics.of(snapshot))
        .accepted(accepted)
        .rejected(rejections.rejected())
        .rejections(rejections.kept())
        .build();
  }
}
