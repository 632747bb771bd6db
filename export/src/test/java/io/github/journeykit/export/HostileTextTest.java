package io.github.journeykit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.journeykit.core.path.DeviationCount;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.export.fixtures.HostileReports;
import io.github.journeykit.export.fixtures.SafeRenderings;
import io.github.journeykit.export.fixtures.Xml;
import io.github.journeykit.export.internal.text.PlainText;
import io.github.journeykit.export.json.JourneyJson;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A report whose every text holds markup, formulas, diagram syntax, line breaks, control
 * characters, emoji and right-to-left text exports to every format, and each rendering stays
 * well-formed with nothing from the input acting as syntax.
 */
class HostileTextTest {
  private static final MapReport REPORT = HostileReports.everyTextHostile();

  @Test
  void jsonEscapesMarkupAndReadsBackExactly() {
    String json = Exporters.json().render(REPORT);
    assertFalse(json.contains("<"), "no raw markup");
    assertFalse(json.contains(">"), "no raw markup");
    assertEquals(REPORT, JourneyJson.readReport(json));
  }

  @Test
  void csvNeutralisesFormulasAndKeepsItsShape() {
    List<CsvRecord> records = SafeRenderings.assertSafeCsv(Exporters.csv().render(REPORT));
    int touchpoints = REPORT.journey().touchpoints().size();
    int actions = REPORT.journey().actions().size();
    int stages = REPORT.paths().get().funnel().size();
    int deviations = REPORT.paths().get().deviations().size();
    assertEquals(
        1 + touchpoints + 1 + 1 + actions + 1 + 1 + stages + 1 + 1 + deviations, records.size());
    assertTrue(
        records.stream()
            .flatMap(r -> r.getFields().stream())
            .anyMatch(
                c -> c.length() > 1 && c.charAt(0) == '\'' && "=+-@\t".indexOf(c.charAt(1)) >= 0),
        "formulas are kept as text");
  }

  @Test
  void csvDeviationTableKeepsActivitiesAsDataAndNamesTouchpointsAsTheTouchpointTableDoes() {
    List<CsvRecord> records = SafeRenderings.assertSafeCsv(Exporters.csv().render(REPORT));
    List<DeviationCount> deviations = REPORT.paths().get().deviations();
    List<CsvRecord> rows = records.subList(records.size() - deviations.size(), records.size());
    assertEquals(
        List.of("kind", "touchpoint_id_or_activity", "touchpoint", "cases", "occurrences"),
        records.get(records.size() - deviations.size() - 1).getFields().subList(0, 5));
    for (int i = 0; i < deviations.size(); i++) {
      DeviationCount deviation = deviations.get(i);
      List<String> row = rows.get(i).getFields();
      assertEquals(deviation.kind().name(), row.get(0));
      assertEquals(Long.toString(deviation.cases()), row.get(3));
      assertEquals(Long.toString(deviation.occurrences()), row.get(4));
      String subject = deviation.subject();
      // A formula stays text behind an apostrophe; anything else is the activity exactly.
      assertEquals(SafeRenderings.csvCell(subject), row.get(1));
      if (deviation.kind() == DeviationKind.AD_HOC) {
        assertEquals("", row.get(2), "an activity is not named as a touchpoint, even t2");
      } else {
        CsvRecord touchpointRow =
            records.stream().filter(r -> r.getField(3).equals(subject)).findFirst().get();
        assertEquals(touchpointRow.getField(4), row.get(2));
      }
    }
    assertEquals(List.of("AD_HOC", "t2", ""), rows.get(3).getFields().subList(0, 3));
    assertTrue(
        rows.stream().anyMatch(r -> r.getField(1).equals("'=HYPERLINK(\"http://x\")")),
        "a formula activity is kept as text");
    assertTrue(
        rows.get(rows.size() - 1).getField(1).startsWith("'=cmd|' /C calc'!A0<b>&amp;\u202E"),
        "the long activity is written whole, as data");
  }

