package io.github.journeykit.export.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.export.Exporters;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.fixtures.SampleReports;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Trends in the JSON format: written, valid by the schema of version 3, read back equal. */
class JourneyJsonTrendsTest {
  private static final MapReport REPORT =
      MapReport.builder()
          .journey(SampleReports.broadbandFault().journey())
          .trends(SampleReports.broadbandFaultTrends())
          .build();

  @Test
  void trendsRoundTripAndFollowTheSchema() {
    String json = Exporters.json().render(REPORT);
    assertTrue(json.contains("\"trends\": {"), json);
    assertEquals(List.of(), SchemaValidation.errors(json));
    assertEquals(REPORT, JourneyJson.readReport(json));
  }

  @Test
  void aVersionTwoDocumentHasNoTrends() {
    String json =
        Exporters.json().render(REPORT).replace("\"formatVersion\": 3", "\"formatVersion\": 2");
    JourneyFormatException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            JourneyFormatException.class, () -> JourneyJson.readReport(json));
    List<String> pointers =
        e.problems().stream().map(FormatProblem::pointer).collect(Collectors.toList());
    assertTrue(pointers.contains("/trends"), e.getMessage());
  }
}
