package io.github.journeykit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.grid.GridFormatException;
import io.github.journeykit.export.grid.JourneyGrid;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
  @Test
  void aNewJsonJourneyIsValidAndSaysWhatToReplace(@TempDir Path dir) throws BadInputException {
    Path file = dir.resolve("my-map.json");
    CommandRun run = CommandRun.journeykit("new", file.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(
        "Wrote " + file.toAbsolutePath() + ": edit it, then check it with validate\n", run.out());
    Journey journey = JourneyFileFormat.readJourney(file);
    assertEquals(1, journey.stages().size());
    assertEquals(1, journey.touchpoints().size());
    assertTrue(journey.title().startsWith("Replace with"), journey.title());
    assertEquals(0, CommandRun.journeykit("validate", file.toString()).status());
  }

  @Test
  void jsonIsWrittenWhateverTheExtensionWhenAskedFor(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("my-map.journey");
    CommandRun run = CommandRun.journeykit("new", "--json", file.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(Files.readString(file).contains("\"format\": \"journeykit\""));

    CommandRun unknown = CommandRun.journeykit("new", dir.resolve("other.journey").toString());
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("must end in .json (JSON), .xlsx"), unknown.err());
  }

  @Test
  void aNewWorkbookIsTheStarterWorkbookAndANewCsvIsTheStarterJourney(@TempDir Path dir)
      throws Exception {
    Path xlsx = dir.resolve("team-map.xlsx");
    assertEquals(0, CommandRun.journeykit("new", xlsx.toString()).status());
    ByteArrayOutputStream starter = new ByteArrayOutputStream();
    JourneyGrid.writeStarterWorkbook(starter);
    assertEquals(
        JourneyGrid.readXlsx(new ByteArrayInputStream(starter.toByteArray()), "starter"),
        JourneyGrid.readXlsx(xlsx),
        "the example journey of the starter workbook");
    GridFormatException blank =
        assertThrows(
            GridFormatException.class, () -> JourneyGrid.readXlsx(xlsx, JourneyGrid.BLANK_SHEET));
    assertTrue(blank.getMessage().contains(JourneyGrid.BLANK_SHEET + "!B2: must not be empty"));
    assertEquals(0, CommandRun.journeykit("validate", xlsx.toString()).status());

    Path csv = dir.resolve("team-map.csv");
    assertEquals(0, CommandRun.journeykit("new", csv.toString()).status());
    assertEquals(JourneyGrid.heldPart(NewCommand.starter()), JourneyFileFormat.readJourney(csv));
  }

  @Test
  void anExistingFileIsNeverReplaced(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("mine.json"), "mine");
    CommandRun run = CommandRun.journeykit("new", file.toString());
    assertEquals(2, run.status());
    assertEquals(
        "journeykit new: " + file + ": exists already; name a new file, or remove this one first\n",
        run.err());
    assertEquals("mine", Files.readString(file));
  }

  @Test
  void aFileThatCannotBeWrittenIsStatusOne(@TempDir Path dir) {
    Path file = dir.resolve("missing").resolve("map.json");
    CommandRun run = CommandRun.journeykit("new", file.toString());
    assertEquals(1, run.status(), run.err());
    assertTrue(run.err().startsWith("journeykit new: " + file.toAbsolutePath()), run.err());
  }

  @Test
  void helpShowsTheUsage() {
    CommandRun run = CommandRun.journeykit("new", "--help");
    assertEquals(0, run.status());
    assertTrue(run.out().contains("Usage: journeykit new [-h] [--json] FILE"), run.out());
  }
}
