package io.github.journeykit.analytics.observation;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.internal.csv.ByteKeyMap;
import io.github.journeykit.analytics.internal.csv.FieldParser;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.IOException;
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
 * <p>The format is RFC 4180 in UTF-8 (a byte order mark is skipped): a header naming the columns,
 * then one row per observation; fields may be quoted, with quotes doubled inside; lines end with LF
 * or CRLF; blank lines are skipped. See {@link Ingestion#readCsv(InputStream, String)} for the
 * columns and the rules.
 *
 * <p>A reader may also read one part of a file ({@link CsvParts}): it starts where the input
 * starts, or at the line after a given offset, takes the header from the reader of the first part,
 * and stops before the first row that starts at or after a given offset. Its lines and rows are
 * then counted from 0 and rebased once the parts before it are known.
 */
final class CsvObservationReader {
  /** The header of the format, with every column in the usual order. */
  static final String HEADER = "touchpoint_id,metric,value,observed_at,source,respondent_id";

  /** The longest row read, in bytes; a longer one is rejected. */
  static final int MAX_ROW_BYTES = 1 << 20;

  /** The size of the buffer, which grows only for a row longer than it. */
  static final int BUFFER_BYTES = 1 << 18;

  private static final String[] COLUMNS = HEADER.split(",");
  private static final int TOUCHPOINT = 0;
  private static final int METRIC = 1;
  private static final int VALUE = 2;
  private static final int OBSERVED_AT = 3;
  private static final int SOURCE = 4;
  private static final int RESPONDENT = 5;

  /** At most this many distinct metric names are remembered; more are read each time. */
  private static final int MAX_METRICS = 4096;

  private static final String TIME_RULE =
      "must be an ISO-8601 instant such as 2026-11-02T10:15:00Z (a time in UTC) or"
          + " 2026-11-02T11:15:00+01:00";
  private static final String QUOTE_RULE =
      "must quote as RFC 4180 does: a quote only around a whole field, doubled inside it";

  private final IngestionAccumulator accumulator;
  private final String name;
  private final InputStream in;
  private final long total;
  private final ProgressListener progress;
  private final CancellationCheck cancellation;

  private final ByteKeyMap<TouchpointSlot> touchpoints = new ByteKeyMap<>();
  private final ByteKeyMap<MetricSlot> metrics = new ByteKeyMap<>();
  private final ByteKeyMap<DataSource> sources = new ByteKeyMap<>();
  private final FieldParser parser = new FieldParser();

  private byte[] buffer;
  private int position;
  private int limit;
  private boolean end;
  private long bytesRead;

  /** The offset in the file of the input's first byte. */
  private long origin;

  /** The line the next record starts on, and the number of rows read (blank lines are not rows). */
  private long nextLine = 1;

  private long rows;

  /** Whether to stop reading after the first rejected row, and whether that happened. */
  private boolean stopOnRejection;

  private boolean stopped;

  /** Column index of each of {@link #COLUMNS}, or -1 for an absent optional column. */
  private final int[] columnOf = new int[COLUMNS.length];

  private int columns;

  // The record scanned last: its fields are [starts[i], ends[i]) of fields; the row's text, for
  // messages, is buffer[rowStart, rowEnd).
  private byte[] fields;
  private int[] starts = new int[COLUMNS.length + 1];
  private int[] ends = new int[COLUMNS.length + 1];
  private int fieldCount;
  private int rowStart;
  private int rowEnd;
  private int linesInQuotes;
  private boolean badQuotes;
  private byte[] unquoted;

  /** The first characters of the row scanned last if it was too long, else null. */
  private String tooLong;

  CsvObservationReader(
      IngestionAccumulator accumulator,
      Map<String, Touchpoint> touchpointsById,
      String name,
      InputStream in,
      long total,
      ProgressListener progress,
      CancellationCheck cancellation) {
    this(accumulator, touchpointsById, name, in, total, progress, cancellation, BUFFER_BYTES);
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
    this.buffer = new byte[Math.max(4, bufferBytes)];
    this.accumulator = accumulator;
    this.name = name;
    this.in = in;
    this.total = total;
    this.progress = progress;
    this.cancellation = cancellation;
    for (Touchpoint touchpoint : touchpointsById.values()) {
      touchpoints.put(touchpoint.id(), new TouchpointSlot(touchpoint));
      for (DataSource source : touchpoint.dataSources()) {
        sources.put(source.id(), source);
      }
      for (Measurement measurement : touchpoint.measurements()) {
        measurement.source().ifPresent(source -> sources.put(source.id(), source));
      }
    }
  }

  /** Reads the whole input into the accumulator. */
  void read() throws IOException {
    readHeader();
    readRows(Long.MAX_VALUE);
    progress.progressed(bytesRead, total);
  }

  /** Skips a byte order mark and blank lines, and maps the header's columns or throws. */
  void readHeader() throws IOException {
    checkCancellation();
    // Enough bytes to see a byte order mark, however few each read gives.
    while (limit < 3 && !end) {
      fill();
    }
    if (limit - position >= 3
        && buffer[0] == (byte) 0xEF
        && buffer[1] == (byte) 0xBB
        && buffer[2] == (byte) 0xBF) {
      position = 3;
    }
    boolean found = false;
    while (!found && next()) {
      found = tooLong != null || !blank();
      if (!found) {
        nextLine += 1 + linesInQuotes;
      }
    }
    if (!found) {
      throw new ValidationException(
          name, List.of(Violation.of("header", "must be the first line: " + HEADER)));
    }
    header(nextLine);
    nextLine += 1 + linesInQuotes;
  }

  /**
   * Makes this reader read a later part of a file whose header {@code first} read: the input starts
   * at {@code origin} in the file, and lines and rows are counted from 0.
   */
  void continueAfter(CsvObservationReader first, long origin) {
    System.arraycopy(first.columnOf, 0, columnOf, 0, columnOf.length);
    this.columns = first.columns;
    this.origin = origin;
    this.nextLine = 0;
  }

  /** Stops reading after the first rejected row: for the parts of a strict reading. */
  void stopOnRejection() {
    stopOnRejection = true;
  }

  /**
   * Skips the input up to the end of its first line, which the reader of the part before reads.
   *
   * @return false if the input has no line end
   */
  boolean skipToNextLine() throws IOException {
    while (true) {
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          position = i + 1;
          return true;
        }
      }
      position = limit;
      if (end) {
        return false;
      }
      position = 0;
      limit = 0;
      fill();
    }
  }

  /**
   * Reads rows until the input ends or, before reading a row, it starts at or after {@code stopAt}
   * (an offset in the file), or a row was rejected where {@link #stopOnRejection()} asks so.
   */
  void readRows(long stopAt) throws IOException {
    while (!stopped && offset() < stopAt && next()) {
      if (tooLong != null) {
        rejectTooLong(nextLine, rows++);
      } else if (!blank()) {
        read(nextLine, rows++);
      }
      nextLine += 1 + linesInQuotes;
    }
  }

  /** The offset in the file of the first byte not read: where the next record starts. */
  long offset() {
    return origin + bytesRead - (limit - position);
  }

  /** The line the next record starts on: in a later part, counted from its first line as 0. */
  long line() {
    return nextLine;
  }

  /** The number of rows read. */
  long rows() {
    return rows;
  }

  private void rejectTooLong(long line, long row) {
    String text = tooLong;
    tooLong = null;
    stopped = stopOnRejection;
    if (!accumulator.keepsNextRejection()) {
      accumulator.rejectedUnkept();
      return;
    }
    accumulator.rejectRow(
        name,
        line,
        row,
        text,
        List.of(Violation.of("row", "must be at most " + MAX_ROW_BYTES + " bytes long")));
  }

  private boolean blank() {
    return fieldCount == 1 && rowEnd == rowStart;
  }

  /** Maps the header's columns, or throws naming every problem. */
  private void header(long line) {
    if (tooLong != null) {
      throw new ValidationException(
          name + ":" + line + " (" + tooLong + ")",
          List.of(Violation.of("header", "must be at most " + MAX_ROW_BYTES + " bytes long")));
    }
    Arrays.fill(columnOf, -1);
    columns = fieldCount;
    List<Violation> problems = new ArrayList<>();
    if (badQuotes) {
      problems.add(Violation.of("header", QUOTE_RULE));
    }
    for (int i = 0; i < Math.min(fieldCount, starts.length); i++) {
      String column = text(starts[i], ends[i]);
      int known = Arrays.asList(COLUMNS).indexOf(column);
      if (known < 0) {
        problems.add(
            Violation.of(
                "header[" + i + "]", "must be one of " + String.join(", ", COLUMNS), column));
      } else if (columnOf[known] >= 0) {
        problems.add(Violation.of("header[" + i + "]", "must not repeat a column", column));
      } else {
        columnOf[known] = i;
      }
    }
    if (fieldCount > starts.length) {
      problems.add(
          Violation.of("header", "must have at most " + COLUMNS.length + " columns", fieldCount));
    }
    for (int c = 0; c < RESPONDENT; c++) {
      if (columnOf[c] < 0) {
        problems.add(Violation.of("header", "must name the column " + COLUMNS[c]));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(name + ":" + line + " (" + rowText() + ")", problems);
    }
  }

  /** Checks one row and adds its value, or rejects it. The hot path: it allocates nothing. */
  private void read(long line, long row) {
    if (fieldCount != columns || badQuotes) {
      reject(line, row);
      return;
    }
    byte[] f = fields;
    TouchpointSlot touchpoint =
        touchpoints.get(f, starts[columnOf[TOUCHPOINT]], ends[columnOf[TOUCHPOINT]]);
    MetricSlot metric = metric(f, starts[columnOf[METRIC]], ends[columnOf[METRIC]]);
    int valueAt = columnOf[VALUE];
    int timeAt = columnOf[OBSERVED_AT];
    int sourceAt = columnOf[SOURCE];
    DataSource source = sources.get(f, starts[sourceAt], ends[sourceAt]);
    if (touchpoint == null
        || metric == null
        || source == null
        || !parser.instant(f, starts[timeAt], ends[timeAt])) {
      reject(line, row);
      return;
    }
    Pair pair = touchpoint.pair(metric);
    double value =
        starts[valueAt] == ends[valueAt]
            ? Double.NaN
            : FieldParser.decimal(f, starts[valueAt], ends[valueAt]);
    // Written so that NaN fails too.
    if (!(value >= pair.min && value <= pair.max)) {
      reject(line, row);
      return;
    }
    RunningStatistics running = pair.running;
    if (running == null) {
      running = accumulator.statisticsFor(touchpoint.touchpoint.id(), metric.metric, pair.scale);
      pair.running = running;
    }
    running.add(value, parser.second(), parser.nano(), source);
    accumulator.accepted();
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

  /** Rejects the row scanned last, naming every rule it breaks. */
  private void reject(long line, long row) {
    stopped = stopOnRejection;
    if (!accumulator.keepsNextRejection()) {
      accumulator.rejectedUnkept();
      return;
    }
    accumulator.rejectRow(name, line, row, rowText(), problems());
  }

  /** Every rule the row scanned last breaks, its columns named as in the header. */
  private List<Violation> problems() {
    List<Violation> problems = new ArrayList<>(2);
    if (badQuotes) {
      problems.add(Violation.of("row", QUOTE_RULE));
      return problems;
    }
    if (fieldCount != columns) {
      problems.add(
          Violation.of("row", "must have " + columns + " columns, as the header has", fieldCount));
      return problems;
    }
    byte[] f = fields;
    String touchpointId = field(TOUCHPOINT);
    TouchpointSlot touchpoint =
        touchpoints.get(f, starts[columnOf[TOUCHPOINT]], ends[columnOf[TOUCHPOINT]]);
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
    int valueFrom = starts[columnOf[VALUE]];
    int valueTo = ends[columnOf[VALUE]];
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
    } else if (!parser.instant(f, starts[columnOf[OBSERVED_AT]], ends[columnOf[OBSERVED_AT]])) {
      problems.add(Violation.of(COLUMNS[OBSERVED_AT], TIME_RULE, time));
    }
    String source = field(SOURCE);
    if (source.isEmpty()) {
      problems.add(Violation.of(COLUMNS[SOURCE], "must be given"));
    } else if (sources.get(f, starts[columnOf[SOURCE]], ends[columnOf[SOURCE]]) == null) {
      problems.add(
          Violation.of(
              COLUMNS[SOURCE],
              "must name a data source of the journey (of a touchpoint or a measurement)",
              source));
    }
    return problems;
  }

  private String field(int column) {
    int at = columnOf[column];
    return new String(fields, starts[at], ends[at] - starts[at], StandardCharsets.UTF_8);
  }

  private String text(int from, int to) {
    return new String(fields, from, to - from, StandardCharsets.UTF_8);
  }

  /** The row scanned last as it stands in the file, at most a few hundred bytes of it. */
  private String rowText() {
    int to = Math.min(rowEnd, rowStart + 4 * Rejection.ROW_SHOWN);
    return new String(buffer, rowStart, to - rowStart, StandardCharsets.UTF_8);
  }

  // Scanning: the buffer holds [position, limit) of the input not yet read.

  /** Scans the next record, reading more input as needed; false at the end of the input. */
  private boolean next() throws IOException {
    while (true) {
      if (position >= limit && end) {
        return false;
      }
      int after = scan(position);
      if (after >= 0) {
        position = after;
        return true;
      }
      if (position > 0) {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
      } else if (limit == buffer.length) {
        if (buffer.length >= MAX_ROW_BYTES) {
          skipLongRow();
          return true;
        }
        buffer = Arrays.copyOf(buffer, Math.min(2 * buffer.length, MAX_ROW_BYTES));
      }
      fill();
    }
  }

  /**
   * Scans the record at {@code start}: its fields, and where its text ends.
   *
   * @return where the next record starts, or -1 if the record may go on past the input read so far
   */
  private int scan(int start) {
    byte[] b = buffer;
    int[] from = starts;
    int[] to = ends;
    int f = 0;
    from[0] = start;
    for (int i = start; i < limit; i++) {
      byte c = b[i];
      if (c == ',') {
        if (f < to.length) {
          to[f] = i;
        }
        f++;
        if (f < from.length) {
          from[f] = i + 1;
        }
      } else if (c == '\n') {
        int last = i > start && b[i - 1] == '\r' ? i - 1 : i;
        return scanned(start, f, last, i + 1);
      } else if (c == '"') {
        return scanQuoted(start);
      }
    }
    if (!end) {
      return -1;
    }
    // The last row, without a line end; a CR there is what is left of a CRLF.
    int last = limit > start && b[limit - 1] == '\r' ? limit - 1 : limit;
    return scanned(start, f, last, limit);
  }

  private int scanned(int start, int lastField, int last, int after) {
    if (lastField < ends.length) {
      ends[lastField] = last;
    }
    fields = buffer;
    fieldCount = lastField + 1;
    rowStart = start;
    rowEnd = last;
    linesInQuotes = 0;
    badQuotes = false;
    return after;
  }

  /**
   * Scans a record with quotes, copying its fields without their quotes to a second buffer. Line
   * ends inside quotes belong to the field.
   */
  private int scanQuoted(int start) {
    byte[] b = buffer;
    if (unquoted == null || unquoted.length < b.length) {
      unquoted = new byte[b.length];
    }
    byte[] out = unquoted;
    int w = 0;
    int f = 0;
    int lines = 0;
    boolean bad = false;
    int i = start;
    starts[0] = 0;
    while (true) {
      if (i < limit && b[i] == '"') {
        // A quoted field: up to the closing quote; a doubled quote is one quote.
        i++;
        while (true) {
          if (i >= limit) {
            if (!end) {
              return -1;
            }
            bad = true;
            break;
          }
          byte c = b[i];
          if (c == '"') {
            if (i + 1 >= limit && !end) {
              return -1;
            }
            if (i + 1 < limit && b[i + 1] == '"') {
              out[w++] = '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c == '\n') {
            lines++;
          }
          out[w++] = c;
          i++;
        }
        if (i < limit && b[i] == '\r' && i + 1 >= limit && !end) {
          return -1;
        }
        if (i < limit
            && b[i] != ','
            && b[i] != '\n'
            && !(b[i] == '\r' && (i + 1 == limit || b[i + 1] == '\n'))) {
          bad = true;
        }
      }
      // Up to the end of the field: text after a closing quote or a quote inside an unquoted
      // field is against the rules, kept as it stands.
      int last = -1;
      while (true) {
        if (i >= limit) {
          if (!end) {
            return -1;
          }
          last = limit;
          // The last row, without a line end; a CR there is what is left of a CRLF.
          if (i > start && b[i - 1] == '\r' && w > 0 && out[w - 1] == '\r') {
            w--;
            last--;
          } else if (i > start && b[i - 1] == '\r') {
            last--;
          }
          break;
        }
        byte c = b[i];
        if (c == ',') {
          break;
        }
        if (c == '\n') {
          last = i > start && b[i - 1] == '\r' ? i - 1 : i;
          if (w > 0 && out[w - 1] == '\r' && b[i - 1] == '\r') {
            w--;
          }
          break;
        }
        if (c == '"') {
          bad = true;
        }
        out[w++] = c;
        i++;
      }
      if (f < ends.length) {
        ends[f] = w;
      }
      if (last >= 0) {
        fields = out;
        fieldCount = f + 1;
        rowStart = start;
        rowEnd = last;
        linesInQuotes = lines;
        badQuotes = bad;
        return i < limit ? i + 1 : limit;
      }
      i++;
      f++;
      if (f < starts.length) {
        starts[f] = w;
      }
    }
  }

  /**
   * Skips a row longer than {@link #MAX_ROW_BYTES}, which fills the whole buffer from its start, to
   * the line after it, keeping its first characters in {@link #tooLong}.
   */
  private void skipLongRow() throws IOException {
    tooLong = new String(buffer, 0, 4 * Rejection.ROW_SHOWN, StandardCharsets.UTF_8);
    linesInQuotes = 0;
    while (true) {
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          position = i + 1;
          return;
        }
      }
      position = 0;
      limit = 0;
      fill();
      if (end) {
        return;
      }
    }
  }

  /** Reads more input after {@code limit}, reporting progress and checking cancellation. */
  private void fill() throws IOException {
    if (end) {
      return;
    }
    int read = in.read(buffer, limit, buffer.length - limit);
    if (read < 0) {
      end = true;
    } else {
      limit += read;
      bytesRead += read;
      progress.progressed(bytesRead, total);
      checkCancellation();
    }
  }

  private void checkCancellation() {
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
