package io.github.journeykit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.ExperienceGap;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The gap columns of the renderings show core's experience gap: perception minus expectation where
 * both are measured on one scale, nothing where they are not.
 */
class ExperienceGapColumnTest {
  /** The sample with a touchpoint measured on two scales and one with a perception only. */
  private static Journey journey() {
    return SampleJourneys.broadbandFault()
        .withTouchpoint(
            "report",
            Touchpoint.builder("mixed", "Mixed scales", Channel.WEB)
                .addMeasurement(Measurement.of(Metric.PERCEPTION, 4, Scale.LIKERT_5))
                .addMeasurement(Measurement.of(Metric.EXPECTATION, 6, Scale.LIKERT_7))
                .build())
        .withTouchpoint(
            "report",
            Touchpoint.builder("perceived", "Perceived only", Channel.WEB)
                .addMeasurement(Measurement.of(Metric.PERCEPTION, 4, Scale.LIKERT_7))
                .build());
  }

  @Test
  void theCsvGapColumnIsCoresExperienceGap() {
    Journey journey = journey();
    List<String> lines =
        Exporters.csv().render(MapReport.of(journey)).lines().collect(Collectors.toList());
    List<String> header = List.of(lines.get(0).split(","));
    int id = header.indexOf("touchpoint_id");
    int gap = header.indexOf("gap");
    Map<String, String> cells = new HashMap<>();
    for (String line : lines.subList(1, 1 + journey.touchpoints().size())) {
      String[] row = line.split(",", -1);
      cells.put(row[id], row[gap]);
    }
    for (Touchpoint touchpoint : journey.touchpoints()) {
      OptionalDouble expected = ExperienceGap.at(touchpoint).value();
      String cell = cells.get(touchpoint.id());
      if (expected.isPresent()) {
        assertEquals(expected.getAsDouble(), Double.parseDouble(cell), 1e-9, touchpoint.id());
      } else {
        assertEquals("", cell, touchpoint.id());
      }
    }
    assertEquals("-2.7", cells.get("call"));
    assertEquals("", cells.get("mixed"));
    assertEquals("", cells.get("perceived"));
  }

  @Test
  void theMarkdownReportShowsNoGapBetweenDifferentScales() {
    List<String> rows =
        Exporters.markdown().render(MapReport.of(journey())).lines().collect(Collectors.toList());
    // Expectation, perception, then the gap: shown for the call, empty for the other two.
    assertTrue(
        rows.contains(
            "| 1 | Call the helpline \\[Break moment\\] | phone | Frontstage | Contact centre"
                + " | \\-1.6 \u25bc (n 240) | 6\\.1 (n 240) | 3\\.4 \u25bc (n 240) | \\-2.7 |"),
        rows.toString());
    assertTrue(
        rows.contains("| 3 | Mixed scales | web | Customer action |  |  | 6 | 4 |  |"),
        rows.toString());
    assertTrue(
        rows.contains("| 4 | Perceived only | web | Customer action |  |  |  | 4 |  |"),
        rows.toString());
  }
}
