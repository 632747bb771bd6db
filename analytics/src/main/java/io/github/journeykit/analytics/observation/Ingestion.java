package io.github.journeykit.analytics.observation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.journeykit.analytics.internal.csv.CsvParts;
import io.github.journeykit.analytics.internal.csv.CsvRowReader;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collector;

/**
 * Reads observations into {@link ObservationStatistics}, checking each against a journey: its
 * touchpoint must be in the journey, its value a finite number on the metric's scale at that
 * touchpoint (the scale of the touchpoint's latest measurement of the metric, else the metric's
 * usual scale; a custom metric with neither is rejected), and it must have a time and a source.
 *
 * <p>Observations come as values ({@link #run}, {@link #collector()}) or as a CSV file ({@link
 * #readCsv(Path)}), which is read as a stream, without holding it.
 *
 * <p>Nothing is dropped silently. By default ingestion is lenient: it counts rejected observations
 * and keeps the first 20 with their reasons (for a CSV row, its file, line and text). {@link
 * #strict()} throws on the first. Configuring returns a new ingestion; an ingestion is immutable
 * and may be shared between threads.
 *
 * <pre>{@code
 * IngestionResult result = Ingestion.against(journey).run(observations);
 * IngestionResult parallel = observations.parallelStream()
 *     .collect(Ingestion.against(journey).collector());
 * IngestionResult file = Ingestion.against(journey).readCsv(Path.of("observations.csv"));
 * Ingestion.against(journey).strict().run(observations);  // throws on the first bad one
 * }</pre>
 */
public final class Ingestion {
  /** How many rejected observations a lenient ingestion keeps unless told otherwise. */
  public static final int DEFAULT_KEPT_REJECTIONS = 20;

  /** How often, in observations, {@link #run} reports progress. */
  static final int REPORT_EVERY = 65_536;

  private final ImmutableMap<String, Touchpoint> touchpoints;
  private final boolean strict;
  private final int keep;
  private final boolean inParts;
  private final boolean byRespondent;
  private final Slicing slicing;

  private Ingestion(
      ImmutableMap<String, Touchpoint> touchpoints,
      boolean strict,
      int keep,
      boolean inParts,
      boolean byRespondent,
      Slicing slicing) {
    this.touchpoints = touchpoints;
    this.strict = strict;
    this.keep = keep;
    this.inParts = inParts;
    this.byRespondent = byRespondent;
    this.slicing = slicing;
  }

  /**
   * A lenient ingestion against the touchpoints of {@code journey}, keeping the first {@value
   * #DEFAULT_KEPT_REJECTIONS} rejections.
   *
   * @param journey the journey whose touchpoints were observed
   * @return the ingestion
   */
  public static Ingestion against(Journey journey) {
    requireNonNull(journey, "journey");
    return against(List.of(journey));
  }

  /**
   * A lenient ingestion against the touchpoints of several journeys, such as the current-state
   * journeys of a portfolio, keeping the first {@value #DEFAULT_KEPT_REJECTIONS} rejections. An
   * observation names a touchpoint by id alone, so the ids must be distinct across the journeys;
   * {@link ObservationStatistics#within} then gives each journey its share.
   *
   * @param journeys the journeys whose touchpoints were observed
   * @return the ingestion
   * @throws io.github.journeykit.core.model.ValidationException naming every touchpoint id that
   *     more than one journey has
   */
  public static Ingestion against(Collection<Journey> journeys) {
    requireNonNull(journeys, "journeys");
    Map<String, Touchpoint> touchpoints = new LinkedHashMap<>();
    Map<String, String> journeyOf = new HashMap<>();
    Problems problems = Problems.of("Ingestion");
    int j = 0;
    for (Journey journey : journeys) {
      requireNonNull(journey, "journeys[" + j + "]");
      for (Touchpoint touchpoint : journey.touchpoints()) {
        String earlier = journeyOf.putIfAbsent(touchpoint.id(), journey.id());
        if (earlier == null) {
          touchpoints.put(touchpoint.id(), touchpoint);
        } else {
          problems.add(
              "journeys[" + j + "]",
              "must not share a touchpoint id with another journey (\"" + earlier + "\")",
              touchpoint.id());
        }
      }
      j++;
    }
    problems.throwIfAny();
    return new Ingestion(
        ImmutableMap.copyOf(touchpoints),
        false,
        DEFAULT_KEPT_REJECTIONS,
        true,
        false,
        Slicing.NONE);
  }

