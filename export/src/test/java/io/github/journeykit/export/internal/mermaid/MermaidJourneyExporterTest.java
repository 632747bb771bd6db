package io.github.journeykit.export.internal.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.path.DeviationCount;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.core.path.FunnelStage;
import io.github.journeykit.core.path.PathSummary;
import io.github.journeykit.export.Exporters;
import io.github.journeykit.export.MapReport;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Mermaid diagram keeps every element of the journey whatever text it holds. */
class MermaidJourneyExporterTest {
  /**
   * Texts that Mermaid 11 and 12 would read as a comment or a directive at the start of a line or
   * of a statement: its lexer skips {@code %} followed by anything but {@code {} to the end of the
   * line, and any character but {@code }} followed by {@code %%}.
   */
  private static final List<String> COMMENTS =
      List.of(
          "%foo",
          "%% every task after this",
          "%%{init: {'theme':'dark'}}%%",
          "%%%%",
          "  %  spaced",
          "a%%b",
          "%{x}",
          "\n%%after a line break",
          "\u0000%%after a control character",
          "#%%after a hash",
          ":%after a colon",
          "title %%x",
          "%",
          "%%");

  /** A journey whose title, stage names, touchpoint names and persona names are the texts. */
  private static Journey journey(List<String> texts) {
    Journey.Builder journey = Journey.builder("j", texts.get(0));
    for (int p = 0; p < texts.size(); p++) {
      journey.addPersona(Persona.of("p" + p, texts.get(p)));
    }
    for (int s = 0; s < texts.size(); s++) {
      Stage.Builder stage = Stage.builder("s" + s, texts.get(s));
      for (int t = 0; t < texts.size(); t++) {
        stage.addTouchpoint(Touchpoint.of("t" + s + "-" + t, texts.get(t), Channel.WEB));
      }
      journey.addStage(stage.build());
    }
    return journey.build();
  }

  /** A label of a diagram: a title, section or task, or an actor. */
  private record Label(String text, boolean actor) {}

  /** The title, the section names, the task names and the actors of a diagram, in order. */
  private static List<Label> labels(String diagram) {
    List<Label> labels = new ArrayList<>();
    for (String line : diagram.lines().collect(Collectors.toList())) {
      String statement = line.strip();
      if (statement.startsWith("title ") || statement.startsWith("section ")) {
        labels.add(new Label(statement.substring(statement.indexOf(' ') + 1), false));
      } else if (!statement.equals("journey")) {
        String[] parts = statement.split(":", -1);
        assertEquals(3, parts.length, line);
        labels.add(new Label(parts[0], false));
        for (String actor : parts[2].split(",", -1)) {
          labels.add(new Label(actor.strip(), true));
        }
      }
    }
    return labels;
  }

  @Test
  void noTextStartsAComment() {
    Journey journey = journey(COMMENTS);
    String diagram = Exporters.mermaid().render(MapReport.of(journey));
    List<String> lines = diagram.lines().collect(Collectors.toList());
    assertEquals(2 + journey.stages().size() + journey.touchpoints().size(), lines.size(), diagram);
    for (String line : lines) {
      assertFalse(line.strip().startsWith("%"), line);
      assertFalse(line.contains("%%"), line);
    }
    for (Label label : labels(diagram)) {
      assertFalse(label.text().isEmpty(), diagram);
      assertFalse(label.text().startsWith("%"), label.text());
    }
    assertTrue(diagram.contains("    \uFF05foo: 3: "), diagram);
    assertTrue(diagram.contains("    a%b: 3: "), diagram);
  }

  /** Text of {@code length} characters: words, a markup character and emoji, all hostile. */
  private static String longText(String start, int length) {
    StringBuilder text = new StringBuilder(start);
    int i = 0;
    while (text.length() < length) {
      text.append(i % 7 == 0 ? " <b>" : i % 5 == 0 ? " \uD83D\uDE00" : " words%%");
      i++;
    }
    return text.toString();
  }

