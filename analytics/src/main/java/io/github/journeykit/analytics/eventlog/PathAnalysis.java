package io.github.journeykit.analytics.eventlog;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.analytics.internal.csv.CsvParts;
import io.github.journeykit.analytics.internal.csv.CsvRowReader;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.path.ActualJourney;
import io.github.journeykit.core.path.ActualStep;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 * <p>Events come from any iterable ({@link #run}), a stream ({@link #collector()}), a CSV file
 * ({@link #readCsv(Path)}) or an XES document ({@link #readXes(Path)}). An event is rejected when
 * its case id or activity is blank, its time is missing or out of range, or the activity map names
 * a touchpoint the journey does not have; the rules are the same from every source, each naming the
 * fields as the source does. Lenient by default: it counts the rejected events and keeps the first
 * 20 with their reasons; {@link #strict()} throws on the first. By default the events of a case may
 * come anywhere in the log: every event is held until the end (about 17 bytes an event, and the
 * case ids). {@link #sortedByCase()} reads a log in which each case's events come together, holding
 * one case at a time.
 *
 * <pre>{@code
 * PathAnalysis analysis = PathAnalysis.of(journey)
 *     .activities(ActivityMap.byTouchpointId().with("POST /api/upload-id", "id-upload"));
 * PathResult result = analysis.run(events);
 * PathResult fromCsv = analysis.readCsv(Path.of("events.csv"));
 * PathResult fromXes = analysis.readXes(Path.of("events.xes"));
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
  private final boolean inParts;

  private PathAnalysis(
      Journey journey,
      Plan plan,
      ActivityMap activities,
      boolean strict,
      int keep,
      boolean sortedByCase,
      boolean inParts) {
    this.journey = journey;
    this.plan = plan;
    this.activities = activities;
    this.strict = strict;
    this.keep = keep;
    this.sortedByCase = sortedByCase;
    this.inParts = inParts;
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
        false,
        true);
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
    return new PathAnalysis(journey, plan, activities, strict, keep, sortedByCase, inParts);
  }

  /**
   * This analysis, throwing on the first rejected event.
   *
   * @return the strict analysis
   */
  public PathAnalysis strict() {
    return new PathAnalysis(journey, plan, activities, true, keep, sortedByCase, inParts);
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
    return new PathAnalysis(
        journey, plan, activities, false, keptRejections, sortedByCase, inParts);
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
    return new PathAnalysis(journey, plan, activities, strict, keep, true, inParts);
  }

  /**
   * This analysis, reading a CSV file from start to end on the calling thread only: for callers
   * that must not use the common {@link java.util.concurrent.ForkJoinPool}. By default a large file
   * is read in parts at once: see {@link #readCsv(Path, ProgressListener, CancellationCheck)}.
   *
   * @return the analysis
   */
  public PathAnalysis sequential() {
    return new PathAnalysis(journey, plan, activities, strict, keep, sortedByCase, false);
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
   * A collector that merges the statistics of different cases of this analysis's journey in place:
   * for an engine that analyses cases apart and adds up their results (the Spark aggregators do),
   * at the cost of one merge per statistics rather than a new copy each time, as a chain of {@link
   * PathStatistics#merge} would make.
   *
   * <pre>{@code
   * PathStatistics all = partsOfTheLog.stream()
   *     .map(part -> analysis.run(part).statistics())
   *     .collect(analysis.merging());
   * }</pre>
   *
   * @return the collector
   * @throws IllegalArgumentException from the collector, for statistics of another journey
   */
  public Collector<PathStatistics, ?, PathStatistics> merging() {
    return Collector.of(
        () -> new PathAccumulator(plan),
        (into, statistics) -> {
          PathStatistics.checkSamePlan(plan, requireNonNull(statistics, "statistics").totals.plan);
          into.merge(statistics.totals);
        },
        (into, later) -> {
          into.merge(later);
          return into;
        },
        PathStatistics::new);
  }

  /**
   * Statistics from the bytes {@link PathStatistics#toBytes()} gave, for this analysis's journey.
   *
   * @param bytes the bytes
   * @return statistics that summarise, merge and apply as those written
   * @throws io.github.journeykit.core.model.ValidationException if the bytes are not the byte form
   *     of path statistics of this version, hold statistics of another journey or another plan, or
   *     are cut short
   */
  public PathStatistics statisticsFromBytes(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    return new PathStatistics(PathStatisticsBytes.read(bytes, plan));
  }

  /**
   * Reads a CSV event log: see {@link #readCsv(InputStream, String, ProgressListener,
   * CancellationCheck)} for the format and the rules.
   *
   * @param file the file, in UTF-8; rejections name it as given
   * @return the statistics of the accepted events' cases, the counts and the first rejected rows
   * @throws IOException if the file cannot be read
   * @throws io.github.journeykit.core.model.ValidationException if the header is wrong, or in
   *     strict mode on the first rejected row
   */
  public PathResult readCsv(Path file) throws IOException {
    return readCsv(file, ProgressListener.none(), CancellationCheck.never());
  }

  /**
   * Reads a CSV event log, reporting progress in bytes and stopping when cancelled: see {@link
   * #readCsv(InputStream, String, ProgressListener, CancellationCheck)} for the format and the
   * rules.
   *
   * <p>A file of 16 MiB or more is read in parts at once, on the calling thread and the {@link
   * java.util.concurrent.ForkJoinPool} it runs in, else the common pool (as a parallel stream would
   * be), unless this analysis is {@link #sequential()} or {@link #sortedByCase()}, or the machine
   * has one processor. Each part holds its events; the parts are joined in file order by case id
   * and the cases analysed once, so the result is the one a reading from start to end gives: the
   * same counts, the same kept rejections with their lines and positions, in a strict analysis the
   * same first rejection, and the same statistics, except that means and variances, added up in
   * another order, may differ in the last digits.
   *
   * @param file the file, in UTF-8; rejections name it as given
   * @param progress hears the number of bytes read, of the file's size, after each buffer (256 KiB)
   *     and at the end; when the file is read in parts, the bytes all parts read (at most the
   *     size), one call at a time, from the thread that read the buffer
   * @param cancellation asked after each buffer whether to stop, from the thread that read it
   * @return the statistics of the accepted events' cases, the counts and the first rejected rows
   * @throws IOException if the file cannot be read
   * @throws io.github.journeykit.core.model.ValidationException if the header is wrong, or in
   *     strict mode on the first rejected row
   * @throws java.util.concurrent.CancellationException if cancelled
   */
  public PathResult readCsv(Path file, ProgressListener progress, CancellationCheck cancellation)
      throws IOException {
    requireNonNull(file, "file");
    requireNonNull(progress, "progress");
    requireNonNull(cancellation, "cancellation");
    long size = Files.size(file);
    return readCsv(file, size, inParts ? CsvParts.partsFor(size) : 1, progress, cancellation);
  }

  /** Reads a CSV file in {@code parts} parts at once; in one pass for 1. */
  PathResult readCsv(
      Path file, int parts, ProgressListener progress, CancellationCheck cancellation)
      throws IOException {
    return readCsv(file, Files.size(file), parts, progress, cancellation);
  }

  private PathResult readCsv(
      Path file, long size, int parts, ProgressListener progress, CancellationCheck cancellation)
      throws IOException {
    // A log sorted by case is read in one pass, holding one case at a time.
    int n = sortedByCase ? 1 : parts;
    return CsvRowReader.readFile(file, size, n, this::csvReader, progress, cancellation)
        .intake()
        .finish();
  }

  /**
   * A reader of a CSV input; of one part of a file if {@code part}, which holds its events by case
   * and in a strict analysis keeps its first rejection and stops there, so that the earliest of the
   * parts is thrown.
   */
  private CsvEventReader csvReader(
      InputStream in,
      String name,
      long total,
      ProgressListener progress,
      CancellationCheck cancellation,
      boolean part) {
    CsvEventReader reader =
        new CsvEventReader(
            new EventIntake(
                this, strict && !part, strict && part ? 1 : keep, sortedByCase, cancellation),
            sortedByCase,
            name,
            in,
            total,
            progress);
    if (strict && part) {
      reader.stopOnRejection();
    }
    return reader;
  }

  /**
   * Reads a CSV event log from a stream, which is left open: see {@link #readCsv(InputStream,
   * String, ProgressListener, CancellationCheck)}.
   *
   * @param in the CSV, in UTF-8
   * @param name the name rejections give the input, such as its file name
   * @return the statistics of the accepted events' cases, the counts and the first rejected rows
   * @throws IOException if reading fails
   * @throws io.github.journeykit.core.model.ValidationException if the header is wrong, or in
   *     strict mode on the first rejected row
   */
  public PathResult readCsv(InputStream in, String name) throws IOException {
    return readCsv(in, name, ProgressListener.none(), CancellationCheck.never());
  }

  /**
   * Reads a CSV event log from a stream, which is left open, as it comes: the reader holds one
   * buffer of it at a time, never the whole input, and a good row costs no allocation.
   *
   * <p>The CSV is RFC 4180 in UTF-8 (a byte order mark is skipped; lines end with LF or CRLF;
   * fields may be quoted, a quote inside doubled, a line end inside quotes belonging to the field;
   * blank lines are skipped). Its first line is a header naming the columns, in any order:
   *
   * <pre>
   * case_id,activity,time,status,channel,region
   * c-17,POST /api/upload-id,2026-11-02T10:15:00Z,failed,app,north
   * </pre>
   *
   * <ul>
   *   <li>{@code case_id}: the case, one customer's journey; not blank;
   *   <li>{@code activity}: what happened, which the {@link ActivityMap} turns into a touchpoint
   *       (or an ad hoc step); not blank;
   *   <li>{@code time}: an ISO-8601 instant, such as {@code 2026-11-02T10:15:00Z} or {@code
   *       2026-11-02T11:15:00+01:00}, as {@link java.time.Instant#parse} reads it, between the
   *       years 1700 and 2200;
   *   <li>{@code status}: optional; {@code completed}, {@code complete} or empty for a step that
   *       succeeded, {@code failed}, {@code failure} or {@code error} for one that failed, in any
   *       case;
   *   <li>{@code channel}: optional, and every other column: the event's channel and attributes, as
   *       {@link Event#channel()} and {@link Event#attributes()} hold them. The analysis does not
   *       read them: they are neither checked nor kept.
   * </ul>
   *
   * <p>A header that lacks a required column, repeats a column or has a blank column name fails the
   * whole input with a {@link io.github.journeykit.core.model.ValidationException} naming the
   * input, the header's line and each problem. A row is rejected with every rule it breaks (the
   * rules of {@link #run}, the columns named as in the header), or when it has another number of
   * fields than the header, breaks the quoting rules or is longer than 1 MiB; the rejection carries
   * the input's name, the line the row starts on (the header is line 1), its position among the
   * rows and its text, such as {@code events.csv:7: c-3,,yesterday: activity: must not be blank
   * (was ""); time: must be an ISO-8601 instant such as ... (was "yesterday")}. In a log read as
   * {@link #sortedByCase()}, a row of a case that ended before is rejected too.
   *
   * @param in the CSV, in UTF-8
   * @param name the name rejections give the input, such as its file name
   * @param progress hears the number of bytes read after each buffer (256 KiB) and at the end; the
   *     total is not known (-1)
   * @param cancellation asked after each buffer whether to stop
   * @return the statistics of the accepted events' cases, the counts and the first rejected rows
   * @throws IOException if reading fails
   * @throws io.github.journeykit.core.model.ValidationException if the header is wrong, or in
   *     strict mode on the first rejected row
   * @throws java.util.concurrent.CancellationException if cancelled
   */
  public PathResult readCsv(
      InputStream in, String name, ProgressListener progress, CancellationCheck cancellation)
      throws IOException {
    requireNonNull(in, "in");
    requireNonNull(name, "name");
    requireNonNull(progress, "progress");
    requireNonNull(cancellation, "cancellation");
    return readCsv(in, name, -1, progress, cancellation);
  }

  private PathResult readCsv(
      InputStream in,
      String name,
      long total,
      ProgressListener progress,
      CancellationCheck cancellation)
      throws IOException {
    CsvEventReader reader = csvReader(in, name, total, progress, cancellation, false);
    reader.read();
    return reader.intake().finish();
  }

  /**
   * Reads an XES event log: see {@link #readXes(InputStream, String, ProgressListener,
   * CancellationCheck)} for the mapping and the rules.
   *
   * @param file the XES document; rejections name it as given
   * @return the statistics of the accepted events' cases, the counts and the first rejected events
   * @throws IOException if the file cannot be read
   * @throws io.github.journeykit.core.model.ValidationException if the document is not XES, or in
   *     strict mode on the first rejected event
   */
  public PathResult readXes(Path file) throws IOException {
    return readXes(file, ProgressListener.none(), CancellationCheck.never());
  }

  /**
   * Reads an XES event log, reporting progress in bytes of the file's size and stopping when
   * cancelled: see {@link #readXes(InputStream, String, ProgressListener, CancellationCheck)}.
   *
   * @param file the XES document; rejections name it as given
   * @param progress hears the number of bytes read, of the file's size, after each read
   * @param cancellation asked after each read and every 4,096 events whether to stop
   * @return the statistics of the accepted events' cases, the counts and the first rejected events
   * @throws IOException if the file cannot be read
   * @throws io.github.journeykit.core.model.ValidationException if the document is not XES, or in
   *     strict mode on the first rejected event
   * @throws java.util.concurrent.CancellationException if cancelled
   */
  public PathResult readXes(Path file, ProgressListener progress, CancellationCheck cancellation)
      throws IOException {
    requireNonNull(file, "file");
    requireNonNull(progress, "progress");
    requireNonNull(cancellation, "cancellation");
    long size = Files.size(file);
    try (InputStream in = Files.newInputStream(file)) {
      return readXes(in, file.toString(), size, progress, cancellation);
    }
  }

  /**
   * Reads an XES event log from a stream, which is left open: see {@link #readXes(InputStream,
   * String, ProgressListener, CancellationCheck)}.
   *
   * @param in the XES document
   * @param name the name rejections and failures give the input, such as its file name
   * @return the statistics of the accepted events' cases, the counts and the first rejected events
   * @throws IOException if reading fails
   * @throws io.github.journeykit.core.model.ValidationException if the document is not XES, or in
   *     strict mode on the first rejected event
   */
  public PathResult readXes(InputStream in, String name) throws IOException {
    return readXes(in, name, ProgressListener.none(), CancellationCheck.never());
  }

  /**
   * Reads an XES event log (IEEE 1849-2016, the process-mining standard) from a stream, which is
   * left open, with the JDK's StAX parser, a trace at a time: the memory held is one trace's
   * events.
   *
   * <pre>{@code
   * <log xes.version="1.0" xmlns="http://www.xes-standard.org/">
   *   <trace>
   *     <string key="concept:name" value="c-17"/>
   *     <event>
   *       <string key="concept:name" value="id-upload"/>
   *       <date key="time:timestamp" value="2026-11-02T11:15:00.000+01:00"/>
   *       <string key="lifecycle:transition" value="ate_abort"/>
   *     </event>
   *   </trace>
   * </log>
   * }</pre>
   *
   * <ul>
   *   <li>A trace is a case: its {@code concept:name} is the case id. Traces are read as a log
   *       sorted by case ({@link #sortedByCase()}): the events of a trace whose name an earlier
   *       trace had are rejected like those of a case that comes back.
   *   <li>An event's {@code concept:name} is its activity and its {@code time:timestamp} its time,
   *       an {@code xs:dateTime} with an offset ({@code Z} or {@code +01:00}).
   *   <li>Its {@code lifecycle:transition} is its status: {@code complete} (or none) for a step
   *       that succeeded; {@code ate_abort}, {@code pi_abort} and {@code withdraw} for one that
   *       failed (in any case). Other transitions ({@code start}, {@code schedule}, {@code assign},
   *       {@code suspend}, {@code resume}, ...) mark the start or handling of work, not a step
   *       taken: such events are read past, neither accepted nor rejected.
   *   <li>Other attributes of an event ({@code org:resource} among them) are its attributes, not
   *       its channel; like a CSV's extra columns, the analysis does not read them.
   *       Meta-attributes, extensions, globals (whose defaults are not applied) and classifiers are
   *       read past.
   * </ul>
   *
   * <p>An event is rejected with every rule of {@link #run} it breaks, its fields named by their
   * keys ({@code trace concept:name}, {@code concept:name}, {@code time:timestamp}); the rejection
   * carries the input's name, the line of the event, its position among the document's events, and
   * its keys, such as {@code events.xes:12: <event> of trace "c-17": concept:name="call"
   * time:timestamp="soon": time:timestamp: must be an ISO-8601 instant ... (was "soon")}. An event
   * directly in the log, in no trace, belongs to no case and is rejected. A document that is not
   * well-formed XML, declares a document type, has a root other than {@code log}, or holds a trace
   * or an event out of its place (a trace in an event, say) fails with a {@link
   * io.github.journeykit.core.model.ValidationException} naming the input, the line and the column.
   *
   * @param in the XES document
   * @param name the name rejections and failures give the input, such as its file name
   * @param progress hears the number of bytes read after each read; the total is not known (-1)
   * @param cancellation asked after each read and every 4,096 events whether to stop
   * @return the statistics of the accepted events' cases, the counts and the first rejected events
   * @throws IOException if reading fails
   * @throws io.github.journeykit.core.model.ValidationException if the document is not XES, or in
   *     strict mode on the first rejected event
   * @throws java.util.concurrent.CancellationException if cancelled
   */
  public PathResult readXes(
      InputStream in, String name, ProgressListener progress, CancellationCheck cancellation)
      throws IOException {
    requireNonNull(in, "in");
    requireNonNull(name, "name");
    requireNonNull(progress, "progress");
    requireNonNull(cancellation, "cancellation");
    return readXes(in, name, -1, progress, cancellation);
  }

  private PathResult readXes(
      InputStream in,
      String name,
      long total,
      ProgressListener progress,
      CancellationCheck cancellation)
      throws IOException {
    EventIntake intake = new EventIntake(this, strict, keep, true, cancellation);
    return new XesEventReader(intake, name, in, total, progress).read().finish();
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
    AlignedCase aligned = align(events);
    return CaseConformance.of(
        events.get(0).caseId(), aligned.steps, aligned.cost, aligned.worst, aligned.deviations);
  }

  /**
   * The actual journeys of an event log, one a case, in CJML's sense (Halvorsrud, Kvale and
   * Følstad, "Improving service quality through customer journey analysis", 2016): each case's
   * steps in time order (events at the same time in the given order), every step with its time and
   * its deviations, and the required steps the case did not take placed where they were due, as
   * {@link #conformance} aligns the case to the plan. Cases come in the order of their first
   * events.
   *
   * <pre>{@code
   * List<ActualJourney> journeys = PathAnalysis.of(journey).actualJourneys(events);
   * journeys.get(0); // case-17: form > id-upload (failing) > id-check (missing)
   * }</pre>
   *
   * @param events the events of any number of cases, in any order
   * @return the actual journeys
   * @throws io.github.journeykit.core.model.ValidationException if an event breaks a rule (as
   *     {@link #strict()} would throw)
   */
  public List<ActualJourney> actualJourneys(Iterable<Event> events) {
    requireNonNull(events, "events");
    Map<String, List<Event>> cases = new LinkedHashMap<>();
    long position = 0;
    for (Event event : events) {
      requireNonNull(event, "events[" + position + "]");
      cases.computeIfAbsent(event.caseId(), id -> new ArrayList<>()).add(event);
      position++;
    }
    List<ActualJourney> journeys = new ArrayList<>(cases.size());
    for (Map.Entry<String, List<Event>> one : cases.entrySet()) {
      journeys.add(ActualJourney.of(one.getKey(), align(one.getValue()).actualSteps()));
    }
    return journeys;
  }

  /** One case put in time order and aligned to the plan. */
  private static final class AlignedCase {
    final List<Event> events;
    final List<String> steps;
    final int cost;
    final int worst;
    final List<Deviation> deviations;

    AlignedCase(
        List<Event> events, List<String> steps, int cost, int worst, List<Deviation> deviations) {
      this.events = events;
      this.steps = steps;
      this.cost = cost;
      this.worst = worst;
      this.deviations = deviations;
    }

    /** The steps with their times and deviations, missing steps before the event they were due. */
    List<ActualStep> actualSteps() {
      List<ActualStep> actual = new ArrayList<>(events.size() + deviations.size());
      for (int position = 0; position <= events.size(); position++) {
        List<DeviationKind> kinds = new ArrayList<>();
        for (Deviation deviation : deviations) {
          if (deviation.position() != position) {
            continue;
          }
          if (deviation.kind() == DeviationKind.MISSING) {
            actual.add(ActualStep.missing(deviation.subject()));
          } else {
            kinds.add(deviation.kind());
          }
        }
        if (position < events.size()) {
          actual.add(ActualStep.of(steps.get(position), events.get(position).time().get(), kinds));
        }
      }
      return actual;
    }
  }

  private AlignedCase align(List<Event> events) {
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
    List<Event> sorted = new ArrayList<>(n);
    PathAccumulator names = new PathAccumulator(plan);
    for (int j = 0; j < n; j++) {
      Event event = events.get(order.get(j));
      sorted.add(event);
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
    return new AlignedCase(
        sorted, Collections.unmodifiableList(steps), aligner.cost, aligner.worst, deviations);
  }

  Plan plan() {
    return plan;
  }

  ActivityMap activities() {
    return activities;
  }

  /**
   * Whether this analysis throws on the first rejected event: for readers of one's own, such as the
   * Spark aggregators, that reject rows before they become events.
   *
   * <pre>{@code
   * PathAnalysis.of(journey).strict().isStrict();   // true
   * }</pre>
   *
   * @return true if {@link #strict()}, false if lenient
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * How many rejections a lenient analysis keeps with their reasons.
   *
   * @return the number, {@value #DEFAULT_KEPT_REJECTIONS} unless set by {@link #lenient(int)}
   */
  public int keptRejections() {
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
        + (inParts ? "" : ", sequential")
        + (activities.table().isEmpty() ? "" : ", " + activities)
        + "]";
  }
}
