package io.github.journeykit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.journeykit.export.fixtures.SampleReports;
import io.github.journeykit.export.fixtures.Xml;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A report with a path summary shows what customers did in every rendering for people and in the
 * CSV file; a report without one renders as before.
 */
class PathsRenderingTest {
  private static final MapReport WITH = SampleReports.broadbandFaultWithPaths();
  private static final MapReport WITHOUT = SampleReports.broadbandFault();

  @Test
  void markdownShowsTheFunnelConformanceDeviationsPathsAndReach() {
    String markdown = Exporters.markdown().render(WITH);
    assertTrue(markdown.contains("## What customers did\n"), markdown);
    assertTrue(
        markdown.contains(
            "- **Kept to the designed journey:** 41\\.2% of cases (412 of 1000); mean fitness"
                + " 0.87\n"),
        markdown);
    // The chart: 602 of the 640 that reached stage 1, 94.06%, 19 of 20 cells.
    assertTrue(
        markdown.contains(
            "| 2\\. Report the fault | " + "\u2588".repeat(19) + "\u2591" + " 94.06% | 602 |\n"),
        markdown);
    // The funnel table: step 602/640, overall 602/640, drop-off 38, times in people's units.
    assertTrue(
        markdown.contains(
            "| Report the fault | 602 | 94\\.06% | 94\\.06% | 38 | 21 ended their journey; 17 to"
                + " POST /api/chat/start | 1 d 22 h | 4 d |\n"),
        markdown);
    assertTrue(
        markdown.contains(
            "| Notice the fault | 640 | 64% | 100% | 360 | 290 to Call the helpline; 52 ended"
                + " their journey; 18 to Tweet @BroadbandHelp | 1 h 45 min | 7 h 30 min |\n"),
        markdown);
    assertTrue(markdown.contains("| Repeated | Call the helpline | 212 | 390 |\n"), markdown);
    assertTrue(markdown.contains("| Ad hoc | Tweet @BroadbandHelp | 96 | 131 |\n"), markdown);
    assertTrue(
        markdown.contains(
            "| 2 | Call the helpline \u2192 Open a fault case \u2192 Dispatch planning \u2192"
                + " Engineer visit \u2192 Receive a fix confirmation | 188 | 18\\.8% |\n"),
        markdown);
    assertTrue(markdown.contains("The 5 most frequent paths of 143.\n"), markdown);
    // Reach 902/1000, repeat rate 212/902 = 23.5033...% shown with two decimals.
    assertTrue(
        markdown.contains(
            "| Report the fault | Call the helpline | 90\\.2% | 902 | 23\\.5% | 212 | 1338 | 12"
                + " |\n"),
        markdown);
    assertTrue(
        markdown.contains(
            "| Get it fixed | Engineer visit | 48\\.8% | 488 | 5\\.53% | 27 | 519 | 61 |\n"),
        markdown);
    assertFalse(Exporters.markdown().render(WITHOUT).contains("What customers did"));
  }

  @Test
  void htmlDrawsTheFunnelAsAnSvgBarChartAndHasTheTables() {
    String html = Exporters.html().render(WITH);
    Document document = Xml.parse(html.substring("<!DOCTYPE html>\n".length()));
    List<Element> figures =
        Xml.elements(document).stream()
            .filter(e -> e.getLocalName().equals("figure"))
            .collect(Collectors.toList());
    assertEquals(List.of("map", "funnel"), classes(figures));
    Element chart = (Element) figures.get(1).getElementsByTagNameNS("*", "svg").item(0);
    assertEquals("http://www.w3.org/2000/svg", chart.getNamespaceURI());
    List<String> bars =
        Xml.elements(document).stream()
            .filter(e -> e.getLocalName().equals("rect") && isIn(e, chart))
            .filter(e -> e.getAttribute("fill").equals("#1f3a5f"))
            .map(e -> e.getAttribute("width"))
            .collect(Collectors.toList());
    // 420 pixels for the 640 cases of stage 1; 602, 488 and 455 of them.
    assertEquals(List.of("420", "395.1", "320.3", "298.6"), bars);
    assertTrue(html.contains(">602 \u00B7 94.06%</text>"), html);
    assertTrue(html.contains("<h2 dir=\"auto\">What customers did</h2>"), html);
    assertTrue(html.contains("<td dir=\"auto\">1 d 22 h</td><td dir=\"auto\">4 d</td>"), html);
    assertFalse(Exporters.html().render(WITHOUT).contains("What customers did"));
    assertFalse(Exporters.html().render(WITHOUT).contains("<figure class=\"funnel\">"));
  }

  private static List<String> classes(List<Element> elements) {
    return elements.stream().map(e -> e.getAttribute("class")).collect(Collectors.toList());
  }

  private static boolean isIn(Element element, Element ancestor) {
    for (org.w3c.dom.Node at = element; at != null; at = at.getParentNode()) {
      if (at == ancestor) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theMapShowsEachTouchpointsReachOnlyWithASummary() {
    String svg = Exporters.svg().render(WITH);
    for (String reach :
        List.of("reach 64%", "reach 90.2%", "reach 60.2%", "reach 48.8%", "reach 45.5%")) {
      assertTrue(svg.contains(">" + reach + "</text>"), reach);
    }
    assertTrue(svg.contains("reach 90.2% (902 of 1000 cases), repeat rate 23.5%"), svg);
    assertFalse(Exporters.svg().render(WITHOUT).contains("reach"));
  }

  @Test
  void csvGainsReachColumnsAndAFunnelTableOnlyWithASummary() throws IOException {
    List<CsvRecord> records = records(Exporters.csv().render(WITH));
    List<String> header = records.get(0).getFields();
    assertEquals(
        List.of("perception_n", "reach_percent", "repeat_rate_percent", "score"),
        header.subList(header.size() - 4, header.size()));
    CsvRecord call = records.get(2);
    assertEquals("call", call.getField(3));
    assertEquals(List.of("90.2", "23.5", "-12.5"), call.getFields().subList(15, 18));
    int funnel = records.size() - 5;
    assertEquals(List.of(""), trimmed(records.get(funnel - 1)));
    assertEquals(
        List.of(
            "stage_id",
            "stage",
            "reached",
            "step_conversion_percent",
            "overall_conversion_percent",
            "drop_off"),
        trimmed(records.get(funnel)));
    assertEquals(
        List.of("report", "Report the fault", "602", "94.06", "94.06", "38"),
        trimmed(records.get(funnel + 2)));
    for (CsvRecord record : records) {
      assertEquals(header.size(), record.getFieldCount(), record.toString());
    }
    String without = Exporters.csv().render(WITHOUT);
    assertFalse(without.contains("reach"), without);
    assertFalse(without.contains("stage_id,stage,reached"), without);
  }

  private static List<CsvRecord> records(String csv) throws IOException {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
      return reader.stream().collect(Collectors.toList());
    }
  }

  /** The fields of a record up to its last that is not empty. */
  private static List<String> trimmed(CsvRecord record) {
    List<String> fields = record.getFields();
    int end = fields.size();
    while (end > 1 && fields.get(end - 1).isEmpty()) {
      end--;
    }
    return fields.subList(0, end);
  }
}
