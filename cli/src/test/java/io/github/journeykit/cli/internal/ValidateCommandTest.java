package io.github.journeykit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @Test
  void aValidJourneyGetsOneLineAndStatusZero(@TempDir Path dir) throws IOException {
    Path file = CommandRun.broadband(dir);
    CommandRun run = CommandRun.journeykit("validate", file.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(file + ": valid, " + SampleJourneys.broadbandFault() + "\n", run.out());
    assertEquals("", run.err());
  }

  @Test
  void everyProblemIsListedWithItsPlaceRuleAndValue(@TempDir Path dir) throws IOException {
    Path file = CommandRun.broadband(dir);
    Files.writeString(
        file,
        Files.readString(file)
            .replaceFirst("\"lane\": \"CUSTOMER_ACTION\"", "\"lane\": \"SIDESTAGE\"")
            .replaceFirst("\"channel\": \"phone\"", "\"channel\": \"\""));
    CommandRun run = CommandRun.journeykit("validate", file.toString());
    assertEquals(2, run.status(), run.out());
    assertTrue(
        run.out().startsWith(file + " is not a valid journey document (2 problems):\n  - "),
        run.out());
    assertTrue(
        run.out().contains("/lane (line ") && run.out().contains("(was \"SIDESTAGE\")"), run.out());
    assertTrue(run.out().contains("/channel (line "), run.out());
    assertEquals(3, run.out().lines().count(), run.out());
  }

  @Test
  void aGridIsCheckedAndItsProblemsNameTheSheetAndCell(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("broadband.xlsx");
    JourneyFileFormat.XLSX.write(SampleJourneys.broadbandFault(), xlsx);
    CommandRun valid = CommandRun.journeykit("validate", xlsx.toString());
    assertEquals(0, valid.status(), valid.out() + valid.err());
    assertTrue(valid.out().startsWith(xlsx + ": valid, Journey[broadband-fault "), valid.out());

    Path csv = dir.resolve("broadband.csv");
    JourneyFileFormat.CSV_GRID.write(SampleJourneys.broadbandFault(), csv);
    Files.writeString(
        csv,
        Files.readString(csv)
            .replaceFirst(
                "\r\nState \\(CURRENT or FUTURE\\),CURRENT",
                "\r\nState (CURRENT or FUTURE),LATER"));
    CommandRun invalid = CommandRun.journeykit("validate", csv.toString());
    assertEquals(2, invalid.status(), invalid.err());
    assertTrue(
        invalid.out().startsWith(csv + " is not a valid journey document (1 problem):\n  - "),
        invalid.out());
    assertTrue(invalid.out().contains("broadband.csv!B"), invalid.out());
    assertTrue(invalid.out().contains("(was \"LATER\")"), invalid.out());
  }

  @Test
  void aFileThatCannotBeReadIsBadInput(@TempDir Path dir) throws IOException {
    CommandRun missing = CommandRun.journeykit("validate", dir.resolve("none.json").toString());
    assertEquals(2, missing.status());
    assertEquals(
        "journeykit validate: cannot read " + dir.resolve("none.json") + ": no such file\n",
        missing.err());

    Path folder = Files.createDirectory(dir.resolve("folder.json"));
    CommandRun directory = CommandRun.journeykit("validate", folder.toString());
    assertEquals(2, directory.status());
    assertTrue(directory.err().contains(folder + ": a directory, not a file"), directory.err());

    Path text = Files.writeString(dir.resolve("map.txt"), "{}");
    CommandRun unknown = CommandRun.journeykit("validate", text.toString());
    assertEquals(2, unknown.status());
    assertEquals(
        "journeykit validate: "
            + text
            + ": the file name must end in .json (JSON), .xlsx (XLSX grid), .csv (CSV grid),"
            + " .cjml.xml or .cjml (CJML), which names the journey format to use (was"
            + " \"map.txt\")\n",
        unknown.err());
  }

  @Test
  void flagsAndArgumentsAreChecked() {
    CommandRun none = CommandRun.journeykit("validate");
    assertEquals(2, none.status());
    assertTrue(
        none.err().startsWith("journeykit validate: Missing required parameter"), none.err());
    CommandRun flag = CommandRun.journeykit("validate", "--strict", "map.json");
    assertEquals(2, flag.status());
    assertTrue(
        flag.err().startsWith("journeykit validate: Unknown option: '--strict'"), flag.err());
    assertTrue(flag.err().endsWith("See 'journeykit validate --help'.\n"), flag.err());
  }

  @Test
  void helpShowsTheUsageAndTheExitCodes() {
    CommandRun run = CommandRun.journeykit("validate", "--help");
    assertEquals(0, run.status());
    assertTrue(run.out().contains("Usage: journeykit validate [-h] FILE"), run.out());
    assertTrue(run.out().contains("2   the journey is not valid"), run.out());
    assertEquals("", run.err());
  }
}
