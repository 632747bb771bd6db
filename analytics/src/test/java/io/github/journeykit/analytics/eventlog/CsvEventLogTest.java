package io.github.journeykit.analytics.eventlog;

import static io.github.journeykit.analytics.eventlog.FaultJourney.JOURNEY;
import static io.github.journeykit.analytics.eventlog.FaultJourney.reasons;
import static io.github.journeykit.analytics.eventlog.FaultJourney.sevenCases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.path.TouchpointUse;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Worked examples of reading a CSV event log: its header, its rows, and what each rule says. */
class CsvEventLogTest {
  private static final String INSTANT_RULE =
      "must be an ISO-8601 instant such as 2026-11-02T10:15:00Z (a time in UTC) or"
          + " 2026-11-02T11:15:00+01:00";

  @TempDir Path dir;

  static PathResult read(PathAnalysis analysis, String csv) throws IOException {
    return analysis.readCsv(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "events.csv");
  }

  /** The seven cases of the worked examples as CSV, with a header in another order. */
  static String sevenCasesCsv(String lineEnd) {
    StringBuilder csv = new StringBuilder("time,activity,region,case_id,status,channel" + lineEnd);
    for (Event event : sevenCases()) {
      csv.append(event.time().get())
          .append(',')
          .append(event.activity())
          .append(",\"north, \"\"upper\"\"\nvalley\",")
          .append(event.caseId())
          .append(',')
          .append(event.status() == EventStatus.FAILED ? "failed" : "")
          .append(",web")
          .append(lineEnd);
    }
    return csv.toString();
  }

  @Test
  void aLogReadFromCsvGivesWhatItsEventsGive() throws IOException {
    PathResult events = PathAnalysis.of(JOURNEY).run(sevenCases());
    for (String csv :
        List.of(
            sevenCasesCsv("\n"),
            "\uFEFF" + sevenCasesCsv("\r\n"),
            "\n\r\n" + sevenCasesCsv("\n").replace("\n2026", "\n\n2026"))) {
      PathResult result = read(PathAnalysis.of(JOURNEY), csv);
      assertEquals(21, result.accepted());
      assertEquals(0, result.rejected());
      assertEquals(events.statistics().summary(), result.statistics().summary());
    }
    // Sorted by case, the same log gives the same, holding a case at a time.
    assertEquals(
        events.statistics().summary(),
        read(PathAnalysis.of(JOURNEY).sortedByCase(), sevenCasesCsv("\n")).statistics().summary());
  }

  @Test
  void aWrongHeaderFailsTheWholeFileNamingEveryProblem() {
    ValidationException wrong =
        assertThrows(
            ValidationException.class,
            () ->
                read(
                    PathAnalysis.of(JOURNEY),
                    "activity,case_id,,activity,region,region, \nc1,call,x,y,z,w,v\n"));
    assertEquals(
        "events.csv:1 (activity,case_id,,activity,region,region, ) is invalid (5 problems):\n"
            + "  - header[2]: must not be blank (was \"\")\n"
            + "  - header[3]: must not repeat a column (was \"activity\")\n"
            + "  - header[5]: must not repeat a column (was \"region\")\n"
            + "  - header[6]: must not be blank (was \" \")\n"
            + "  - header: must name the column time",
        wrong.getMessage());
    ValidationException late =
        assertThrows(
            ValidationException.class,
            () -> read(PathAnalysis.of(JOURNEY), "\uFEFF\n\r\ncase_id,activity\n"));
    assertEquals(
        "events.csv:3 (case_id,activity) is invalid: header: must name the column time",
        late.getMessage());
    ValidationException none =
        assertThrows(ValidationException.class, () -> read(PathAnalysis.of(JOURNEY), "\n\n"));
    assertEquals(
        "events.csv is invalid: header: must be the first line:"
            + " case_id,activity,time,status,channel",
        none.getMessage());
    ValidationException quoted =
        assertThrows(
            ValidationException.class,
            () -> read(PathAnalysis.of(JOURNEY), "case_id,act\"ivity,time\n"));
    assertEquals(
        List.of(
            "header: must quote as RFC 4180 does: a quote only around a whole field, doubled"
                + " inside it",
            "header: must name the column activity"),
        quoted.violations().stream().map(Violation::toString).collect(Collectors.toList()));
  }

