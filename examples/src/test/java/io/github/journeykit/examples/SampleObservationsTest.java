package io.github.journeykit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.observation.Ingestion;
import io.github.journeykit.analytics.observation.IngestionResult;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The committed sample observations read as the demo reads them: every good row, every bad one. */
class SampleObservationsTest {
  private static IngestionResult readSample() throws IOException {
    try (InputStream in =
        SampleObservationsTest.class.getResourceAsStream("/samples/observations.csv")) {
      return Ingestion.against(Samples.current()).readCsv(in, "observations.csv");
    }
  }

  @Test
  void everyGoodRowIsAcceptedAndEveryBadRowReportedWithItsLineAndRule() throws IOException {
    long good =
        ObservationsGenerator.write(
            Samples.current(),
            ObservationsGenerator.SAMPLE_SEED,
            ObservationsGenerator.SAMPLE_SCALE,
            new StringWriter());
    IngestionResult result = readSample();
    assertEquals(good, result.accepted());
    assertEquals(ObservationsGenerator.BAD_ROWS.size(), result.rejected());
    // The header is line 1, the good rows follow, then the bad rows in order.
    List<String> where =
        result.rejections().stream().map(Rejection::where).collect(Collectors.toList());
    List<String> expected =
        java.util.stream.LongStream.range(0, ObservationsGenerator.BAD_ROWS.size())
            .mapToObj(i -> "observations.csv:" + (good + 2 + i))
            .collect(Collectors.toList());
    assertEquals(expected, where);
    assertEquals(
        ObservationsGenerator.BAD_ROWS,
        result.rejections().stream().map(r -> r.row().get()).collect(Collectors.toList()));
    assertEquals(
        List.of(
            "touchpoint_id: must name a touchpoint of the journey (was \"no-such-step\")",
            "value: must lie on the scale [1..5] of csat at id-upload (was 9.0)",
            "value: must be a finite number (was NaN)",
            "value: must be given",
            "observed_at: must be an ISO-8601 instant such as 2026-11-02T10:15:00Z (a time in UTC)"
                + " or 2026-11-02T11:15:00+01:00 (was \"yesterday\")",
            "metric: must have a scale at the touchpoint: it has no measurement of the metric and"
                + " the metric has no usual scale (was \"mood\")",
            "row: must have 7 columns, as the header has (was 5)"),
        result.rejections().stream()
            .map(
                r ->
                    r.reasons().stream().map(Violation::toString).collect(Collectors.joining("; ")))
            .collect(Collectors.toList()));
  }

  @Test
  void eachJourneyTakesItsShareOfTheStatistics() throws IOException {
    IngestionResult result = readSample();
    long total = 0;
    for (Journey journey : Samples.current()) {
      var share = result.statistics().within(journey);
      total += share.observationCount();
      Journey updated = share.applyTo(journey, ZoneOffset.UTC);
      for (String id : share.touchpointIds()) {
        for (Metric metric : share.byTouchpoint().get(id).keySet()) {
          // The new measurement carries the sample size of the answers read.
          assertEquals(
              share.get(id, metric).get().count(),
              updated.touchpoint(id).get().latest(metric).get().sampleSize().getAsLong());
        }
      }
    }
    assertEquals(result.accepted(), total);
    assertTrue(result.statistics().touchpointIds().size() > 20);
  }
}
