package io.github.journeykit.analytics.eventlog;

import io.github.journeykit.analytics.internal.csv.FieldParser;
import io.github.journeykit.analytics.internal.intake.RejectionLog;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.progress.CancellationCheck;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Checks events against the rules of an analysis and routes the accepted ones to their cases: the
 * mutable container of {@link PathAnalysis}, one per reading (or part of a file), confined to one
 * thread at a time. Every source of events (collections, streams, CSV, XES) goes through it: the
 * rules and their messages are written once, in {@link #problems}, over the {@link EventFields}
 * that each source fills in its own way, with the fields named as the source names them.
 */
final class EventIntake {
  /** The earliest and latest times an event may have: those whose nanoseconds fit in a long. */
  static final Instant EARLIEST = Instant.parse("1700-01-01T00:00:00Z");

  static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

  static final String TIME_RANGE_RULE = "must lie between " + EARLIEST + " and " + LATEST;

  static final String BLANK_RULE = "must not be blank";

  static final String RETURN_RULE =
      "must not appear again after another case began, in a log read as sorted by case";

  /** The words a status may be written in, in any case: completed, then failed. */
  static final String STATUS_RULE = EventStatus.TEXT_RULE;

  /** The step code of an activity that the activity map names a missing touchpoint for. */
  static final int UNMAPPED = Integer.MAX_VALUE;

  /** A status read from text: completed, failed, or none of the words. */
  static final int COMPLETED = 0;

  static final int FAILED = 1;
  static final int UNREADABLE = -1;

  private static final long EARLIEST_SECOND = EARLIEST.getEpochSecond();
  private static final long LATEST_SECOND = LATEST.getEpochSecond();
  // The words of EventStatus, as bytes: CSV fields are matched without becoming strings.
  private static final byte[][] COMPLETED_WORDS = bytes(EventStatus.COMPLETED_WORDS);
  private static final byte[][] FAILED_WORDS = bytes(EventStatus.FAILED_WORDS);

  /** How often, in events, cancellation is checked. */
  static final int CHECK_EVERY = 4096;

  private final PathAnalysis analysis;
  private final Plan plan;
  private final CancellationCheck cancellation;

  /** The step code of each activity met, and the touchpoint the map names for an unmapped one. */
  private final Map<String, Integer> codes = new HashMap<>();

  private final Map<String, String> missingTouchpoints = new HashMap<>();

  /** Unsorted logs: every event until the end. */
  final EventTable table;

  /** Logs sorted by case: a case at a time. */
  private final SortedCases sorted;

  /** The case being read, in a log sorted by case whose ids come as text. */
  private String openCase;

  private final RejectionLog<Event> rejections;
  private long accepted;

  private final EventFields.Text eventFields =
      new EventFields.Text("caseId", "activity", "time", "status");

  EventIntake(PathAnalysis analysis, CancellationCheck cancellation) {
    this(
        analysis,
        analysis.isStrict(),
        analysis.keptRejections(),
        analysis.isSortedByCase(),
        cancellation);
  }

  /**
   * An intake with its own strictness, number of kept rejections and whether the log is read as
   * sorted by case: for the parts of a file, and for XES, whose traces are cases.
   */
  EventIntake(
      PathAnalysis analysis,
      boolean strict,
      int keep,
      boolean sortedByCase,
      CancellationCheck cancellation) {
    this.analysis = analysis;
    this.plan = analysis.plan();
    this.cancellation = cancellation;
    this.rejections = new RejectionLog<>(strict, keep);
    this.table = new EventTable();
    this.sorted = sortedByCase ? new SortedCases(table.accumulator(plan)) : null;
  }

  /** Checks and adds an event at {@code position} in the input, or -1 where that is not known. */
  void accept(Event event, long position) {
    if ((read() & (CHECK_EVERY - 1)) == 0) {
      checkCancellation();
    }
    EventFields.Text fields = eventFields;
    fields.caseId = event.caseId();
    fields.activity = event.activity();
    Optional<Instant> time = event.time();
    if (time.isPresent()) {
      fields.time = EventFields.TIME_GIVEN;
      fields.second = time.get().getEpochSecond();
      fields.nano = time.get().getNano();
    } else {
      fields.time = EventFields.TIME_MISSING;
    }
    fields.failed = event.status() == EventStatus.FAILED;
    fields.statusUnreadable = false;
    List<Violation> problems = acceptText(fields);
    if (problems != null) {
      rejections.reject("Event", event, position, problems);
    }
  }

  /**
   * Checks an event whose case id and activity are given as text, and adds it if it breaks no rule.
   *
   * @return every rule it breaks, or null if it was added
   */
  List<Violation> acceptText(EventFields.Text fields) {
    fields.caseBlank = fields.caseId.isBlank();
    fields.activityBlank = fields.activity.isBlank();
    fields.code = fields.activityBlank ? 0 : code(fields.activity);
    boolean opens = sorted != null && !fields.caseBlank && !fields.caseId.equals(openCase);
    long hash = opens ? SortedCases.hash(fields.caseId) : 0;
    fields.caseReturns = opens && sorted.ended(hash);
    List<Violation> problems = problems(fields);
    if (problems != null) {
      return problems;
    }
    if (sorted == null) {
      add(table.caseNumber(fields.caseId), fields.code, fields.nanos(), fields.failed);
    } else {
      if (opens) {
        beginCase(hash);
        openCase = fields.caseId;
      }
      addToOpenCase(fields.code, fields.nanos(), fields.failed);
    }
    return null;
  }

  /**
   * The rules for an event, in one place: every rule it breaks, each at its field as the source
   * names it, or null if it breaks none. The fields' text is asked for only for a broken rule, so a
   * good event costs nothing here.
   */
  List<Violation> problems(EventFields event) {
    List<Violation> problems = null;
    if (event.caseBlank) {
      problems = add(problems, Violation.of(event.caseIdName, BLANK_RULE, event.caseId()));
    }
    if (event.activityBlank) {
      problems = add(problems, Violation.of(event.activityName, BLANK_RULE, event.activity()));
    } else if (event.code == UNMAPPED) {
      String activity = event.activity();
      problems =
          add(
              problems,
              Violation.of(
                  event.activityName,
                  "must map to a touchpoint of journey \""
                      + plan.journeyId
                      + "\"; the activity map names \""
                      + missingTouchpoints.get(activity)
                      + "\"",
                  activity));
    }
    if (event.time == EventFields.TIME_MISSING) {
      problems = add(problems, Violation.of(event.timeName, "must be given"));
    } else if (event.time == EventFields.TIME_UNREADABLE) {
      problems =
          add(problems, Violation.of(event.timeName, FieldParser.INSTANT_RULE, event.timeText()));
    } else if (event.second < EARLIEST_SECOND || event.second >= LATEST_SECOND) {
      problems =
          add(
              problems,
              Violation.of(
                  event.timeName,
                  TIME_RANGE_RULE,
                  Instant.ofEpochSecond(event.second, event.nano)));
    }
    if (event.statusUnreadable) {
      problems = add(problems, Violation.of(event.statusName, STATUS_RULE, event.statusText()));
    }
    if (event.caseReturns) {
      problems = add(problems, Violation.of(event.caseIdName, RETURN_RULE, event.caseId()));
    }
    return problems;
  }

  /**
   * The status written as {@code bytes[from..to)}: {@link #COMPLETED} for empty text and the words
   * of completion, {@link #FAILED} for those of failure, in any case; else {@link #UNREADABLE}.
   */
  static int status(byte[] bytes, int from, int to) {
    if (from == to) {
      return COMPLETED;
    }
    for (byte[] word : COMPLETED_WORDS) {
      if (sameWord(bytes, from, to, word)) {
        return COMPLETED;
      }
    }
    for (byte[] word : FAILED_WORDS) {
      if (sameWord(bytes, from, to, word)) {
        return FAILED;
      }
    }
    return UNREADABLE;
  }

  /** Whether {@code bytes[from..to)} is {@code word} (lower-case ASCII), in any case. */
  private static boolean sameWord(byte[] bytes, int from, int to, byte[] word) {
    if (to - from != word.length) {
      return false;
    }
    for (int i = 0; i < word.length; i++) {
      // Setting bit 5 lower-cases an ASCII letter; the words hold nothing else.
      if ((bytes[from + i] | 0x20) != word[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[][] bytes(List<String> words) {
    byte[][] bytes = new byte[words.size()][];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = words.get(i).getBytes(StandardCharsets.US_ASCII);
    }
    return bytes;
  }

  /**
   * The step code of {@code activity}, or {@link #UNMAPPED} if the activity map names a touchpoint
   * the journey does not have. The map is asked once per distinct activity.
   */
  int code(String activity) {
    Integer code = codes.get(activity);
    if (code != null) {
      return code;
    }
    Optional<String> mapped = analysis.activities().mapped(activity);
    if (mapped.isPresent()) {
      code = plan.touchpointIndex.get(mapped.get());
      if (code == null) {
        code = UNMAPPED;
        missingTouchpoints.put(activity, mapped.get());
      }
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

  /** Adds an event that passed every rule to the case numbered {@code caseNumber} in the table. */
  void add(int caseNumber, int code, long nanos, boolean failed) {
    accepted++;
    table.add(caseNumber, code, nanos, failed);
  }

  /** In a log sorted by case: whether the case with the id hash {@code hash} ended before. */
  boolean caseEnded(long hash) {
    return sorted.ended(hash);
  }

  /** In a log sorted by case: ends the open case, if any, and begins the one of {@code hash}. */
  void beginCase(long hash) {
    sorted.begin(hash);
  }

  /** In a log sorted by case: adds an event that passed every rule to the open case. */
  void addToOpenCase(int code, long nanos, boolean failed) {
    accepted++;
    sorted.add(code, nanos, failed);
  }

  /**
   * In a log sorted by case: ends the open case, so that an event of the same id after this is an
   * event of a case that comes back (for XES, whose traces are cases).
   */
  void endCase() {
    sorted.end();
    openCase = null;
  }

  /** The rejections so far. */
  RejectionLog<Event> rejections() {
    return rejections;
  }

  /** How many events were read so far, accepted or rejected. */
  long read() {
    return accepted + rejections.rejected();
  }

  private static List<Violation> add(List<Violation> problems, Violation violation) {
    List<Violation> list = problems == null ? new ArrayList<>(2) : problems;
    list.add(violation);
    return list;
  }

  void checkCancellation() {
    if (cancellation.isCancelled()) {
      throw new CancellationException("Path analysis was cancelled after " + read() + " events");
    }
  }

  /** Adds the events {@code later} took in, which came after this one's. */
  EventIntake combine(EventIntake later) {
    if (sorted != null || later.sorted != null) {
      throw new IllegalStateException("a log read as sorted by case is read in order, in one part");
    }
    table.append(later.table);
    accepted += later.accepted;
    rejections.addAll(later.rejections);
    return this;
  }

  /** Analyses the cases and gives the result. */
  PathResult finish() {
    checkCancellation();
    PathAccumulator totals = sorted != null ? sorted.finish() : table.analyse(plan);
    return PathResult.of(
        new PathStatistics(totals), accepted, rejections.rejected(), rejections.kept());
  }
}