  @Test
  void whatCustomersDidKeepsTheirTextAsData() {
    String markdown = Exporters.markdown().render(REPORT);
    String html = Exporters.html().render(REPORT);
    String svg = Exporters.svg().render(REPORT);
    // Activities, variants and destinations are shown, escaped, with nothing of them as markup.
    assertTrue(markdown.contains("| Ad hoc | \\<script\\>alert(1)\\</script\\> |"), markdown);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
    assertTrue(markdown.contains("\\=cmd\\|' /C calc'!A0\\<b\\>\\&amp;\uFFFD\\<b\\>"), markdown);
    assertTrue(html.contains("=cmd|&#39; /C calc&#39;!A0&lt;b&gt;&amp;amp;\uFFFD&lt;b&gt;"), html);
    // The long text breaks anywhere in its cell, so that its table stays within the page.
    assertTrue(html.contains("<td dir=\"auto\" class=\"long\">=cmd|"), html);
    // A funnel stage that the map does not have is named by its id.
    String unknownStage = "x" + ":y.z-".repeat(25);
    assertTrue(markdown.contains("| " + unknownStage + " | 40 |"), markdown);
    assertTrue(html.contains(">2. " + unknownStage.substring(0, 10)), html);
    assertTrue(svg.contains(">reach 70%</text>"), svg);
  }

  @Test
  void markdownEscapesEveryMarkupCharacter() {
    String markdown = Exporters.markdown().render(REPORT);
    SafeRenderings.assertSafeMarkdown(markdown);
    // The diagram in the report is the Mermaid rendering.
    String diagram = markdown.substring(markdown.indexOf("```mermaid\n") + "```mermaid\n".length());
    assertEquals(Exporters.mermaid().render(REPORT), diagram.substring(0, diagram.indexOf("```")));
    long rows = markdown.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| ---")).count();
    assertTrue(rows > REPORT.journey().touchpoints().size(), "the tables kept their rows");
  }

  @Test
  void mermaidLinesFollowTheGrammar() {
    String mermaid = Exporters.mermaid().render(REPORT);
    SafeRenderings.assertSafeMermaid(mermaid, REPORT);
    List<String> lines = mermaid.lines().collect(Collectors.toList());
    assertTrue(
        mermaid.contains(
            "\n  section Not on the map (ad hoc steps)\n    t2 (90 cases, 90 times): 3\n"),
        mermaid);
    // The first section's tasks are t0 to t3: deviations at a touchpoint ride on its task, an
    // activity that reads like t2's id does not.
    assertTrue(lines.get(3).contains(" (90 repeated, 90 failing): "), lines.get(3));
    assertFalse(lines.get(5).contains(" (90 "), lines.get(5));
    assertTrue(lines.get(6).contains(" (90 missing): "), lines.get(6));
  }

  @Test
  void noDirectionOverrideTurnsTheRenderingsOwnText() {
    for (JourneyExporter exporter : Exporters.builtIns()) {
      // JSON and CSV are data and keep text exactly; a spreadsheet shows each cell on its own.
      if (exporter.name().equals("json") || exporter.name().equals("csv")) {
        continue;
      }
      String output = exporter.render(REPORT);
      assertTrue(output.contains("\u0645\u0631\u062D\u0628\u0627 RTL"), exporter.name());
      assertFalse(
          Pattern.compile("[\u202A-\u202E\u2066-\u2069]").matcher(output).find(), exporter.name());
    }
  }

  @Test
  void svgIsWellFormedWithoutScriptsHandlersOrLinks() {
    SafeRenderings.assertSafeXml(Exporters.svg().render(REPORT));
  }

  @Test
  void theMapsDeviationPanelKeepsActivitiesAndNamesAsText() {
    Document svg = Xml.parse(Exporters.svg().render(REPORT));
    List<String> rows = new ArrayList<>();
    for (Element title : Xml.elements(svg)) {
      if (title.getLocalName().equals("title")
          && title.getTextContent().matches("(Missing|Repeated|Failing|Ad hoc): .*")) {
        rows.add(title.getTextContent());
      }
    }
    List<DeviationCount> deviations = REPORT.paths().get().deviations();
    String t0 = PlainText.singleLine(REPORT.journey().touchpoint("t0").get().name());
    String t3 = PlainText.singleLine(REPORT.journey().touchpoint("t3").get().name());
    String fifth = PlainText.singleLine(deviations.get(4).subject());
    assertEquals(
        List.of(
            "Missing: " + t3 + " | 90 cases, 90 times",
            "Repeated: " + t0 + " | 90 cases, 120 times",
            "Failing: " + t0 + " | 90 cases, 95 times",
            "Ad hoc: t2 | 90 cases, 90 times",
            "Ad hoc: " + fifth + " | 90 cases, 100 times"),
        rows);
    // Each row's text is the title's subject, cut to fit, and the panel counts the rest.
    String more = "+" + (deviations.size() - 5) + " more in the report";
    assertTrue(Xml.elements(svg).stream().anyMatch(e -> e.getTextContent().equals(more)), more);
  }

  @Test
  void htmlIsWellFormedWithoutScriptsHandlersOrLinks() {
    SafeRenderings.assertSafeHtml(Exporters.html().render(REPORT));
  }
}
