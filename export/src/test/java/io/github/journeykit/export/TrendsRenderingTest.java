package io.github.journeykit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.trend.MetricTrend;
import io.github.journeykit.core.trend.TrendPoint;
import io.github.journeykit.core.trend.Trends;
import io.github.journeykit.export.fixtures.SafeRenderings;
import io.github.journeykit.export.fixtures.SampleReports;
import io.github.journeykit.export.fixtures.Xml;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A report with trends shows each measured touchpoint over time: a chart per trend in HTML, the
 * change and its verdict in Markdown and HTML, a table in the CSV file; a report without trends
 * renders as before.
 */
class TrendsRenderingTest {
  private static final MapReport WITHOUT = SampleReports.broadbandFault();
  private static final MapReport WITH = with(SampleReports.broadbandFaultTrends());

  private static MapReport with(Trends trends) {
    return MapReport.builder()
        .journey(WITHOUT.journey())
        .scoreSheet(WITHOUT.scoreSheet())
        .addAllFindings(WITHOUT.findings())
        .trends(trends)
        .build();
  }

  @Test
  void markdownListsEachTrendWithItsChangeAndVerdict() {
    String markdown = Exporters.markdown().render(WITH);
    assertTrue(markdown.contains("## Over time\n"), markdown);
    assertTrue(
        markdown.contains(
            "| Call the helpline | csat mean | 2026-Q3 3.9 (n=210); 2026-Q4 3.4 (n=190) |"
                + " \u22120.5 | \\[-0.71, -0.29\\] | worsened |\n"),
        markdown);
    assertTrue(markdown.contains("| one period only |"), markdown);
    assertFalse(Exporters.markdown().render(WITHOUT).contains("Over time"));
  }

  @Test
  void htmlDrawsAChartPerTrend() {
    String html = Exporters.html().render(WITH);
    Document document = SafeRenderings.assertSafeHtml(html);
    List<Element> trends =
        Xml.elements(document).stream()
            .filter(
                e -> e.getLocalName().equals("figure") && e.getAttribute("class").equals("trend"))
            .collect(Collectors.toList());
    assertEquals(2, trends.size());
    Element chart = (Element) trends.get(0).getElementsByTagNameNS("*", "svg").item(0);
    assertEquals("http://www.w3.org/2000/svg", chart.getNamespaceURI());
    Element line = (Element) chart.getElementsByTagNameNS("*", "polyline").item(0);
    // From x 4 to 156; 3.9 and 3.4 on the scale 1..5 between y 40 and 4: 40 - 36 x 0.725 and
    // 40 - 36 x 0.6.
    assertEquals("4,13.9 156,18.4", line.getAttribute("points"));
    assertEquals(0, trends.get(1).getElementsByTagNameNS("*", "polyline").getLength());
    assertTrue(html.contains("<h2 dir=\"auto\">Over time</h2>"), html);
    assertFalse(Exporters.html().render(WITHOUT).contains("class=\"trend\""));
  }

  @Test
  void csvHasATableOfEveryPoint() throws IOException {
    String csv = Exporters.csv().render(WITH);
    List<List<String>> records;
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
      records = reader.stream().map(CsvRecord::getFields).collect(Collectors.toList());
    }
    int header = -1;
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).get(0).equals("touchpoint_id") && records.get(i).get(2).equals("metric")) {
        header = i;
      }
    }
    assertTrue(header > 0, csv);
    assertEquals(
        List.of("call", "Call the helpline", "csat", "mean", "2026-Q3", "2026-07-01", "3.9", "210"),
        records.get(header + 1).subList(0, 8));
    assertEquals(
        List.of("2026-Q4", "3.4", "190", "-0.5", "-0.71", "-0.29", "WORSENED"),
        List.of(
            records.get(header + 2).get(4),
            records.get(header + 2).get(6),
            records.get(header + 2).get(7),
            records.get(header + 2).get(8),
            records.get(header + 2).get(9),
            records.get(header + 2).get(10),
            records.get(header + 2).get(11)));
    assertEquals("", records.get(header + 1).get(8));
    assertEquals("engineer", records.get(header + 3).get(0));
    assertFalse(Exporters.csv().render(WITHOUT).contains("period_start"));
  }

  @Test
  void aTrendOfAnotherJourneysTouchpointIsRefused() {
    Trends elsewhere =
        Trends.of(
            "MONTH",
            0.9,
            List.of(
                MetricTrend.builder()
                    .touchpointId("kiosk")
                    .metric(Metric.CSAT)
                    .figure("mean")
                    .scale(Scale.CSAT_ANSWER)
                    .addPoint(TrendPoint.of("2026-10", LocalDate.of(2026, 10, 1), 4, 3))
                    .build()));
    ValidationException e = assertThrows(ValidationException.class, () -> with(elsewhere));
    assertTrue(
        e.getMessage()
            .contains(
                "trends.trends[0].touchpointId: must name a touchpoint of the report's journey"
                    + " (was \"kiosk\")"),
        e.getMessage());
  }
}
