package io.github.journeykit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.DirectoryContents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a user runs it: {@code java -jar journeykit.jar ...} in a process of its own,
 * in a directory of its own, with standard output and error going to files rather than a terminal.
 */
class JourneyKitJarIT {
  private static final Path JAR =
      Path.of(System.getProperty("journeykit.jar", "target/journeykit.jar")).toAbsolutePath();
  private static final List<String> COMMANDS =
      List.of("report", "validate", "convert", "new", "diff");

  /** What one process printed and its exit status. */
  private record Result(int status, String out, String err) {}

  /** Runs the jar with {@code args} in {@code directory}, with the JDK running the tests. */
  private static Result journeykit(Path directory, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile("journeykit-out", ".txt");
    Path err = Files.createTempFile("journeykit-err", ".txt");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      assertTrue(process.waitFor(3, TimeUnit.MINUTES), "journeykit finished");
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.delete(out);
      Files.delete(err);
    }
  }

  @Test
  void everyCommandHasItsHelp(@TempDir Path dir) throws Exception {
    Result top = journeykit(dir, "--help");
    assertEquals(0, top.status(), top.err());
    assertTrue(top.out().startsWith("Usage: journeykit [-h] COMMAND"), top.out());
    for (String command : COMMANDS) {
      assertTrue(top.out().contains("\n  " + command + " "), command);
      Result help = journeykit(dir, command, "--help");
      assertEquals(0, help.status(), help.err());
      assertTrue(help.out().contains("Usage: journeykit " + command + " "), help.out());
      assertTrue(help.out().contains("Exit codes:"), help.out());
    }
    // The exporters are found as on the class path of the modules: the service lists survived.
    Result report = journeykit(dir, "report", "--help");
    assertTrue(report.out().contains("csv,html,json,markdown,mermaid,svg"), report.out());
  }

  @Test
  void relativePathsResolveAgainstTheWorkingDirectory(@TempDir Path dir) throws Exception {
    Files.createDirectory(dir.resolve("maps"));
    Result created = journeykit(dir, "new", "maps/first.json");
    assertEquals(0, created.status(), created.err());
    assertTrue(Files.exists(dir.resolve("maps/first.json")));

    Result valid = journeykit(dir, "validate", "maps/first.json");
    assertEquals(0, valid.status(), valid.err());
    assertTrue(valid.out().startsWith("maps/first.json: valid, Journey[my-journey "), valid.out());

    Result converted = journeykit(dir, "convert", "maps/first.json", "second.json");
    assertEquals(0, converted.status(), converted.err());
    assertEquals(
        Files.readString(dir.resolve("maps/first.json")),
        Files.readString(dir.resolve("second.json")));

    Result diff = journeykit(dir, "diff", "maps/first.json", "second.json");
    assertEquals(0, diff.status(), diff.err());
    assertTrue(diff.out().startsWith("my-journey -> my-journey: 0 changes"), diff.out());

    Result report = journeykit(dir, "report", "--journey", "second.json", "--formats", "json,md");
    assertEquals(2, report.status(), "markdown is named markdown: " + report.err());
    report = journeykit(dir, "report", "--journey", "second.json", "--formats", "json,markdown");
    assertEquals(0, report.status(), report.err());
    Path out = dir.toRealPath().resolve("journeykit-output");
    assertTrue(report.out().contains("Wrote 2 files to " + out + ":"), report.out());
    assertEquals(Set.of("my-journey.json", "my-journey.md"), DirectoryContents.of(out).keySet());
  }

  @Test
  void aSpreadsheetAndCjmlGoThroughEveryCommand(@TempDir Path dir) throws Exception {
    assertEquals(0, journeykit(dir, "new", "team.xlsx").status());
    Result valid = journeykit(dir, "validate", "team.xlsx");
    assertEquals(0, valid.status(), valid.out() + valid.err());
    assertTrue(valid.out().startsWith("team.xlsx: valid, Journey["), valid.out());

    Result csv = journeykit(dir, "convert", "team.xlsx", "team.csv");
    assertEquals(0, csv.status(), csv.err());
    Result json = journeykit(dir, "convert", "team.csv", "team.json");
    assertEquals(0, json.status(), json.err());
    Result cjml = journeykit(dir, "convert", "team.json", "team.cjml.xml");
    assertEquals(0, cjml.status(), cjml.err());
    assertEquals(0, journeykit(dir, "validate", "team.cjml.xml").status());
    Result diff = journeykit(dir, "diff", "team.xlsx", "team.json");
    assertEquals(0, diff.status(), diff.err());
    assertTrue(diff.out().contains(": 0 changes"), diff.out());

    Result report =
        journeykit(dir, "report", "--journey", "team.xlsx", "--formats", "html", "--out", "maps");
    assertEquals(0, report.status(), report.err());
    assertEquals(1, DirectoryContents.of(dir.resolve("maps")).size());
  }

  @Test
  void exitCodesTellDoneUnwritableAndBadInputApart(@TempDir Path dir) throws Exception {
    assertEquals(0, journeykit(dir, "new", "map.json").status());

    Files.writeString(
        dir.resolve("bad.json"),
        Files.readString(dir.resolve("map.json")).replace("\"web\"", "\"\""));
    Result invalid = journeykit(dir, "validate", "bad.json");
    assertEquals(2, invalid.status());
    assertTrue(
        invalid.out().startsWith("bad.json is not a valid journey document (1 problem):"),
        invalid.out());
    assertTrue(invalid.out().contains("/channel (line "), invalid.out());

    Result missing = journeykit(dir, "validate", "none.json");
    assertEquals(2, missing.status());
    assertEquals("journeykit validate: cannot read none.json: no such file\n", missing.err());

    Result flag = journeykit(dir, "diff", "--all", "map.json", "map.json");
    assertEquals(2, flag.status());
    assertTrue(flag.err().startsWith("journeykit diff: Unknown option: '--all'"), flag.err());

    Result noJourney = journeykit(dir, "report");
    assertEquals(2, noJourney.status());
    assertTrue(noJourney.err().startsWith("journeykit report: --journey must be given"));

    Files.createDirectories(dir.resolve("copy.json").resolve("inside"));
    Result unwritable = journeykit(dir, "convert", "map.json", "copy.json");
    assertEquals(1, unwritable.status(), unwritable.err());
    assertTrue(
        unwritable.err().endsWith("copy.json: a directory is in the way, not a file\n"),
        unwritable.err());
  }

  @Test
  void offATerminalNoProgressBarIsDrawn(@TempDir Path dir) throws Exception {
    assertEquals(0, journeykit(dir, "new", "map.json").status());
    StringBuilder csv =
        new StringBuilder("touchpoint_id,metric,value,observed_at,source,respondent_id\n");
    for (int i = 0; i < 5000; i++) {
      csv.append("first-step,emotion,")
          .append(i % 5 - 2)
          .append(",2026-10-01T04:37:56Z,pulse,r-")
          .append(i)
          .append('\n');
    }
    Files.writeString(dir.resolve("answers.csv"), csv);
    Result report =
        journeykit(
            dir,
            "report",
            "--journey",
            "map.json",
            "--observations",
            "answers.csv",
            "--formats",
            "json");
    assertEquals(0, report.status(), report.err());
    // Read to the end (a bar would have been drawn), each row refused: the map declares no source.
    assertTrue(report.out().contains("Observations: 0 rows accepted, 5000 rejected"), report.out());
    assertEquals("", report.err());
    assertFalse(report.out().contains("\r"), "no carriage return");
    assertFalse(report.out().contains("\u001b"), "no escape sequence");
  }
}