  /**
   * This ingestion, throwing on the first rejected observation.
   *
   * @return the strict ingestion
   */
  public Ingestion strict() {
    return new Ingestion(touchpoints, true, keep, inParts, byRespondent, slicing);
  }

  /**
   * This ingestion, counting rejected observations and keeping the first {@code keptRejections}.
   *
   * @param keptRejections how many rejections to keep with their reasons, at least 0
   * @return the lenient ingestion
   * @throws io.github.journeykit.core.model.ValidationException if the number is negative
   */
  public Ingestion lenient(int keptRejections) {
    Problems.of("Ingestion")
        .check(keptRejections >= 0, "keptRejections", "must not be negative", keptRejections)
        .throwIfAny();
    return new Ingestion(touchpoints, false, keptRejections, inParts, byRespondent, slicing);
  }

  /**
   * The data source of the journeys with the id {@code id}, as a CSV row or a row of a Spark
   * dataset names its source: one that a touchpoint or a measurement of the journeys declares.
   *
   * <pre>{@code
   * Ingestion.against(journey).dataSource("q3-pulse");   // Optional[q3-pulse (SURVEY)]
   * }</pre>
   *
   * @param id the source's id
   * @return the source, or empty if the journeys declare none of that id
   */
  public Optional<DataSource> dataSource(String id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(declaredSources(touchpoints.values()).get(id));
  }

  /** The data sources that the touchpoints and their measurements declare, by id. */
  static Map<String, DataSource> declaredSources(Collection<Touchpoint> touchpoints) {
    Map<String, DataSource> sources = new HashMap<>();
    for (Touchpoint touchpoint : touchpoints) {
      for (DataSource source : touchpoint.dataSources()) {
        sources.put(source.id(), source);
      }
      for (Measurement measurement : touchpoint.measurements()) {
        measurement.source().ifPresent(source -> sources.put(source.id(), source));
      }
    }
    return sources;
  }

  /**
   * Whether this ingestion throws on the first rejected observation: for readers of one's own, such
   * as the Spark aggregators, that reject rows before they become observations.
   *
   * <pre>{@code
   * Ingestion.against(journey).strict().isStrict();   // true
   * }</pre>
   *
   * @return true if {@link #strict()}, false if lenient
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * How many rejections a lenient ingestion keeps with their reasons.
   *
   * @return the number, {@value #DEFAULT_KEPT_REJECTIONS} unless set by {@link #lenient(int)}
   */
  public int keptRejections() {
    return keep;
  }

  /**
   * This ingestion, reading a CSV file from start to end on the calling thread only: for callers
   * that must not use the common {@link java.util.concurrent.ForkJoinPool}. By default a large file
   * is read in parts at once: see {@link #readCsv(Path, ProgressListener, CancellationCheck)}.
   *
   * @return the ingestion
   */
  public Ingestion sequential() {
    return new Ingestion(touchpoints, strict, keep, false, byRespondent, slicing);
  }

  /**
   * This ingestion, also keeping each respondent's answers apart ({@link
   * IngestionResult#respondents()}), for methods that pair one person's answers, such as SERVQUAL
   * as published. An observation names its respondent with {@link Observation#respondent()}, a CSV
   * row in its {@code respondent_id} column; accepted observations without one (or with a blank
   * one) are counted as {@link RespondentAnswers#anonymous()}. The statistics of the whole are the
   * same either way. Off by default: it holds statistics per respondent, touchpoint and metric (a
   * few hundred bytes each) and a CSV row then costs the respondent id's text.
   *
   * @return the ingestion
   */
  public Ingestion byRespondent() {
    return new Ingestion(touchpoints, strict, keep, inParts, true, slicing);
  }

  /**
   * This ingestion, also keeping statistics per period ({@link IngestionResult#breakdown()}): each
   * accepted observation counts in the period of its time on the calendar of {@code zone}. With
   * {@link #bySegment}, per period and segment. The statistics of the whole are the same either
   * way, and equal the merge of the periods'. Costs statistics per period, touchpoint and metric (a
   * few hundred bytes each); answers in time order cost little else.
   *
   * <pre>{@code
   * Ingestion.against(journey).byPeriod(PeriodLength.QUARTER, ZoneId.of("Europe/London"));
   * }</pre>
   *
   * @param length day, ISO week, month or quarter
   * @param zone the time zone whose calendar dates an observation (no default: the machine's zone
   *     would make the result depend on where it runs)
   * @return the ingestion
   */
  public Ingestion byPeriod(PeriodLength length, ZoneId zone) {
    requireNonNull(length, "length");
    requireNonNull(zone, "zone");
    return new Ingestion(
        touchpoints, strict, keep, inParts, byRespondent, slicing.byPeriod(length, zone));
  }

