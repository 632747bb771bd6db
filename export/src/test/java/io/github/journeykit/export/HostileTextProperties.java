package io.github.journeykit.export;

import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.generators.SourceDSL.lists;

import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.path.DeviationCount;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.core.path.FunnelStage;
import io.github.journeykit.export.fixtures.HostileReports;
import io.github.journeykit.export.fixtures.SafeRenderings;
import io.github.journeykit.export.json.JourneyJson;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every built-in exporter keeps its own grammar whatever text a report holds: names, descriptions,
 * owners, gaps, actions, findings and the activities and destinations of what customers did, made
 * of markup, formulas, Mermaid's and Markdown's syntax, line breaks, control characters,
 * bidirectional controls, lone and paired surrogates and very long text. JSON reads back to the
 * same report; CSV parses to the same cells with no formula; SVG and HTML are safe XML; Markdown
 * escapes its markup and keeps its tables' columns; every line of Mermaid is a statement.
 */
class HostileTextProperties {
  @Test
  void everyExporterKeepsItsGrammarWhateverTheText() {
    Set<String> exercised = new TreeSet<>();
    qt(60)
        .forAll(lists().of(HostileReports.texts()).ofSizeBetween(1, 12))
        .checkAssert(
            texts -> {
              MapReport report = HostileReports.withTexts(texts);
              for (JourneyExporter exporter : Exporters.builtIns()) {
                String output = exporter.render(report);
                switch (exporter.name()) {
                  case "json":
                    assertFalse(output.contains("<") || output.contains(">"), "raw markup");
                    assertEquals(report, JourneyJson.readReport(output));
                    break;
                  case "csv":
                    assertSameCells(report, SafeRenderings.assertSafeCsv(output));
                    break;
                  case "markdown":
                    SafeRenderings.assertSafeMarkdown(output);
                    break;
                  case "mermaid":
                    SafeRenderings.assertSafeMermaid(output, report);
                    break;
                  case "svg":
                    SafeRenderings.assertSafeXml(output);
                    break;
                  case "html":
                    SafeRenderings.assertSafeHtml(output);
                    break;
                  default:
                    throw new AssertionError("no check for the exporter " + exporter.name());
                }
                exercised.add(exporter.name());
              }
            });
    assertEquals(Set.of("csv", "html", "json", "markdown", "mermaid", "svg"), exercised);
  }

  /**
   * The text cells of the touchpoint, action, funnel and deviation tables hold the report's texts
   * exactly, an apostrophe before those that start a formula.
   */
  private static void assertSameCells(MapReport report, List<CsvRecord> records) {
    Journey journey = report.journey();
    int row = 1;
    for (Stage stage : journey.stages()) {
      for (Touchpoint touchpoint : stage.touchpoints()) {
        CsvRecord record = records.get(row++);
        assertEquals(SafeRenderings.csvCell(stage.name()), record.getField(1));
        assertEquals(SafeRenderings.csvCell(touchpoint.name()), record.getField(4));
        assertEquals(SafeRenderings.csvCell(touchpoint.owner().orElse("")), record.getField(7));
      }
    }
    // An empty record, then the action table's header.
    row += 2;
    List<CsvRecord> actionRows = records.subList(row, row + journey.actions().size());
    for (CsvRecord record : actionRows) {
      ActionItem action = journey.action(record.getField(1)).orElseThrow();
      assertEquals(SafeRenderings.csvCell(action.title()), record.getField(2));
      assertEquals(SafeRenderings.csvCell(action.owner().orElse("")), record.getField(5));
    }
    row += actionRows.size() + 2;
    for (FunnelStage stage : report.paths().orElseThrow().funnel()) {
      CsvRecord record = records.get(row++);
      assertEquals(stage.stageId(), record.getField(0));
      assertEquals(
          journey.stage(stage.stageId()).map(s -> SafeRenderings.csvCell(s.name())).orElse(""),
          record.getField(1));
    }
    // An empty record, then the deviation table's header.
    row += 2;
    for (DeviationCount deviation : report.paths().orElseThrow().deviations()) {
      CsvRecord record = records.get(row++);
      assertEquals(deviation.kind().name(), record.getField(0));
      assertEquals(SafeRenderings.csvCell(deviation.subject()), record.getField(1));
      String touchpoint =
          deviation.kind() == DeviationKind.AD_HOC
              ? ""
              : journey.touchpoint(deviation.subject()).map(Touchpoint::name).orElse("");
      assertEquals(SafeRenderings.csvCell(touchpoint), record.getField(2));
    }
    assertEquals(records.size(), row, "no record after the deviation table");
  }
}
