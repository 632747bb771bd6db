package io.github.journeykit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import io.github.journeykit.export.fixtures.SampleReports;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The touchpoint tables of the HTML and Markdown reports and of the CSV file have a score column
 * exactly when the score sheet scores a touchpoint: a sheet of action scores alone (RICE) leaves
 * no column that is empty on every row.
 */
class TouchpointScoreColumnTest {
  private static final String MARKDOWN_HEADER =
      "| \\# | Touchpoint | Channel | Lane | Owner | Emotion | Expectation | Perception"
          + " | Gap (P \u2212 E) |";
  private static final String HTML_HEADER =
      "<th>Gap (P \u2212 E)</th></tr></thead>";
  private static final String CSV_HEADER =
      "stage_id,stage,order,touchpoint_id,touchpoint,channel,lane,owner,emotion,expectation,"
          + "perception,gap,emotion_n,expectation_n,perception_n";

  /** The sample report with the same sheet, less its one touchpoint score. */
  private static MapReport actionScoresOnly() {
    MapReport sample = SampleReports.broadbandFault();
    ScoreSheet sheet = sample.scoreSheet().orElseThrow();
    Map<String, Score> actions =
        sheet.scores().entrySet().stream()
            .filter(e -> sample.journey().action(e.getKey()).isPresent())
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertEquals(sheet.scores().size() - 1, actions.size(), "the sample scores one touchpoint");
    return MapReport.builder()
        .journey(sample.journey())
        .scoreSheet(ScoreSheet.builder().label(sheet.label()).putAllScores(actions).build())
        .addAllFindings(sample.findings())
        .build();
  }

  @Test
  void withoutTouchpointScoresNoTableHasAScoreColumnForThem() {
    MapReport report = actionScoresOnly();
    int stages = report.journey().stages().size();

    String markdown = Exporters.markdown().render(report);
    assertEquals(stages, count(markdown, MARKDOWN_HEADER + "\n"), markdown);
    assertTrue(markdown.contains("| Rank | Action | Kind | Status | Owner | Due | Addresses"
        + " | KPIs | Score |"), "the action table keeps its scores");

    String html = Exporters.html().render(report);
    assertEquals(stages, count(html, HTML_HEADER), html);

    List<String> csv = Exporters.csv().render(report).lines().collect(Collectors.toList());
    assertEquals(CSV_HEADER, csv.get(0));
    int columns = CSV_HEADER.split(",").length;
    for (String record : csv) {
      assertEquals(columns, record.split(",", -1).length, record);
    }
    assertTrue(csv.contains("rank,action_id,action,kind,status,owner,due,addresses,kpis,score,,,,,"),
        csv.toString());
  }

  @Test
  void withATouchpointScoreEveryTableHasTheColumn() {
    MapReport report = SampleReports.broadbandFault();
    assertFalse(Exporters.markdown().render(report).contains(MARKDOWN_HEADER + "\n"));
    assertFalse(Exporters.html().render(report).contains(HTML_HEADER));
    assertEquals(
        CSV_HEADER + ",score", Exporters.csv().render(report).lines().findFirst().orElseThrow());
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
