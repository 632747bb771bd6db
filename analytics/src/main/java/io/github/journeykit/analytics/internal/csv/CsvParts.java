package io.github.journeykit.analytics.internal.csv;

import static java.util.stream.Collectors.toList;

import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * Reads a CSV file in parts at once, on the calling thread and the common {@link ForkJoinPool},
 * into the result one reading from start to end would give: the same counts, the same rejections
 * with the same lines and positions, the same statistics (means and variances merged, so they may
 * differ from one pass in the last digits). The parts are fixed by the file's size and the number
 * of threads the pool has, so on one machine a file gives the same result every time. Not public
 * API: every CSV reader of the module reads large files through it.
 *
 * <p>Part {@code i} covers the bytes from {@code size * i / parts}: its reader starts at the line
 * after that offset, and reads rows up to the first that starts at or after the next part's offset,
 * so each part ends where the next begins. That holds unless a quoted field with a line end in it
 * spans the offset, which the reader of the part before sees: its last row then ends past where the
 * next part began, and that part is read again from there, on the calling thread. A part that
 * stopped early because a part before it failed is read again in the same way if it is needed.
 *
 * @param <R> the reader of one part, which holds what it read
 */
public final class CsvParts<R extends CsvParts.PartReader<R>> {
  /** Files are split into parts of at least this many bytes. */
  public static final long MIN_PART_BYTES = 8L << 20;

  /** How many parts each thread gets, so that a thread that is held up holds up less. */
  private static final int PARTS_PER_THREAD = 4;

  /** A reader of one part of a file, and what it read. */
  public interface PartReader<R> {
    /** Reads the header: the first part's reader only, before the parts are read. */
    void readHeader() throws IOException;

    /**
     * Makes this reader read a later part, whose input starts at {@code origin} in the file, with
     * the columns {@code first} read from the header; its lines and rows count from 0.
     */
    void continueAfter(R first, long origin);

    /**
     * Skips the input up to the end of its first line.
     *
     * @return false if the input has no line end
     */
    boolean skipToNextLine() throws IOException;

    /** Reads rows until the input ends or the next row starts at or after {@code stopAt}. */
    void readRows(long stopAt) throws IOException;

    /** Where the next record starts, in the file. */
    long offset();

    /** The line the next record starts on, counted from the part's start. */
    long line();

    /** The rows read. */
    long rows();

    /** Moves what this part kept (rejections' lines and positions) on by the parts before it. */
    void rebase(long lines, long rows);

    /** Adds what {@code later}, the reader of the next part, read. */
    void combine(R later);

    /** Throws the failure of a strict reading if a row was rejected so far. */
    void throwIfRejectedStrictly();

    /** Whether a strict reading rejected a row in this part. */
    boolean rejectedStrictly();
  }

  /** Makes the reader of one part. */
  @FunctionalInterface
  public interface Readers<R> {
    /**
     * A reader of one part.
     *
     * @param in the part's input
     * @param bytesRead to call with the bytes the part read so far after each read
     * @param cancellation whether to stop: the user's check, or a part before failed
     * @return the reader
     */
    R reader(InputStream in, LongConsumer bytesRead, CancellationCheck cancellation);
  }

  private final Path file;
  private final long size;
  private final Readers<R> readers;
  private final ProgressListener progress;
  private final CancellationCheck cancellation;

