package io.github.journeykit.export.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import io.github.journeykit.export.json.FormatProblem;
import io.github.journeykit.export.json.JourneyFormatException;
import io.github.journeykit.export.json.JourneyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One document's text as UTF-8 bytes in one array, whichever way it came in, and the lines and
 * columns of its bytes. Not public API.
 *
 * <p>Every way in ends here: a string and a {@code Reader} are encoded, an {@code InputStream} is
 * read whole and checked to be UTF-8 (a byte order mark of UTF-8 is skipped; UTF-16 and UTF-32,
 * known by their byte order marks or by the NUL bytes among the first four, are refused). The
 * parser then sees the same bytes in one array for the same characters, so that it gives the same
 * answer and the same problems at the same places however they came, and never meets the end of a
 * buffer inside a token. The array is also what lets the reader look back for the places of the
 * model's problems, found after the whole document was read.
 *
 * <p>Lines are counted as the parser counts them ({@code \n}, {@code \r} and {@code \r\n} end a
 * line); columns in UTF-16 characters, as Java counts a string's length, from 1.
 */
final class Utf8Document {
  /** A line and a column, both counted from 1; -1 where unknown. */
  record Position(int line, int column) {
    static final Position UNKNOWN = new Position(-1, -1);
  }

  private static final int CHUNK = 8192;

  /** How many bytes are read and checked at a time. */
  private static final int CHECKED = 1 << 16;

  /** Eight bytes at a time, to pass over ASCII quickly. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());

  private static final long HIGH_BITS = 0x8080808080808080L;

  private final byte[] bytes;

  /** Where the document starts in {@link #bytes}: after a byte order mark, if it has one. */
  private final int start;

  private final int end;

  private Utf8Document(byte[] bytes, int length) {
    this.bytes = bytes;
    this.end = length;
    this.start =
        length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
  }

  /**
   * The document of {@code text}.
   *
   * @throws JourneyFormatException if the text holds a lone surrogate, is too long or is in another
   *     encoding's bytes
   */
  static Utf8Document of(String text) {
    Encoding out = new Encoding(text.length());
    out.encode(CharBuffer.wrap(text), true);
    return out.finish();
  }

  /**
   * The document read from {@code in} to its end.
   *
   * @throws JourneyFormatException if the text holds a lone surrogate, is too long or is in another
   *     encoding's bytes
   * @throws IOException if {@code in} fails
   */
  static Utf8Document read(Reader in) throws IOException {
    Encoding out = new Encoding(CHUNK);
    CharBuffer chunk = CharBuffer.allocate(CHUNK);
    while (in.read(chunk) >= 0) {
      chunk.flip();
      out.encode(chunk, false);
      chunk.compact();
    }
    chunk.flip();
    out.encode(chunk, true);
    return out.finish();
  }

  /**
   * The document of the bytes of {@code in}, read to its end.
   *
   * @throws JourneyFormatException if the bytes are not UTF-8 or too many
   * @throws IOException if {@code in} fails
   */
  static Utf8Document read(InputStream in) throws IOException {
    int limit = (int) JourneyJson.MAX_DOCUMENT_LENGTH + 1;
    // Room for what the stream says it has: for bytes in memory, all of them.
    byte[] bytes = new byte[Math.max(CHUNK, Math.min(limit, in.available() + 1))];
    int length = 0;
    int checked = 0;
    for (int n; checked >= 0 && length < limit; length += n) {
      // A few pages a call, each checked while it is still in the processor's cache.
      n = in.read(bytes, length, Math.min(bytes.length - length, CHECKED));
      if (n < 0) {
        break;
      }
      checked = checkUtf8(bytes, checked, length + n);
      if (length + n == bytes.length && length + n < limit) {
        bytes = Arrays.copyOf(bytes, (int) Math.min(limit, 2L * bytes.length));
      }
    }
    Utf8Document document = new Utf8Document(bytes, length);
    document.checkLength();
    document.checkEncoding();
    if (checked < 0) {
      throw document.malformed(-checked - 1, false);
    }
    if (checked < length) {
      throw document.malformed(checked, true);
    }
    return document;
  }

  /** A parser of the document: UTF-8 only, over the one array. */
  JsonParser parser() throws IOException {
    return JsonFormat.FACTORY.createParser(bytes, start, end - start);
  }

  // ------------------------------------------------------------ positions

