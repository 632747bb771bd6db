package io.github.journeykit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.journeykit.export.fixtures.HostileReports;
import io.github.journeykit.export.fixtures.Xml;
import io.github.journeykit.export.json.JourneyJson;
import java.io.IOException;
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
    assertEquals(1 + touchpoints + 1 + 1 + actions + 1 + 1 + stages, records.size());
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
    for (String line : markdown.split("\n", -1)) {
      if (line.startsWith("```")) {
        inDiagram = !inDiagram;
        continue;
      }
      if (inDiagram) {
        assertMermaidLine(line);
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
    lines.forEach(HostileTextTest::assertMermaidLine);
    assertEquals(
        1 + 1 + REPORT.journey().stages().size() + REPORT.journey().touchpoints().size(),
        lines.size());
  }

  private static void assertMermaidLine(String line) {
    if (line.equals("journey")) {
      return;
    }
    assertTrue(
        Pattern.matches(
            "  title [^#;<>\\n"
                + "]+|  section [^#:;<>\\n"
                + "]+|    [^#:;<>\\n"
                + "]+: [1-5]: [^#:;,<>\\n"
                + "]+(, [^#:;,<>\\n"
                + "]+)*",
            line),
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
