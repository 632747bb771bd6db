package io.github.journeykit.export.internal.mermaid;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.path.DeviationCount;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.internal.BuiltInExporter;
import io.github.journeykit.export.internal.text.PlainText;
import io.github.journeykit.export.internal.view.ObservedPaths;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code mermaid} exporter: a Mermaid {@code journey} diagram. Not public API: use {@code
 * Exporters.mermaid()}, whose documentation gives the score mapping and the character rules.
 *
 * <p>Mermaid's {@code journey} has only a title, sections and tasks, so what customers did rides on
 * their words, after the name's cut so that no figure is ever cut away: a section ends with its
 * stage's funnel ({@code · reached 602 of 640 (94.06%)}), a task with the deviations at its
 * touchpoint among the {@value #DEVIATION_LIMIT} most frequent, as the cases of each ({@code (212
 * repeated, 58 failing)}, short because Mermaid draws a task in a box of three lines), and the ad
 * hoc activities among them, which are not steps of the designed journey, are listed as tasks of a
 * last section, {@value #NOT_ON_THE_MAP}, with the neutral score and no actors. These words hold
 * only digits, letters, spaces, {@code .}, {@code ,}, {@code ·}, parentheses and a {@code %} after
 * a digit, none of which Mermaid reads as syntax there.
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

  /**
   * The most characters of a title, section or task label, the ellipsis and any quotes included,
   * counted as Mermaid counts them (a character outside the Basic Multilingual Plane counts two).
   */
  public static final int LABEL_LIMIT = 40;

  /** The most characters of an actor: a persona's name or the channel. */
  public static final int ACTOR_LIMIT = 24;

  /** What ends a shortened label. */
  private static final char ELLIPSIS = '\u2026';

  /**
   * How many of the path summary's most frequent deviations the diagram shows: a bound on the words
   * it adds, so that a large journey stays under Mermaid's size limit.
   */
  public static final int DEVIATION_LIMIT = 10;

  /** The last section's title: the ad hoc activities, which are not on the map. */
  static final String NOT_ON_THE_MAP = "Not on the map (ad hoc steps)";

  @Override
  public void write(MapReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    writeDiagram(report, out);
    out.flush();
  }

  /**
   * Writes the diagram without flushing, for renderings that embed it.
   *
   * @param report the report
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public static void writeDiagram(MapReport report, Writer out) throws IOException {
    Journey journey = report.journey();
    ObservedPaths observed = ObservedPaths.of(report);
    StringBuilder actors = new StringBuilder();
    for (Persona persona : journey.personas()) {
      actors.append(actor(persona.name(), persona.id())).append(", ");
    }
    out.write("journey\n  title ");
    out.write(statement(journey.title(), journey.id()));
    out.write('\n');
    for (Stage stage : journey.stages()) {
      out.write("  section ");
      out.write(statement(stage.name(), stage.id()));
      Optional<ObservedPaths.FunnelBar> funnel = observed.funnelBar(stage.id());
      if (funnel.isPresent()) {
        out.write(" \u00B7 reached ");
        out.write(funnel.get().stepFigures());
      }
      out.write('\n');
      for (Touchpoint touchpoint : stage.touchpoints()) {
        out.write("    ");
        out.write(statement(touchpoint.name(), touchpoint.id()));
        String deviations = observed.deviationsAt(touchpoint.id(), DEVIATION_LIMIT);
        if (!deviations.isEmpty()) {
          out.write(" (" + deviations + ")");
        }
        out.write(": ");
        out.write(Integer.toString(score(touchpoint)));
        out.write(": ");
        out.write(actors.toString());
        out.write(shorten(touchpoint.channel().name(), ACTOR_LIMIT));
        out.write('\n');
      }
    }
    List<DeviationCount> adHoc = new ArrayList<>();
    for (DeviationCount deviation : observed.deviations(DEVIATION_LIMIT)) {
      if (deviation.kind() == DeviationKind.AD_HOC) {
        adHoc.add(deviation);
      }
    }
    if (!adHoc.isEmpty()) {
      out.write("  section " + NOT_ON_THE_MAP + "\n");
      for (DeviationCount deviation : adHoc) {
        // No emotion was measured at a step off the map, and the log does not say which persona
        // took it: the neutral score, as for a touchpoint without an emotion, and no actors.
        out.write("    ");
        out.write(statement(deviation.subject(), "ad hoc step"));
        out.write(" (" + ObservedPaths.figures(deviation) + "): 3\n");
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
   * ({@code %%} becomes {@code %}, and a leading {@code %}, which Mermaid's lexer reads as a
   * comment to the end of the line, becomes the full-width look-alike U+FF05), and with markup
   * characters ({@code <}, {@code >}, and the backtick that would close a Markdown code fence)
   * replaced by look-alikes.
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
   * A title, section or task: the text's words, or the element's id if nothing is left of them,
   * quoted if they would otherwise be read as a keyword, and shortened to {@link #LABEL_LIMIT}.
   */
  private static String statement(String text, String id) {
    String words = words(text, id, false);
    String lower = words.toLowerCase(Locale.ROOT);
    for (String keyword : KEYWORDS) {
      if (lower.startsWith(keyword)) {
        return "\u201C" + shorten(words, LABEL_LIMIT - 2) + "\u201D";
      }
    }
    return shorten(words, LABEL_LIMIT);
  }

  /** An actor: the text's words, or the element's id, shortened to {@link #ACTOR_LIMIT}. */
  private static String actor(String text, String id) {
    return shorten(words(text, id, true), ACTOR_LIMIT);
  }

  private static String words(String text, String id, boolean actor) {
    String words = clean(text, actor);
    return words.isEmpty() ? clean(id, actor) : words;
  }

  /**
   * The words if they have at most {@code limit} characters; otherwise as many whole characters as
   * fit before an ellipsis. The words are already clean, so the cut never splits an escape; it
   * never splits a surrogate pair either.
   */
  static String shorten(String words, int limit) {
    if (words.length() <= limit) {
      return words;
    }
    int end = limit - 1;
    if (Character.isHighSurrogate(words.charAt(end - 1))) {
      end--;
    }
    return words.substring(0, end).stripTrailing() + ELLIPSIS;
  }
}
