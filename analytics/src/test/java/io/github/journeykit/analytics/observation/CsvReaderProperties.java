package io.github.journeykit.analytics.observation;

import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.journeykit.analytics.fixtures.Trickle;
import io.github.journeykit.analytics.internal.csv.FieldParser;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The CSV reader's fast paths agree with the JDK, and where the input's buffers and reads happen to
 * break it changes nothing.
 */
class CsvReaderProperties {
  private static final Journey JOURNEY = SampleJourneys.broadbandFault();
  private static final Map<String, Touchpoint> TOUCHPOINTS =
      JOURNEY.touchpoints().stream().collect(Collectors.toMap(Touchpoint::id, t -> t));

  /**
   * Rows good and bad, quoted and not, with both line ends and blank lines, and a quoted field
   * whose second line reads like a row of its own.
   */
  static final List<String> ROWS =
      List.of(
          "engineer,csat,4,2026-11-02T10:14:00Z,q3-pulse,r-1\n",
          "sms-confirm,nps,9,2026-11-02T10:14:00.125Z,q3-pulse,r-2\r\n",
          "call,emotion,-1.5,2026-11-02T11:14:00+01:00,q3-pulse,\n",
          "\"call\",\"emotion\",\"0.5\",2026-11-02T10:14:00Z,\"q3-pulse\",\"r \"\"3\"\"\"\n",
          "call,emotion,1,2026-11-02T10:14:00Z,q3-pulse,\"two\nlines\"\r\n",
          "call,emotion,2,2026-11-02T10:14:00Z,q3-pulse,\"a\nengineer,csat,4,2026-11-02T10:14:00Z,"
              + "q3-pulse,r-8\nb\"\n",
          "kiosk,csat,4,2026-11-02T10:14:00Z,q3-pulse,r-4\n",
          "engineer,csat,9,yesterday,q3-pulse,r-5\n",
          "engineer,csat,4\n",
          "engineer,csat,\"4\"x,2026-11-02T10:14:00Z,q3-pulse,r-6\n",
          "\n",
          "\r\n");

  static final Gen<List<String>> CSV =
      lists().of(integers().between(0, ROWS.size() - 1).map(ROWS::get)).ofSizeBetween(0, 30);

