package io.github.journeykit.analytics.eventlog;

import static io.github.journeykit.analytics.eventlog.FaultJourney.JOURNEY;
import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.fixtures.SamePaths;
import io.github.journeykit.analytics.fixtures.Trickle;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * A CSV event log gives what its events give, read in one pass or in parts at once, wherever the
 * parts begin (inside a row, on a blank line, inside a quoted field with line ends in it), and
 * whatever the sizes of the buffers and of the reads.
 */
class CsvEventLogProperties {
  static final String HEADER = "case_id,activity,time,status";

  /**
   * Rows good and bad, quoted and not, with both line ends and blank lines, cases that recur across
   * the file, and a quoted field whose second line reads like a row of its own.
   */
  static final List<String> ROWS =
      List.of(
          "c1,call,2026-11-02T09:00:00Z,\n",
          "c2,visit,2026-11-02T10:00:00Z,failed\r\n",
          "c1,\"sms\",2026-11-02T11:00:00+01:00,\n",
          "\"c3\",complain,2026-11-02T09:30:00Z,\"Error\"\n",
          "c2,\"two\nlines\",2026-11-02T09:00:00.5Z,\r\n",
          "c3,\"a\nc1,call,2026-11-02T09:00:00Z,\nb\",2026-11-02T12:00:00Z,\n",
          "c4,visit,2026-11-02T09:00:00Z,COMPLETE\n",
          " ,call,2026-11-02T09:00:00Z,\n",
          "c1,visit,yesterday,maybe\n",
          "c1,visit\n",
          "c2,\"vi\"sit,2026-11-02T09:00:00Z,\n",
          "c4,parts,2300-01-01T00:00:00Z,\n",
          "\n",
          "\r\n");

  static final Gen<List<String>> FILES =
      lists().of(integers().between(0, ROWS.size() - 1).map(ROWS::get)).ofSizeBetween(0, 40);

  @TempDir Path dir;

  /** The rows after the header, with a byte order mark or without the last line end if asked. */
  static String csv(List<String> rows, int variant) {
    String csv = ((variant & 1) == 1 ? "\uFEFF" : "") + HEADER + "\n" + String.join("", rows);
    return (variant & 2) == 2 && csv.endsWith("\n") ? csv.substring(0, csv.length() - 1) : csv;
  }

