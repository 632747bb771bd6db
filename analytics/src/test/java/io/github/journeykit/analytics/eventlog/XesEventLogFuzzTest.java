package io.github.journeykit.analytics.eventlog;

import static io.github.journeykit.analytics.eventlog.FaultJourney.JOURNEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.journeykit.analytics.fixtures.Trickle;
import io.github.journeykit.analytics.internal.intake.RejectionLog;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The XES event log reader on any bytes at all. Its contract: a document that is not XES is a
 * {@link ValidationException} naming the input, the line and the column, and nothing else escapes;
 * every accepted event is counted in the statistics; the bytes in reads of any size give what they
 * give at once; a strict reading throws exactly when a lenient one rejects an event, the exception
 * of its first rejection, and otherwise gives the same result. In the build the committed inputs
 * are replayed; {@code JAZZER_FUZZ=1} fuzzes (see README, "Fuzzing").
 */
class XesEventLogFuzzTest {
  private static final String NAME = "fuzz.xes";

  /** Where a document that is not XES fails: the input's name, its line and its column. */
  // The line alone where the parser miscounts the column (after carriage returns within a line).
  private static final Pattern PLACE = Pattern.compile(Pattern.quote(NAME) + ":\\d+(:[1-9]\\d*)?");

  /** Where a strict reading fails on a rejected event: the input's name and the event's line. */
  private static final Pattern EVENT = Pattern.compile(Pattern.quote(NAME) + ":\\d+ \\(<event> .*");

  /** The paths of the reader's verdicts on a document: what in it is out of place. */
  private static final Set<String> DOCUMENT_PATHS = Set.of("document", "root", "trace", "event");

  private static final PathAnalysis LENIENT = PathAnalysis.of(JOURNEY).lenient(Integer.MAX_VALUE);
  private static final PathAnalysis STRICT = PathAnalysis.of(JOURNEY).strict();

  @FuzzTest(maxDuration = "10m")
  void readsAnyBytesWithinItsContract(byte[] input) throws IOException {
    PathResult once;
    try {
      once = read(LENIENT, new ByteArrayInputStream(input));
    } catch (ValidationException e) {
      assertMalformed(e);
      assertEquals(
          e.getMessage(),
          assertThrows(ValidationException.class, () -> read(LENIENT, trickle(input)))
              .getMessage());
      // A strict reading stops at the first rejected event, which may come before the fault.
      ValidationException strict =
          assertThrows(ValidationException.class, () -> read(STRICT, trickle(input)));
      assertTrue(
          strict.getMessage().equals(e.getMessage()) || EVENT.matcher(strict.subject()).matches(),
          strict.getMessage());
      return;
    }
    assertEquals(once.accepted(), once.statistics().events(), "every accepted event counts");
    CsvEventLogProperties.assertSameResult(once, read(LENIENT, trickle(input)));
    if (once.rejected() == 0) {
      CsvEventLogProperties.assertSameResult(once, read(STRICT, trickle(input)));
    } else {
      assertEquals(
          RejectionLog.exception(once.rejections().get(0)).getMessage(),
          assertThrows(ValidationException.class, () -> read(STRICT, trickle(input))).getMessage());
    }
  }

  /** The reader's documented failure for a document that is not XES. */
  private static void assertMalformed(ValidationException e) {
    assertTrue(PLACE.matcher(e.subject()).matches(), e.getMessage());
    List<Violation> violations = e.violations();
    assertEquals(1, violations.size(), e.getMessage());
    assertTrue(DOCUMENT_PATHS.contains(violations.get(0).path()), e.getMessage());
  }

  /** The bytes a few at a time, as a slow network hands them out. */
  private static InputStream trickle(byte[] input) {
    return new Trickle(input, input.length);
  }

  private static PathResult read(PathAnalysis analysis, InputStream in) throws IOException {
    return analysis.readXes(in, NAME);
  }
}
