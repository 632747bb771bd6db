package io.github.journeykit.analytics.eventlog;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;

/**
 * Path analysis: the designed journey is the plan, an event log is what happened, and the analysis
 * measures the one against the other. It groups the events by case (one customer's journey), puts
 * each case in time order (events at the same time in input order), and adds up the funnel over the
 * stages, the timing between stages, each case's conformance to the plan, the variants, the
 * directly-follows graph and each touchpoint's reach and repeat rate ({@link PathStatistics}).
 *
 * <p>The plan: stages in order, a customer reaching a stage through any of its touchpoints; within
 * a stage, touchpoints that name the same {@link io.github.journeykit.core.model.Touchpoint#step()
 * step} are alternatives, and {@link io.github.journeykit.core.model.Touchpoint#optional()
 * optional} ones may be left out. An activity names a touchpoint through the {@link ActivityMap};
 * an event whose activity names none is an ad hoc step, kept and counted, never dropped.
 *
 * <p>An event is rejected when its case id or activity is blank, its time is missing or out of
 * range, or the activity map names a touchpoint the journey does not have. Lenient by default: it
 * counts the rejected events and keeps the first 20 with their reasons; {@link #strict()} throws on
 * the first. By default the events of a case may come anywhere in the log: every event is held
 * until the end (about 17 bytes an event, and the case ids). {@link #sortedByCase()} reads a log in
 * which each case's events come together, holding one case at a time.
 *
 * <pre>{@code
 * PathAnalysis analysis = PathAnalysis.of(journey)
 *     .activities(ActivityMap.byTouchpointId().with("POST /api/upload-id", "id-upload"));
 * PathResult result = analysis.run(events);
 * PathSummary summary = result.statistics().summary();
 * CaseConformance one = analysis.conformance(eventsOfOneCase);
 * }</pre>
 */
public final class PathAnalysis {
  /** How many rejected events a lenient analysis keeps unless told otherwise. */
  public static final int DEFAULT_KEPT_REJECTIONS = 20;

  private final Journey journey;
  private final Plan plan;
  private final ActivityMap activities;
  private final boolean strict;
  private final int keep;
  private final boolean sortedByCase;

  private PathAnalysis(
      Journey journey,
      Plan plan,
      ActivityMap activities,
      boolean strict,
      int keep,
      boolean sortedByCase) {
    this.journey = journey;
    this.plan = plan;
    this.activities = activities;
    this.strict = strict;
    this.keep = keep;
    this.sortedByCase = sortedByCase;
  }

  /**
   * A lenient analysis against the designed journey {@code journey}, in which an activity names the
   * touchpoint whose id it is.
   *
   * @param journey the designed journey
   * @return the analysis
   */
  public static PathAnalysis of(Journey journey) {
    requireNonNull(journey, "journey");
    return new PathAnalysis(
        journey,
        new Plan(journey),
        ActivityMap.byTouchpointId(),
        false,
        DEFAULT_KEPT_REJECTIONS,
        false);
  }

  /**
   * This analysis, with {@code activities} telling which touchpoint an activity names.
   *
   * @param activities the activity map
   * @return the analysis
   * @throws io.github.journeykit.core.model.ValidationException naming every entry of the map's
   *     table whose touchpoint the journey does not have
   */
  public PathAnalysis activities(ActivityMap activities) {
    requireNonNull(activities, "activities");
    Problems problems = Problems.of("ActivityMap");
    for (Map.Entry<String, String> entry : activities.table().entrySet()) {
      problems.check(
          plan.touchpointIndex.containsKey(entry.getValue()),
          "table." + entry.getKey(),
          "must name a touchpoint of journey \"" + journey.id() + "\"",
          entry.getValue());
    }
    problems.throwIfAny();
    return new PathAnalysis(journey, plan, activities, strict, keep, sortedByCase);
  }

  /**
   * This analysis, throwing on the first rejected event.
   *
   * @return the strict analysis
   */
  public PathAnalysis strict() {
    return new PathAnalysis(journey, plan, activities, true, keep, sortedByCase);
  }

  /**
   * This analysis, counting rejected events and keeping the first {@code keptRejections}.
   *
   * @param keptRejections how many rejections to keep with their reasons, at least 0
   * @return the lenient analysis
   * @throws io.github.journeykit.core.model.ValidationException if the number is negative
   */
  public PathAnalysis lenient(int keptRejections) {
    Problems.of("PathAnalysis")
        .check(keptRejections >= 0, "keptRejections", "must not be negative", keptRejections)
        .throwIfAny();
    return new PathAnalysis(journey, plan, activities, false, keptRejections, sortedByCase);
  }

  /**
   * This analysis, for a log in which the events of each case come together: a case ends when the
   * next one begins, so only one case's events are held at a time (and an 8-byte hash of each
   * finished case's id, to reject an event of a case that appears again). Within a case, the events
   * may come in any order.
   *
   * @return the analysis
   */
  public PathAnalysis sortedByCase() {
    return new PathAnalysis(journey, plan, activities, strict, keep, true);
  }