  /**
   * The line and column of each location the parser gave. The parser counts columns in bytes; they
   * are counted again in characters here, along each line from its start, which the parser's byte
   * offset and column give. The locations are taken in the order of their offsets, so that many on
   * one long line cost one walk along it.
   */
  Position[] positions(List<JsonLocation> locations) {
    Position[] positions = new Position[locations.size()];
    Integer[] order = new Integer[positions.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingLong(i -> offset(locations.get(i))));
    int rowStart = -1;
    int counted = -1;
    int characters = 0;
    for (int i : order) {
      JsonLocation location = locations.get(i);
      long offset = offset(location);
      if (offset < 0 || location.getColumnNr() < 1) {
        positions[i] = location == null ? Position.UNKNOWN : new Position(location.getLineNr(), -1);
        continue;
      }
      int at = (int) Math.min(end, start + offset);
      int row = Math.max(start, at - (location.getColumnNr() - 1));
      if (row != rowStart || at < counted) {
        rowStart = row;
        counted = row;
        characters = 0;
      }
      characters += characters(counted, at);
      counted = at;
      positions[i] = new Position(location.getLineNr(), characters + 1);
    }
    return positions;
  }

  private static long offset(JsonLocation location) {
    return location == null ? -1 : location.getByteOffset();
  }

  /** The line and column of the byte at {@code at}, counted from the document's start. */
  private Position positionOf(int at) {
    int line = 1;
    int rowStart = start;
    for (int i = start; i < at; i++) {
      byte b = bytes[i];
      if (b == '\n' || b == '\r') {
        if (b == '\r' && i + 1 < at && bytes[i + 1] == '\n') {
          i++;
        }
        line++;
        rowStart = i + 1;
      }
    }
    return new Position(line, characters(rowStart, at) + 1);
  }