  /**
   * This ingestion, also keeping statistics per segment ({@link IngestionResult#breakdown()}): the
   * value of an attribute of each accepted observation, such as persona, channel or region ({@link
   * Observation#attributes()}, in a CSV file a column of that name), or {@code "source"} for the id
   * of its data source. Observations without the attribute form the segment {@code ""}. With {@link
   * #byPeriod}, per period and segment.
   *
   * <pre>{@code
   * Ingestion.against(journey).bySegment("region");
   * }</pre>
   *
   * @param attribute the attribute's name, not blank; a CSV file read must have a column of that
   *     name (unless it is {@code "source"})
   * @return the ingestion
   * @throws io.github.journeykit.core.model.ValidationException if the name is blank, or names a
   *     column of the CSV format other than {@code source}
   */
  public Ingestion bySegment(String attribute) {
    requireNonNull(attribute, "attribute");
    Problems problems = Problems.of("Ingestion");
    if (attribute.isBlank()) {
      problems.add("segment", "must not be blank", attribute);
    } else if (!attribute.equals(Slicing.SOURCE) && CsvObservationReader.isColumn(attribute)) {
      problems.add(
          "segment",
          "must be an attribute or source, not a column of the observation itself",
          attribute);
    }
    problems.throwIfAny();
    return new Ingestion(
        touchpoints, strict, keep, inParts, byRespondent, slicing.bySegment(attribute));
  }

  /**
   * Reads observations in order.
   *
   * @param observations the observations
   * @return the statistics of the accepted ones, the counts and the first rejections
   * @throws io.github.journeykit.core.model.ValidationException in strict mode, on the first
   *     rejected observation
   */
  public IngestionResult run(Iterable<? extends Observation> observations) {
    return run(observations, ProgressListener.none(), CancellationCheck.never());
  }

  /**
   * Reads observations in order, reporting progress and stopping when cancelled.
   *
   * @param observations the observations
   * @param progress hears the number read every 65,536 observations and at the end, with the total
   *     when {@code observations} is a collection
   * @param cancellation asked every 4,096 observations whether to stop
   * @return the statistics of the accepted ones, the counts and the first rejections
   * @throws io.github.journeykit.core.model.ValidationException in strict mode, on the first
   *     rejected observation
   * @throws java.util.concurrent.CancellationException if cancelled
   */
  public IngestionResult run(
      Iterable<? extends Observation> observations,
      ProgressListener progress,
      CancellationCheck cancellation) {
    requireNonNull(observations, "observations");
    requireNonNull(progress, "progress");
    requireNonNull(cancellation, "cancellation");
    long total = observations instanceof Collection ? ((Collection<?>) observations).size() : -1;
    IngestionAccumulator accumulator = accumulator(cancellation);
    long position = 0;
    for (Observation observation : observations) {
      accumulator.accept(requireNonNull(observation, "observation"), position++);
      if (position % REPORT_EVERY == 0) {
        progress.progressed(position, total);
      }
    }
    progress.progressed(position, total);
    return accumulator.finish();
  }

  /**
   * Reads a CSV file of observations: see {@link #readCsv(InputStream, String, ProgressListener,
   * CancellationCheck)} for the format and the rules.
   *
   * @param file the file, in UTF-8; rejections name it as given
   * @return the statistics of the accepted rows, the counts and the first rejected rows
   * @throws IOException if the file cannot be read
   * @throws io.github.journeykit.core.model.ValidationException if the header is wrong, or in
   *     strict mode on the first rejected row
   */
  public IngestionResult readCsv(Path file) throws IOException {
    return readCsv(file, ProgressListener.none(), CancellationCheck.never());
  }

