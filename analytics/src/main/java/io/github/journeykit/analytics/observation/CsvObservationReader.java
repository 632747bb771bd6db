package io.github.journeykit.analytics.observation;

import io.github.journeykit.analytics.internal.csv.ByteKeyMap;
import io.github.journeykit.analytics.internal.csv.CsvHeader;
import io.github.journeykit.analytics.internal.csv.CsvParts;
import io.github.journeykit.analytics.internal.csv.CsvRowReader;
import io.github.journeykit.analytics.internal.csv.CsvScanner;
import io.github.journeykit.analytics.internal.csv.FieldParser;
import io.github.journeykit.analytics.internal.intake.RejectionLog;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Reads a CSV file of observations straight into an {@link IngestionAccumulator}, streaming: it
 * holds one buffer of the file at a time, and a good row costs no allocation (ids are looked up by
 * their bytes, numbers and times read in place, values added to running statistics). Only a
 * rejected row is turned into text, and only when it is kept.
 *
 * <p>The {@link CsvScanner} finds the records (RFC 4180 in UTF-8, a byte order mark skipped); this
 * reader maps the header's columns and binds each row's fields to an observation. Blank lines are
 * skipped. See {@link Ingestion#readCsv(InputStream, String)} for the columns and the rules.
 *
 * <p>A reader may also read one part of a file ({@link CsvParts}): it starts where the input
 * starts, or at the line after a given offset, takes the header from the reader of the first part,
 * and stops before the first row that starts at or after a given offset. Its lines and rows are
 * then counted from 0 and rebased once the parts before it are known.
 */
final class CsvObservationReader extends CsvRowReader<CsvObservationReader> {
  /** The header of the format, with every column in the usual order. */
  static final String HEADER = "touchpoint_id,metric,value,observed_at,source,respondent_id";

  private static final String[] COLUMNS = HEADER.split(",");
  private static final int TOUCHPOINT = 0;
  private static final int METRIC = 1;
  private static final int VALUE = 2;
  private static final int OBSERVED_AT = 3;
  private static final int SOURCE = 4;
  private static final int RESPONDENT = 5;

  /** At most this many distinct metric names are remembered; more are read each time. */
  private static final int MAX_METRICS = 4096;

  private final IngestionAccumulator accumulator;

  private final ByteKeyMap<TouchpointSlot> touchpoints = new ByteKeyMap<>();
  private final ByteKeyMap<MetricSlot> metrics = new ByteKeyMap<>();
  private final ByteKeyMap<DataSource> sources = new ByteKeyMap<>();
  private final FieldParser parser = new FieldParser();

  CsvObservationReader(
      IngestionAccumulator accumulator,
      Map<String, Touchpoint> touchpointsById,
      String name,
      InputStream in,
      long total,
      ProgressListener progress,
      CancellationCheck cancellation) {
    this(
        accumulator,
        touchpointsById,
        name,
        in,
        total,
        progress,
        cancellation,
        CsvScanner.BUFFER_BYTES);
  }

  /**
   * A reader whose buffer starts at {@code bufferBytes}, at least 4 (enough for a byte order mark):
   * small ones test the buffer's edges.
   */
  CsvObservationReader(
      IngestionAccumulator accumulator,
      Map<String, Touchpoint> touchpointsById,
      String name,
      InputStream in,
      long total,
      ProgressListener progress,
      CancellationCheck cancellation,
      int bufferBytes) {
    super(
        new CsvHeader(COLUMNS, RESPONDENT, false, COLUMNS.length),
        name,
        in,
        total,
        progress,
        () -> checkCancellation(cancellation, accumulator),
        bufferBytes);
    this.accumulator = accumulator;
    for (Touchpoint touchpoint : touchpointsById.values()) {
      touchpoints.put(touchpoint.id(), new TouchpointSlot(touchpoint));
    }
    Ingestion.declaredSources(touchpointsById.values()).forEach(sources::put);
  }

  /** What this reader accumulated. */
  IngestionAccumulator accumulator() {
    return accumulator;
  }

  @Override
  protected RejectionLog<Observation> rejections() {
    return accumulator.rejections();
  }

  @Override
  public void combine(CsvObservationReader later) {
    accumulator.combine(later.accumulator);
  }

  /**
   * Checks one row and adds its value, or rejects it. The hot path: it allocates nothing, unless
   * the ingestion keeps each respondent's answers.
   */
  @Override
  protected void readRow() {
    CsvScanner record = scanner();
    CsvHeader header = header();
    byte[] f = record.bytes();
    int touchpointAt = header.column(TOUCHPOINT);
    int metricAt = header.column(METRIC);
    int valueAt = header.column(VALUE);
    int timeAt = header.column(OBSERVED_AT);
    int sourceAt = header.column(SOURCE);
    TouchpointSlot touchpoint =
        touchpoints.get(f, record.start(touchpointAt), record.end(touchpointAt));
    MetricSlot metric = metric(f, record.start(metricAt), record.end(metricAt));
    DataSource source = sources.get(f, record.start(sourceAt), record.end(sourceAt));
    if (touchpoint == null
        || metric == null
        || source == null
        || !parser.instant(f, record.start(timeAt), record.end(timeAt))) {
      reject(null);
      return;
    }
    Pair pair = touchpoint.pair(metric);
    double value =
        record.empty(valueAt)
            ? Double.NaN
            : FieldParser.decimal(f, record.start(valueAt), record.end(valueAt));
    // Written so that NaN fails too.
    if (!(value >= pair.min && value <= pair.max)) {
      reject(null);
      return;
    }
    RunningStatistics running = pair.running;
    if (running == null) {
      running = accumulator.statisticsFor(touchpoint.touchpoint.id(), metric.metric, pair.scale);
      pair.running = running;
    }
    running.add(value, parser.second(), parser.nano(), source);
    accumulator.accepted();
    accepted();
    if (accumulator.keepsRespondents()) {
      int respondentAt = header.column(RESPONDENT);
      accumulator.addForRespondent(
          respondentAt < 0 || record.empty(respondentAt) ? null : record.field(respondentAt),
          touchpoint.touchpoint.id(),
          metric.metric,
          pair.scale,
          value,
          parser.second(),
          parser.nano(),
          source);
    }
  }

  /** The metric named by {@code bytes[from..to)}, or null if the name is not a metric key. */
  private MetricSlot metric(byte[] bytes, int from, int to) {
    MetricSlot metric = metrics.get(bytes, from, to);
    if (metric != null || from == to) {
      return metric;
    }
    Optional<Metric> named =
        metricNamed(new String(bytes, from, to - from, StandardCharsets.UTF_8));
    if (named.isEmpty()) {
      return null;
    }
    metric = new MetricSlot(named.get(), metrics.size());
    if (metrics.size() < MAX_METRICS) {
      metrics.put(bytes, from, to, metric);
    }
    return metric;
  }

  private static Optional<Metric> metricNamed(String name) {
    try {
      return Optional.of(Metric.of(name));
    } catch (ValidationException e) {
      return Optional.empty();
    }
  }

  /** Every rule the row scanned last breaks, its columns named as in the header. */
  @Override
  protected List<Violation> problems() {
    CsvScanner record = scanner();
    CsvHeader header = header();
    List<Violation> problems = new ArrayList<>(2);
    byte[] f = record.bytes();
    String touchpointId = field(TOUCHPOINT);
    TouchpointSlot touchpoint =
        touchpoints.get(
            f, record.start(header.column(TOUCHPOINT)), record.end(header.column(TOUCHPOINT)));
    if (touchpointId.isEmpty()) {
      problems.add(Violation.of(COLUMNS[TOUCHPOINT], "must be given"));
    } else if (touchpoint == null) {
      problems.add(
          Violation.of(COLUMNS[TOUCHPOINT], "must name a touchpoint of the journey", touchpointId));
    }
    String metricName = field(METRIC);
    Optional<Metric> metric = Optional.empty();
    if (metricName.isEmpty()) {
      problems.add(Violation.of(COLUMNS[METRIC], "must be given"));
    } else {
      try {
        metric = Optional.of(Metric.of(metricName));
      } catch (ValidationException e) {
        problems.add(Violation.of(COLUMNS[METRIC], e.violations().get(0).rule(), metricName));
      }
    }
    Optional<Scale> scale = Optional.empty();
    if (touchpoint != null && metric.isPresent()) {
      scale = touchpoint.touchpoint.scaleOf(metric.get());
      if (scale.isEmpty()) {
        problems.add(Violation.of(COLUMNS[METRIC], IngestionAccumulator.NO_SCALE_RULE, metricName));
      }
    }
    String valueText = field(VALUE);
    int valueFrom = record.start(header.column(VALUE));
    int valueTo = record.end(header.column(VALUE));
    if (valueText.isEmpty()) {
      problems.add(Violation.of(COLUMNS[VALUE], "must be given"));
    } else if (!FieldParser.isNumber(f, valueFrom, valueTo)) {
      problems.add(Violation.of(COLUMNS[VALUE], "must be a number", valueText));
    } else {
      double value = FieldParser.decimal(f, valueFrom, valueTo);
      if (!Double.isFinite(value)) {
        problems.add(Violation.of(COLUMNS[VALUE], "must be a finite number", value));
      } else if (scale.isPresent() && !scale.get().contains(value)) {
        problems.add(
            Violation.of(
                COLUMNS[VALUE],
                "must lie on the scale "
                    + scale.get().range()
                    + " of "
                    + metric.get()
                    + " at "
                    + touchpointId,
                value));
      }
    }
    String time = field(OBSERVED_AT);
    if (time.isEmpty()) {
      problems.add(Violation.of(COLUMNS[OBSERVED_AT], "must be given"));
    } else if (!parser.instant(
        f, record.start(header.column(OBSERVED_AT)), record.end(header.column(OBSERVED_AT)))) {
      problems.add(Violation.of(COLUMNS[OBSERVED_AT], FieldParser.INSTANT_RULE, time));
    }
    String source = field(SOURCE);
    if (source.isEmpty()) {
      problems.add(Violation.of(COLUMNS[SOURCE], "must be given"));
    } else if (sources.get(
            f, record.start(header.column(SOURCE)), record.end(header.column(SOURCE)))
        == null) {
      problems.add(
          Violation.of(
              COLUMNS[SOURCE],
              "must name a data source of the journey (of a touchpoint or a measurement)",
              source));
    }
    return problems;
  }

  private String field(int column) {
    return scanner().field(header().column(column));
  }

  private static void checkCancellation(
      CancellationCheck cancellation, IngestionAccumulator accumulator) {
    if (cancellation.isCancelled()) {
      throw new CancellationException(
          "Ingestion was cancelled after " + accumulator.read() + " observations");
    }
  }

  /** A touchpoint of the journey, with its metrics seen so far. */
  private static final class TouchpointSlot {
    final Touchpoint touchpoint;
    Pair[] pairs = new Pair[8];

    TouchpointSlot(Touchpoint touchpoint) {
      this.touchpoint = touchpoint;
    }

    Pair pair(MetricSlot metric) {
      if (metric.index >= pairs.length) {
        pairs = Arrays.copyOf(pairs, Math.max(2 * pairs.length, metric.index + 1));
      }
      Pair pair = pairs[metric.index];
      if (pair == null || pair.metric != metric.metric) {
        pair = new Pair(metric.metric, touchpoint.scaleOf(metric.metric).orElse(null));
        if (metric.index < MAX_METRICS) {
          pairs[metric.index] = pair;
        }
      }
      return pair;
    }
  }

  /** A metric name seen in the file, numbered in order of appearance. */
  private static final class MetricSlot {
    final Metric metric;
    final int index;

    MetricSlot(Metric metric, int index) {
      this.metric = metric;
      this.index = index;
    }
  }

  /** A metric at a touchpoint: its scale's bounds and, once a value is accepted, statistics. */
  private static final class Pair {
    final Metric metric;
    final Scale scale;
    final double min;
    final double max;
    RunningStatistics running;

    Pair(Metric metric, Scale scale) {
      this.metric = metric;
      this.scale = scale;
      // Without a scale nothing lies between the bounds, so every value is rejected.
      this.min = scale == null ? Double.POSITIVE_INFINITY : scale.min();
      this.max = scale == null ? Double.NEGATIVE_INFINITY : scale.max().orElse(Double.MAX_VALUE);
    }
  }
}