  /**
   * The UTF-16 characters that the bytes {@code [from, to)} encode: one for each byte that begins a
   * character, and one more for each that begins a character outside the basic plane.
   */
  private int characters(int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        count += b >= 0xF0 ? 2 : 1;
      }
    }
    return count;
  }

  // --------------------------------------------------------------- checks

  private void checkLength() {
    if (end > JourneyJson.MAX_DOCUMENT_LENGTH) {
      throw tooLong();
    }
  }

  private JourneyFormatException tooLong() {
    return problem(
        (int) Math.min(end, JourneyJson.MAX_DOCUMENT_LENGTH),
        "must stay within the reader's limits: at most "
            + JourneyJson.MAX_DOCUMENT_LENGTH
            + " bytes of UTF-8",
        Optional.empty());
  }

  /** Refuses UTF-16 and UTF-32, by a byte order mark or by NUL bytes among the first four. */
  private void checkEncoding() {
    if (end - start < 2) {
      return;
    }
    int quad = 0;
    for (int i = 0; i < 4; i++) {
      // A space stands for a byte beyond the end: it completes no byte order mark.
      quad = quad << 8 | (start + i < end ? bytes[start + i] & 0xFF : ' ');
    }
    String mark = byteOrderMark(quad);
    if (mark != null) {
      throw problem(
          start,
          "must be encoded in UTF-8, not "
              + mark
              + ": it begins with the byte order mark of "
              + mark,
          Optional.of(hex(start, mark.startsWith("UTF-16") ? 2 : 4)));
    }
    String nul = end - start >= 4 ? nulPattern(quad) : null;
    if (nul != null) {
      throw problem(
          start,
          "must be encoded in UTF-8, not "
              + nul
              + ": the NUL bytes among its first four are those of "
              + nul,
          Optional.of(hex(start, 4)));
    }
  }

  private static String byteOrderMark(int quad) {
    switch (quad) {
      case 0x0000FEFF:
        return "UTF-32BE";
      case 0xFFFE0000:
        return "UTF-32LE";
      case 0x0000FFFE:
        return "UCS-4 in byte order 2143";
      case 0xFEFF0000:
        return "UCS-4 in byte order 3412";
      default:
        break;
    }
    switch (quad >>> 16) {
      case 0xFEFF:
        return "UTF-16BE";
      case 0xFFFE:
        return "UTF-16LE";
      default:
        return null;
    }
  }

  /**
   * The encoding whose text has these NUL bytes among its first four when it begins with characters
   * below U+0100, as every JSON document does (RFC 4627, section 3).
   */
  private static String nulPattern(int quad) {
    int nul = 0;
    for (int i = 0; i < 4; i++) {
      if ((quad >>> (24 - 8 * i) & 0xFF) == 0) {
        nul |= 8 >>> i;
      }
    }
    switch (nul) {
      case 0b1110:
        return "UTF-32BE";
      case 0b0111:
        return "UTF-32LE";
      case 0b1010:
        return "UTF-16BE";
      case 0b0101:
        return "UTF-16LE";
      default:
        return null;
    }
  }

  /**
   * Checks that {@code bytes[from, to)} are well-formed UTF-8 (RFC 3629): no overlong forms, no
   * surrogates, nothing above U+10FFFF.
   *
   * @return {@code to}; or, if the bytes end inside a character, where that character begins; or,
   *     if they hold a malformed one at {@code i}, {@code -i - 1}
   */
  private static int checkUtf8(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      if (i + 32 <= to
          && (((long) LONGS.get(bytes, i)
                      | (long) LONGS.get(bytes, i + 8)
                      | (long) LONGS.get(bytes, i + 16)
                      | (long) LONGS.get(bytes, i + 24))
                  & HIGH_BITS)
              == 0) {
        i += 32;
        continue;
      }
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length = length(b);
      if (length == 0) {
        return -i - 1;
      }
      for (int k = 1; k < length; k++) {
        if (i + k == to) {
          return i;
        }
        if (!continues(b, k, bytes[i + k] & 0xFF)) {
          return -i - 1;
        }
      }
      i += length;
    }
    return i;
  }

  /** The length of the character that {@code b} begins, or 0 if no character begins so. */
  private static int length(int b) {
    return b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
  }

  /** Whether {@code next} may be the {@code k}th byte of a character that {@code b} begins. */
  private static boolean continues(int b, int k, int next) {
    int low = k > 1 ? 0x80 : b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
    int high = k > 1 ? 0xBF : b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
    return next >= low && next <= high;
  }

  /** The problem of bytes that are not UTF-8 from {@code at}, or that {@code cut} a character. */
  private JourneyFormatException malformed(int at, boolean cut) {
    return problem(
        at,
        "must be encoded in UTF-8: the bytes from offset "
            + (at - start)
            + (cut ? " end the document inside a character" : " are not a character of UTF-8"),
        Optional.of(hex(at, Math.max(1, length(bytes[at] & 0xFF)))));
  }

  /** Up to {@code count} bytes from {@code at}, as {@code 0xC3 0x28}. */
  private String hex(int at, int count) {
    StringBuilder hex = new StringBuilder();
    for (int i = at; i < Math.min(end, at + count); i++) {
      hex.append(hex.length() == 0 ? "" : " ")
          .append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
    }
    return hex.toString();
  }

  /** A problem of the whole document at byte {@code at}. */
  private JourneyFormatException problem(int at, String rule, Optional<String> value) {
    Position position = positionOf(at);
    return new JourneyFormatException(
        List.of(FormatProblem.of("", position.line(), position.column(), rule, value)));
  }

  // ------------------------------------------------------------- encoding

  /** Text encoded as UTF-8 into a growing array; a lone surrogate or the length limit stops it. */
  private static final class Encoding {
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    private ByteBuffer out;

    /** An encoding into an array first sized for {@code expected} bytes. */
    Encoding(int expected) {
      long size = Math.min(expected + 16L, JourneyJson.MAX_DOCUMENT_LENGTH + 8);
      out = ByteBuffer.allocate((int) size);
    }

    void encode(CharBuffer text, boolean last) {
      while (true) {
        CoderResult result = encoder.encode(text, out, last);
        if (result.isOverflow()) {
          grow();
        } else if (result.isError()) {
          throw document()
              .problem(
                  out.position(),
                  "must be well-formed text: a surrogate character must be one of a pair",
                  Optional.of(String.format(Locale.ROOT, "\\u%04X", (int) text.get())));
        } else {
          break;
        }
      }
      while (last && encoder.flush(out).isOverflow()) {
        grow();
      }
    }

    private void grow() {
      if (out.capacity() > JourneyJson.MAX_DOCUMENT_LENGTH) {
        throw document().tooLong();
      }
      ByteBuffer bigger =
          ByteBuffer.allocate(
              (int) Math.min((long) out.capacity() * 2, JourneyJson.MAX_DOCUMENT_LENGTH + 8));
      out.flip();
      out = bigger.put(out);
    }

    private Utf8Document document() {
      return new Utf8Document(out.array(), out.position());
    }

    Utf8Document finish() {
      Utf8Document document = document();
      document.checkLength();
      document.checkEncoding();
      return document;
    }
  }
}
