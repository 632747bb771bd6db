package io.github.journeykit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.DirectoryContents;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.grid.JourneyGrid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyFileFormatTest {
  @Test
  void theExtensionNamesTheFormatWhateverItsCase() throws BadInputException {
    assertEquals(JourneyFileFormat.JSON, JourneyFileFormat.of(Path.of("maps", "a.json")));
    assertEquals(JourneyFileFormat.JSON, JourneyFileFormat.of(Path.of("A.Json")));
    assertEquals(JourneyFileFormat.XLSX, JourneyFileFormat.of(Path.of("map.XLSX")));
    assertEquals(JourneyFileFormat.CSV_GRID, JourneyFileFormat.of(Path.of("map.csv")));
    assertEquals(JourneyFileFormat.CJML, JourneyFileFormat.of(Path.of("map.cjml.xml")));
    assertEquals(JourneyFileFormat.CJML, JourneyFileFormat.of(Path.of("map.CJML")));
    BadInputException unknown =
        assertThrows(BadInputException.class, () -> JourneyFileFormat.of(Path.of("a.json.bak")));
    assertEquals(
        "a.json.bak: the file name must end in .json (JSON), .xlsx (XLSX grid), .csv (CSV grid),"
            + " .cjml.xml or .cjml (CJML), which names the journey format to use (was"
            + " \"a.json.bak\")",
        unknown.getMessage());
  }

  @Test
  void aJourneyWrittenReadsBackAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
    Journey journey = SampleJourneys.openAccount();
    Path file = Files.writeString(dir.resolve("open-account.json"), "old");
    JourneyFileFormat.JSON.write(journey, file);
    assertEquals(journey, JourneyFileFormat.readJourney(file));
    assertEquals(Set.of("open-account.json"), DirectoryContents.of(dir).keySet());
  }

  @Test
  void aGridHoldsItsPartOfTheJourneyInEitherForm(@TempDir Path dir) throws Exception {
    Journey journey = SampleJourneys.openAccount();
    for (JourneyFileFormat format : List.of(JourneyFileFormat.XLSX, JourneyFileFormat.CSV_GRID)) {
      Path file = dir.resolve("open-account." + format.extension());
      format.write(journey, file);
      assertEquals(
          JourneyGrid.heldPart(journey), JourneyFileFormat.readJourney(file), format.name());
      assertFalse(format.holdsEveryField());
    }
    assertTrue(JourneyFileFormat.JSON.holdsEveryField());
  }

  @Test
  void theHelpNamesEveryFormatByItsExtension() {
    for (JourneyFileFormat format : JourneyFileFormat.values()) {
      assertTrue(JourneyFileFormat.NAMES.contains("(." + format.extension() + ")"), format.name());
    }
  }

  @Test
  void cjmlHoldsThePlannedJourneyAndReadsBackWhatItWrote(@TempDir Path dir) throws Exception {
    Path first = dir.resolve("first.cjml.xml");
    Path second = dir.resolve("second.cjml");
    JourneyFileFormat.CJML.write(SampleJourneys.broadbandFault(), first);
    Journey planned = JourneyFileFormat.readJourney(first);
    assertEquals(
        SampleJourneys.broadbandFault().touchpoints().size(), planned.touchpoints().size());
    JourneyFileFormat.CJML.write(planned, second);
    assertEquals(planned, JourneyFileFormat.readJourney(second));
  }

  @Test
  void aTextTooLongForACellIsAnInvalidJourneyAndNothingIsWritten(@TempDir Path dir)
      throws Exception {
    Journey journey =
        Journey.builder()
            .from(SampleJourneys.openAccount())
            .description("x".repeat(JourneyGrid.MAX_CELL_LENGTH + 1))
            .build();
    Path file = dir.resolve("long.xlsx");
    InvalidJourneyException e =
        assertThrows(
            InvalidJourneyException.class, () -> JourneyFileFormat.XLSX.write(journey, file));
    assertTrue(e.getMessage().startsWith(file + " is not a valid journey document (1 problem):"));
    assertEquals(Set.of(), DirectoryContents.of(dir).keySet());
  }

  @Test
  void aDirectoryInTheWayIsNotReplaced(@TempDir Path dir) throws IOException {
    Path inTheWay = Files.createDirectory(dir.resolve("map.json"));
    assertThrows(
        IOException.class,
        () -> JourneyFileFormat.JSON.write(SampleJourneys.openAccount(), inTheWay));
    assertEquals(Set.of(), DirectoryContents.of(inTheWay).keySet());
  }
}