  /**
   * Analyses events from any iterable, in its order.
   *
   * @param events the events
   * @return the statistics of their cases, with what was rejected
   * @throws io.github.journeykit.core.model.ValidationException in strict mode, on the first
   *     rejected event
   */
  public PathResult run(Iterable<Event> events) {
    return run(events, ProgressListener.none(), CancellationCheck.never());
  }

  /**
   * Analyses events from any iterable, reporting progress every 65,536 events (the total is -1, not
   * known in advance) and checking for cancellation.
   *
   * @param events the events
   * @param progress told how many events were read
   * @param cancellation asked whether to stop
   * @return the statistics of their cases, with what was rejected
   * @throws io.github.journeykit.core.model.ValidationException in strict mode, on the first
   *     rejected event
   * @throws java.util.concurrent.CancellationException if cancelled
   */
  public PathResult run(
      Iterable<Event> events, ProgressListener progress, CancellationCheck cancellation) {
    requireNonNull(events, "events");
    requireNonNull(progress, "progress");
    requireNonNull(cancellation, "cancellation");
    EventIntake intake = new EventIntake(this, cancellation);
    long position = 0;
    for (Event event : events) {
      intake.accept(requireNonNull(event, "events[" + position + "]"), position);
      position++;
      if ((position & 0xFFFF) == 0) {
        progress.progressed(position, -1);
      }
    }
    progress.progressed(position, -1);
    return intake.finish();
  }

  /**
   * A collector for streams, sequential or parallel: the events of each part are held by case and
   * the parts joined in encounter order, so a case may be spread over the whole stream. Rejections
   * carry no position.
   *
   * <pre>{@code
   * PathResult result = events.parallelStream().collect(PathAnalysis.of(journey).collector());
   * }</pre>
   *
   * @return the collector
   * @throws IllegalStateException if this analysis reads a log as {@link #sortedByCase()}, which is
   *     read in one part, in order
   */
  public Collector<Event, ?, PathResult> collector() {
    if (sortedByCase) {
      throw new IllegalStateException(
          "collector: a log read as sorted by case is read in order, in one part: use run");
    }
    return Collector.of(
        () -> new EventIntake(this, CancellationCheck.never()),
        (intake, event) -> intake.accept(requireNonNull(event, "event"), -1),
        EventIntake::combine,
        EventIntake::finish);
  }

  /**
   * The conformance of one case to the designed journey: its alignment, fitness and deviations,
   * explained. The events are put in time order (events at the same time in the given order); their
   * case ids are not compared.
   *
   * @param events the events of one case
   * @return the case's conformance
   * @throws io.github.journeykit.core.model.ValidationException if an event breaks a rule (as
   *     {@link #strict()} would throw), or if there is no event
   */
  public CaseConformance conformance(List<Event> events) {
    requireNonNull(events, "events");
    Problems.of("PathAnalysis")
        .check(!events.isEmpty(), "events", "must hold at least one event", events)
        .throwIfAny();
    EventIntake intake = new EventIntake(strict(), CancellationCheck.never());
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      intake.accept(requireNonNull(events.get(i), "events[" + i + "]"), i);
      order.add(i);
    }
    order.sort((a, b) -> events.get(a).time().get().compareTo(events.get(b).time().get()));
    int n = events.size();
    int[] codes = new int[n];
    boolean[] failed = new boolean[n];
    List<String> steps = new ArrayList<>(n);
    PathAccumulator names = new PathAccumulator(plan);
    for (int j = 0; j < n; j++) {
      Event event = events.get(order.get(j));
      codes[j] = intake.code(event.activity());
      if (codes[j] < 0) {
        codes[j] = names.adHoc(event.activity());
      }
      failed[j] = event.status() == EventStatus.FAILED;
      steps.add(names.name(codes[j]));
    }
    CaseAligner aligner = names.aligner();
    aligner.align(codes, failed, n);
    List<Deviation> deviations = new ArrayList<>(aligner.deviations);
    for (int k = 0; k < aligner.deviations; k++) {
      deviations.add(
          Deviation.of(aligner.kinds[k], names.name(aligner.subjects[k]), aligner.positions[k]));
    }
    return CaseConformance.of(
        events.get(0).caseId(),
        Collections.unmodifiableList(steps),
        aligner.cost,
        aligner.worst,
        deviations);
  }

  Plan plan() {
    return plan;
  }

  ActivityMap activities() {
    return activities;
  }

  boolean isStrict() {
    return strict;
  }

  int keptRejections() {
    return keep;
  }

  boolean isSortedByCase() {
    return sortedByCase;
  }

  /**
   * A short form such as {@code PathAnalysis[open-account, lenient 20, sorted by case]}.
   *
   * @return the analysis in words
   */
  @Override
  public String toString() {
    return "PathAnalysis["
        + journey.id()
        + (strict ? ", strict" : ", lenient " + keep)
        + (sortedByCase ? ", sorted by case" : "")
        + (activities.table().isEmpty() ? "" : ", " + activities)
        + "]";
  }
}
