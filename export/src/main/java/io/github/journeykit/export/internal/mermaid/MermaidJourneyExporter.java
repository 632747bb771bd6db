package io.github.journeykit.export.internal.mermaid;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.internal.BuiltInExporter;
import io.github.journeykit.export.internal.text.PlainText;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code mermaid} exporter: a Mermaid {@code journey} diagram. Not public API: use {@code
 * Exporters.mermaid()}, whose documentation gives the score mapping and the character rules.
 */
public final class MermaidJourneyExporter extends BuiltInExporter {
  /** The mermaid exporter. */
  public MermaidJourneyExporter() {
    super("mermaid", "mmd", "text/vnd.mermaid; charset=UTF-8");
  }

  /** Words that start a statement when a line begins with them (Mermaid's lexer ignores case). */
  private static final String[] KEYWORDS = {"journey", "title", "section", "acctitle", "accdescr"};

  /** What stands in for a {@code %} that would begin a statement, and so a comment. */
  private static final char FULL_WIDTH_PERCENT = '\uFF05';

  @Override
  public void write(MapReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    write(report.journey(), out);
    out.flush();
  }

  /**
   * Writes the diagram without flushing, for renderings that embed it.
   *
   * @param journey the journey
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public static void write(Journey journey, Writer out) throws IOException {
    StringBuilder actors = new StringBuilder();
    for (Persona persona : journey.personas()) {
      actors.append(clean(persona.name(), true)).append(", ");
    }
    out.write("journey\n  title ");
    out.write(statement(clean(journey.title(), false), journey.id()));
    out.write('\n');
    for (Stage stage : journey.stages()) {
      out.write("  section ");
      out.write(statement(clean(stage.name(), false), stage.id()));
      out.write('\n');
      for (Touchpoint touchpoint : stage.touchpoints()) {
        out.write("    ");
        out.write(statement(clean(touchpoint.name(), false), touchpoint.id()));
        out.write(": ");
        out.write(Integer.toString(score(touchpoint)));
        out.write(": ");
        out.write(actors.toString());
        out.write(touchpoint.channel().name());
        out.write('\n');
      }
    }
  }

  /**
   * The task score, 1 to 5: the latest emotion's place on its scale, from the worse end to the
   * better one, mapped linearly onto 1..5 and rounded half up; 3 without an emotion or for a scale
   * without an upper bound.
   *
   * @param touchpoint the touchpoint
   * @return the score
   */
  public static int score(Touchpoint touchpoint) {
    Optional<Measurement> emotion = touchpoint.latest(Metric.EMOTION);
    if (emotion.isEmpty() || emotion.get().scale().max().isEmpty()) {
      return 3;
    }
    Scale scale = emotion.get().scale();
    double span = scale.max().getAsDouble() - scale.min();
    double value = emotion.get().value();
    double share =
        (scale.higherIsBetter() ? value - scale.min() : scale.max().getAsDouble() - value) / span;
    return 1 + (int) Math.floor(share * 4 + 0.5);
  }

  /**
   * Text as one statement's words: on one line, without the characters that end or split a
   * statement ({@code :}, {@code #}, {@code ;}, and {@code ,} in actors), without comment marks
   * ({@code %%} becomes {@code %}, and a leading {@code %}, which Mermaid's lexer reads as a comment
   * to the end of the line, becomes the full-width look-alike U+FF05), and with markup characters
   * ({@code <}, {@code >}, and the backtick that would close a Markdown code fence) replaced by
   * look-alikes.
   */
  static String clean(String text, boolean actor) {
    String line = PlainText.singleLine(text);
    StringBuilder out = new StringBuilder(line.length());
    char previous = ' ';
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      char put;
      switch (c) {
        case ':':
        case '#':
        case ';':
          put = ' ';
          break;
        case ',':
          put = actor ? ' ' : ',';
          break;
        case '<':
          put = '\u2039';
          break;
        case '>':
          put = '\u203A';
          break;
        case '`':
          put = '\u2018';
          break;
        default:
          put = c;
      }
      if (!(put == ' ' && previous == ' ') && !(put == '%' && previous == '%')) {
        out.append(put);
        previous = put;
      }
    }
    String words = out.toString().strip();
    return words.startsWith("%") ? FULL_WIDTH_PERCENT + words.substring(1) : words;
  }

  /**
   * The words, or {@code fallback} if nothing is left of them, quoted if they would otherwise be
   * read as a keyword.
   */
  private static String statement(String words, String fallback) {
    if (words.isEmpty()) {
      return fallback;
    }
    String lower = words.toLowerCase(Locale.ROOT);
    for (String keyword : KEYWORDS) {
      if (lower.startsWith(keyword)) {
        return "\u201C" + words + "\u201D";
      }
    }
    return words;
  }
}
