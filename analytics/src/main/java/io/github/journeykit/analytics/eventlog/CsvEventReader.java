package io.github.journeykit.analytics.eventlog;

import io.github.journeykit.analytics.internal.csv.ByteKeyMap;
import io.github.journeykit.analytics.internal.csv.CsvHeader;
import io.github.journeykit.analytics.internal.csv.CsvParts;
import io.github.journeykit.analytics.internal.csv.CsvRowReader;
import io.github.journeykit.analytics.internal.csv.CsvScanner;
import io.github.journeykit.analytics.internal.csv.FieldParser;
import io.github.journeykit.analytics.internal.intake.RejectionLog;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a CSV event log straight into an {@link EventIntake}, streaming: it holds one buffer of the
 * file at a time, and a good row costs no allocation (case ids and activities are looked up by
 * their bytes, times read in place; the activity map is asked once per distinct activity). Only a
 * rejected row is turned into text. The rules are the intake's, over the row's fields; the columns
 * are named as in the header.
 *
 * <p>The {@link CsvScanner} finds the records; this reader maps the header's columns and binds each
 * row's fields. Blank lines are skipped. See {@link PathAnalysis#readCsv(InputStream, String,
 * io.github.journeykit.core.progress.ProgressListener, CancellationCheck)} for the columns and the
 * rules.
 *
 * <p>Cancellation is the intake's, asked after each buffer.
 *
 * <p>A reader may also read one part of a file ({@link CsvParts}), into an intake of its own: it
 * takes the header from the reader of the first part, and its lines and rows count from 0 until
 * they are rebased once the parts before it are known. Parts are joined in file order by case id.
 */
final class CsvEventReader extends CsvRowReader<CsvEventReader> {
  /** The columns the reader knows, the required ones first; every other one is an attribute. */
  static final String[] COLUMNS = {"case_id", "activity", "time", "status", "channel"};

  private static final int CASE = 0;
  private static final int ACTIVITY = 1;
  private static final int TIME = 2;
  private static final int STATUS = 3;

  private final EventIntake intake;

  /** Whether the log is read as sorted by case: one case at a time. */
  private final boolean sorted;

  private final FieldParser parser = new FieldParser();
  private final ByteKeyMap<Integer> codes = new ByteKeyMap<>();
  private final RowFields fields = new RowFields();

  /** In a log sorted by case, the id of the open case: {@code openCase[0..openLength)}, if any. */
  private byte[] openCase = new byte[64];

  private int openLength = -1;

  CsvEventReader(
      EventIntake intake,
      boolean sorted,
      String name,
      InputStream in,
      long total,
      ProgressListener progress) {
    this(intake, sorted, name, in, total, progress, CsvScanner.BUFFER_BYTES);
  }

  /**
   * A reader whose buffer starts at {@code bufferBytes}, at least 4 (enough for a byte order mark):
   * small ones test the buffer's edges.
   */
  CsvEventReader(
      EventIntake intake,
      boolean sorted,
      String name,
      InputStream in,
      long total,
      ProgressListener progress,
      int bufferBytes) {
    super(
        new CsvHeader(COLUMNS, STATUS, true, CsvHeader.MAX_COLUMNS),
        name,
        in,
        total,
        progress,
        intake::checkCancellation,
        bufferBytes);
    this.intake = intake;
    this.sorted = sorted;
  }

  /** What this reader took in. */
  EventIntake intake() {
    return intake;
  }

  @Override
  protected RejectionLog<Event> rejections() {
    return intake.rejections();
  }

  @Override
  public void combine(CsvEventReader later) {
    intake.combine(later.intake);
  }

  /** The rules of the intake that the row read last breaks, as {@link #readRow()} found it. */
  @Override
  protected List<Violation> problems() {
    return intake.problems(fields);
  }

  /** Checks one row and adds its event, or rejects it. The hot path: it allocates nothing. */
  @Override
  protected void readRow() {
    CsvScanner record = scanner();
    CsvHeader header = header();
    byte[] f = record.bytes();
    RowFields e = fields;
    int caseAt = header.column(CASE);
    int caseFrom = record.start(caseAt);
    int caseTo = record.end(caseAt);
    e.caseBlank = FieldParser.blank(f, caseFrom, caseTo);
    int activityAt = header.column(ACTIVITY);
    int activityFrom = record.start(activityAt);
    int activityTo = record.end(activityAt);
    e.activityBlank = FieldParser.blank(f, activityFrom, activityTo);
    e.code = e.activityBlank ? 0 : code(f, activityFrom, activityTo);
    int timeAt = header.column(TIME);
    if (record.empty(timeAt)) {
      e.time = EventFields.TIME_MISSING;
    } else if (parser.instant(f, record.start(timeAt), record.end(timeAt))) {
      e.time = EventFields.TIME_GIVEN;
      e.second = parser.second();
      e.nano = parser.nano();
    } else {
      e.time = EventFields.TIME_UNREADABLE;
    }
    int statusAt = header.column(STATUS);
    int status =
        statusAt < 0
            ? EventIntake.COMPLETED
            : EventIntake.status(f, record.start(statusAt), record.end(statusAt));
    e.failed = status == EventIntake.FAILED;
    e.statusUnreadable = status == EventIntake.UNREADABLE;
    boolean opens =
        sorted
            && !e.caseBlank
            && (openLength < 0 || !Arrays.equals(f, caseFrom, caseTo, openCase, 0, openLength));
    long hash = opens ? SortedCases.hash(f, caseFrom, caseTo) : 0;
    e.caseReturns = opens && intake.caseEnded(hash);
    List<Violation> problems = intake.problems(e);
    if (problems != null) {
      reject(problems);
      return;
    }
    if (!sorted) {
      intake.add(intake.table.caseNumber(f, caseFrom, caseTo), e.code, e.nanos(), e.failed);
    } else {
      if (opens) {
        intake.beginCase(hash);
        open(f, caseFrom, caseTo);
      }
      intake.addToOpenCase(e.code, e.nanos(), e.failed);
    }
    accepted();
  }

  /**
   * The step code of the activity {@code bytes[from..to)}: the intake's, asked once per activity.
   */
  private int code(byte[] bytes, int from, int to) {
    Integer code = codes.get(bytes, from, to);
    if (code == null) {
      code = intake.code(new String(bytes, from, to - from, StandardCharsets.UTF_8));
      codes.put(bytes, from, to, code);
    }
    return code;
  }

  /** Remembers {@code bytes[from..to)} as the id of the open case. */
  private void open(byte[] bytes, int from, int to) {
    if (openCase.length < to - from) {
      openCase = new byte[Math.max(2 * openCase.length, to - from)];
    }
    System.arraycopy(bytes, from, openCase, 0, to - from);
    openLength = to - from;
  }

  /** The fields of the row scanned last, their text read from the scanner when a rule is broken. */
  private final class RowFields extends EventFields {
    RowFields() {
      super(COLUMNS[CASE], COLUMNS[ACTIVITY], COLUMNS[TIME], COLUMNS[STATUS]);
    }

    @Override
    String caseId() {
      return scanner().field(header().column(CASE));
    }

    @Override
    String activity() {
      return scanner().field(header().column(ACTIVITY));
    }

    @Override
    String timeText() {
      return scanner().field(header().column(TIME));
    }

    @Override
    String statusText() {
      return scanner().field(header().column(STATUS));
    }
  }
}
