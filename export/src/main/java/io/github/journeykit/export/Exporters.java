package io.github.journeykit.export;

import io.github.journeykit.export.internal.csv.CsvExporter;
import io.github.journeykit.export.internal.json.JsonExporter;
import io.github.journeykit.export.internal.mermaid.MermaidJourneyExporter;
import io.github.journeykit.export.internal.report.HtmlReportExporter;
import io.github.journeykit.export.internal.report.MarkdownReportExporter;
import io.github.journeykit.export.internal.svg.SvgJourneyMapExporter;
import java.util.List;

/**
 * The built-in exporters. Each is stateless and thread-safe.
 *
 * <pre>{@code
 * String svg = Exporters.svg().render(MapReport.of(journey));
 * Exporters.json().write(MapReport.of(journey), Files.newOutputStream(path));
 * }</pre>
 */
public final class Exporters {
  private static final JourneyExporter JSON = new JsonExporter();
  private static final JourneyExporter CSV = new CsvExporter();
  private static final JourneyExporter MARKDOWN = new MarkdownReportExporter();
  private static final JourneyExporter MERMAID = new MermaidJourneyExporter();
  private static final JourneyExporter SVG = new SvgJourneyMapExporter();
  private static final JourneyExporter HTML = new HtmlReportExporter();

  private Exporters() {}

  /**
   * The JSON format ({@code json}, {@code application/json}): every field of the journey, and the
   * score sheet, findings and path summary when given, in the versioned format (version {@value
   * io.github.journeykit.export.json.JourneyJson#FORMAT_VERSION}) that {@link
   * io.github.journeykit.export.json.JourneyJson} reads back and its JSON Schema describes.
   *
   * @return the exporter
   */
  public static JourneyExporter json() {
    return JSON;
  }

  /**
   * CSV ({@code csv}, {@code text/csv}): RFC 4180, UTF-8, CRLF line ends, the tables in one file. A
   * touchpoint table (stage, order, touchpoint, channel, lane, owner, emotion, expectation,
   * perception, experience gap, sample sizes, reach and repeat rate in percent when the report has
   * a path summary, and a score when the score sheet scores a touchpoint), then an empty record,
   * then an action table (rank, action, kind, status, owner, due, addresses, KPIs, score); with a
   * path summary, then an empty record and a funnel table (stage, reached, step and overall
   * conversion in percent, drop-off), and an empty record and a deviation table (kind, touchpoint
   * id or ad hoc activity, the touchpoint's name, cases, occurrences). Every record has as many
   * fields as the widest table. Text cells that a spreadsheet would run as a formula (starting with
   * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return) are prefixed with an
   * apostrophe.
   *
   * @return the exporter
   */
  public static JourneyExporter csv() {
    return CSV;
  }

  /**
   * A Markdown report ({@code markdown}, {@code text/markdown}): the journey summary, the map as a
   * Mermaid diagram, per-stage touchpoint tables, what customers did when the report has a path
   * summary (the funnel as a table of text bars and in figures, conformance, the most frequent
   * deviations and paths, reach and repeat rate by touchpoint), moments that matter, gaps by type,
   * ranked actions, KPIs (outcome versus output) and the audit findings when given. Text from the
   * journey and the event log is escaped so that it never becomes Markdown or HTML.
   *
   * @return the exporter
   */
  public static JourneyExporter markdown() {
    return MARKDOWN;
  }

  /**
   * A Mermaid {@code journey} diagram ({@code mermaid}, {@code text/vnd.mermaid}): the title, one
   * section per stage and one task per touchpoint, with the persona and the channel as actors.
   *
   * <p>Mermaid's journey has nothing but a title, sections and tasks, so with a path summary its
   * figures follow the words: a section ends with its stage's funnel ({@code section Apply ·
   * reached 4210 of 5000 (84.2%)}: the cases that reached the stage of those that reached the one
   * before, or of every case for the first), a task with the deviations at its touchpoint among the
   * ten most frequent, as the cases of each ({@code Upload a photo of my ID (869 repeated, 869
   * failing)}: 869 cases repeated the step and 869 failed at it). The ad hoc activities among those
   * ten are not steps of the designed journey; they are listed, with their cases and occurrences,
   * as tasks of a last section {@code Not on the map (ad hoc steps)}, with the neutral score 3 and
   * no actors, since the log measures no emotion and names no persona for them.
   *
   * <p>The task score (1 to 5) comes from the touchpoint's latest emotion: the value's place on its
   * scale, from the worse end to the better one, mapped linearly onto 1..5 and rounded half up (so
   * on the -2..+2 emotion scale, -2 gives 1, 0 gives 3 and +2 gives 5). Touchpoints without an
   * emotion, or with an emotion on a scale without an upper bound, get the neutral 3. The
   * characters that break Mermaid's grammar ({@code :}, {@code #}, {@code ;}, line breaks, and
   * {@code ,} in actors) are replaced by spaces, and markup characters by look-alikes. No text
   * begins a comment or a directive: {@code %%} becomes {@code %}, and a {@code %} that would begin
   * a title, section, task or actor becomes the full-width percent sign U+FF05.
   *
   * <p>Mermaid refuses a diagram of more than 50,000 characters unless told otherwise, so labels
   * are shortened: a title, section or task has at most 40 characters and an actor (a persona's
   * name or the channel) at most 24, counted as Mermaid counts them (a character outside the Basic
   * Multilingual Plane counts two). A longer text is cut between two characters and ends with an
   * ellipsis (U+2026); the other formats keep the full text. The figures of a path summary come
   * after the cut and are never cut. A journey of ten stages, 200 touchpoints and six personas
   * stays under 50,000 characters however long its texts are, with a path summary too.
   *
   * @return the exporter
   */
  public static JourneyExporter mermaid() {
    return MERMAID;
  }

  /**
   * An SVG journey map ({@code svg}, {@code image/svg+xml}): stage columns with headers, touchpoint
   * cards in four service-blueprint lanes, the emotion curve against its baseline with pain points
   * and the segments below the baseline in red, moments that matter, gaps and top actions, and a
   * legend; with a path summary, each stage header shows its stage's funnel (the cases that reached
   * it of those that could have, and a band as long as that share), each card its touchpoint's
   * reach, and a panel the five most frequent deviations. The canvas grows with the number of
   * stages and touchpoints and with its panels. It holds no scripts and no external references.
   *
   * @return the exporter
   */
  public static JourneyExporter svg() {
    return SVG;
  }

  /**
   * An HTML report ({@code html}, {@code text/html}): one self-contained, printable page with the
   * summary, the SVG map and the tables of the Markdown report, the funnel drawn as an SVG bar
   * chart, inline CSS, no scripts and a Content Security Policy that forbids loading anything.
   *
   * @return the exporter
   */
  public static JourneyExporter html() {
    return HTML;
  }

  /**
   * The six built-in exporters, in the order json, csv, markdown, mermaid, svg, html.
   *
   * @return the exporters
   */
  public static List<JourneyExporter> builtIns() {
    return List.of(JSON, CSV, MARKDOWN, MERMAID, SVG, HTML);
  }
}
