package io.github.journeykit.analytics.eventlog;

import static io.github.journeykit.analytics.eventlog.FaultJourney.JOURNEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.journeykit.analytics.fixtures.ReferenceCsv;
import io.github.journeykit.analytics.internal.intake.RejectionLog;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CSV event log reader on any bytes at all. Its contract: a wrong header is a {@link
 * ValidationException} and nothing else escapes; a lenient reading accounts for every data row an
 * independent reading finds, as accepted or rejected; reading in parts gives what one pass gives; a
 * strict reading throws exactly when a lenient one rejects a row, the exception of its first
 * rejection, and otherwise gives the same result. In the build the committed inputs are replayed;
 * {@code JAZZER_FUZZ=1} fuzzes (see README, "Fuzzing").
 */
class CsvEventLogFuzzTest {
  private static final PathAnalysis LENIENT = PathAnalysis.of(JOURNEY).lenient(Integer.MAX_VALUE);
  private static final PathAnalysis STRICT = PathAnalysis.of(JOURNEY).strict();

  @FuzzTest(maxDuration = "10m")
  void readsAnyBytesWithinItsContract(byte[] input) throws IOException {
    Path file = Files.createTempFile("fuzz", ".csv");
    try {
      Files.write(file, input);
      PathResult once;
      try {
        once = read(LENIENT, file, 1);
      } catch (ValidationException e) {
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(
            e.violations().stream().allMatch(v -> v.path().startsWith("header")), e.getMessage());
        // The header is read before any row: a strict reading fails on it just the same.
        assertEquals(
            e.getMessage(),
            assertThrows(ValidationException.class, () -> read(STRICT, file, 1)).getMessage());
        return;
      }
      assertEquals(ReferenceCsv.dataRows(input), once.accepted() + once.rejected());
      for (int parts = 2; parts <= 3; parts++) {
        CsvEventLogProperties.assertSameResult(once, read(LENIENT, file, parts));
      }
      for (int parts = 1; parts <= 2; parts++) {
        if (once.rejected() == 0) {
          CsvEventLogProperties.assertSameResult(once, read(STRICT, file, parts));
        } else {
          int n = parts;
          assertEquals(
              RejectionLog.exception(once.rejections().get(0)).getMessage(),
              assertThrows(ValidationException.class, () -> read(STRICT, file, n)).getMessage());
        }
      }
    } finally {
      Files.delete(file);
    }
  }

  private static PathResult read(PathAnalysis analysis, Path file, int parts) throws IOException {
    return analysis.readCsv(file, parts, ProgressListener.none(), CancellationCheck.never());
  }
}