  /**
   * Reads a CSV file of observations, reporting progress in bytes and stopping when cancelled: see
   * {@link #readCsv(InputStream, String, ProgressListener, CancellationCheck)} for the format and
   * the rules.
   *
   * <p>A file of 16 MiB or more is read in parts at once, on the calling thread and the {@link
   * java.util.concurrent.ForkJoinPool} it runs in, else the common pool (as a parallel stream would
   * be), unless this ingestion is {@link #sequential()} or the machine has one processor. The
   * result is the one a reading from start to end gives: the same counts, the same kept rejections
   * with their lines and positions, in a strict ingestion the same first rejection, and the same
   * statistics, except that means and variances, merged from the parts, may differ in the last
   * digits. The parts depend on the file's size and the pool's threads, so on one machine a file
   * gives the same result every time.
   *
   * @param file the file, in UTF-8; rejections name it as given
   * @param progress hears the number of bytes read, of the file's size, after each buffer (256 KiB)
   *     and at the end; when the file is read in parts, the bytes all parts read (at most the
   *     size), one call at a time, from the thread that read the buffer
   * @param cancellation asked after each buffer whether to stop, from the thread that read it
   * @return the statistics of the accepted rows, the counts and the first rejected rows
   * @throws IOException if the file cannot be read
   * @throws io.github.journeykit.core.model.ValidationException if the header is wrong, or in
   *     strict mode on the first rejected row
   * @throws java.util.concurrent.CancellationException if cancelled
   */
  public IngestionResult readCsv(
      Path file, ProgressListener progress, CancellationCheck cancellation) throws IOException {
    requireNonNull(file, "file");
    requireNonNull(progress, "progress");
    requireNonNull(cancellation, "cancellation");
    long size = Files.size(file);
    return readCsv(file, size, inParts ? CsvParts.partsFor(size) : 1, progress, cancellation);
  }

  /** Reads a CSV file in {@code parts} parts at once; in one pass for 1. */
  IngestionResult readCsv(
      Path file, int parts, ProgressListener progress, CancellationCheck cancellation)
      throws IOException {
    return readCsv(file, Files.size(file), parts, progress, cancellation);
  }

  private IngestionResult readCsv(
      Path file, long size, int parts, ProgressListener progress, CancellationCheck cancellation)
      throws IOException {
    return CsvRowReader.readFile(file, size, parts, this::reader, progress, cancellation)
        .accumulator()
        .finish();
  }

  /**
   * A reader of a CSV input; of one part of a file if {@code part}, which in a strict ingestion
   * keeps its first rejection and stops there, so that the earliest of the parts is thrown.
   */
  private CsvObservationReader reader(
      InputStream in,
      String name,
      long total,
      ProgressListener progress,
      CancellationCheck cancellation,
      boolean part) {
    CsvObservationReader reader =
        new CsvObservationReader(
            new IngestionAccumulator(
                touchpoints,
                strict && !part,
                strict && part ? 1 : keep,
                byRespondent,
                slicing,
                cancellation),
            touchpoints,
            name,
            in,
            total,
            progress,
            cancellation);
    if (strict && part) {
      reader.stopOnRejection();
    }
    return reader;
  }

  /**
   * Reads CSV observations from a stream, which is left open: see {@link #readCsv(InputStream,
   * String, ProgressListener, CancellationCheck)}.
   *
   * @param in the CSV, in UTF-8
   * @param name the name rejections give the input, such as its file name
   * @return the statistics of the accepted rows, the counts and the first rejected rows
   * @throws IOException if reading fails
   * @throws io.github.journeykit.core.model.ValidationException if the header is wrong, or in
   *     strict mode on the first rejected row
   */
  public IngestionResult readCsv(InputStream in, String name) throws IOException {
    return readCsv(in, name, ProgressListener.none(), CancellationCheck.never());
  }

