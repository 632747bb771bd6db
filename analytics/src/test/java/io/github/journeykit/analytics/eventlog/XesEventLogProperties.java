package io.github.journeykit.analytics.eventlog;

import static io.github.journeykit.analytics.eventlog.FaultJourney.JOURNEY;
import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.journeykit.analytics.fixtures.SamePaths;
import io.github.journeykit.core.model.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The same log as CSV and as XES gives the same result, and any document, however broken, gives a
 * result or a {@link ValidationException}, nothing else.
 */
class XesEventLogProperties {
  private static PathResult xes(PathAnalysis analysis, byte[] document) {
    try {
      return analysis.readXes(new ByteArrayInputStream(document), "events.xes");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PathResult csv(String csv) {
    try {
      return PathAnalysis.of(JOURNEY)
          .readCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "events.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theSameLogAsCsvAndAsXesGivesTheSameResult() {
    qt(200)
        .forAll(EventLogs.LOGS, longs().all())
        .checkAssert(
            (events, seed) -> {
              PathResult fromCsv = csv(CsvEventLogProperties.csvOf(events, seed));
              PathResult fromXes =
                  xes(
                      PathAnalysis.of(JOURNEY),
                      XesLogs.of(events, seed).getBytes(StandardCharsets.UTF_8));
              assertEquals(events.size(), fromXes.accepted());
              assertEquals(0, fromXes.rejected());
              assertEquals(fromCsv.accepted(), fromXes.accepted());
              SamePaths.assertSame(
                  fromCsv.statistics().summary(Integer.MAX_VALUE),
                  fromXes.statistics().summary(Integer.MAX_VALUE));
              SamePaths.assertSame(
                  PathAnalysis.of(JOURNEY).run(events).statistics().summary(Integer.MAX_VALUE),
                  fromXes.statistics().summary(Integer.MAX_VALUE));
            });
  }

  /** A few edits of {@code seed}'s choosing: bytes cut out, doubled, changed or the end cut off. */
  private static byte[] broken(byte[] document, long seed) {
    Random random = new Random(seed);
    byte[] bytes = document;
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && bytes.length > 0; e++) {
      int at = random.nextInt(bytes.length);
      int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
      byte[] next;
      switch (random.nextInt(4)) {
        case 0:
          next = new byte[bytes.length - length];
          System.arraycopy(bytes, 0, next, 0, at);
          System.arraycopy(bytes, at + length, next, at, bytes.length - at - length);
          break;
        case 1:
          next = new byte[bytes.length + length];
          System.arraycopy(bytes, 0, next, 0, at + length);
          System.arraycopy(bytes, at, next, at + length, bytes.length - at);
          break;
        case 2:
          next = bytes.clone();
          byte[] noise = {'<', '>', '&', '"', '/', 0, (byte) 0xC3, (byte) 0xFF, '\n', 'x'};
          next[at] = noise[random.nextInt(noise.length)];
          break;
        default:
          next = Arrays.copyOf(bytes, at);
      }
      bytes = next;
    }
    return bytes;
  }

  @Test
  void aBrokenDocumentGivesAResultOrAValidationExceptionAndNothingElse() {
    qt(500)
        .forAll(EventLogs.LOGS, longs().all(), integers().between(0, 1))
        .checkAssert(
            (events, seed, strict) -> {
              byte[] document =
                  broken(XesLogs.of(events, seed).getBytes(StandardCharsets.UTF_8), seed);
              PathAnalysis analysis =
                  strict == 1 ? PathAnalysis.of(JOURNEY).strict() : PathAnalysis.of(JOURNEY);
              try {
                PathResult result = xes(analysis, document);
                assertEquals(
                    result.accepted(), result.statistics().events(), "every accepted event counts");
              } catch (ValidationException e) {
                // The documented failure for bad input.
              }
            });
  }
}