  private static PathResult inOnePass(PathAnalysis analysis, String csv) {
    try {
      return analysis.readCsv(
          new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "events.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PathResult inParts(PathAnalysis analysis, String csv, int parts) {
    try {
      Path file = dir.resolve("events.csv");
      Files.writeString(file, csv, StandardCharsets.UTF_8);
      PathResult result =
          analysis.readCsv(file, parts, ProgressListener.none(), CancellationCheck.never());
      // Rejections name the file as given: here, its path.
      return PathResult.of(
          result.statistics(),
          result.accepted(),
          result.rejected(),
          result.rejections().stream()
              .map(
                  r ->
                      Rejection.<Event>ofRow(
                          "events.csv",
                          r.line().getAsLong(),
                          r.position().getAsLong(),
                          r.row().get(),
                          r.reasons()))
              .collect(Collectors.toList()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same counts and rejections exactly, and the same statistics. */
  static void assertSameResult(PathResult expected, PathResult actual) {
    assertEquals(expected.accepted(), actual.accepted());
    assertEquals(expected.rejected(), actual.rejected());
    assertEquals(expected.rejections(), actual.rejections());
    SamePaths.assertSame(
        expected.statistics().summary(Integer.MAX_VALUE),
        actual.statistics().summary(Integer.MAX_VALUE));
  }

  @Test
  void anyNumberOfPartsGivesTheResultOfOnePass() {
    PathAnalysis analysis = PathAnalysis.of(JOURNEY).lenient(100);
    qt(300)
        .forAll(FILES, integers().between(2, 40), integers().between(0, 3))
        .checkAssert(
            (rows, parts, variant) -> {
              String csv = csv(rows, variant);
              PathResult onePass = inOnePass(analysis, csv);
              long blank = rows.stream().filter(row -> row.isBlank()).count();
              assertEquals(
                  rows.size() - blank,
                  onePass.accepted() + onePass.rejected(),
                  "every row accepted or rejected");
              assertSameResult(onePass, inParts(analysis, csv, parts));
            });
  }

  @Test
  void aStrictReadingInPartsThrowsOnTheFirstBadRowOfTheFile() {
    PathAnalysis strict = PathAnalysis.of(JOURNEY).strict();
    qt(300)
        .forAll(FILES, integers().between(2, 40), integers().between(0, 3))
        .checkAssert(
            (rows, parts, variant) -> {
              String csv = csv(rows, variant);
              String onePassFailure = null;
              PathResult onePass = null;
              try {
                onePass = inOnePass(strict, csv);
              } catch (ValidationException e) {
                onePassFailure = e.getMessage();
              }
              String inPartsFailure = null;
              PathResult inParts = null;
              try {
                inParts = inParts(strict, csv, parts);
              } catch (ValidationException e) {
                inPartsFailure =
                    e.getMessage().replace(dir.resolve("events.csv").toString(), "events.csv");
              }
              assertEquals(onePassFailure, inPartsFailure);
              if (onePass != null) {
                assertSameResult(onePass, inParts);
              }
            });
  }

  @Test
  void buffersAndReadsOfAnySizeGiveTheSameResult() {
    PathAnalysis analysis = PathAnalysis.of(JOURNEY).lenient(100);
    qt(300)
        .forAll(FILES, integers().between(1, 64), longs().all(), integers().between(0, 3))
        .checkAssert(
            (rows, buffer, seed, variant) -> {
              String csv = csv(rows, variant);
              for (boolean sorted : new boolean[] {false, true}) {
                PathAnalysis a = sorted ? analysis.sortedByCase() : analysis;
                EventIntake intake = new EventIntake(a, CancellationCheck.never());
                try {
                  new CsvEventReader(
                          intake,
                          sorted,
                          "events.csv",
                          new Trickle(csv.getBytes(StandardCharsets.UTF_8), seed),
                          -1,
                          ProgressListener.none(),
                          buffer)
                      .read();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                assertSameResult(inOnePass(a, csv), intake.finish());
              }
            });
  }

  /** A field as RFC 4180 writes it: quoted if it must be, or at random. */
  private static String field(String text, Random random) {
    boolean quote =
        random.nextInt(4) == 0
            || text.contains(",")
            || text.contains("\"")
            || text.contains("\n")
            || text.contains("\r");
    return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  /** The log as CSV, its columns in an order of {@code seed}'s choosing, with either line end. */
  static String csvOf(List<Event> events, long seed) {
    Random random = new Random(seed);
    List<String> columns =
        new ArrayList<>(List.of("case_id", "activity", "time", "status", "channel", "region"));
    Collections.shuffle(columns, random);
    String lineEnd = random.nextBoolean() ? "\n" : "\r\n";
    StringBuilder csv = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
    csv.append(String.join(",", columns)).append(lineEnd);
    for (Event event : events) {
      List<String> fields = new ArrayList<>();
      for (String column : columns) {
        String text;
        switch (column) {
          case "case_id":
            text = event.caseId();
            break;
          case "activity":
            text = event.activity();
            break;
          case "time":
            text =
                random.nextBoolean()
                    ? event.time().get().toString()
                    : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        event.time().get().atOffset(ZoneOffset.ofHours(2)));
            break;
          case "status":
            text =
                event.status() == EventStatus.FAILED
                    ? (random.nextBoolean() ? "failed" : "Error")
                    : (random.nextBoolean() ? "" : "complete");
            break;
          case "channel":
            text = event.channel().orElse("");
            break;
          default:
            text = event.attributes().get(column);
        }
        fields.add(field(text, random));
      }
      csv.append(String.join(",", fields)).append(lineEnd);
    }
    return csv.toString();
  }

  @Test
  void aCsvLogGivesWhatItsEventsGive() {
    qt(200)
        .forAll(EventLogs.LOGS, longs().all())
        .checkAssert(
            (events, seed) -> {
              PathResult fromEvents = PathAnalysis.of(JOURNEY).run(events);
              PathResult fromCsv = inOnePass(PathAnalysis.of(JOURNEY), csvOf(events, seed));
              assertEquals(events.size(), fromCsv.accepted());
              assertEquals(0, fromCsv.rejected());
              SamePaths.assertSame(
                  fromEvents.statistics().summary(Integer.MAX_VALUE),
                  fromCsv.statistics().summary(Integer.MAX_VALUE));
            });
  }
}
