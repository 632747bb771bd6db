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
  void theMapsStageHeadersShowTheFunnelAndAPanelTheMostFrequentDeviations() {
    String svg = Exporters.svg().render(WITH);
    // Stages 1 and 4 are one card wide: their figures without "reached", which would not fit.
    for (String funnel :
        List.of(
            "640 of 1000 (64%)",
            "reached 602 of 640 (94.06%)", "reached 488 of 602 (81.06%)", "455 of 488 (93.24%)")) {
      assertTrue(svg.contains(">" + funnel + "</text>"), funnel);
    }
    assertTrue(
        svg.contains(
            "<title>Report the fault: Tell them once and get a time for the fix"
                + " | reached 602 of 640 (94.06%), dropped 38</title>"),
        svg);
    Document document = Xml.parse(svg);
    // The bands: a share of the header's width less its padding, 152 pixels for a stage of one
    // column and 336 for one of two: 64% of 152, 94.06% and 81.06% of 336, 93.24% of 152.
    List<String> bands =
        Xml.elements(document).stream()
            .filter(
                e -> e.getLocalName().equals("rect") && e.getAttribute("fill").equals("#9cc3f0"))
            .map(e -> e.getAttribute("width"))
            .collect(Collectors.toList());
    assertEquals(List.of("97.3", "316.1", "272.4", "141.7"), bands);
    List<String> panel =
        Xml.elements(document).stream()
            .filter(e -> e.getLocalName().equals("title"))
            .map(Element::getTextContent)
            .filter(t -> t.matches("(Missing|Repeated|Failing|Ad hoc|Out of order): .*"))
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "Missing: Check the service status page | 360 cases, 360 times",
            "Repeated: Call the helpline | 212 cases, 390 times",
            "Ad hoc: Tweet @BroadbandHelp | 96 cases, 131 times",
            "Ad hoc: POST /api/chat/start | 73 cases, 83 times",
            "Failing: Engineer visit | 58 cases, 61 times"),
        panel);
    assertTrue(svg.contains(">Most frequent deviations from the designed journey</text>"), svg);
    assertTrue(svg.contains(">+1 more in the report</text>"), svg);
    // The canvas grows by the cards' reach (17 pixels in each of four lanes), the headers' funnel
    // (20) and the panel (44 and six rows of 22) with its gap (16).
    assertEquals(
        height(Exporters.svg().render(WITHOUT)) + 4 * 17 + 20 + 44 + 6 * 22 + 16, height(svg));
    String without = Exporters.svg().render(WITHOUT);
    assertFalse(without.contains("reached"), without);
    assertFalse(without.contains("Most frequent deviations"), without);
  }

  private static int height(String svg) {
    return Integer.parseInt(Xml.parse(svg).getDocumentElement().getAttribute("height"));
  }

  @Test
  void mermaidPutsTheFunnelOnSectionsDeviationsOnTasksAndAdHocStepsLast() {
    String mermaid = Exporters.mermaid().render(WITH);
    String actors = ": Priya works from home, Tom retired, ";
    assertEquals(
        List.of(
            "journey",
            "  title Get a broadband fault fixed",
            "  section Notice the fault \u00B7 reached 640 of 1000 (64%)",
            "    Check the service status page (360 missing): 2" + actors + "web",
            "  section Report the fault \u00B7 reached 602 of 640 (94.06%)",
            "    Call the helpline (212 repeated): 1" + actors + "phone",
            "    Open a fault case: 3" + actors + "phone",
            "  section Get it fixed \u00B7 reached 488 of 602 (81.06%)",
            "    Engineer visit (58 failing): 4" + actors + "in-person",
            "    Dispatch planning (37 out of order): 3" + actors + "field-app",
            "  section Confirm the fix \u00B7 reached 455 of 488 (93.24%)",
            "    Receive a fix confirmation: 3" + actors + "sms",
            "  section Not on the map (ad hoc steps)",
            "    Tweet @BroadbandHelp (96 cases, 131 times): 3",
            "    POST /api/chat/start (73 cases, 83 times): 3"),
        mermaid.lines().collect(Collectors.toList()));
    String without = Exporters.mermaid().render(WITHOUT);
    assertFalse(without.contains("reached"), without);
    assertFalse(without.contains("Not on the map"), without);
    assertFalse(without.contains(" cases"), without);
  }

  @Test
  void csvGainsReachColumnsAFunnelTableAndADeviationTableOnlyWithASummary() throws IOException {
    List<CsvRecord> records = records(Exporters.csv().render(WITH));
    List<String> header = records.get(0).getFields();
    assertEquals(
        List.of("perception_n", "reach_percent", "repeat_rate_percent", "score"),
        header.subList(header.size() - 4, header.size()));
    CsvRecord call = records.get(2);
    assertEquals("call", call.getField(3));
    assertEquals(List.of("90.2", "23.5", "-12.5"), call.getFields().subList(15, 18));
    // The funnel table's header and four stages, then an empty record, the deviation table's
    // header and six deviations.
    int funnel = records.size() - 5 - 2 - 6;
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
    int deviations = funnel + 6;
    assertEquals(List.of(""), trimmed(records.get(deviations - 1)));
    assertEquals(
        List.of(
            List.of("kind", "touchpoint_id_or_activity", "touchpoint", "cases", "occurrences"),
            List.of("MISSING", "status-page", "Check the service status page", "360", "360"),
            List.of("REPEATED", "call", "Call the helpline", "212", "390"),
            List.of("AD_HOC", "Tweet @BroadbandHelp", "", "96", "131"),
            List.of("AD_HOC", "POST /api/chat/start", "", "73", "83"),
            List.of("FAILING", "engineer", "Engineer visit", "58", "61"),
            List.of("OUT_OF_ORDER", "dispatch", "Dispatch planning", "37", "37")),
        records.subList(deviations, records.size()).stream()
            .map(r -> r.getFields().subList(0, 5))
            .collect(Collectors.toList()));
    for (CsvRecord record : records) {
      assertEquals(header.size(), record.getFieldCount(), record.toString());
    }
    String without = Exporters.csv().render(WITHOUT);
    assertFalse(without.contains("reach"), without);
    assertFalse(without.contains("stage_id,stage,reached"), without);
    assertFalse(without.contains("occurrences"), without);
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