  @Test
  void aBadRowIsRejectedWithEveryRuleItBreaksInTheWordsOfTheEventRules() throws IOException {
    String csv =
        "case_id,activity,time,status\n"
            + "c1,call,2026-11-02T09:00:00Z,\n"
            + " ,call,2026-11-02T09:00:00Z,\n"
            + "c1,,2026-11-02T09:00:00Z,\n"
            + "c1,visit,,\n"
            + "c1,visit,yesterday,\n"
            + "c1,visit,2300-01-01T00:00:00Z,\n"
            + "c1,visit,2026-11-02T10:00:00+01:00,done\n"
            + ",\"\",soon,maybe\n"
            + "c1,visit,2026-11-02T10:00:00Z\n"
            + "c1,\"vi\"sit,2026-11-02T10:00:00Z,\n"
            + "c1,kiosk visit,2026-11-02T10:00:00Z,complete\n"
            + "c1,\"sms\",\"2026-11-02T11:00:00Z\",\"COMPLETE\"\n";
    PathAnalysis analysis =
        PathAnalysis.of(JOURNEY)
            .activities(ActivityMap.byTouchpointId().with("kiosk visit", "call"));
    PathResult mapped = read(analysis, csv);
    assertEquals(3, mapped.accepted());
    PathResult result =
        read(
            PathAnalysis.of(JOURNEY)
                .activities(
                    ActivityMap.of(
                        a -> a.equals("kiosk visit") ? Optional.of("kiosk") : Optional.empty())),
            csv);
    assertEquals(2, result.accepted());
    assertEquals(10, result.rejected());
    List<Rejection<Event>> rejections = result.rejections();
    assertEquals(
        List.of(
            "events.csv:3",
            "events.csv:4",
            "events.csv:5",
            "events.csv:6",
            "events.csv:7",
            "events.csv:8",
            "events.csv:9",
            "events.csv:10",
            "events.csv:11",
            "events.csv:12"),
        rejections.stream().map(Rejection::where).collect(Collectors.toList()));
    assertEquals(
        "events.csv:3:  ,call,2026-11-02T09:00:00Z,: case_id: must not be blank (was \" \")",
        rejections.get(0).toString());
    assertEquals(List.of("activity: must not be blank (was \"\")"), reasons(rejections.get(1)));
    assertEquals(List.of("time: must be given"), reasons(rejections.get(2)));
    assertEquals(
        List.of("time: " + INSTANT_RULE + " (was \"yesterday\")"), reasons(rejections.get(3)));
    assertEquals(
        List.of(
            "time: must lie between 1700-01-01T00:00:00Z and 2200-01-01T00:00:00Z (was"
                + " 2300-01-01T00:00:00Z)"),
        reasons(rejections.get(4)));
    String statusRule =
        "status: must be one of completed, complete, failed, failure, error (in any case), or"
            + " empty for completed";
    assertEquals(List.of(statusRule + " (was \"done\")"), reasons(rejections.get(5)));
    assertEquals(
        List.of(
            "case_id: must not be blank (was \"\")",
            "activity: must not be blank (was \"\")",
            "time: " + INSTANT_RULE + " (was \"soon\")",
            statusRule + " (was \"maybe\")"),
        reasons(rejections.get(6)));
    assertEquals(Optional.of(",\"\",soon,maybe"), rejections.get(6).row());
    assertEquals(
        List.of("row: must have 4 columns, as the header has (was 3)"), reasons(rejections.get(7)));
    assertEquals(
        List.of(
            "row: must quote as RFC 4180 does: a quote only around a whole field, doubled inside"
                + " it"),
        reasons(rejections.get(8)));
    assertEquals(
        List.of(
            "activity: must map to a touchpoint of journey \"fault\"; the activity map names"
                + " \"kiosk\" (was \"kiosk visit\")"),
        reasons(rejections.get(9)));
    // Positions count the rows after the header, from 0.
    assertEquals(1, rejections.get(0).position().getAsLong());
    assertEquals(10, rejections.get(9).position().getAsLong());

    // The same events as values break the same rules, named as the Event names its fields.
    PathResult values =
        PathAnalysis.of(JOURNEY)
            .run(
                List.of(
                    Event.builder().caseId("").activity("").build(),
                    Event.of("c1", "visit", Instant.parse("2300-01-01T00:00:00Z"))));
    assertEquals(
        List.of(
            "caseId: must not be blank (was \"\")",
            "activity: must not be blank (was \"\")",
            "time: must be given"),
        reasons(values.rejections().get(0)));
    assertEquals(reasons(rejections.get(4)).get(0), reasons(values.rejections().get(1)).get(0));
  }