  /** The first part that failed; later parts stop reading, since their rows will not be used. */
  private final AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);

  /** The reader of the first part, which read the header. */
  private R header;

  private long reported;

  /**
   * Parts of {@code file}.
   *
   * @param file the file
   * @param size its size
   * @param readers makes the reader of each part
   * @param progress told the bytes read of all parts, one call at a time
   * @param cancellation the user's check
   */
  public CsvParts(
      Path file,
      long size,
      Readers<R> readers,
      ProgressListener progress,
      CancellationCheck cancellation) {
    this.file = file;
    this.size = size;
    this.readers = readers;
    this.progress = progress;
    this.cancellation = cancellation;
  }

  /** How many parts to read a file of {@code size} bytes in: 1 to read it in one pass. */
  public static int partsFor(long size) {
    // The pool's parallelism is at least 1 even on one processor, where parts would only take
    // turns on it.
    int threads =
        Math.min(
            Runtime.getRuntime().availableProcessors(),
            ForkJoinPool.getCommonPoolParallelism() + 1);
    if (threads < 2) {
      return 1;
    }
    return (int) Math.max(1, Math.min((long) threads * PARTS_PER_THREAD, size / MIN_PART_BYTES));
  }

  /**
   * Reads the file in {@code parts} parts, at least 2.
   *
   * @return the first part's reader, holding what every part read
   */
  public R read(int parts) throws IOException {
    long[] from = new long[parts + 1];
    for (int i = 0; i <= parts; i++) {
      from[i] = size * i / parts;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      // The header is read first, here, so that a wrong one fails at once.
      Part first = new Part(0, 0, from[1], true);
      first.reader = first.reader(Channels.newInputStream(channel));
      first.reader.readHeader();
      header = first.reader;
      List<Part> all = new ArrayList<>(parts);
      all.add(first);
      for (int i = 1; i < parts; i++) {
        all.add(new Part(i, from[i] - 1, i + 1 < parts ? from[i + 1] : Long.MAX_VALUE, true));
      }
      ForkJoinTask.invokeAll(all.stream().map(ForkJoinTask::adapt).collect(toList()));
      return merge(all);
    }
  }

  /** Adds up the parts in order, checking that each begins where the one before ended. */
  private R merge(List<Part> parts) throws IOException {
    R result = parts.get(0).reader;
    long lines = 0;
    long rows = 0;
    long next = 0;
    for (Part part : parts) {
      if (part.index > 0 && (part.start != next || part.abandoned)) {
        // Read the part again from where the part before ended, here.
        part = new Part(part.index, next, part.stop, false);
        part.run();
      }
      part.rethrow();
      if (part.index > 0) {
        part.reader.rebase(lines, rows);
        result.combine(part.reader);
      }
      result.throwIfRejectedStrictly();
      lines += part.reader.line();
      rows += part.reader.rows();
      next = part.reader.offset();
      if (part.stop == Long.MAX_VALUE) {
        break;
      }
    }
    synchronized (this) {
      progress.progressed(size, size);
    }
    return result;
  }

  /** Adds bytes a part read to the progress, reporting the total so far, one call at a time. */
  private synchronized void read(long bytes) {
    reported += bytes;
    progress.progressed(Math.min(reported, size), size);
  }

  /** One part: where its input starts, where it stops, and what it read or how it failed. */
  private final class Part implements Runnable {
    final int index;

    /**
     * Where the input starts: the first part at 0, a later part a byte before its nominal start
     * (its first record starts after the first line end from there), a part read again where the
     * part before ended.
     */
    final long origin;

    final long stop;

    /** Whether the part stops early once a part before it failed; a part read again does not. */
    final boolean speculative;

    R reader;

    /** Where the part's first record starts, once read. */
    long start;

    Exception failure;

    /** Whether the part stopped early because a part before it failed. */
    boolean abandoned;

    private long bytesSeen;

    Part(int index, long origin, long stop, boolean speculative) {
      this.index = index;
      this.origin = origin;
      this.start = origin;
      this.stop = stop;
      this.speculative = speculative;
    }

    private boolean cancelled() {
      if (speculative && firstFailed.get() < index) {
        abandoned = true;
      }
      return abandoned || cancellation.isCancelled();
    }

    R reader(InputStream in) {
      return readers.reader(
          in,
          done -> {
            read(done - bytesSeen);
            bytesSeen = done;
          },
          this::cancelled);
    }

    @Override
    public void run() {
      try {
        if (index == 0) {
          reader.readRows(stop);
        } else {
          readLaterPart();
        }
      } catch (IOException | RuntimeException e) {
        failure = e;
      }
      if (failure != null || (reader != null && reader.rejectedStrictly())) {
        firstFailed.accumulateAndGet(index, Math::min);
      }
    }

    private void readLaterPart() throws IOException {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        channel.position(origin);
        reader = reader(Channels.newInputStream(channel));
        reader.continueAfter(header, origin);
        if (speculative && !reader.skipToNextLine()) {
          start = size;
          return;
        }
        start = reader.offset();
        reader.readRows(stop);
      }
    }

    void rethrow() throws IOException {
      if (failure instanceof IOException) {
        throw (IOException) failure;
      }
      if (failure instanceof RuntimeException) {
        throw (RuntimeException) failure;
      }
    }
  }
}