  /** Ten stages of twenty touchpoints and six personas, every text far longer than a label. */
  private static Journey longJourney() {
    Journey.Builder builder =
        Journey.builder("long", "Journey " + longText("of a customer", 2_000));
    for (int p = 0; p < 6; p++) {
      builder.addPersona(Persona.of("p" + p, longText("%Persona " + p, 300)));
    }
    Channel channel = Channel.of("c" + "x".repeat(63));
    for (int s = 0; s < 10; s++) {
      Stage.Builder stage = Stage.builder("s" + s, longText("section stage " + s, 500));
      for (int t = 0; t < 20; t++) {
        stage.addTouchpoint(
            Touchpoint.of("t" + s + "-" + t, longText("Touchpoint " + t, 1_000), channel));
      }
      builder.addStage(stage.build());
    }
    return builder.build();
  }

  @Test
  void aLongJourneyStaysUnderMermaidsSizeLimitWithShortenedLabels() {
    Journey journey = longJourney();

    String diagram = Exporters.mermaid().render(MapReport.of(journey));

    assertTrue(diagram.length() < 50_000, "Mermaid's default maxTextSize: " + diagram.length());
    assertEquals(2 + 10 + 200, diagram.lines().count());
    List<Label> labels = labels(diagram);
    assertEquals(1 + 10 + 200 * (1 + 6 + 1), labels.size());
    for (Label label : labels) {
      String text = label.text();
      int limit =
          label.actor() ? MermaidJourneyExporter.ACTOR_LIMIT : MermaidJourneyExporter.LABEL_LIMIT;
      assertTrue(text.length() <= limit, text);
      assertTrue(text.endsWith("\u2026") || text.endsWith("\u2026\u201D"), text);
      assertWholeCharacters(text);
    }
    assertTrue(
        diagram.contains(
            "  section \u201Csection stage 0 \u2039b\u203A words% words% wor\u2026\u201D\n"),
        diagram);
    assertTrue(
        diagram.contains("    Touchpoint 0 \u2039b\u203A words% words% words% w\u2026: 3: "),
        diagram);
    assertTrue(
        Exporters.csv().render(MapReport.of(journey)).contains(journey.touchpoints().get(0).name()),
        "the full text stays in the other formats");
  }

  /** Counts as long as a count can be written: nineteen digits. */
  private static final long MOST = Long.MAX_VALUE;

  /**
   * A summary of {@code journey} whose every figure is as long as it can be: each stage reached by
   * all cases, and the deviations given.
   */
  private static PathSummary longestFigures(Journey journey, List<DeviationCount> deviations) {
    PathSummary.Builder paths =
        PathSummary.builder()
            .journeyId(journey.id())
            .cases(MOST)
            .events(MOST)
            .adHocEvents(0)
            .conformingCases(0)
            .meanFitness(0.33)
            .variantCount(0)
            .addAllDeviations(deviations);
    for (Stage stage : journey.stages()) {
      paths.addFunnel(
          FunnelStage.builder()
              .stageId(stage.id())
              .reached(MOST - 1)
              .previous(MOST)
              .first(MOST - 1)
              .build());
    }
    return paths.build();
  }

  @Test
  void aLongJourneyWithTheLongestFiguresStaysUnderMermaidsSizeLimit() {
    Journey journey = longJourney();
    // The most words a summary adds: ad hoc steps of long names, each a task of its own; or every
    // kind of deviation at one touchpoint, a long note on one task.
    List<DeviationCount> adHoc = new ArrayList<>();
    List<DeviationCount> atTouchpoints = new ArrayList<>();
    for (int i = 0; i < 2 * MermaidJourneyExporter.DEVIATION_LIMIT; i++) {
      adHoc.add(
          DeviationCount.of(DeviationKind.AD_HOC, longText("Activity " + i, 500), MOST, MOST));
      DeviationKind kind = DeviationKind.values()[1 + i % 4];
      atTouchpoints.add(
          DeviationCount.of(
              kind == DeviationKind.AD_HOC ? DeviationKind.MISSING : kind,
              "t" + (i / 4) + "-0",
              MOST,
              MOST));
    }
    for (List<DeviationCount> deviations : List.of(adHoc, atTouchpoints)) {
      MapReport report =
          MapReport.builder().journey(journey).paths(longestFigures(journey, deviations)).build();
      String diagram = Exporters.mermaid().render(report);
      assertTrue(diagram.length() < 50_000, "Mermaid's default maxTextSize: " + diagram.length());
      assertTrue(
          diagram.contains(" \u00B7 reached 9223372036854775806 of 9223372036854775807 (100%)\n"),
          diagram);
    }
  }