  @Test
  void strictThrowsOnTheFirstBadRowAndLenientKeepsTheFirstFew() throws IOException {
    String csv =
        "case_id,activity,time\n"
            + "c1,call,2026-11-02T09:00:00Z\n"
            + "c1,visit,later\n"
            + ",sms,2026-11-02T11:00:00Z\n"
            + "c2,,2026-11-02T11:00:00Z\n";
    ValidationException strict =
        assertThrows(ValidationException.class, () -> read(PathAnalysis.of(JOURNEY).strict(), csv));
    assertEquals(
        "events.csv:3 (c1,visit,later) is invalid: time: " + INSTANT_RULE + " (was \"later\")",
        strict.getMessage());
    PathResult lenient = read(PathAnalysis.of(JOURNEY).lenient(2), csv);
    assertEquals(1, lenient.accepted());
    assertEquals(3, lenient.rejected());
    assertEquals(
        List.of("events.csv:3", "events.csv:4"),
        lenient.rejections().stream().map(Rejection::where).collect(Collectors.toList()));
    assertEquals(0, read(PathAnalysis.of(JOURNEY).lenient(0), csv).rejections().size());
  }

  @Test
  void strictShowsALongRowCutAsALenientReadingKeepsIt() throws IOException {
    String row = "c1,visit," + "x".repeat(Rejection.ROW_SHOWN);
    String csv = "case_id,activity,time\nc1,call,2026-11-02T09:00:00Z\n" + row + "\n";
    Path file = dir.resolve("events.csv");
    Files.writeString(file, csv);
    String cut = row.substring(0, Rejection.ROW_SHOWN) + "... (209+ characters)";
    PathResult lenient = PathAnalysis.of(JOURNEY).readCsv(file);
    assertEquals(Optional.of(cut), lenient.rejections().get(0).row());
    // In one pass as in parts, where a part keeps the rejection before it is thrown.
    for (int parts = 1; parts <= 2; parts++) {
      int n = parts;
      ValidationException strict =
          assertThrows(
              ValidationException.class,
              () ->
                  PathAnalysis.of(JOURNEY)
                      .strict()
                      .readCsv(file, n, ProgressListener.none(), CancellationCheck.never()));
      assertEquals(
          file + ":3 (" + cut + ") is invalid: " + lenient.rejections().get(0).reasons().get(0),
          strict.getMessage());
    }
  }

  @Test
  void aLongRowRejectedInALaterPartShowsItsLengthAsInOnePass() throws IOException {
    String row = "c1,visit," + "x".repeat(Rejection.ROW_SHOWN);
    String csv =
        "case_id,activity,time\n" + "c1,call,2026-11-02T09:00:00Z\n".repeat(10) + row + "\n";
    Path file = dir.resolve("events.csv");
    Files.writeString(file, csv);
    // Two parts split the file within its ninth row: the long row is the second part's.
    for (int parts = 1; parts <= 2; parts++) {
      PathResult result =
          PathAnalysis.of(JOURNEY)
              .readCsv(file, parts, ProgressListener.none(), CancellationCheck.never());
      assertEquals(
          Optional.of(row.substring(0, Rejection.ROW_SHOWN) + "... (209+ characters)"),
          result.rejections().get(0).row());
      assertEquals(OptionalLong.of(12), result.rejections().get(0).line());
    }
  }

