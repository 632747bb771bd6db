package io.github.journeykit.analytics.internal.csv;

import io.github.journeykit.analytics.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Scans the records of an RFC 4180 file out of a byte stream, holding one buffer of it at a time.
 * Not public API: the one scanner of every CSV reader of JourneyKit's analytics, which bind the
 * fields of each record to their own values.
 *
 * <p>The grammar: UTF-8 (a byte order mark is skipped by {@link #skipByteOrderMark()}); records end
 * with LF or CRLF, or at the end of the input; fields are separated by commas and may be quoted,
 * with quotes doubled inside, and a line end inside quotes belongs to the field. A quote that opens
 * no field or text after a closing quote is against the rules: such a record is scanned to where
 * the grammar ends it and marked with {@link #badQuotes()}. A record longer than {@link
 * #MAX_ROW_BYTES} is skipped, also to where the grammar ends it, and marked with {@link
 * #tooLong()}: nothing inside a quoted field ever becomes a record.
 *
 * <p>After {@link #next()}, the fields of the record are {@code bytes()[start(i), end(i))}, without
 * their quotes, for {@code i} below {@link #fieldCount()} and the capacity; the record's text as it
 * stands in the input is {@link #rowText()}.
 */
public final class CsvScanner {
  /** The longest record read, in bytes; a longer one is skipped and marked too long. */
  public static final int MAX_ROW_BYTES = 1 << 20;

  /** The size of the buffer, which grows only for a record longer than it. */
  public static final int BUFFER_BYTES = 1 << 18;

  private final InputStream in;
  private final LongConsumer afterRead;

  private byte[] buffer;
  private int position;
  private int limit;
  private boolean end;
  private long bytesRead;

  /** The offset in the file of the input's first byte. */
  private long origin;

  /** The line the next record starts on, and the line the record scanned last starts on. */
  private long nextLine = 1;

  private long line;

  // The record scanned last: its fields are [starts[i], ends[i]) of fields; its text, for
  // messages, is buffer[rowStart, rowEnd).
  private byte[] fields;
  private int[] starts;
  private int[] ends;
  private int fieldCount;
  private int rowStart;
  private int rowEnd;
  private int linesInQuotes;
  private boolean badQuotes;
  private byte[] unquoted;

  /** The first bytes of the record scanned last if it was too long, else null. */
  private String tooLong;

  /**
   * A scanner of {@code in}.
   *
   * @param in the input, read from its current position
   * @param fieldCapacity how many fields of a record are kept; more are counted only
   * @param bufferBytes the buffer's first size, at least 4 (small ones test the buffer's edges)
   * @param afterRead called with the number of bytes read so far after each read of the input (to
   *     report progress and check cancellation)
   */
  public CsvScanner(InputStream in, int fieldCapacity, int bufferBytes, LongConsumer afterRead) {
    this.in = in;
    this.afterRead = afterRead;
    this.buffer = new byte[Math.max(4, bufferBytes)];
    this.starts = new int[fieldCapacity];
    this.ends = new int[fieldCapacity];
  }

  /**
   * Keeps up to {@code capacity} fields of each record from now on: a reader that learned the
   * number of columns from the header keeps one more, to tell a record with too many.
   */
  public void fieldCapacity(int capacity) {
    if (capacity != starts.length) {
      starts = new int[capacity];
      ends = new int[capacity];
    }
  }

  /** Skips a UTF-8 byte order mark at the start of the input, if there is one. */
  public void skipByteOrderMark() throws IOException {
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
  }

  /**
   * Makes this scanner scan a later part of a file: its input starts at {@code origin} in the file,
   * and lines are counted from 0.
   */
  public void startAt(long origin) {
    this.origin = origin;
    this.nextLine = 0;
  }

  /**
   * Skips the input up to the end of its first line, which the scanner of the part before reads.
   *
   * @return false if the input has no line end
   */
  public boolean skipToNextLine() throws IOException {
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

  /** The offset in the file of the first byte not scanned: where the next record starts. */
  public long offset() {
    return origin + bytesRead - (limit - position);
  }

  /** How many bytes of the input were read so far. */
  public long bytesRead() {
    return bytesRead;
  }

  /** The line the next record starts on: in a later part, counted from its first line as 0. */
  public long nextLine() {
    return nextLine;
  }

  /**
   * Scans the next record, reading more input as needed.
   *
   * @return false at the end of the input
   */
  public boolean next() throws IOException {
    tooLong = null;
    while (true) {
      if (position >= limit && end) {
        return false;
      }
      int after = scan(position);
      if (after >= 0) {
        position = after;
        break;
      }
      if (position > 0) {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
      } else if (limit == buffer.length) {
        if (buffer.length >= MAX_ROW_BYTES) {
          skipLongRecord();
          break;
        }
        buffer = Arrays.copyOf(buffer, Math.min(2 * buffer.length, MAX_ROW_BYTES));
      }
      fill();
    }
    line = nextLine;
    nextLine += 1 + linesInQuotes;
    return true;
  }

  /** The line the record scanned last starts on: in a later part, counted from 0. */
  public long line() {
    return line;
  }

  /** Whether the record scanned last was longer than {@link #MAX_ROW_BYTES} and was skipped. */
  public boolean tooLong() {
    return tooLong != null;
  }

  /** Whether the record scanned last is an empty line. */
  public boolean blank() {
    return tooLong == null && fieldCount == 1 && rowEnd == rowStart;
  }

  /** Whether the record scanned last breaks the quoting rules. */
  public boolean badQuotes() {
    return badQuotes;
  }

  /** How many fields the record scanned last has, including those past the capacity. */
  public int fieldCount() {
    return fieldCount;
  }

  /** The bytes that hold the fields of the record scanned last. */
  public byte[] bytes() {
    return fields;
  }

  /** Where field {@code i} of the record scanned last starts in {@link #bytes()}. */
  public int start(int i) {
    return starts[i];
  }

  /** Where field {@code i} of the record scanned last ends in {@link #bytes()}. */
  public int end(int i) {
    return ends[i];
  }

  /** Whether field {@code i} of the record scanned last is empty. */
  public boolean empty(int i) {
    return starts[i] == ends[i];
  }

  /** Field {@code i} of the record scanned last, as text. */
  public String field(int i) {
    return new String(fields, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
  }

  /**
   * The record scanned last as it stands in the input, at most a few hundred bytes of it (a too
   * long one's first bytes): enough for a {@link Rejection} to show.
   */
  public String rowText() {
    if (tooLong != null) {
      return tooLong;
    }
    int to = Math.min(rowEnd, rowStart + 4 * Rejection.ROW_SHOWN);
    return new String(buffer, rowStart, to - rowStart, StandardCharsets.UTF_8);
  }

  // Scanning: the buffer holds [position, limit) of the input not yet scanned.

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
    // The last record, without a line end; a CR there is what is left of a CRLF.
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
          // The last record, without a line end; a CR there is what is left of a CRLF.
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

  // Where a record that is too long ends, by the grammar of scanQuoted: a quote opens a quoted
  // field only at the start of a field; inside one, a doubled quote stays inside and a line end
  // belongs to the field.
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  /**
   * Skips a record longer than {@link #MAX_ROW_BYTES}, which fills the whole buffer from its start,
   * to where the grammar ends it, keeping its first bytes for {@link #rowText()} and counting the
   * line ends inside its quoted fields.
   */
  private void skipLongRecord() throws IOException {
    tooLong = new String(buffer, 0, 4 * Rejection.ROW_SHOWN, StandardCharsets.UTF_8);
    fieldCount = 0;
    badQuotes = false;
    int lines = 0;
    int state = FIELD_START;
    while (true) {
      byte[] b = buffer;
      for (int i = position; i < limit; i++) {
        byte c = b[i];
        switch (state) {
          case QUOTED:
            if (c == '"') {
              state = QUOTE_IN_QUOTED;
            } else if (c == '\n') {
              lines++;
            }
            break;
          case QUOTE_IN_QUOTED:
            if (c == '"') {
              state = QUOTED;
              break;
            }
            if (c == '\n') {
              position = i + 1;
              linesInQuotes = lines;
              return;
            }
            state = c == ',' ? FIELD_START : UNQUOTED;
            break;
          default:
            if (c == '\n') {
              position = i + 1;
              linesInQuotes = lines;
              return;
            }
            if (c == ',') {
              state = FIELD_START;
            } else if (c == '"' && state == FIELD_START) {
              state = QUOTED;
            } else {
              state = UNQUOTED;
            }
        }
      }
      position = 0;
      limit = 0;
      fill();
      if (end) {
        linesInQuotes = lines;
        return;
      }
    }
  }

  /** Reads more input after {@code limit}. */
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
      afterRead.accept(bytesRead);
    }
  }
}
