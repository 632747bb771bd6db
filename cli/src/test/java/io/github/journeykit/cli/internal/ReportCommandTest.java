package io.github.journeykit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.cli.JourneyKitCli;
import io.github.journeykit.cli.ReportDefaults;
import io.github.journeykit.core.fixtures.DirectoryContents;
import io.github.journeykit.core.fixtures.SampleJourneys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code report} command on the user's files. The demo runs the same job on its samples, and
 * the examples' tests run it through every kind of input.
 */
class ReportCommandTest {
  private static final String CSV =
      String.join(
          "\n",
          "touchpoint_id,metric,value,observed_at,source,respondent_id",
          "call,emotion,-1.5,2026-10-01T04:37:56Z,q3-pulse,r-1",
          "kiosk,emotion,1,2026-10-01T04:37:56Z,q3-pulse,r-2",
          "");

  @Test
  void writesTheChosenFormatsAndSumsUp(@TempDir Path dir) throws IOException {
    Path journey = CommandRun.broadband(dir);
    Path out = dir.resolve("maps");
    CommandRun run =
        CommandRun.journeykit(
            "report",
            "--journey",
            journey.toString(),
            "--formats",
            "json,svg",
            "--as-of",
            "2026-11-23",
            "--out",
            out.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.out().startsWith("JourneyKit report: 1 journey, audited as of 2026-11-23\n"),
        run.out());
    assertTrue(
        run.out().contains("\nbroadband-fault \"Get a broadband fault fixed\" (current state)\n"),
        run.out());
    assertTrue(
        run.out()
            .endsWith(
                "Wrote 2 files to "
                    + out.toAbsolutePath()
                    + ":\n  broadband-fault.json  broadband-fault.svg\n"),
        run.out());
    assertEquals(
        List.of("broadband-fault.json", "broadband-fault.svg"),
        List.copyOf(DirectoryContents.of(out).keySet()));
    assertEquals("", run.err());
  }

  @Test
  void withoutAJourneyThereIsNothingToReportOn(@TempDir Path dir) {
    CommandRun run = CommandRun.journeykit("report", "--out", dir.resolve("maps").toString());
    assertEquals(2, run.status());
    assertEquals("", run.out());
    assertEquals(
        "journeykit report: --journey must be given: the journey to report on, JSON or a"
            + " spreadsheet grid; repeat it for several (see --help)\n",
        run.err());
    assertFalse(Files.exists(dir.resolve("maps")));
  }

  @Test
  void badInputIsStatusTwoAndWritesNothing(@TempDir Path dir) throws IOException {
    Path journey = CommandRun.broadband(dir);
    Path file = Files.writeString(dir.resolve("file.txt"), "not a directory");
    Map<String, String> before = DirectoryContents.of(dir);

    CommandRun under =
        CommandRun.journeykit(
            "report", "--journey", journey.toString(), "--out", file.resolve("maps").toString());
    assertEquals(2, under.status());
    assertTrue(
        under.err().contains("must be a directory, and cannot be one under " + file), under.err());

    CommandRun format =
        CommandRun.journeykit("report", "--journey", journey.toString(), "--formats", "pdf");
    assertEquals(2, format.status());
    assertTrue(
        format
            .err()
            .startsWith(
                "journeykit report: unknown format \"pdf\" in --formats: must be one of csv,"),
        format.err());

    CommandRun flag = CommandRun.journeykit("report", "--jurney", journey.toString());
    assertEquals(2, flag.status());
    assertTrue(
        flag.err().startsWith("journeykit report: Unknown options: '--jurney', '"), flag.err());

    CommandRun missing =
        CommandRun.journeykit("report", "--journey", dir.resolve("none.json").toString());
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("none.json: no such file"), missing.err());
    assertEquals(before, DirectoryContents.of(dir));
  }

  @Test
  void aFileThatCannotBeReplacedIsStatusOne(@TempDir Path dir) throws IOException {
    Path journey = CommandRun.broadband(dir);
    Path out = dir.resolve("maps");
    Files.createDirectories(out.resolve("broadband-fault.svg"));
    CommandRun run =
        CommandRun.journeykit(
            "report", "--journey", journey.toString(), "--out", out.toString(), "--formats", "svg");
    assertEquals(1, run.status(), run.err());
    assertTrue(
        run.err()
            .startsWith(
                "journeykit report: Could not write journey \"broadband-fault\" to "
                    + out.toAbsolutePath()),
        run.err());
  }

  @Test
  void theProgressBarIsDrawnOnATerminalOnly(@TempDir Path dir) throws IOException {
    Path journey = CommandRun.broadband(dir);
    Path csv = Files.writeString(dir.resolve("answers.csv"), CSV);
    String[] args = {
      "report",
      "--journey",
      journey.toString(),
      "--observations",
      csv.toString(),
      "--formats",
      "json",
      "--out",
      dir.resolve("maps").toString()
    };
    CommandRun off = CommandRun.journeykit(args);
    assertEquals(0, off.status(), off.err());
    assertTrue(off.out().contains("Observations: 1 rows accepted, 1 rejected"), off.out());
    assertEquals("", off.err(), "off a terminal, no progress bar");

    CommandRun on = CommandRun.journeykit(true, args);
    assertEquals(0, on.status(), on.err());
    assertEquals(
        "\ranswers.csv [" + "#".repeat(40) + "] 100%\n",
        on.err().substring(on.err().lastIndexOf('\r')));
    assertTrue(on.err().startsWith("\ranswers.csv ["), on.err());
  }

  @Test
  void helpDocumentsEveryFlagAndTheDefaults() {
    CommandRun run = CommandRun.journeykit("report", "--help");
    assertEquals(0, run.status());
    for (String flag :
        List.of(
            "--journey=FILE",
            "--observations=FILE",
            "--events=[JOURNEY=]FILE",
            "--out=DIR",
            "--formats=LIST",
            "--as-of=DATE",
            "--help")) {
      assertTrue(run.out().contains(flag), flag);
    }
    assertTrue(run.out().contains("Usage: journeykit report "), run.out());
    assertTrue(run.out().contains("(default: journeykit-output)"), run.out());
    assertTrue(run.out().contains("csv,html,json,markdown,mermaid,svg"), run.out());
    assertTrue(run.out().contains("At least one --journey is needed."), run.out());
  }

  @Test
  void aProgramWithSamplesRunsOnThemUnderItsOwnName(@TempDir Path dir) {
    ReportDefaults defaults =
        ReportDefaults.of("sampler", dir.resolve("samples-output"))
            .withSamples(List.of(SampleJourneys.broadbandFault()), LocalDate.of(2026, 11, 23));
    CommandRun run = CommandRun.report(defaults, "--formats", "markdown");
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.out().startsWith("JourneyKit sampler: 1 journey, audited as of 2026-11-23\n"),
        run.out());
    assertTrue(Files.exists(dir.resolve("samples-output").resolve("broadband-fault.md")));

    CommandRun help = CommandRun.report(defaults, "--help");
    assertTrue(help.out().contains("Usage: sampler "), help.out());
    assertTrue(
        help.out().contains("Without --journey it runs on the bundled sample journeys, as of"),
        help.out());

    CommandRun bad = CommandRun.report(defaults, "--formats", "pdf");
    assertTrue(bad.err().startsWith("sampler: unknown format \"pdf\""), bad.err());
  }

  @Test
  void runsThroughTheEntryPointWithTheStreamsGiven(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        JourneyKitCli.run(
            new String[] {"validate", CommandRun.broadband(dir).toString()},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(": valid, Journey[broadband-fault"));
  }
}