  @Test
  void aLogReadAsSortedByCaseRejectsACaseThatComesBack() throws IOException {
    String csv =
        "case_id,activity,time\n"
            + "a,call,2026-11-02T09:00:00Z\n"
            + "b,call,2026-11-02T09:00:00Z\n"
            + "a,visit,2026-11-02T10:00:00Z\n"
            + "b,visit,2026-11-02T10:00:00Z\n";
    PathResult sorted = read(PathAnalysis.of(JOURNEY).sortedByCase(), csv);
    assertEquals(3, sorted.accepted());
    assertEquals(
        "events.csv:4: a,visit,2026-11-02T10:00:00Z: case_id: must not appear again after another"
            + " case began, in a log read as sorted by case (was \"a\")",
        sorted.rejections().get(0).toString());
    assertEquals(2, sorted.statistics().cases());
    // Read as a log in any order, the same rows are two cases of two events.
    PathResult any = read(PathAnalysis.of(JOURNEY), csv);
    assertEquals(4, any.accepted());
    assertEquals(4, any.statistics().events());
  }

  @Test
  void theStatusIsReadInAnyCaseAndAttributeColumnsAreReadPast() throws IOException {
    String csv =
        "case_id,activity,time,status,channel,persona,\"notes, free text\"\n"
            + "c1,visit,2026-11-02T09:00:00Z,completed,in person,first-time,\"a, b\"\n"
            + "c1,visit,2026-11-02T10:00:00Z,Complete,,,\n"
            + "c1,visit,2026-11-02T11:00:00Z,,,,\"two\nlines\"\n"
            + "c1,visit,2026-11-02T12:00:00Z,FAILED,,,\n"
            + "c1,visit,2026-11-02T13:00:00Z,failure,,,\n"
            + "c1,visit,2026-11-02T14:00:00Z,Error,,,\n";
    PathResult result = read(PathAnalysis.of(JOURNEY), csv);
    assertEquals(6, result.accepted());
    TouchpointUse visit = FaultJourney.use(result, "visit");
    assertEquals(6, visit.events());
    assertEquals(3, visit.failed());
  }

  @Test
  void theActivityMapIsAskedOncePerDistinctActivity() throws IOException {
    AtomicInteger asked = new AtomicInteger();
    PathAnalysis analysis =
        PathAnalysis.of(JOURNEY)
            .activities(
                ActivityMap.of(
                    a -> {
                      asked.incrementAndGet();
                      return a.equals("IVR") ? Optional.of("call") : Optional.empty();
                    }));
    StringBuilder csv = new StringBuilder("case_id,activity,time\n");
    for (int i = 0; i < 1000; i++) {
      csv.append("c").append(i).append(",IVR,2026-11-02T09:00:00Z\n");
      csv.append("c").append(i).append(",visit,2026-11-02T10:00:00Z\n");
      csv.append("c").append(i).append(",GET /faq,2026-11-02T11:00:00Z\n");
    }
    PathResult result = read(analysis, csv.toString());
    assertEquals(3000, result.accepted());
    assertEquals(3, asked.get());
  }

  @Test
  void aFileIsReadWithProgressInBytesAndStopsWhenCancelled() throws IOException {
    StringBuilder csv = new StringBuilder("case_id,activity,time\n");
    for (int i = 0; i < 50_000; i++) {
      csv.append("c-").append(i).append(",call,2026-11-02T09:00:00Z\n");
    }
    Path file = dir.resolve("events.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    long size = Files.size(file);
    List<long[]> reports = new ArrayList<>();
    PathResult result =
        PathAnalysis.of(JOURNEY)
            .readCsv(file, (done, total) -> reports.add(new long[] {done, total}), () -> false);
    assertEquals(50_000, result.accepted());
    assertTrue(reports.size() > 2, "a report per buffer");
    assertEquals(size, reports.get(reports.size() - 1)[0]);
    assertTrue(reports.stream().allMatch(r -> r[1] == size));
    assertThrows(
        CancellationException.class,
        () -> PathAnalysis.of(JOURNEY).readCsv(file, (d, t) -> {}, () -> true));
    assertEquals(
        result.statistics().summary(),
        PathAnalysis.of(JOURNEY).sequential().readCsv(file).statistics().summary());
    assertEquals(
        "PathAnalysis[fault, lenient 20, sorted by case, sequential]",
        PathAnalysis.of(JOURNEY).sortedByCase().sequential().toString());
  }
}
