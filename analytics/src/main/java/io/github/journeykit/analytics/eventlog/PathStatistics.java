package io.github.journeykit.analytics.eventlog;

import static java.util.Objects.requireNonNull;

import com.datadoghq.sketch.ddsketch.DDSketch;
import io.github.journeykit.analytics.internal.stats.Moments;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.path.Destination;
import io.github.journeykit.core.path.DeviationCount;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.core.path.DurationSummary;
import io.github.journeykit.core.path.FunnelStage;
import io.github.journeykit.core.path.PathSummary;
import io.github.journeykit.core.path.TouchpointUse;
import io.github.journeykit.core.path.VariantCount;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an event log's cases add up to against one journey: the funnel over its stages with the
 * drop-offs and the times between stages, the deviations of every case from the designed journey,
 * the variants, the directly-follows graph, and each touchpoint's reach and repeat rate. Immutable;
 * statistics of other cases of the same journey merge in ({@link #merge}), so that the work splits
 * across parts of a file, threads and machines.
 *
 * <pre>{@code
 * PathStatistics paths = PathAnalysis.of(journey).readCsv(Path.of("events.csv")).statistics();
 * PathSummary summary = paths.summary(10);          // for the map and its reports
 * Journey measured = paths.applyTo(journey, analytics, ZoneOffset.UTC);
 * }</pre>
 */
public final class PathStatistics {
  final PathAccumulator totals;

  PathStatistics(PathAccumulator totals) {
    this.totals = totals;
  }

  /**
   * The journey the cases were measured against.
   *
   * @return the journey's id
   */
  public String journeyId() {
    return totals.plan.journeyId;
  }

  /**
   * The cases.
   *
   * @return the count
   */
  public long cases() {
    return totals.cases;
  }

  /**
   * The events of all cases.
   *
   * @return the count
   */
  public long events() {
    return totals.events;
  }

  /**
   * These statistics and those of other cases of the same journey: counts add up exactly, means and
   * variances merge by Chan's formula, the quantile sketches merge bucket by bucket. The cases of
   * the two must be different ones (a case split between two would count as two).
   *
   * @param other the statistics of other cases
   * @return the statistics of both
   * @throws IllegalArgumentException if {@code other} was measured against another journey
   */
  public PathStatistics merge(PathStatistics other) {
    requireNonNull(other, "other");
    Plan mine = totals.plan;
    checkSamePlan(mine, other.totals.plan);
    PathAccumulator merged = new PathAccumulator(mine);
    merged.merge(totals);
    merged.merge(other.totals);
    return new PathStatistics(merged);
  }

  /** Throws unless {@code theirs} is the plan of the same journey as {@code mine}. */
  static void checkSamePlan(Plan mine, Plan theirs) {
    if (!mine.journeyId.equals(theirs.journeyId)
        || !Arrays.equals(mine.touchpointIds, theirs.touchpointIds)
        || !Arrays.equals(mine.stageIds, theirs.stageIds)
        || !Arrays.equals(mine.stepOf, theirs.stepOf)
        || !Arrays.equals(mine.optional, theirs.optional)) {
      throw new IllegalArgumentException(
          "other: must be measured against the same journey as these statistics (\""
              + mine.journeyId
              + "\" with the same stages, steps and touchpoints), was \""
              + theirs.journeyId
              + "\"");
    }
  }

  /**
   * These statistics as bytes, every field exactly (the quantile sketches bucket by bucket), for an
   * engine that moves partial statistics between machines (the Spark aggregators do). The bytes are
   * for {@link PathAnalysis#statisticsFromBytes} of an analysis of the same journey and the same
   * JourneyKit version, not for keeping.
   *
   * <pre>{@code
   * byte[] bytes = statistics.toBytes();
   * PathStatistics back = PathAnalysis.of(journey).statisticsFromBytes(bytes);
   * }</pre>
   *
   * @return the bytes
   */
  public byte[] toBytes() {
    return PathStatisticsBytes.write(totals);
  }

  /**
   * The summary for the map and its reports, with the ten most frequent deviations and variants.
   *
   * @return the summary
   */
  public PathSummary summary() {
    return summary(10);
  }

  /**
   * The summary for the map and its reports.
   *
   * @param top how many deviations and variants to list, the most frequent first; at least 0
   * @return the summary
   */
  public PathSummary summary(int top) {
    Problems.of("PathStatistics").check(top >= 0, "top", "must not be negative", top).throwIfAny();
    PathAccumulator a = totals;
    Plan plan = a.plan;
    PathSummary.Builder summary =
        PathSummary.builder()
            .journeyId(plan.journeyId)
            .cases(a.cases)
            .events(a.events)
            .adHocEvents(a.adHocEvents)
            .conformingCases(a.conforming)
            .variantCount(a.variants.size());
    if (a.cases > 0) {
      summary.meanFitness(a.fitnessSum / a.cases);
    }
    if (a.firstNanos <= a.lastNanos) {
      summary.firstEvent(instant(a.firstNanos)).lastEvent(instant(a.lastNanos));
    }
    for (int s = 0; s < plan.stages(); s++) {
      FunnelStage.Builder stage =
          FunnelStage.builder()
              .stageId(plan.stageIds[s])
              .reached(a.reached[s])
              .previous(s == 0 ? a.cases : a.reached[s - 1])
              .first(plan.stages() == 0 ? 0 : a.reached[0])
              .addAllDroppedTo(destinations(a.droppedTo.get(s)));
      durations(a.toNext[s], a.toNextSketch[s]).ifPresent(stage::toNextStage);
      durations(a.toEnd[s], a.toEndSketch[s]).ifPresent(stage::toEnd);
      summary.addFunnel(stage.build());
    }
    for (DeviationKind kind : DeviationKind.values()) {
      if (a.casesByKind[kind.ordinal()] > 0) {
        summary.putCasesByDeviationKind(kind, a.casesByKind[kind.ordinal()]);
      }
    }
    summary.addAllDeviations(deviations().stream().limit(top).collect(Collectors.toList()));
    summary.addAllVariants(variants().stream().limit(top).collect(Collectors.toList()));
    for (int t = 0; t < plan.touchpoints(); t++) {
      summary.addTouchpoint(
          TouchpointUse.of(
              plan.touchpointIds[t],
              a.cases,
              a.touchpointCases[t],
              a.touchpointRepeats[t],
              a.touchpointEvents[t],
              a.touchpointFailures[t]));
    }
    return summary.build();
  }

  /**
   * Every deviation with its cases and occurrences, by cases (most first), then kind, then subject.
   *
   * @return the deviations
   */
  public List<DeviationCount> deviations() {
    List<DeviationCount> all = new ArrayList<>(totals.deviations.size());
    DeviationKind[] kinds = DeviationKind.values();
    totals.deviations.forEach(
        (key, counts) ->
            all.add(
                DeviationCount.of(
                    kinds[PathAccumulator.first(key)],
                    totals.name(PathAccumulator.second(key)),
                    counts[0],
                    counts[1])));
    all.sort(
        Comparator.comparingLong(DeviationCount::cases)
            .reversed()
            .thenComparing(DeviationCount::kind)
            .thenComparing(DeviationCount::subject));
    return all;
  }

  /**
   * Every variant with its cases, by cases (most first), then by its steps.
   *
   * @return the variants
   */
  public List<VariantCount> variants() {
    List<VariantCount> all = new ArrayList<>(totals.variants.size());
    totals.variants.forEach(
        (variant, count) -> {
          List<String> steps = new ArrayList<>(variant.length);
          for (int j = 0; j < variant.length; j++) {
            steps.add(totals.name(variant.codes[j]));
          }
          all.add(VariantCount.of(steps, count[0]));
        });
    all.sort(
        Comparator.comparingLong(VariantCount::cases)
            .reversed()
            .thenComparing(VariantCount::steps, PathStatistics::compareSteps));
    return all;
  }

  /**
   * Steps in lexicographic order, step by step, a list before the longer ones it begins. Compared
   * in place: a log can have about as many variants as cases, and a sort compares each many times.
   */
  static int compareSteps(List<String> a, List<String> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      int order = a.get(i).compareTo(b.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /**
   * The directly-follows graph: every pair of steps of which one came right after the other in a
   * case, by count (most first), then by the steps.
   *
   * @return the edges
   */
  public List<DirectlyFollows> directlyFollows() {
    List<DirectlyFollows> all = new ArrayList<>(totals.follows.size());
    totals.follows.forEach(
        (key, moments) ->
            all.add(
                DirectlyFollows.of(
                    totals.name(PathAccumulator.first(key)),
                    totals.name(PathAccumulator.second(key)),
                    moments.count(),
                    duration(moments.mean()),
                    duration(Math.sqrt(moments.variance())))));
    all.sort(
        Comparator.comparingLong(DirectlyFollows::count)
            .reversed()
            .thenComparing(DirectlyFollows::step)
            .thenComparing(DirectlyFollows::next));
    return all;
  }

  /**
   * The journey with what the cases did added to its touchpoints as measurements, dated with the
   * day of the last event in {@code zone} and taken from {@code source}: each touchpoint's reach
   * and repeat rate (in percent of the cases, and of those that reached it), the drop-off after its
   * stage (in percent of the cases that reached the stage, for every stage but the last) and the
   * median hours from its stage to the next. Each measurement's sample size is the number of cases
   * it rests on; a figure with no case to rest on is left out.
   *
   * @param journey the journey the cases were measured against
   * @param source where the events came from (an analytics or CRM data source)
   * @param zone the time zone whose day dates the measurements
   * @return the journey with the new measurements, the older ones kept as history
   * @throws io.github.journeykit.core.model.ValidationException if {@code journey} is not the one
   *     the cases were measured against, or if the result breaks a rule of the model
   */
  public Journey applyTo(Journey journey, DataSource source, ZoneId zone) {
    requireNonNull(journey, "journey");
    requireNonNull(source, "source");
    requireNonNull(zone, "zone");
    Plan plan = totals.plan;
    Problems.of("PathStatistics")
        .check(
            Arrays.equals(new Plan(journey).touchpointIds, plan.touchpointIds)
                && journey.id().equals(plan.journeyId),
            "journey",
            "must be the journey the cases were measured against (\"" + plan.journeyId + "\")",
            journey.id())
        .throwIfAny();
    if (totals.cases == 0) {
      return journey;
    }
    PathSummary summary = summary(0);
    LocalDate day = instant(totals.lastNanos).atZone(zone).toLocalDate();
    return journey.withTouchpointsUpdated(
        touchpoint -> {
          int t = plan.touchpointIndex.get(touchpoint.id());
          int stage = plan.stageOf(t);
          Touchpoint.Builder measured = Touchpoint.builder().from(touchpoint);
          TouchpointUse use = summary.touchpoints().get(t);
          measured.addMeasurement(
              measurement(Metric.REACH, 100 * use.reach().getAsDouble(), use.cases(), day, source));
          if (use.reached() > 0) {
            measured.addMeasurement(
                measurement(
                    Metric.REPEAT_RATE,
                    100 * use.repeatRate().getAsDouble(),
                    use.reached(),
                    day,
                    source));
          }
          if (stage + 1 < plan.stages()) {
            FunnelStage next = summary.funnel().get(stage + 1);
            if (next.previous() > 0) {
              measured.addMeasurement(
                  measurement(
                      Metric.DROP_OFF,
                      100 * (1 - next.stepConversion().getAsDouble()),
                      next.previous(),
                      day,
                      source));
            }
            summary
                .funnel()
                .get(stage)
                .toNextStage()
                .ifPresent(
                    d ->
                        measured.addMeasurement(
                            measurement(
                                Metric.HOURS_TO_NEXT_STAGE,
                                d.median().toNanos() / 3.6e12,
                                d.count(),
                                day,
                                source)));
          }
          return measured.build();
        });
  }

  private static Measurement measurement(
      Metric metric, double value, long sampleSize, LocalDate day, DataSource source) {
    Scale scale = metric.usualScale().orElseThrow();
    return Measurement.builder()
        .metric(metric)
        .value(Math.min(value, scale.max().orElse(value)))
        .scale(scale)
        .sampleSize(sampleSize)
        .collected(day)
        .source(source)
        .build();
  }

  private List<Destination> destinations(Map<Integer, long[]> byCode) {
    return byCode.entrySet().stream()
        .map(e -> Destination.of(totals.name(e.getKey()), e.getValue()[0]))
        .sorted(
            Comparator.comparingLong(Destination::cases)
                .reversed()
                .thenComparing(Destination::step))
        .collect(Collectors.toList());
  }

  private static Optional<DurationSummary> durations(Moments moments, DDSketch sketch) {
    if (moments.count() == 0) {
      return Optional.empty();
    }
    double median = sketch.getValueAtQuantile(0.5);
    double p90 = Math.max(median, sketch.getValueAtQuantile(0.9));
    return Optional.of(
        DurationSummary.of(
            moments.count(),
            duration(moments.mean()),
            duration(Math.sqrt(moments.variance())),
            duration(median),
            duration(p90)));
  }

  private static Duration duration(double seconds) {
    return Duration.ofNanos(Math.round(Math.max(0, seconds) * 1e9));
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  /**
   * A short form such as {@code PathStatistics[open-account: 1000 cases, 9412 events]}.
   *
   * @return the statistics in words
   */
  @Override
  public String toString() {
    return "PathStatistics[" + journeyId() + ": " + cases() + " cases, " + events() + " events]";
  }
}
