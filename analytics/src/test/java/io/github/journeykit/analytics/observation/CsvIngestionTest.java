package io.github.journeykit.analytics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.fixtures.Answers;
import io.github.journeykit.analytics.internal.csv.CsvScanner;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading observations from CSV: the format, the rules, line numbers, and streaming. */
class CsvIngestionTest {
  private static final Journey JOURNEY = SampleJourneys.broadbandFault();

  /** The header the examples module's generator writes, and its committed sample has. */
  private static final String HEADER =
      "touchpoint_id,metric,value,observed_at,source,respondent_id";

  private static IngestionResult read(String csv) throws IOException {
    return read(Ingestion.against(JOURNEY), csv);
  }

  private static IngestionResult read(Ingestion ingestion, String csv) throws IOException {
    return ingestion.readCsv(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "observations.csv");
  }

  private static List<String> reasons(Rejection<Observation> rejection) {
    return rejection.reasons().stream().map(Violation::toString).collect(Collectors.toList());
  }

  @Test
  void theSampleFormatGivesTheStatisticsOfTheSameObservations() throws IOException {
    String csv =
        String.join(
            "\n",
            HEADER,
            "sms-confirm,nps,10,2026-11-01T10:00:00Z,q3-pulse,r-000001",
            "sms-confirm,nps,9,2026-11-01T10:01:00Z,q3-pulse,r-000002",
            "sms-confirm,nps,6,2026-11-01T10:02:00.5Z,q3-pulse,r-000003",
            "call,emotion,-1.5,2026-10-31T08:00:00Z,q3-pulse,r-000004",
            "call,wait-minutes,12.25,2026-10-31T09:00:00+01:00,call-logs,",
            "engineer,csat,4,2026-11-02T23:30:00Z,q3-pulse,r-000005",
            "");
    IngestionResult result = read(csv);
    assertEquals("IngestionResult[6 accepted, 0 rejected]", result.toString());
    // The same observations as values, through the other path, give equal statistics.
    DataSource calls =
        JOURNEY.touchpoint("call").get().latest(Metric.of("wait-minutes")).get().source().get();
    List<Observation> same = new ArrayList<>();
    same.add(obs("sms-confirm", Metric.NPS, 10, "2026-11-01T10:00:00Z", Answers.PULSE));
    same.add(obs("sms-confirm", Metric.NPS, 9, "2026-11-01T10:01:00Z", Answers.PULSE));
    same.add(obs("sms-confirm", Metric.NPS, 6, "2026-11-01T10:02:00.500Z", Answers.PULSE));
    same.add(obs("call", Metric.EMOTION, -1.5, "2026-10-31T08:00:00Z", Answers.PULSE));
    same.add(obs("call", Metric.of("wait-minutes"), 12.25, "2026-10-31T08:00:00Z", calls));
    same.add(obs("engineer", Metric.CSAT, 4, "2026-11-02T23:30:00Z", Answers.PULSE));
    assertEquals(Ingestion.against(JOURNEY).run(same).statistics(), result.statistics());
    // By hand: NPS answers 10, 9, 6: mean 25 / 3, 2 promoters, 1 detractor.
    MetricStatistics nps = result.statistics().get("sms-confirm", Metric.NPS).get();
    assertEquals(25.0 / 3, nps.mean().getAsDouble(), 1e-12);
    assertEquals(2, nps.promoters());
    assertEquals(1, nps.detractors());
    assertEquals(Instant.parse("2026-11-01T10:02:00.5Z"), nps.lastObserved().get());
    assertEquals(
        List.of(calls), result.statistics().get("call", Metric.of("wait-minutes")).get().sources());
  }

  private static Observation obs(
      String touchpoint, Metric metric, double value, String time, DataSource source) {
    return Observation.of(touchpoint, metric, value, Instant.parse(time), source);
  }

