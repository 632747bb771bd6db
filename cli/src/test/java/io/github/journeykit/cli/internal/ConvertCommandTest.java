package io.github.journeykit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.DirectoryContents;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.grid.JourneyGrid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @Test
  void writesTheJourneyInTheFormatOfTheOutputsExtension(@TempDir Path dir) throws Exception {
    Path in = CommandRun.broadband(dir);
    Path out = Files.writeString(dir.resolve("copy.JSON"), "old");
    CommandRun run = CommandRun.journeykit("convert", in.toString(), out.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(
        "Wrote journey \"broadband-fault\" from "
            + in
            + " to "
            + out.toAbsolutePath()
            + " (JSON)\n",
        run.out());
    assertEquals(SampleJourneys.broadbandFault(), JourneyFileFormat.readJourney(out));
    assertEquals(Files.readString(in), Files.readString(out));
  }

  @Test
  void fromJsonToAGridAndBackKeepsThePartTheGridHolds(@TempDir Path dir) throws Exception {
    Journey journey = SampleJourneys.broadbandFault();
    assertNotEquals(
        JourneyGrid.heldPart(journey), journey, "the sample has more than a grid holds");
    Path json = CommandRun.write(journey, dir.resolve("broadband-fault.json"));
    Path xlsx = dir.resolve("broadband-fault.xlsx");
    Path csv = dir.resolve("broadband-fault.csv");
    Path back = dir.resolve("back.json");

    CommandRun toXlsx = CommandRun.journeykit("convert", json.toString(), xlsx.toString());
    assertEquals(0, toXlsx.status(), toXlsx.err());
    assertTrue(
        toXlsx.out().contains(" (XLSX grid)\nThe XLSX grid holds part of a journey"), toXlsx.out());
    CommandRun toCsv = CommandRun.journeykit("convert", xlsx.toString(), csv.toString());
    assertEquals(0, toCsv.status(), toCsv.err());
    assertEquals(1, toCsv.out().lines().count(), "nothing more was left out: " + toCsv.out());
    CommandRun toJson = CommandRun.journeykit("convert", csv.toString(), back.toString());
    assertEquals(0, toJson.status(), toJson.err());

    assertEquals(JourneyGrid.heldPart(journey), JourneyFileFormat.readJourney(back));
  }

  @Test
  void toCjmlAndBackKeepsThePlannedJourney(@TempDir Path dir) throws Exception {
    Path json = CommandRun.broadband(dir);
    Path cjml = dir.resolve("broadband-fault.cjml.xml");
    Path back = dir.resolve("back.json");
    CommandRun toCjml = CommandRun.journeykit("convert", json.toString(), cjml.toString());
    assertEquals(0, toCjml.status(), toCjml.err());
    assertTrue(toCjml.out().contains(" (CJML)\nThe CJML holds part of a journey"), toCjml.out());
    CommandRun toJson = CommandRun.journeykit("convert", cjml.toString(), back.toString());
    assertEquals(0, toJson.status(), toJson.err());
    assertEquals(JourneyFileFormat.readJourney(cjml), JourneyFileFormat.readJourney(back));
  }

  @Test
  void badInputWritesNothing(@TempDir Path dir) throws IOException {
    Path in = CommandRun.broadband(dir);
    Path broken = Files.writeString(dir.resolve("broken.json"), "[");
    Path out = Files.writeString(dir.resolve("out.json"), "old");
    Map<String, String> before = DirectoryContents.of(dir);

    CommandRun invalid = CommandRun.journeykit("convert", broken.toString(), out.toString());
    assertEquals(2, invalid.status());
    assertTrue(
        invalid.err().startsWith("journeykit convert: " + broken + " is not a valid journey"),
        invalid.err());

    CommandRun unknown =
        CommandRun.journeykit("convert", in.toString(), dir.resolve("out.pdf").toString());
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("must end in .json (JSON), .xlsx"), unknown.err());
    assertEquals(before, DirectoryContents.of(dir));
  }

  @Test
  void anOutputThatCannotBeWrittenIsStatusOneAndLeavesWhatWasThere(@TempDir Path dir)
      throws IOException {
    Path in = CommandRun.broadband(dir);
    Path inTheWay = Files.createDirectories(dir.resolve("out.json").resolve("inside"));
    Map<String, String> before = DirectoryContents.of(dir);
    CommandRun directory =
        CommandRun.journeykit("convert", in.toString(), inTheWay.getParent().toString());
    assertEquals(1, directory.status(), directory.err());
    assertEquals(
        "journeykit convert: "
            + inTheWay.getParent().toAbsolutePath()
            + ": a directory is in the way, not a file\n",
        directory.err());

    Path nowhere = dir.resolve("missing").resolve("out.json");
    CommandRun missing = CommandRun.journeykit("convert", in.toString(), nowhere.toString());
    assertEquals(1, missing.status(), missing.err());
    assertTrue(
        missing.err().endsWith("its directory " + nowhere.getParent() + " does not exist\n"),
        missing.err());
    assertEquals(before, DirectoryContents.of(dir), "nothing was written, nothing is left");
  }

  @Test
  void helpShowsTheUsage() {
    CommandRun run = CommandRun.journeykit("convert", "-h");
    assertEquals(0, run.status());
    assertTrue(run.out().contains("Usage: journeykit convert [-h] IN OUT"), run.out());
    assertTrue(run.out().contains("1   the output could not be written"), run.out());
  }
}
