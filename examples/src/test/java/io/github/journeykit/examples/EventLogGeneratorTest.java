package io.github.journeykit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.model.Journey;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventLogGeneratorTest {
  private static String generate(int cases, long seed) throws IOException {
    StringWriter out = new StringWriter();
    EventLogGenerator.write(cases, seed, out);
    return out.toString();
  }

  @Test
  void theCommittedSampleIsWhatTheGeneratorWrites() throws IOException {
    String committed;
    try (InputStream in = getClass().getResourceAsStream("/samples/events.csv")) {
      committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(
        generate(EventLogGenerator.SAMPLE_CASES, EventLogGenerator.SAMPLE_SEED),
        committed,
        "regenerate with: java ... io.github.journeykit.examples.EventLogGenerator");
  }

  @Test
  void otherSeedOtherEvents() throws IOException {
    // The same seed giving the same events is what the committed-file test above checks.
    assertNotEquals(generate(50, 7), generate(50, 8));
  }

  @Test
  void eventsComeInTimeOrderAndNameTheBankJourneysSteps() throws IOException {
    Journey bank =
        Samples.all().stream().filter(j -> j.id().equals("open-account")).findFirst().get();
    Set<String> steps = bank.touchpoints().stream().map(t -> t.id()).collect(Collectors.toSet());
    steps.addAll(EventLogGenerator.ACTIVITIES.keySet());
    List<String> lines =
        generate(EventLogGenerator.SAMPLE_CASES, EventLogGenerator.SAMPLE_SEED).lines().toList();
    assertEquals(EventLogGenerator.HEADER, lines.get(0));
    assertTrue(lines.size() > 20_000, "tens of thousands of events: " + lines.size());
    Set<String> adHoc = new HashSet<>();
    Instant previous = Instant.MIN;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertEquals(5, cells.length, line);
      Instant time = Instant.parse(cells[2]);
      assertTrue(!time.isBefore(previous), line);
      previous = time;
      if (!steps.contains(cells[1])) {
        adHoc.add(cells[1]);
      }
      assertTrue(cells[3].equals("completed") || cells[3].equals("failed"), line);
    }
    assertEquals(Set.of("Verify in branch", "GET /help/id-photo", "IVR: where is my card"), adHoc);
    assertTrue(
        bank.touchpoint(EventLogGenerator.ACTIVITIES.get("POST /api/upload-id")).isPresent());
  }
}
