package io.github.journeykit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.journeykit.core.path.DeviationCount;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.export.fixtures.HostileReports;
import io.github.journeykit.export.fixtures.Xml;
import io.github.journeykit.export.internal.mermaid.MermaidJourneyExporter;
import io.github.journeykit.export.internal.text.PlainText;
import io.github.journeykit.export.json.JourneyJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  void csvNeutralisesFormulasAndKeepsItsShape() throws IOException {
    String csv = Exporters.csv().render(REPORT);
    List<CsvRecord> records;
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
      records = reader.stream().collect(Collectors.toList());
    }
    int touchpoints = REPORT.journey().touchpoints().size();
    int actions = REPORT.journey().actions().size();
    int stages = REPORT.paths().get().funnel().size();
    int deviations = REPORT.paths().get().deviations().size();
    assertEquals(
        1 + touchpoints + 1 + 1 + actions + 1 + 1 + stages + 1 + 1 + deviations, records.size());
    for (CsvRecord record : records) {
      assertEquals(records.get(0).getFieldCount(), record.getFieldCount(), record.toString());
    }
    for (CsvRecord record : records) {
      for (String cell : record.getFields()) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
          assertTrue(isNumber(cell), "a formula survived: " + cell);
        }
      }
    }
    assertTrue(
        records.stream()
            .flatMap(r -> r.getFields().stream())
            .anyMatch(
                c -> c.length() > 1 && c.charAt(0) == '\'' && "=+-@\t".indexOf(c.charAt(1)) >= 0),
        "formulas are kept as text");
  }

  @Test
  void csvDeviationTableKeepsActivitiesAsDataAndNamesTouchpointsAsTheTouchpointTableDoes()
      throws IOException {
    List<CsvRecord> records;
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder().ofCsvRecord(Exporters.csv().render(REPORT))) {
      records = reader.stream().collect(Collectors.toList());
    }
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
      assertEquals(
          "=+-@\t\r".indexOf(subject.charAt(0)) >= 0 ? "'" + subject : subject, row.get(1));
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

  private static boolean isNumber(String cell) {
    try {
      Double.parseDouble(cell);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
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
    boolean inDiagram = false;
    List<String> diagram = new ArrayList<>();
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        inDiagram = !inDiagram;
        continue;
      }
      if (inDiagram) {
        diagram.add(line);
        continue;
      }
      String text = line.replaceFirst("^(- \\*\\*[A-Za-z ]+:\\*\\*|> \\*\\*Warning:\\*\\*) ", "");
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if ("<>[]`*_&~".indexOf(c) >= 0) {
          assertEquals('\\', text.charAt(i - 1), "unescaped " + c + " in: " + line);
        }
      }
      if (line.startsWith("|")) {
        assertTrue(line.endsWith(" |"), line);
      } else if (line.startsWith("#")) {
        assertTrue(Pattern.matches("#{1,3} .*", line), line);
      } else if (!line.isEmpty()) {
        assertTrue(Pattern.matches("(- \\*\\*|> \\*\\*Warning|[^#\\-+=>|\\t ]).*", line), line);
      }
    }
    assertFalse(inDiagram, "the diagram's fence is closed");
    assertMermaidLines(diagram);
    assertEquals(Exporters.mermaid().render(REPORT), String.join("\n", diagram) + "\n");
    long rows = markdown.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| ---")).count();
    assertTrue(rows > REPORT.journey().touchpoints().size(), "the tables kept their rows");
    markdown
        .lines()
        .filter(l -> l.startsWith("| "))
        .forEach(
            l -> {
              int pipes = 0;
              for (int i = 0; i < l.length(); i++) {
                if (l.charAt(i) == '|' && (i == 0 || l.charAt(i - 1) != '\\')) {
                  pipes++;
                }
              }
              assertTrue(pipes >= 3, "cells are delimited: " + l);
            });
  }

  @Test
  void mermaidLinesFollowTheGrammar() {
    String mermaid = Exporters.mermaid().render(REPORT);
    List<String> lines = mermaid.lines().collect(Collectors.toList());
    assertEquals("journey", lines.get(0));
    assertMermaidLines(lines);
    long adHoc =
        REPORT.paths().get().deviations().stream()
            .limit(MermaidJourneyExporter.DEVIATION_LIMIT)
            .filter(d -> d.kind() == DeviationKind.AD_HOC)
            .count();
    assertEquals(
        1
            + 1
            + REPORT.journey().stages().size()
            + REPORT.journey().touchpoints().size()
            + 1
            + adHoc,
        lines.size());
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

  /**
   * Every line of a diagram follows Mermaid's grammar: tasks of the journey's sections have a score
   * and actors, the ad hoc steps of the last section a score alone.
   */
  private static void assertMermaidLines(List<String> lines) {
    boolean offTheMap = false;
    for (String line : lines) {
      offTheMap |= line.equals("  section Not on the map (ad hoc steps)");
      assertMermaidLine(line, offTheMap);
    }
  }

  private static void assertMermaidLine(String line, boolean offTheMap) {
    if (line.equals("journey")) {
      return;
    }
    String actors = offTheMap ? "" : ": [^#:;,<>\\n]+(, [^#:;,<>\\n]+)*";
    assertTrue(
        Pattern.matches(
            "  title [^#;<>\\n]+|  section [^#:;<>\\n]+|    [^#:;<>\\n]+: [1-5]" + actors, line),
        line);
    assertFalse(line.contains("%%"), line);
    String words = line.strip().replaceFirst("^(title|section) ", "").toLowerCase(Locale.ROOT);
    for (String keyword : List.of("title ", "section ", "journey", "acctitle", "accdescr")) {
      assertFalse(words.startsWith(keyword), "a keyword starts: " + line);
    }
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
    assertSafeXml(Exporters.svg().render(REPORT));
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
    String html = Exporters.html().render(REPORT);
    assertTrue(html.startsWith("<!DOCTYPE html>\n"));
    Document document = assertSafeXml(html.substring("<!DOCTYPE html>\n".length()));
    assertEquals("html", document.getDocumentElement().getTagName());
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"));
    assertFalse(lower.contains("<img"));
  }

  private static Document assertSafeXml(String xml) {
    Document document = Xml.parse(xml);
    for (Element element : Xml.elements(document)) {
      assertFalse(
          List.of("script", "foreignObject", "a", "image", "use", "iframe", "object", "img")
              .contains(element.getLocalName()),
          "element " + element.getLocalName());
    }
    for (String attribute : Xml.attributeNames(document)) {
      String name = attribute.toLowerCase(Locale.ROOT);
      assertFalse(name.startsWith("on"), "handler attribute " + attribute);
      assertFalse(name.endsWith("href") || name.equals("src"), "link attribute " + attribute);
    }
    return document;
  }
}
