package io.github.journeykit.export.internal.report;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.trend.MetricTrend;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.internal.BuiltInExporter;
import io.github.journeykit.export.internal.mermaid.MermaidJourneyExporter;
import io.github.journeykit.export.internal.text.PlainText;
import io.github.journeykit.export.internal.view.ObservedPaths;
import io.github.journeykit.export.internal.view.ScoredReport;
import io.github.journeykit.export.internal.view.Words;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The {@code markdown} exporter: the report's sections in CommonMark with GitHub tables, the map as
 * a Mermaid diagram. Not public API: use {@code Exporters.markdown()}.
 *
 * <p>Every text from the journey is put on one line, and the characters that Markdown or HTML would
 * read as markup are escaped with a backslash, so a name such as {@code <script>} shows as written.
 */
public final class MarkdownReportExporter extends BuiltInExporter {
  /** The markdown exporter. */
  public MarkdownReportExporter() {
    super("markdown", "md", "text/markdown; charset=UTF-8; variant=GFM");
  }

  @Override
  public void write(MapReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    ReportOutline.write(ScoredReport.of(report), new MarkdownSink(out));
    out.flush();
  }

  /** Writes report blocks as Markdown, one blank line between blocks. */
  private static final class MarkdownSink implements ReportSink {
    private final Writer out;

    MarkdownSink(Writer out) {
      this.out = out;
    }

    @Override
    public void heading(int level, String text) throws IOException {
      out.write("#".repeat(level));
      out.write(' ');
      out.write(escape(text));
      out.write("\n\n");
    }

    @Override
    public void paragraph(String text) throws IOException {
      out.write(escape(text));
      out.write("\n\n");
    }

    @Override
    public void warning(String text) throws IOException {
      out.write("> **Warning:** ");
      out.write(escape(text));
      out.write("\n\n");
    }

    @Override
    public void fields(List<String[]> fields) throws IOException {
      for (String[] field : fields) {
        out.write("- **");
        out.write(escape(field[0]));
        out.write(":** ");
        out.write(escape(field[1]));
        out.write('\n');
      }
      out.write('\n');
    }

    @Override
    public void map(ScoredReport scored) throws IOException {
      out.write("```mermaid\n");
      MermaidJourneyExporter.writeDiagram(scored.report(), out);
      out.write("```\n\n");
    }

    /** The funnel as a table with a bar of text per stage. */
    @Override
    public void funnel(List<ObservedPaths.FunnelBar> bars) throws IOException {
      tableStart(List.of("Stage", "Share of the cases that reached stage 1", "Reached"));
      for (ObservedPaths.FunnelBar bar : bars) {
        row(
            List.of(
                bar.label(),
                bar.textBar(20) + " " + Words.percent(bar.share()),
                Long.toString(bar.reached())),
            false);
      }
      tableEnd();
    }

    /** The readings as a table, a row per KPI. */
    @Override
    public void readings(List<Kpi> kpis) throws IOException {
      tableStart(List.of("KPI", "Readings"));
      for (Kpi kpi : kpis) {
        row(List.of(kpi.name(), Words.readings(kpi)), false);
      }
      tableEnd();
    }

    @Override
    public void trendCharts(List<MetricTrend> trends) {
      // Markdown has no pictures of its own: the table that follows gives every figure.
    }

    @Override
    public void tableStart(List<String> columns) throws IOException {
      row(columns, false);
      out.write('|');
      for (int i = 0; i < columns.size(); i++) {
        out.write(" --- |");
      }
      out.write('\n');
    }

    @Override
    public void row(List<String> cells, boolean alert) throws IOException {
      out.write('|');
      for (String cell : cells) {
        out.write(' ');
        out.write(escape(cell));
        out.write(" |");
      }
      out.write('\n');
    }

    @Override
    public void tableEnd() throws IOException {
      out.write('\n');
    }
  }

  /**
   * Text on one line with Markdown's markup characters backslash-escaped: everywhere those that
   * open emphasis, code, links, HTML, entities, strike-through and table cells; at the start those
   * that open headings, lists, quotes and code blocks.
   */
  static String escape(String text) {
    String line = PlainText.singleLine(text).strip();
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '|':
        case '&':
        case '~':
          out.append('\\');
          break;
        case '#':
        case '-':
        case '+':
        case '=':
          if (i == 0) {
            out.append('\\');
          }
          break;
        case '.':
        case ')':
          if (startsWithNumber(line, i)) {
            out.append('\\');
          }
          break;
        default:
          break;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Whether the text up to {@code i} is digits only, so that {@code 1.} would open a list. */
  private static boolean startsWithNumber(String text, int i) {
    if (i == 0) {
      return false;
    }
    for (int j = 0; j < i; j++) {
      if (text.charAt(j) < '0' || text.charAt(j) > '9') {
        return false;
      }
    }
    return true;
  }
}
