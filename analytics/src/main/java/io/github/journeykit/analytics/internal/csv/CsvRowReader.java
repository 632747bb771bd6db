package io.github.journeykit.analytics.internal.csv;

import io.github.journeykit.analytics.internal.intake.RejectionLog;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A reader of the rows of a CSV input, whole or one part of a file: it scans the records with a
 * {@link CsvScanner}, maps the header with a {@link CsvHeader}, skips blank lines, rejects a row
 * that breaks the rules of a whole row ({@link CsvRows}) and hands every other row to {@link
 * #readRow()}. Not public API: the base of every CSV reader of the module, each of which binds a
 * row's fields to its own values; {@link #readFile} reads a file in one pass or in parts at once.
 *
 * <p>Progress is reported after each buffer, in bytes; cancellation is checked there too.
 *
 * @param <R> the reader itself
 */
public abstract class CsvRowReader<R extends CsvRowReader<R>> implements CsvParts.PartReader<R> {
  /** Makes the reader of a whole input or of one part of a file. */
  @FunctionalInterface
  public interface Readers<R> {
    /**
     * A reader.
     *
     * @param in the input
     * @param name the input's name, for rejections
     * @param total the input's size in bytes, or -1 where not known, for progress
     * @param progress told the bytes read after each buffer
     * @param cancellation whether to stop
     * @param part whether the reader reads one part of a file: a strict reading's part then keeps
     *     its first rejection and {@link #stopOnRejection() stops} there, rather than throw, since
     *     a part before it may fail first
     * @return the reader
     */
    R reader(
        InputStream in,
        String name,
        long total,
        ProgressListener progress,
        CancellationCheck cancellation,
        boolean part);
  }

  private final String name;
  private final CsvScanner scanner;
  private final ProgressListener progress;
  private final long total;
  private final Runnable checkCancellation;
  private CsvHeader header;

  /** The number of rows read (blank lines are not rows). */
  private long rows;

  /** Whether to stop reading after the first rejected row, and whether that happened. */
  private boolean stopOnRejection;

  private boolean stopped;

  /**
   * A reader of {@code in}.
   *
   * @param header the header of the format, not yet read
   * @param name the input's name, for rejections
   * @param in the input
   * @param total the input's size in bytes, or -1 where not known, for progress
   * @param progress told the bytes read after each buffer
   * @param checkCancellation throws if the reading is cancelled; run after each buffer
   * @param bufferBytes the buffer's first size, at least 4 (small ones test the buffer's edges)
   */
  protected CsvRowReader(
      CsvHeader header,
      String name,
      InputStream in,
      long total,
      ProgressListener progress,
      Runnable checkCancellation,
      int bufferBytes) {
    this.header = header;
    this.name = name;
    this.progress = progress;
    this.total = total;
    this.checkCancellation = checkCancellation;
    this.scanner =
        new CsvScanner(
            in,
            1,
            bufferBytes,
            read -> {
              progress.progressed(read, total);
              checkCancellation.run();
            });
  }

  /**
   * Reads {@code file} in {@code parts} parts at once, or in one pass for 1 (or a file of fewer
   * bytes than parts).
   *
   * @return the reader of the whole file, or of its first part, which then holds what every part
   *     read
   */
  public static <R extends CsvRowReader<R>> R readFile(
      Path file,
      long size,
      int parts,
      Readers<R> readers,
      ProgressListener progress,
      CancellationCheck cancellation)
      throws IOException {
    String name = file.toString();
    if (parts > 1 && size >= parts) {
      return new CsvParts<R>(
              file,
              size,
              (in, bytesRead, stop) ->
                  readers.reader(in, name, size, (done, all) -> bytesRead.accept(done), stop, true),
              progress,
              cancellation)
          .read(parts);
    }
    try (InputStream in = Files.newInputStream(file)) {
      R reader = readers.reader(in, name, size, progress, cancellation, false);
      reader.read();
      return reader;
    }
  }

  /** Reads the whole input. */
  public final void read() throws IOException {
    readHeader();
    readRows(Long.MAX_VALUE);
    progress.progressed(scanner.bytesRead(), total);
  }

  /** The scanner, at the row scanned last. */
  protected final CsvScanner scanner() {
    return scanner;
  }

  /** The columns of the header: of this reader's input, or of the first part's. */
  protected final CsvHeader header() {
    return header;
  }

  /** The input's name. */
  protected final String name() {
    return name;
  }

  /** The log this reader's rejections go to. */
  protected abstract RejectionLog<?> rejections();

  /**
   * Reads a row that keeps the rules of a whole row: binds its fields, then adds it and calls
   * {@link #accepted()}, or calls {@link #reject}.
   */
  protected abstract void readRow();

  /**
   * Every rule the row scanned last breaks, its columns named as in the header: asked only for a
   * row that {@link #readRow()} rejected without giving its problems, and only where the rejection
   * is kept.
   */
  protected abstract List<Violation> problems();

  /** Counts the row scanned last as accepted. */
  protected final void accepted() {
    rows++;
  }

  /**
   * Rejects the row scanned last for {@code problems}; where they are null, for the rule it breaks
   * as a whole, else for {@link #problems()}, described only if the rejection is kept.
   */
  protected final void reject(List<Violation> problems) {
    long row = rows++;
    stopped = stopOnRejection;
    RejectionLog<?> log = rejections();
    if (!log.keepsNext()) {
      log.countUnkept();
      return;
    }
    List<Violation> reasons = problems;
    if (reasons == null) {
      reasons = CsvRows.problems(scanner, header.columns());
    }
    if (reasons == null) {
      reasons = problems();
    }
    log.rejectRow(name, scanner.line(), row, scanner.rowText(), reasons);
  }

  /** Skips a byte order mark and blank lines, and maps the header's columns or throws. */
  @Override
  public final void readHeader() throws IOException {
    checkCancellation.run();
    header.read(scanner, name);
  }

  /**
   * Makes this reader read a later part of a file whose header {@code first} read: the input starts
   * at {@code origin} in the file, and lines and rows are counted from 0.
   */
  @Override
  public final void continueAfter(R first, long origin) {
    header = ((CsvRowReader<?>) first).header;
    scanner.fieldCapacity(header.capacity());
    scanner.startAt(origin);
  }

  @Override
  public final boolean skipToNextLine() throws IOException {
    return scanner.skipToNextLine();
  }

  /**
   * Reads rows until the input ends or, before reading a row, it starts at or after {@code stopAt}
   * (an offset in the file), or a row was rejected where {@link #stopOnRejection()} asks so.
   */
  @Override
  public final void readRows(long stopAt) throws IOException {
    CsvScanner record = scanner;
    while (!stopped && record.offset() < stopAt && record.next()) {
      if (record.blank()) {
        continue;
      }
      if (CsvRows.readable(record, header.columns())) {
        readRow();
      } else {
        reject(null);
      }
    }
  }

  @Override
  public final long offset() {
    return scanner.offset();
  }

  @Override
  public final long line() {
    return scanner.nextLine();
  }

  @Override
  public final long rows() {
    return rows;
  }

  @Override
  public final void rebase(long lines, long rows) {
    rejections().rebase(lines, rows);
  }

  /** Stops reading after the first rejected row: for the parts of a strict reading. */
  public final void stopOnRejection() {
    stopOnRejection = true;
  }

  @Override
  public final boolean rejectedStrictly() {
    return stopOnRejection && rejections().first().isPresent();
  }

  @Override
  public final void throwIfRejectedStrictly() {
    if (rejectedStrictly()) {
      throw RejectionLog.exception(rejections().first().get());
    }
  }
}
