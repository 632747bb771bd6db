package io.github.journeykit.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.export.json.JourneyJson;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Means of live observations carry many decimals: renderings for people show two, data formats keep
 * them all.
 */
class DisplayedNumbersTest {
  private static final double MEAN = -0.885227;

  private static MapReport report() {
    Journey journey = SampleJourneys.broadbandFault();
    Touchpoint first = journey.touchpoints().get(0);
    Touchpoint observed =
        first.withMeasurements(List.of(Measurement.of(Metric.EMOTION, MEAN, Scale.EMOTION)));
    return MapReport.of(journey.withTouchpoint(journey.stageOf(first.id()).get().id(), observed));
  }

  @Test
  void renderingsForPeopleShowTwoDecimals() throws IOException {
    MapReport report = report();
    for (JourneyExporter exporter :
        List.of(Exporters.svg(), Exporters.html(), Exporters.markdown())) {
      String text = exporter.render(report);
      assertTrue(text.contains("-0.89"), exporter.name());
      assertFalse(text.contains("-0.885"), exporter.name() + ": " + around(text, "-0.885"));
    }
  }

  private static String around(String text, String part) {
    int at = text.indexOf(part);
    return at < 0 ? "" : text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 40));
  }

  @Test
  void dataFormatsKeepEveryDecimal() throws IOException {
    MapReport report = report();
    String json = Exporters.json().render(report);
    assertTrue(json.contains("-0.885227"));
    assertTrue(JourneyJson.read(json).equals(report.journey()));
    assertTrue(Exporters.csv().render(report).contains("-0.885227"));
  }
}