  @Test
  void figuresFollowTheCutSoThatNoneIsCutAway() {
    Journey journey =
        Journey.builder("j", "Cut")
            .addStage(
                Stage.builder("s", "section " + "s".repeat(60))
                    .addTouchpoint(Touchpoint.of("t", "t".repeat(60), Channel.WEB))
                    .build())
            .build();
    PathSummary paths =
        PathSummary.builder()
            .journeyId("j")
            .cases(10)
            .events(30)
            .adHocEvents(5)
            .conformingCases(2)
            .meanFitness(0.5)
            .variantCount(0)
            .addFunnel(FunnelStage.builder().stageId("s").reached(1).previous(10).first(1).build())
            .addDeviation(DeviationCount.of(DeviationKind.REPEATED, "t", 1, 3))
            .addDeviation(DeviationCount.of(DeviationKind.AD_HOC, "%% a:b " + "x".repeat(60), 5, 5))
            .addDeviation(DeviationCount.of(DeviationKind.AD_HOC, ":#;", 1, 1))
            .build();
    String diagram =
        Exporters.mermaid().render(MapReport.builder().journey(journey).paths(paths).build());
    // A keyword's quotes count within the cut: 38 characters inside them.
    String section = "\u201Csection " + "s".repeat(29) + "\u2026\u201D";
    String task = "t".repeat(39) + "\u2026";
    assertEquals(
        String.join(
            "\n",
            "journey",
            "  title Cut",
            "  section " + section + " \u00B7 reached 1 of 10 (10%)",
            "    " + task + " (1 repeated): 3: web",
            "  section Not on the map (ad hoc steps)",
            // An activity loses Mermaid's syntax as a name does; of nothing left, a stand-in.
            "    \uFF05 a b " + "x".repeat(33) + "\u2026 (5 cases, 5 times): 3",
            "    ad hoc step (1 case, 1 time): 3",
            ""),
        diagram);
  }

  @Test
  void labelsAreCutBetweenCharactersNeverInsideOne() {
    for (int at = 30; at < 45; at++) {
      String name = "x".repeat(at) + "\uD83D\uDE00<" + "y".repeat(40);
      Journey journey =
          Journey.builder("j", "Cut")
              .addStage(
                  Stage.builder("s", "Stage")
                      .addTouchpoint(Touchpoint.of("t", name, Channel.WEB))
                      .build())
              .build();
      String task = labels(Exporters.mermaid().render(MapReport.of(journey))).get(2).text();
      assertTrue(task.length() <= MermaidJourneyExporter.LABEL_LIMIT, task);
      assertTrue(task.endsWith("\u2026"), task);
      assertWholeCharacters(task);
      assertFalse(task.contains("<"), task);
    }
  }

  @Test
  void shortLabelsAndAnIdStandingInForAnEmptyNameAreWholeAndClean() {
    Journey journey =
        Journey.builder("j", "x".repeat(MermaidJourneyExporter.LABEL_LIMIT))
            .addPersona(Persona.of("p", "y".repeat(MermaidJourneyExporter.ACTOR_LIMIT)))
            .addStage(
                Stage.builder("s", "Stage")
                    .addTouchpoint(Touchpoint.of("crm:42", "#;:", Channel.WEB))
                    .build())
            .build();
    String diagram = Exporters.mermaid().render(MapReport.of(journey));
    assertEquals(
        String.join(
            "\n",
            "journey",
            "  title " + "x".repeat(MermaidJourneyExporter.LABEL_LIMIT),
            "  section Stage",
            "    crm 42: 3: " + "y".repeat(MermaidJourneyExporter.ACTOR_LIMIT) + ", web",
            ""),
        diagram);
  }

  /** No surrogate of a pair stands alone: the text was not cut inside a character. */
  private static void assertWholeCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(++i)), text);
      } else {
        assertFalse(Character.isLowSurrogate(c), text);
      }
    }
  }
}
