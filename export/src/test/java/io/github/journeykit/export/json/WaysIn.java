package io.github.journeykit.export.json;

import io.github.journeykit.export.MapReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The ways a document comes into the reader, for tests that all of them give one answer: a string,
 * a {@code Reader} and UTF-8 bytes, each also delivered one character or byte per call.
 */
final class WaysIn {
  private WaysIn() {}

  /**
   * What each way in gives for {@code json}: the report read, or the problems found. The string
   * comes first; then a {@code Reader}, a {@code Reader} giving a character a call, the UTF-8
   * bytes, and the bytes a byte a call.
   */
  static List<Object> outcomes(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return List.of(
        outcome(() -> JourneyJson.readReport(json)),
        outcome(() -> JourneyJson.readReport(new StringReader(json))),
        outcome(() -> JourneyJson.readReport(oneCharAtATime(json))),
        outcome(() -> JourneyJson.readReport(new ByteArrayInputStream(bytes))),
        outcome(() -> JourneyJson.readReport(oneByteAtATime(bytes))));
  }

  /** The report read, or the problems of the {@link JourneyFormatException} thrown. */
  static Object outcome(Callable<MapReport> read) {
    try {
      return read.call();
    } catch (JourneyFormatException e) {
      return e.problems();
    } catch (Exception e) {
      throw new AssertionError("must throw JourneyFormatException only, threw " + e, e);
    }
  }

  /** A reader that gives at most one character a call, as some streams do. */
  static Reader oneCharAtATime(String text) {
    return new Reader() {
      private int next;

      @Override
      public int read(char[] buffer, int offset, int length) {
        if (next == text.length()) {
          return -1;
        }
        if (length == 0) {
          return 0;
        }
        buffer[offset] = text.charAt(next++);
        return 1;
      }

      @Override
      public void close() {}
    };
  }

  /** A stream that gives at most one byte a call. */
  static InputStream oneByteAtATime(byte[] bytes) {
    return new InputStream() {
      private int next;

      @Override
      public int read() {
        return next == bytes.length ? -1 : bytes[next++] & 0xFF;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
          return 0;
        }
        int b = read();
        if (b < 0) {
          return -1;
        }
        buffer[offset] = (byte) b;
        return 1;
      }
    };
  }
}
