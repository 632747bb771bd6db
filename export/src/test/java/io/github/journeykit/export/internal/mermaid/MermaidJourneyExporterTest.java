package io.github.journeykit.export.internal.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
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

  /** The title, the section names, the task names and the actors of a diagram. */
  private static List<String> labels(String diagram) {
    List<String> labels = new ArrayList<>();
    for (String line : diagram.lines().collect(Collectors.toList())) {
      String statement = line.strip();
      if (statement.startsWith("title ") || statement.startsWith("section ")) {
        labels.add(statement.substring(statement.indexOf(' ') + 1));
      } else if (!statement.equals("journey")) {
        String[] parts = statement.split(":", -1);
        assertEquals(3, parts.length, line);
        labels.add(parts[0]);
        for (String actor : parts[2].split(",", -1)) {
          labels.add(actor.strip());
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
    assertEquals(
        2 + journey.stages().size() + journey.touchpoints().size(), lines.size(), diagram);
    for (String line : lines) {
      assertFalse(line.strip().startsWith("%"), line);
      assertFalse(line.contains("%%"), line);
    }
    for (String label : labels(diagram)) {
      assertFalse(label.isEmpty(), diagram);
      assertFalse(label.startsWith("%"), label);
    }
    assertTrue(diagram.contains("    \uFF05foo: 3: "), diagram);
    assertTrue(diagram.contains("    a%b: 3: "), diagram);
  }
}
