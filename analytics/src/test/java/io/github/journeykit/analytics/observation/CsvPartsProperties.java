package io.github.journeykit.analytics.observation;

import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.journeykit.analytics.internal.csv.CsvParts;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file read in parts at once gives what one pass from start to end gives, wherever the parts
 * happen to begin: inside a row, on a blank line, or inside a quoted field with line ends in it.
 */
class CsvPartsProperties {
  private static final Journey JOURNEY = SampleJourneys.broadbandFault();

  @TempDir Path dir;

  private IngestionResult inOnePass(Ingestion ingestion, String csv) {
    try {
      return ingestion.readCsv(
          new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), file().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private IngestionResult inParts(Ingestion ingestion, String csv, int parts) {
    try {
      Files.writeString(file(), csv, StandardCharsets.UTF_8);
      return ingestion.readCsv(file(), parts, ProgressListener.none(), CancellationCheck.never());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path file() {
    return dir.resolve("parts.csv");
  }

  /** The rows after a header, with a byte order mark or without the last line end if asked. */
  private static String csv(List<String> rows, int variant) {
    String csv =
        ((variant & 1) == 1 ? "\uFEFF" : "")
            + CsvObservationReader.HEADER
            + "\n"
            + String.join("", rows);
    return (variant & 2) == 2 && csv.endsWith("\n") ? csv.substring(0, csv.length() - 1) : csv;
  }

  @Test
  void anyNumberOfPartsGivesTheResultOfOnePass() {
    Ingestion ingestion = Ingestion.against(JOURNEY).lenient(100);
    qt(300)
        .forAll(CsvReaderProperties.CSV, integers().between(2, 40), integers().between(0, 3))
        .checkAssert(
            (rows, parts, variant) -> {
              String csv = csv(rows, variant);
              SameResults.assertSame(inOnePass(ingestion, csv), inParts(ingestion, csv, parts));
            });
  }

  @Test
  void aStrictReadingInPartsThrowsOnTheFirstBadRowOfTheFile() {
    Ingestion strict = Ingestion.against(JOURNEY).strict();
    qt(300)
        .forAll(CsvReaderProperties.CSV, integers().between(2, 40), integers().between(0, 3))
        .checkAssert(
            (rows, parts, variant) -> {
              String csv = csv(rows, variant);
              String onePassFailure = null;
              IngestionResult onePass = null;
              try {
                onePass = inOnePass(strict, csv);
              } catch (ValidationException e) {
                onePassFailure = e.getMessage();
              }
              String inPartsFailure = null;
              IngestionResult inParts = null;
              try {
                inParts = inParts(strict, csv, parts);
              } catch (ValidationException e) {
                inPartsFailure = e.getMessage();
              }
              assertEquals(onePassFailure, inPartsFailure);
              if (onePass != null) {
                SameResults.assertSame(onePass, inParts);
              }
            });
  }

  @Test
  void aQuotedFieldAcrossThePartsIsReadOnce() {
    // One row whose quoted field holds many lines that read like good rows; every part but the
    // first begins inside it, so only the part before can tell where the next row starts.
    StringBuilder field = new StringBuilder("\"notes");
    for (int i = 0; i < 200; i++) {
      field.append("\nengineer,csat,4,2026-11-02T10:14:00Z,q3-pulse,r-").append(i);
    }
    field.append("\"");
    String csv =
        csv(
            List.of(
                "engineer,csat,5,2026-11-02T10:14:00Z,q3-pulse," + field + "\n",
                "kiosk,csat,4,2026-11-02T10:14:00Z,q3-pulse,r-1\n"),
            0);
    Ingestion ingestion = Ingestion.against(JOURNEY);
    for (int parts = 2; parts <= 8; parts++) {
      IngestionResult result = inParts(ingestion, csv, parts);
      assertEquals(1, result.accepted());
      assertEquals(1, result.rejected());
      assertEquals(file() + ":203", result.rejections().get(0).where());
      SameResults.assertSame(inOnePass(ingestion, csv), result);
    }
  }

  @Test
  void partsStoppedByAFailureBeforeThemAreReadAgainWhenThatFailureWasNotReal() throws IOException {
    // A quoted field of bad-looking lines spans the start of the second part: read from there,
    // the second part fails at once in a strict reading and the parts after it stop early; the
    // first part's reader shows that the field is one good row, so the later parts are needed.
    StringBuilder csv = new StringBuilder(CsvObservationReader.HEADER).append('\n');
    String good = "sms-confirm,nps,9,2026-11-01T10:00:00Z,q3-pulse,r\n";
    while (csv.length() < 900_000) {
      csv.append(good);
    }
    csv.append("call,emotion,1,2026-11-02T10:14:00Z,q3-pulse,\"notes");
    while (csv.length() < 1_300_000) {
      csv.append("\nkiosk,csat,9,yesterday,nowhere,r");
    }
    csv.append("\"\n");
    while (csv.length() < 8_000_000) {
      csv.append(good);
    }
    Ingestion strict = Ingestion.against(JOURNEY).strict();
    IngestionResult onePass = inOnePass(strict, csv.toString());
    for (int parts = 6; parts <= 8; parts++) {
      SameResults.assertSame(onePass, inParts(strict, csv.toString(), parts));
    }
  }

  @Test
  void progressIsReportedOneCallAtATimeAndEndsAtTheSize() throws IOException {
    StringBuilder csv = new StringBuilder(CsvObservationReader.HEADER).append('\n');
    for (int i = 0; i < 100_000; i++) {
      csv.append("sms-confirm,nps,").append(i % 11).append(",2026-11-01T10:00:00Z,q3-pulse,r-");
      csv.append(i).append('\n');
    }
    Files.writeString(file(), csv, StandardCharsets.UTF_8);
    long size = Files.size(file());
    List<Long> reports = new ArrayList<>();
    AtomicBoolean inCall = new AtomicBoolean();
    AtomicBoolean overlapped = new AtomicBoolean();
    IngestionResult result =
        Ingestion.against(JOURNEY)
            .readCsv(
                file(),
                4,
                (done, total) -> {
                  if (!inCall.compareAndSet(false, true)) {
                    overlapped.set(true);
                  }
                  assertEquals(size, total);
                  reports.add(done);
                  inCall.set(false);
                },
                CancellationCheck.never());
    assertFalse(overlapped.get(), "two calls at once");
    assertEquals(100_000, result.accepted());
    assertEquals(size, reports.get(reports.size() - 1));
    List<Long> sorted = new ArrayList<>(reports);
    sorted.sort(null);
    assertEquals(sorted, reports);
    SameResults.assertSame(
        Ingestion.against(JOURNEY).sequential().readCsv(file()),
        Ingestion.against(JOURNEY).readCsv(file(), 4, ProgressListener.none(), () -> false));
    assertThrows(
        CancellationException.class,
        () -> Ingestion.against(JOURNEY).readCsv(file(), 4, ProgressListener.none(), () -> true));
  }

  @Test
  void largeFilesAreReadInPartsWhereThereAreProcessorsForThem() {
    boolean several = Runtime.getRuntime().availableProcessors() > 1;
    assertEquals(1, CsvParts.partsFor(CsvParts.MIN_PART_BYTES * 2 - 1));
    assertEquals(several ? 2 : 1, CsvParts.partsFor(CsvParts.MIN_PART_BYTES * 2));
    int most = CsvParts.partsFor(Long.MAX_VALUE / 2);
    assertEquals(several, most >= 4, "parts of a huge file: " + most);
    assertEquals(most, CsvParts.partsFor(Long.MAX_VALUE / 4), "at most a few parts per thread");
  }
}
