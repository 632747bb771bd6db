package io.github.journeykit.analytics.eventlog;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.core.model.ValidationException;
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
 * Checks events against the rules of an analysis and routes the accepted ones to their cases: the
 * mutable container of {@link PathAnalysis}, one per reading, confined to one thread at a time.
 * Every source of events (collections, streams, CSV, XES) goes through it, so the rules and their
 * messages are the same for all.
 */
final class EventIntake {
  /** The earliest and latest times an event may have: those whose nanoseconds fit in a long. */
  static final Instant EARLIEST = Instant.parse("1700-01-01T00:00:00Z");

  static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

  static final String TIME_RANGE_RULE = "must lie between " + EARLIEST + " and " + LATEST;

  /** How often, in events, cancellation is checked. */
  private static final int CHECK_EVERY = 4096;

  private final PathAnalysis analysis;
  private final Plan plan;
  private final CancellationCheck cancellation;
  private final Map<String, Integer> codes = new HashMap<>();

  /** Unsorted logs: every event until the end. */
  private final EventTable table;

  /** Logs sorted by case: a case at a time. */
  private final SortedCases sorted;

  private String openCase;
  private final List<Rejection<Event>> rejections = new ArrayList<>();
  private long accepted;
  private long rejected;

  EventIntake(PathAnalysis analysis, CancellationCheck cancellation) {
    this.analysis = analysis;
    this.plan = analysis.plan();
    this.cancellation = cancellation;
    this.table = new EventTable();
    this.sorted = analysis.isSortedByCase() ? new SortedCases(table.accumulator(plan)) : null;
  }

  /** Checks and adds an event at {@code position} in the input, or -1 where that is not known. */
  void accept(Event event, long position) {
    if (((accepted + rejected) & (CHECK_EVERY - 1)) == 0) {
      checkCancellation();
    }
    List<Violation> problems = null;
    if (event.caseId().isBlank()) {
      problems = add(problems, Violation.of("caseId", "must not be blank", event.caseId()));
    }
    Integer code = null;
    if (event.activity().isBlank()) {
      problems = add(problems, Violation.of("activity", "must not be blank", event.activity()));
    } else {
      code = code(event.activity());
      if (code == null) {
        problems =
            add(
                problems,
                Violation.of(
                    "activity",
                    "must map to a touchpoint of journey \""
                        + plan.journeyId
                        + "\"; the activity map names \""
                        + analysis.activities().mapped(event.activity()).orElse("")
                        + "\"",
                    event.activity()));
      }
    }
    Optional<Instant> time = event.time();
    if (time.isEmpty()) {
      problems = add(problems, Violation.of("time", "must be given"));
    } else if (time.get().isBefore(EARLIEST) || !time.get().isBefore(LATEST)) {
      problems = add(problems, Violation.of("time", TIME_RANGE_RULE, time.get()));
    }
    if (problems == null && sorted != null && !event.caseId().equals(openCase)) {
      long hash = SortedCases.hash(event.caseId());
      if (sorted.ended(hash)) {
        problems =
            add(
                problems,
                Violation.of(
                    "caseId",
                    "must not appear again after another case began, in a log read as sorted by"
                        + " case",
                    event.caseId()));
      }
    }
    if (problems != null) {
      reject(event, position, problems);
      return;
    }
    add(event.caseId(), code, nanos(time.get()), event.status() == EventStatus.FAILED);
  }

  /** Adds an event that passed every rule. */
  private void add(String caseId, int code, long nanos, boolean failed) {
    accepted++;
    if (sorted == null) {
      table.add(table.caseNumber(caseId), code, nanos, failed);
      return;
    }
    if (!caseId.equals(openCase)) {
      sorted.begin(SortedCases.hash(caseId));
      openCase = caseId;
    }
    sorted.add(code, nanos, failed);
  }

  /** The step code of {@code activity}, or null if the activity map names no touchpoint for it. */
  Integer code(String activity) {
    Integer code = codes.get(activity);
    if (code != null || codes.containsKey(activity)) {
      return code;
    }
    Optional<String> mapped = analysis.activities().mapped(activity);
    if (mapped.isPresent()) {
      code = plan.touchpointIndex.get(mapped.get());
    } else {
      Integer touchpoint = plan.touchpointIndex.get(activity);
      code = touchpoint != null ? touchpoint : adHoc(activity);
    }
    codes.put(activity, code);
    return code;
  }

  private int adHoc(String activity) {
    int code = table.adHoc(activity);
    if (sorted != null) {
      sorted.accumulator().adHoc(activity);
    }
    return code;
  }

  static long nanos(Instant time) {
    return time.getEpochSecond() * 1_000_000_000L + time.getNano();
  }

  private void reject(Event event, long position, List<Violation> problems) {
    rejected++;
    if (analysis.isStrict()) {
      throw new ValidationException(
          (position >= 0 ? "Event #" + position : "Event") + " " + event, problems);
    }
    if (rejections.size() < analysis.keptRejections()) {
      rejections.add(Rejection.of(event, position, problems));
    }
  }

  private static List<Violation> add(List<Violation> problems, Violation violation) {
    List<Violation> list = problems == null ? new ArrayList<>(2) : problems;
    list.add(violation);
    return list;
  }

  private void checkCancellation() {
    if (cancellation.isCancelled()) {
      throw new CancellationException(
          "Path analysis was cancelled after " + (accepted + rejected) + " events");
    }
  }

  /** Adds the events {@code later} took in, which came after this one's. */
  EventIntake combine(EventIntake later) {
    if (sorted != null || later.sorted != null) {
      throw new IllegalStateException("a log read as sorted by case is read in order, in one part");
    }
    table.append(later.table);
    accepted += later.accepted;
    rejected += later.rejected;
    for (Rejection<Event> rejection : later.rejections) {
      if (rejections.size() < analysis.keptRejections()) {
        rejections.add(rejection);
      }
    }
    return this;
  }

  /** Analyses the cases and gives the result. */
  PathResult finish() {
    checkCancellation();
    PathAccumulator totals = sorted != null ? sorted.finish() : table.analyse(plan);
    return PathResult.of(new PathStatistics(totals), accepted, rejected, rejections);
  }
}