  @Test
  void badRowsAreReportedWithTheirLineAndEveryRule() throws IOException {
    // The kinds of bad row the examples generator appends to its sample, at lines 3 to 11.
    String csv =
        String.join(
            "\n",
            HEADER,
            "engineer,csat,5,2026-11-02T10:14:00Z,q3-pulse,r-000001",
            "no-such-step,csat,4,2026-11-02T10:15:00Z,q3-pulse,r-900001",
            "engineer,csat,9,2026-11-02T10:16:00Z,q3-pulse,r-900002",
            "call,emotion,NaN,2026-11-02T10:17:00Z,q3-pulse,r-900003",
            "sms-confirm,nps,,2026-11-02T10:18:00Z,q3-pulse,r-900004",
            "engineer,csat,3,yesterday,q3-pulse,r-900005",
            "call,mood,3,2026-11-02T10:19:00Z,q3-pulse,r-900006",
            "sms-confirm,ces,6,2026-11-02T10:20:00Z",
            "call,emotion,1x,2026-11-02T10:21:00Z,pulse-q9,r-900007",
            ",,,,,r-900008",
            "engineer,csat,4,2026-11-02T10:22:00Z,q3-pulse,r-000002");
    IngestionResult result = read(csv);
    assertEquals(2, result.accepted());
    assertEquals(9, result.rejected());
    List<Rejection<Observation>> rejections = result.rejections();
    assertEquals(
        List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L),
        rejections.stream().map(r -> r.line().getAsLong()).collect(Collectors.toList()));
    assertEquals(
        "observations.csv:3: no-such-step,csat,4,2026-11-02T10:15:00Z,q3-pulse,r-900001:"
            + " touchpoint_id: must name a touchpoint of the journey (was \"no-such-step\")",
        rejections.get(0).toString());
    assertEquals(OptionalLong.of(1), rejections.get(0).position());
    assertEquals(Optional.of("observations.csv"), rejections.get(0).file());
    assertEquals(Optional.empty(), rejections.get(0).item());
    assertEquals(
        List.of("value: must lie on the scale [1..5] of csat at engineer (was 9.0)"),
        reasons(rejections.get(1)));
    assertEquals(List.of("value: must be a finite number (was NaN)"), reasons(rejections.get(2)));
    assertEquals(List.of("value: must be given"), reasons(rejections.get(3)));
    assertEquals(
        List.of(
            "observed_at: must be an ISO-8601 instant such as 2026-11-02T10:15:00Z (a time in UTC)"
                + " or 2026-11-02T11:15:00+01:00 (was \"yesterday\")"),
        reasons(rejections.get(4)));
    assertEquals("metric", rejections.get(5).reasons().get(0).path());
    assertTrue(rejections.get(5).reasons().get(0).rule().startsWith("must have a scale"));
    assertEquals(
        List.of("row: must have 6 columns, as the header has (was 4)"), reasons(rejections.get(6)));
    // Every rule a row breaks is given.
    assertEquals(
        List.of(
            "value: must be a number (was \"1x\")",
            "source: must name a data source of the journey (of a touchpoint or a measurement)"
                + " (was \"pulse-q9\")"),
        reasons(rejections.get(7)));
    assertEquals(
        List.of(
            "touchpoint_id: must be given",
            "metric: must be given",
            "value: must be given",
            "observed_at: must be given",
            "source: must be given"),
        reasons(rejections.get(8)));
    assertEquals(Optional.of(",,,,,r-900008"), rejections.get(8).row());
    assertEquals(2, result.statistics().get("engineer", Metric.CSAT).get().count());
  }

  @Test
  void strictModeThrowsOnTheFirstBadRowNamingFileAndLine() {
    String csv =
        HEADER
            + "\nengineer,csat,5,2026-11-02T10:14:00Z,q3-pulse,r-1"
            + "\nengineer,csat,6,2026-11-02T10:14:00Z,q3-pulse,r-2"
            + "\nkiosk,csat,6,2026-11-02T10:14:00Z,q3-pulse,r-3\n";
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> read(Ingestion.against(JOURNEY).strict(), csv));
    assertEquals(
        "observations.csv:3 (engineer,csat,6,2026-11-02T10:14:00Z,q3-pulse,r-2) is invalid: value:"
            + " must lie on the scale [1..5] of csat at engineer (was 6.0)",
        e.getMessage());
  }

  @Test
  void quotesCrlfBomBlankLinesAndAnyColumnOrder() throws IOException {
    // Columns in another order, no respondent column, CRLF, a byte order mark, a blank line,
    // quoted fields (one with a doubled quote and a line end inside, which moves the lines on).
    String csv =
        "\uFEFFsource,observed_at,touchpoint_id,metric,value\r\n"
            + "\"q3-pulse\",2026-11-02T10:00:00Z,\"engineer\",csat,\"4\"\r\n"
            + "\r\n"
            + "q3-pulse,2026-11-02T10:01:00Z,engineer,\"cs\"\"at\",5\r\n"
            + "q3-pulse,2026-11-02T10:02:00Z,\"engi\nneer\",csat,5\r\n"
            + "q3-pulse,2026-11-02T10:03:00Z,engineer,csat,\"3\"x\r\n"
            + "q3-pulse,2026-11-02T10:04:00Z,engineer,csat,2";
    IngestionResult result = read(csv);
    assertEquals(2, result.accepted());
    List<Rejection<Observation>> rejections = result.rejections();
    assertEquals(3, rejections.size());
    assertEquals(OptionalLong.of(4), rejections.get(0).line());
    assertEquals(1, rejections.get(0).reasons().size());
    assertEquals("metric", rejections.get(0).reasons().get(0).path());
    // The doubled quote is one quote in the field: cs"at, which is not a metric key.
    assertEquals(Optional.of("\"cs\\\"at\""), rejections.get(0).reasons().get(0).value());
    assertEquals(OptionalLong.of(5), rejections.get(1).line());
    assertEquals(
        List.of("touchpoint_id: must name a touchpoint of the journey (was \"engi\\u000aneer\")"),
        reasons(rejections.get(1)));
    // The quoted field spans lines 5 and 6, so the next row is on line 7.
    assertEquals(OptionalLong.of(7), rejections.get(2).line());
    assertEquals(
        List.of(
            "row: must quote as RFC 4180 does: a quote only around a whole field, doubled inside"
                + " it"),
        reasons(rejections.get(2)));
    MetricStatistics csat = result.statistics().get("engineer", Metric.CSAT).get();
    assertEquals(3, csat.mean().getAsDouble(), 1e-12); // (4 + 2) / 2
  }

  @Test
  void aByteOrderMarkAndALastCarriageReturnAreReadOnASlowStream() throws IOException {
    // A stream that hands out one byte per read, a byte order mark, and a last row whose CRLF lost
    // its LF: the mark is not part of the first column, the CR is not part of the last.
    byte[] csv =
        ("\uFEFFtouchpoint_id,metric,value,observed_at,source\r\n"
                + "engineer,csat,4,2026-11-02T10:14:00Z,q3-pulse\r\n"
                + "engineer,csat,5,2026-11-02T10:15:00Z,\"q3-pulse\"\r\n"
                + "engineer,csat,2,2026-11-02T10:16:00Z,q3-pulse\r")
            .getBytes(StandardCharsets.UTF_8);
    InputStream slow =
        new InputStream() {
          private int at;

          @Override
          public int read() {
            return at < csv.length ? csv[at++] & 0xFF : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            int c = read();
            if (c < 0) {
              return -1;
            }
            b[off] = (byte) c;
            return 1;
          }
        };
    IngestionResult result = Ingestion.against(JOURNEY).readCsv(slow, "slow.csv");
    assertEquals("IngestionResult[3 accepted, 0 rejected]", result.toString());
    assertEquals(
        11.0 / 3,
        result.statistics().get("engineer", Metric.CSAT).get().mean().getAsDouble(),
        1e-12);
    // The same last row, quoted.
    assertEquals(
        1,
        read("touchpoint_id,metric,value,observed_at,source\n"
                + "engineer,csat,2,2026-11-02T10:16:00Z,\"q3-pulse\"\r")
            .accepted());
  }

  @Test
  void aWrongHeaderFailsTheWholeFile() {
    ValidationException missing =
        assertThrows(
            ValidationException.class, () -> read("touchpoint_id,metric,value,source\nx,y,1,z\n"));
    assertEquals(
        "observations.csv:1 (touchpoint_id,metric,value,source) is invalid: header: must name the"
            + " column observed_at",
        missing.getMessage());
    // Another column is an attribute: a misspelt observed_at is missed as itself.
    ValidationException unknown =
        assertThrows(
            ValidationException.class,
            () -> read("touchpoint_id,metric,metric,value,time,source, \n"));
    assertEquals(
        List.of(
            "header[2]: must not repeat a column (was \"metric\")",
            "header[6]: must not be blank (was \" \")",
            "header: must name the column observed_at"),
        unknown.violations().stream().map(Violation::toString).collect(Collectors.toList()));
    ValidationException empty = assertThrows(ValidationException.class, () -> read("\n\n"));
    assertEquals(
        "observations.csv is invalid: header: must be the first line: " + HEADER,
        empty.getMessage());
    assertThrows(ValidationException.class, () -> read(""));
  }

  @Test
  void aRowLongerThanTheLimitIsRejectedAndReadingGoesOn() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    csv.append("engineer,csat,5,2026-11-02T10:14:00Z,q3-pulse,");
    csv.append("r".repeat(CsvScanner.MAX_ROW_BYTES + 10)).append('\n');
    csv.append("engineer,csat,4,2026-11-02T10:14:00Z,q3-pulse,r-2\n");
    IngestionResult result = read(csv.toString());
    assertEquals(1, result.accepted());
    Rejection<Observation> rejection = result.rejections().get(0);
    assertEquals(OptionalLong.of(2), rejection.line());
    assertEquals(List.of("row: must be at most 1048576 bytes long"), reasons(rejection));
    assertTrue(rejection.row().get().startsWith("engineer,csat,5,"));
    assertTrue(rejection.row().get().endsWith("... (800+ characters)"), rejection.row().get());
  }

  /**
   * One logical row: its last field quoted, holding a line end, a well-formed observation line and
   * more than the row limit of text. Nothing inside the quotes may become a row.
   */
  private static String smuggler() {
    return HEADER
        + "\n"
        + "engineer,csat,5,2026-11-02T10:14:00Z,q3-pulse,\"r-1\n"
        + "engineer,csat,1,2026-11-02T10:15:00Z,q3-pulse,r-2\n"
        + "x".repeat(CsvScanner.MAX_ROW_BYTES + 10)
        + "\"\n";
  }

  @Test
  void aTooLongRowEndsWhereItsQuotedFieldEndsNotAtTheFirstLineEnd() throws IOException {
    IngestionResult result = read(smuggler());
    assertEquals(0, result.accepted());
    assertEquals(1, result.rejected());
    assertEquals(OptionalLong.of(2), result.rejections().get(0).line());
    assertEquals(
        List.of("row: must be at most 1048576 bytes long"), reasons(result.rejections().get(0)));
    assertEquals(0, result.statistics().observationCount());

    // The line after the long row is counted past the line ends inside its quotes.
    IngestionResult after =
        read(smuggler() + "engineer,csat,4,2026-11-02T10:14:00Z,q3-pulse,r-3\n");
    assertEquals(1, after.accepted());
    assertEquals(1, after.rejected());
  }

  @Test
  void aTooLongRowWithDoubledQuotesAndAQuoteInsideAnUnquotedFieldEndsWhereTheGrammarSays()
      throws IOException {
    // A quote inside an unquoted field opens nothing; doubled quotes stay inside a quoted field.
    String csv =
        HEADER
            + "\n"
            + "engineer,csat,5,2026-11-02T10:14:00Z,q3-pulse,r\"1,\"a \"\" b\n"
            + "engineer,csat,1,2026-11-02T10:15:00Z,q3-pulse,r-2\n"
            + "y".repeat(CsvScanner.MAX_ROW_BYTES)
            + "\"\"\n,\"\n"
            + "engineer,csat,4,2026-11-02T10:14:00Z,q3-pulse,r-3\n";
    IngestionResult result = read(csv);
    assertEquals(1, result.accepted());
    assertEquals(1, result.rejected());
  }

  @Test
  void aTooLongRowReadInPartsEndsWhereItsQuotedFieldEnds(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("smuggler.csv");
    String tail = "engineer,csat,4,2026-11-02T10:14:00Z,q3-pulse,r-3\n".repeat(1000);
    Files.writeString(file, smuggler() + tail, StandardCharsets.UTF_8);
    for (int parts : new int[] {2, 3, 7}) {
      IngestionResult result =
          Ingestion.against(JOURNEY)
              .readCsv(file, parts, ProgressListener.none(), CancellationCheck.never());
      assertEquals(1000, result.accepted(), parts + " parts");
      assertEquals(1, result.rejected(), parts + " parts");
      assertEquals(
          4, result.statistics().get("engineer", Metric.CSAT).get().mean().getAsDouble(), 0);
    }
  }

  /** Rows made on demand: the input is never whole in memory, on either side. */
  private static final class GeneratedRows extends InputStream {
    private final long rows;
    private long row = -1;
    private byte[] current = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
    private int at;
    int largestRead;

    GeneratedRows(long rows) {
      this.rows = rows;
    }

    @Override
    public int read() {
      throw new UnsupportedOperationException("read in blocks");
    }

    @Override
    public int read(byte[] b, int off, int len) {
      largestRead = Math.max(largestRead, len);
      int n = 0;
      while (n < len) {
        if (at == current.length) {
          if (++row >= rows) {
            break;
          }
          String line =
              "sms-confirm,nps," + (row % 11) + ",2026-11-01T10:00:00Z,q3-pulse,r-" + row + "\n";
          current = line.getBytes(StandardCharsets.UTF_8);
          at = 0;
        }
        int k = Math.min(len - n, current.length - at);
        System.arraycopy(current, at, b, off + n, k);
        at += k;
        n += k;
      }
      return n == 0 ? -1 : n;
    }
  }

  @Test
  void streamsWithProgressAndCancellation() throws IOException {
    GeneratedRows rows = new GeneratedRows(1_100_000); // about 64 MB
    List<Long> reports = new ArrayList<>();
    IngestionResult result =
        Ingestion.against(JOURNEY)
            .readCsv(
                rows,
                "generated.csv",
                (done, total) -> {
                  assertEquals(-1, total);
                  reports.add(done);
                },
                CancellationCheck.never());
    assertEquals(1_100_000, result.accepted());
    // It read in blocks of one buffer, never asking for the whole input.
    assertEquals(1 << 18, rows.largestRead);
    assertTrue(reports.size() > 200, "reports: " + reports.size());
    assertEquals(reports.stream().sorted().collect(Collectors.toList()), reports);
    // Answers 0-10 in turn: 100,000 of each.
    MetricStatistics nps = result.statistics().get("sms-confirm", Metric.NPS).get();
    assertEquals(200_000, nps.promoters());
    assertEquals(5.0, nps.mean().getAsDouble(), 1e-9);
    CancellationException e =
        assertThrows(
            CancellationException.class,
            () ->
                Ingestion.against(JOURNEY)
                    .readCsv(
                        new GeneratedRows(1_000_000),
                        "generated.csv",
                        (done, total) -> {},
                        () -> true));
    assertEquals("Ingestion was cancelled after 0 observations", e.getMessage());
  }

  @Test
  void aFileIsReadByPathWithItsSizeAsTotal(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("obs.csv");
    Files.writeString(
        file,
        HEADER + "\nengineer,csat,5,2026-11-02T10:14:00Z,q3-pulse,r-1\nkiosk,csat,5,x,y,z\n",
        StandardCharsets.UTF_8);
    List<long[]> reports = new ArrayList<>();
    IngestionResult result =
        Ingestion.against(JOURNEY)
            .readCsv(
                file,
                (done, total) -> reports.add(new long[] {done, total}),
                CancellationCheck.never());
    assertEquals(1, result.accepted());
    assertEquals(file + ":3", result.rejections().get(0).where());
    long size = Files.size(file);
    assertEquals(size, reports.get(reports.size() - 1)[0]);
    assertEquals(size, reports.get(reports.size() - 1)[1]);
    assertEquals(result, Ingestion.against(JOURNEY).readCsv(file));
  }

  @Test
  void severalJourneysNeedDistinctTouchpointIds() throws IOException {
    Journey bank = SampleJourneys.openAccount();
    String csv =
        HEADER
            + "\nengineer,csat,5,2026-11-02T10:14:00Z,q3-pulse,r-1"
            + "\nform,emotion,-1,2026-11-02T10:14:00Z,q3-pulse,r-2\n";
    IngestionResult both = read(Ingestion.against(List.of(JOURNEY, bank)), csv);
    assertEquals(2, both.accepted());
    ObservationStatistics broadband = both.statistics().within(JOURNEY);
    assertEquals(List.of("engineer"), List.copyOf(broadband.touchpointIds()));
    assertEquals(List.of("form"), List.copyOf(both.statistics().within(bank).touchpointIds()));
    assertEquals(broadband, broadband.within(JOURNEY));
    ValidationException e =
        assertThrows(ValidationException.class, () -> Ingestion.against(List.of(JOURNEY, JOURNEY)));
    assertEquals("journeys[1]", e.violations().get(0).path());
    assertTrue(e.violations().get(0).rule().contains("broadband-fault"), e.getMessage());
  }
}
