package io.github.journeykit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.analytics.observation.PeriodLength;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Touchpoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObservationsGeneratorTest {
  private static String generate(long seed) throws IOException {
    StringWriter out = new StringWriter();
    ObservationsGenerator.write(Samples.current(), seed, ObservationsGenerator.SAMPLE_SCALE, out);
    return out.toString();
  }

  @Test
  void theCommittedSampleIsWhatTheGeneratorWrites() throws IOException {
    String committed;
    try (InputStream in = getClass().getResourceAsStream("/samples/observations.csv")) {
      committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(
        generate(ObservationsGenerator.SAMPLE_SEED),
        committed,
        "regenerate with: java ... io.github.journeykit.examples.ObservationsGenerator");
  }

  @Test
  void otherSeedOtherRows() throws IOException {
    // The same seed giving the same rows is what the committed-file test above checks.
    assertNotEquals(generate(7), generate(8));
  }

  @Test
  void goodRowsNameSampleTouchpointsAndLieOnTheirScales() throws IOException {
    Map<String, Touchpoint> touchpoints = new HashMap<>();
    for (Journey journey : Samples.current()) {
      journey.touchpoints().forEach(t -> touchpoints.put(t.id(), t));
    }
    List<String> lines = generate(ObservationsGenerator.SAMPLE_SEED).lines().toList();
    Set<String> quarters = new HashSet<>();
    assertEquals(ObservationsGenerator.HEADER, lines.get(0));
    List<String> good = lines.subList(1, lines.size() - ObservationsGenerator.BAD_ROWS.size());
    assertTrue(good.size() > 20_000, "tens of thousands of rows: " + good.size());
    for (String line : good) {
      String[] cells = line.split(",", -1);
      assertEquals(7, cells.length, line);
      assertTrue(ObservationsGenerator.REGIONS.contains(cells[6]), line);
      Touchpoint touchpoint = touchpoints.get(cells[0]);
      Metric metric = Metric.of(cells[1]);
      double value = Double.parseDouble(cells[2]);
      assertTrue(touchpoint.latest(metric).get().scale().contains(value), line);
      quarters.add(PeriodLength.QUARTER.periodOf(Instant.parse(cells[3]), ZoneOffset.UTC).label());
    }
    // Two quarters, each with answers.
    assertEquals(Set.of("2026-Q3", "2026-Q4"), quarters);
    assertEquals(
        ObservationsGenerator.BAD_ROWS,
        lines.subList(lines.size() - ObservationsGenerator.BAD_ROWS.size(), lines.size()));
  }
}
