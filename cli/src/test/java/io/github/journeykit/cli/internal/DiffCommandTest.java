package io.github.journeykit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.diff.JourneyDiff;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  @Test
  void printsTheDiffAsItPrintsItself(@TempDir Path dir) throws IOException {
    Journey current = SampleJourneys.broadbandFault();
    Journey desired = SampleJourneys.broadbandFaultFuture();
    Path earlier = CommandRun.write(current, dir.resolve("now.json"));
    Path later = CommandRun.write(desired, dir.resolve("later.json"));
    CommandRun run = CommandRun.journeykit("diff", earlier.toString(), later.toString());
    assertEquals(0, run.status(), run.err());
    assertEquals(JourneyDiff.between(current, desired).summary(), run.out());
    assertTrue(run.out().startsWith("broadband-fault -> broadband-fault-future: "), run.out());
  }

  @Test
  void twoEqualVersionsHaveNoChange(@TempDir Path dir) throws IOException {
    Path file = CommandRun.broadband(dir);
    CommandRun run = CommandRun.journeykit("diff", file.toString(), file.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("broadband-fault -> broadband-fault: 0 changes"), run.out());
  }

  @Test
  void anInvalidOrMissingVersionIsBadInput(@TempDir Path dir) throws IOException {
    Path good = CommandRun.broadband(dir);
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"journeykit\"");
    CommandRun invalid = CommandRun.journeykit("diff", good.toString(), bad.toString());
    assertEquals(2, invalid.status());
    assertEquals("", invalid.out());
    assertTrue(
        invalid.err().startsWith("journeykit diff: " + bad + " is not a valid journey document"),
        invalid.err());

    CommandRun one = CommandRun.journeykit("diff", good.toString());
    assertEquals(2, one.status());
    assertTrue(one.err().contains("Missing required parameter: 'NEW'"), one.err());
  }

  @Test
  void helpShowsTheUsage() {
    CommandRun run = CommandRun.journeykit("diff", "--help");
    assertEquals(0, run.status());
    assertTrue(run.out().contains("Usage: journeykit diff [-h] OLD NEW"), run.out());
    // Both versions are read in any journey format, as every other command reads a journey.
    for (String extension : List.of("(.json)", "(.xlsx)", "(.csv)", "(.cjml.xml)")) {
      assertTrue(run.out().contains(extension), run.out());
    }
  }
}