  /**
   * Reads CSV observations from a stream, which is left open, as it comes: the reader holds one
   * buffer of it at a time, never the whole input.
   *
   * <p>The CSV is RFC 4180 in UTF-8 (a byte order mark is skipped; lines end with LF or CRLF;
   * fields may be quoted, a quote inside doubled; blank lines are skipped). Its first line is a
   * header naming the columns, in any order:
   *
   * <pre>
   * touchpoint_id,metric,value,observed_at,source,respondent_id
   * call,nps,9,2026-11-02T10:15:00Z,q4-pulse,r-000017
   * </pre>
   *
   * <ul>
   *   <li>{@code touchpoint_id}: the id of a touchpoint of the journey;
   *   <li>{@code metric}: a metric key ({@code nps}, {@code csat}, {@code wait-minutes}) that has a
   *       scale at the touchpoint, as for {@link #run};
   *   <li>{@code value}: a finite decimal number ({@code 9}, {@code -0.5}, {@code 1e3}) on that
   *       scale;
   *   <li>{@code observed_at}: an ISO-8601 instant, such as {@code 2026-11-02T10:15:00Z} or {@code
   *       2026-11-02T11:15:00+01:00}, as {@link java.time.Instant#parse} reads it;
   *   <li>{@code source}: the id of a data source that the journey declares (on a touchpoint or a
   *       measurement), whose kind and nature the statistics then carry;
   *   <li>{@code respondent_id}: optional; read only by an ingestion {@link #byRespondent()}, as
   *       the statistics of the whole do not need it;
   *   <li>any other column (up to 1,024 in all): an attribute of the answer, such as {@code region}
   *       or {@code persona}, read only by an ingestion {@link #bySegment} that names it, which
   *       then requires it.
   * </ul>
   *
   * <p>A header that lacks a required column, names a blank one or repeats one fails the whole
   * input with a {@link io.github.journeykit.core.model.ValidationException} naming the file, line
   * 1 and each problem. A row is rejected when it breaks any rule (every broken rule is given, the
   * columns named as in the header), has another number of fields than the header, breaks the
   * quoting rules or is longer than 1 MiB; the rejection carries the file's name, the line the row
   * starts on (the header is line 1) and the row's text, such as {@code observations.csv:29514:
   * no-such-step,csat,4,...: touchpoint_id: must name a touchpoint of the journey (was
   * "no-such-step")}.
   *
   * @param in the CSV, in UTF-8
   * @param name the name rejections give the input, such as its file name
   * @param progress hears the number of bytes read after each buffer (256 KiB) and at the end; the
   *     total is not known (-1)
   * @param cancellation asked after each buffer whether to stop
   * @return the statistics of the accepted rows, the counts and the first rejected rows
   * @throws IOException if reading fails
   * @throws io.github.journeykit.core.model.ValidationException if the header is wrong, or in
   *     strict mode on the first rejected row
   * @throws java.util.concurrent.CancellationException if cancelled
   */
  public IngestionResult readCsv(
      InputStream in, String name, ProgressListener progress, CancellationCheck cancellation)
      throws IOException {
    requireNonNull(in, "in");
    requireNonNull(name, "name");
    requireNonNull(progress, "progress");
    requireNonNull(cancellation, "cancellation");
    return read(in, name, -1, progress, cancellation);
  }

  private IngestionResult read(
      InputStream in,
      String name,
      long total,
      ProgressListener progress,
      CancellationCheck cancellation)
      throws IOException {
    CsvObservationReader reader = reader(in, name, total, progress, cancellation, false);
    reader.read();
    return reader.accumulator().finish();
  }

  /**
   * A collector for streams, sequential or parallel: parts of a parallel stream are accumulated on
   * their threads and merged in encounter order, so the result equals that of {@link #run}, except
   * that rejections carry no position.
   *
   * @return the collector
   */
  public Collector<Observation, ?, IngestionResult> collector() {
    return collector(CancellationCheck.never());
  }

  /**
   * A collector for streams that stops when cancelled: see {@link #collector()}.
   *
   * @param cancellation asked every 4,096 observations, on each thread, whether to stop
   * @return the collector
   */
  public Collector<Observation, ?, IngestionResult> collector(CancellationCheck cancellation) {
    requireNonNull(cancellation, "cancellation");
    return Collector.of(
        () -> accumulator(cancellation),
        IngestionAccumulator::accept,
        IngestionAccumulator::combine,
        IngestionAccumulator::finish);
  }

  private IngestionAccumulator accumulator(CancellationCheck cancellation) {
    return new IngestionAccumulator(touchpoints, strict, keep, byRespondent, slicing, cancellation);
  }

  /**
   * A short form such as {@code Ingestion[12 touchpoints, lenient, keeps 20 rejections]}.
   *
   * @return the ingestion in words
   */
  @Override
  public String toString() {
    return "Ingestion["
        + touchpoints.size()
        + " touchpoints, "
        + (strict ? "strict" : "lenient, keeps " + keep + " rejections")
        + (inParts ? "" : ", sequential")
        + (byRespondent ? ", by respondent" : "")
        + slicing
        + "]";
  }
}