  private static IngestionResult read(String csv, int bufferBytes, long seed) {
    IngestionAccumulator accumulator =
        new IngestionAccumulator(
            TOUCHPOINTS, false, 100, false, Slicing.NONE, CancellationCheck.never());
    try {
      new CsvObservationReader(
              accumulator,
              TOUCHPOINTS,
              "p.csv",
              new Trickle(csv.getBytes(StandardCharsets.UTF_8), seed),
              -1,
              ProgressListener.none(),
              CancellationCheck.never(),
              bufferBytes)
          .read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return accumulator.finish();
  }

  /** Read at once, through the public entry point, with the usual buffer. */
  private static IngestionResult readWhole(String csv) {
    try {
      return Ingestion.against(JOURNEY)
          .lenient(100)
          .readCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "p.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void buffersAndReadsOfAnySizeGiveTheSameResult() {
    qt(300)
        .forAll(CSV, integers().between(1, 64), longs().all(), integers().between(0, 3))
        .checkAssert(
            (rows, buffer, seed, variant) -> {
              // Variants: with a byte order mark; with the last line end cut off (a CRLF keeps
              // its CR).
              String plain = CsvObservationReader.HEADER + "\n" + String.join("", rows);
              String csv = ((variant & 1) == 1 ? "\uFEFF" : "") + plain;
              if ((variant & 2) == 2 && csv.endsWith("\n")) {
                csv = csv.substring(0, csv.length() - 1);
              }
              IngestionResult whole = readWhole(csv);
              assertEquals(whole, read(csv, buffer, seed));
              long blank = rows.stream().filter(row -> row.trim().isEmpty()).count();
              assertEquals(rows.size() - blank, whole.total(), "every row accepted or rejected");
              // Neither the mark nor the last line end changes the statistics.
              assertEquals(readWhole(plain).statistics(), whole.statistics());
            });
  }

  @Test
  void decimalsAreReadAsDoubleParseDoubleReadsThem() {
    Gen<String> decimals =
        doubles()
            .any()
            .map((Function<Double, String>) d -> Double.toString(d))
            .mix(doubles().between(-1e6, 1e6).map(d -> new BigDecimal(d).toPlainString()), 30)
            .mix(doubles().between(-100, 100).map(d -> String.format(Locale.ROOT, "%.3f", d)), 30)
            .mix(integers().between(-20, 20).map(i -> Integer.toString(i)), 20)
            .mix(
                Generate.pick(
                    List.of(
                        "0",
                        "-0",
                        "+4",
                        ".5",
                        "5.",
                        "1e3",
                        "1E-3",
                        "00012",
                        "9007199254740993",
                        "123456789012345678",
                        "1234567890123456789",
                        "0.1",
                        "NaN",
                        "-Infinity")),
                20);
    qt(2000)
        .forAll(decimals)
        .checkAssert(
            text -> {
              byte[] bytes = ("x" + text + "y").getBytes(StandardCharsets.US_ASCII);
              double read = FieldParser.decimal(bytes, 1, bytes.length - 1);
              assertEquals(Double.parseDouble(text), read, text);
              assertEquals(
                  Double.doubleToLongBits(Double.parseDouble(text)),
                  Double.doubleToLongBits(read),
                  text);
            });
    for (String text : List.of("", "-", "1x", "1f", "0x10", " 4", "4 ", "1e", "--1", "1.2.3")) {
      byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
      assertEquals(false, FieldParser.isNumber(bytes, 0, bytes.length), text);
      assertEquals(true, Double.isNaN(FieldParser.decimal(bytes, 0, bytes.length)), text);
    }
  }

  @Test
  void instantsAreReadAsInstantParseReadsThem() {
    DateTimeFormatter offset = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    Gen<String> instants =
        longs()
            .between(
                Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond())
            .zip(
                integers().between(0, 999_999_999),
                integers().between(0, 3),
                (second, nano, form) -> {
                  Instant instant = Instant.ofEpochSecond(second, form == 0 ? 0 : nano);
                  switch (form) {
                    case 3:
                      return offset.format(instant.atOffset(ZoneOffset.ofHours(5)));
                    case 2:
                      // Milliseconds written out, zeros and all: 10:15:00.250Z, 10:15:00.000Z
                      return Instant.ofEpochSecond(second)
                          .toString()
                          .replace("Z", String.format(Locale.ROOT, ".%03dZ", nano % 1000));
                    default:
                      return instant.toString();
                  }
                });
    FieldParser parser = new FieldParser();
    qt(2000)
        .forAll(instants)
        .checkAssert(
            text -> {
              Instant expected = Instant.parse(text);
              byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
              assertEquals(true, parser.instant(bytes, 0, bytes.length), text);
              assertEquals(expected, Instant.ofEpochSecond(parser.second(), parser.nano()), text);
            });
    for (String text :
        List.of(
            "2026-02-29T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-11-02T24:00:00Z",
            "2026-11-02 10:15:00Z",
            "2026-11-02T10:15:00",
            "2026-11-02T10:15:00.Z",
            "2026-11-02T10:15:00.1234567890Z",
            "yesterday",
            "")) {
      byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
      boolean jdk;
      try {
        Instant.parse(text);
        jdk = true;
      } catch (java.time.format.DateTimeParseException e) {
        jdk = false;
      }
      assertEquals(jdk, parser.instant(bytes, 0, bytes.length), text);
    }
    assertEquals(
        Instant.parse("2024-02-29T23:59:59Z").getEpochSecond() / 86_400,
        FieldParser.epochDay(2024, 2, 29));
  }
}
