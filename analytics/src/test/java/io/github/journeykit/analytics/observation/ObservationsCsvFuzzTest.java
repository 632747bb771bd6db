package io.github.journeykit.analytics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.journeykit.analytics.fixtures.ReferenceCsv;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The observations reader on any bytes at all. Its contract: a wrong header is a {@link
 * ValidationException} and nothing else escapes; a lenient reading accounts for every data row an
 * independent reading finds, as accepted or rejected; reading in parts gives what one pass gives.
 * In the build the committed inputs are replayed; {@code JAZZER_FUZZ=1} fuzzes (see README,
 * "Fuzzing").
 */
class ObservationsCsvFuzzTest {
  private static final Journey JOURNEY = SampleJourneys.broadbandFault();

  @FuzzTest(maxDuration = "10m")
  void readsAnyBytesWithinItsContract(byte[] input) throws IOException {
    Ingestion ingestion = Ingestion.against(JOURNEY).lenient(Integer.MAX_VALUE);
    Path file = Files.createTempFile("fuzz", ".csv");
    try {
      Files.write(file, input);
      IngestionResult once;
      try {
        once = ingestion.readCsv(file, 1, ProgressListener.none(), CancellationCheck.never());
      } catch (ValidationException e) {
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(
            e.violations().stream().allMatch(v -> v.path().startsWith("header")), e.getMessage());
        return;
      }
      assertEquals(ReferenceCsv.dataRows(input), once.accepted() + once.rejected());
      for (int parts = 2; parts <= 3; parts++) {
        SameResults.assertSame(
            once,
            ingestion.readCsv(file, parts, ProgressListener.none(), CancellationCheck.never()));
      }
    } finally {
      Files.delete(file);
    }
  }
}
