package io.github.journeykit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.journeykit.export.fixtures.HostileReports;
import io.github.journeykit.export.fixtures.SafeRenderings;
import io.github.journeykit.export.json.JourneyJson;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

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
    assertEquals(1 + touchpoints + 1 + 1 + actions + 1 + 1 + stages, records.size());
    assertTrue(
        records.stream()
            .flatMap(r -> r.getFields().stream())
            .anyMatch(
                c -> c.length() > 1 && c.charAt(0) == '\'' && "=+-@\t".indexOf(c.charAt(1)) >= 0),
        "formulas are kept as text");
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
    long rows = markdown.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| ---")).count();
    assertTrue(rows > REPORT.journey().touchpoints().size(), "the tables kept their rows");
  }

  @Test
  void mermaidLinesFollowTheGrammar() {
    SafeRenderings.assertSafeMermaid(Exporters.mermaid().render(REPORT), REPORT.journey());
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
  void htmlIsWellFormedWithoutScriptsHandlersOrLinks() {
    SafeRenderings.assertSafeHtml(Exporters.html().render(REPORT));
  }
}
