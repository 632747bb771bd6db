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
import java.util.Objects;
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
  // Each respondent's statistics, only when the ingestion keeps them (else null): the common case,
  // pooled statistics alone, pays one null check per observation and no memory per respondent.
  private final Map<String, Map<String, Map<Metric, RunningStatistics>>> respondents;
  private long anonymous;

  // The statistics of each slice, only when the ingestion splits by period or segment (else null),
  // with the slice of the last observation and the seconds its period spans: answers come mostly in
  // time order, so most find their slice without working out a date.
  private final Slicing slicing;
  private final Map<Breakdown.Slice, Map<String, Map<Metric, RunningStatistics>>> slices;
  private Breakdown.Slice lastSlice;
  private Map<String, Map<Metric, RunningStatistics>> lastSliceStatistics;
  private long lastPeriodFrom;
  private long lastPeriodTo;

  IngestionAccumulator(
      Map<String, Touchpoint> touchpoints,
      boolean strict,
      int keep,
      boolean byRespondent,
      Slicing slicing,
      CancellationCheck cancellation) {
    this.touchpoints = touchpoints;
    this.rejections = new RejectionLog<>(strict, keep);
    this.cancellation = cancellation;
    this.respondents = byRespondent ? new HashMap<>() : null;
    this.slicing = slicing;
    this.slices = slicing.any() ? new HashMap<>() : null;
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
    if (respondents != null) {
      addForRespondent(
          observation.respondent().orElse(null),
          id,
          metric,
          scale,
          value,
          time.getEpochSecond(),
          time.getNano(),
          source);
    }
    if (slices != null) {
      addToSlice(
          slicing.segmentOf(observation),
          id,
          metric,
          scale,
          value,
          time.getEpochSecond(),
          time.getNano(),
          source);
    }
  }

  /** How this accumulator splits the statistics besides the whole. */
  Slicing slicing() {
    return slicing;
  }

  /** Whether this accumulator keeps statistics by period or segment. */
  boolean keepsSlices() {
    return slices != null;
  }

  /**
   * Adds an accepted value to the statistics of its slice: the period of its time, and {@code
   * segment}. Only when {@link #keepsSlices()}.
   *
   * @param segment the observation's segment, or null when not split by segment
   */
  void addToSlice(
      String segment,
      String id,
      Metric metric,
      Scale scale,
      double value,
      long epochSecond,
      int nano,
      DataSource source) {
    ReportingPeriod period = null;
    if (slicing.length != null) {
      period =
          lastSlice != null && epochSecond >= lastPeriodFrom && epochSecond < lastPeriodTo
              ? lastSlice.period()
              : periodAt(epochSecond);
    }
    if (lastSlice == null
        || !Objects.equals(period, lastSlice.period())
        || !Objects.equals(segment, lastSlice.segment())) {
      lastSlice = new Breakdown.Slice(period, segment);
      lastSliceStatistics = slices.computeIfAbsent(lastSlice, k -> new HashMap<>());
    }
    add(lastSliceStatistics, id, metric, scale, value, epochSecond, nano, source);
  }

  /** Adds a value to the statistics of {@code metric} at {@code id} in {@code statistics}. */
  private static void add(
      Map<String, Map<Metric, RunningStatistics>> statistics,
      String id,
      Metric metric,
      Scale scale,
      double value,
      long epochSecond,
      int nano,
      DataSource source) {
    statistics
        .computeIfAbsent(id, k -> new HashMap<>())
        .computeIfAbsent(metric, k -> new RunningStatistics(scale))
        .add(value, epochSecond, nano, source);
  }

  /** The period of an instant, remembering the seconds it spans. */
  private ReportingPeriod periodAt(long epochSecond) {
    ReportingPeriod period =
        slicing.length.periodOf(Instant.ofEpochSecond(epochSecond), slicing.zone);
    lastPeriodFrom = period.start().atStartOfDay(slicing.zone).toEpochSecond();
    lastPeriodTo = period.end().atStartOfDay(slicing.zone).toEpochSecond();
    return period;
  }

  /** Whether this accumulator keeps each respondent's answers. */
  boolean keepsRespondents() {
    return respondents != null;
  }

  /**
   * Adds an accepted value to the answers of {@code respondent}; counts it as anonymous when the
   * respondent is null or blank. Only when {@link #keepsRespondents()}.
   */
  void addForRespondent(
      String respondent,
      String id,
      Metric metric,
      Scale scale,
      double value,
      long epochSecond,
      int nano,
      DataSource source) {
    if (respondent == null || respondent.isBlank()) {
      anonymous++;
      return;
    }
    add(
        respondents.computeIfAbsent(respondent, k -> new HashMap<>()),
        id,
        metric,
        scale,
        value,
        epochSecond,
        nano,
        source);
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
    combine(statistics, later.statistics);
    if (respondents != null) {
      later.respondents.forEach(
          (respondent, answers) ->
              combine(respondents.computeIfAbsent(respondent, k -> new HashMap<>()), answers));
      anonymous += later.anonymous;
    }
    if (slices != null) {
      later.slices.forEach(
          (slice, statistics) ->
              combine(slices.computeIfAbsent(slice, k -> new HashMap<>()), statistics));
      lastSlice = null;
    }
    accepted += later.accepted;
    rejections.addAll(later.rejections);
    return this;
  }

  private static void combine(
      Map<String, Map<Metric, RunningStatistics>> into,
      Map<String, Map<Metric, RunningStatistics>> later) {
    later.forEach(
        (id, metrics) -> {
          Map<Metric, RunningStatistics> mine = into.computeIfAbsent(id, k -> new HashMap<>());
          metrics.forEach(
              (metric, running) -> {
                RunningStatistics earlier = mine.putIfAbsent(metric, running);
                if (earlier != null) {
                  earlier.merge(running);
                }
              });
        });
  }

  IngestionResult finish() {
    ImmutableIngestionResult.Builder result =
        ImmutableIngestionResult.builder()
            .statistics(snapshot(statistics))
            .accepted(accepted)
            .rejected(rejections.rejected())
            .rejections(rejections.kept());
    if (respondents != null) {
      Map<String, ObservationStatistics> answers = new HashMap<>();
      respondents.forEach((respondent, metrics) -> answers.put(respondent, snapshot(metrics)));
      result.respondents(RespondentAnswers.of(answers, anonymous));
    }
    if (slices != null) {
      Map<Breakdown.Slice, ObservationStatistics> snapshots = new HashMap<>();
      slices.forEach((slice, statistics) -> snapshots.put(slice, snapshot(statistics)));
      result.breakdown(new Breakdown(slicing.length, slicing.zone, slicing.segment, snapshots));
    }
    return result.build();
  }

  private static ObservationStatistics snapshot(
      Map<String, Map<Metric, RunningStatistics>> statistics) {
    Map<String, Map<Metric, MetricStatistics>> snapshot = new HashMap<>();
    statistics.forEach(
        (id, metrics) -> {
          Map<Metric, MetricStatistics> values = new HashMap<>();
          metrics.forEach((metric, running) -> values.put(metric, running.snapshot()));
          snapshot.put(id, values);
        });
    return ObservationStatistics.of(snapshot);
  }
}
