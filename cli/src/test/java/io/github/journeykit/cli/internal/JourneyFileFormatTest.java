package io.github.journeykit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.journeykit.core.fixtures.DirectoryContents;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyFileFormatTest {
  @Test
  void theExtensionNamesTheFormatWhateverItsCase() throws BadInputException {
    assertEquals(JourneyFileFormat.JSON, JourneyFileFormat.of(Path.of("maps", "a.json")));
    assertEquals(JourneyFileFormat.JSON, JourneyFileFormat.of(Path.of("A.Json")));
    BadInputException unknown =
        assertThrows(BadInputException.class, () -> JourneyFileFormat.of(Path.of("a.json.bak")));
    assertEquals(
        "a.json.bak: the file name must end in .json, which names the journey format to use (was"
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
  void aDirectoryInTheWayIsNotReplaced(@TempDir Path dir) throws IOException {
    Path inTheWay = Files.createDirectory(dir.resolve("map.json"));
    assertThrows(
        IOException.class,
        () -> JourneyFileFormat.JSON.write(SampleJourneys.openAccount(), inTheWay));
    assertEquals(Set.of(), DirectoryContents.of(inTheWay).keySet());
  }
}
