package io.github.journeykit.export.internal.report;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.trend.MetricTrend;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.internal.BuiltInExporter;
import io.github.journeykit.export.internal.svg.SvgFunnelChart;
import io.github.journeykit.export.internal.svg.SvgJourneyMap;
import io.github.journeykit.export.internal.svg.SvgSparkline;
import io.github.journeykit.export.internal.text.PlainText;
import io.github.journeykit.export.internal.view.ObservedPaths;
import io.github.journeykit.export.internal.view.ScoredReport;
import io.github.journeykit.export.internal.view.TrendWords;
import io.github.journeykit.export.internal.view.Words;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The {@code html} exporter: one self-contained, printable page with the report's sections and the
 * SVG map inline. Not public API: use {@code Exporters.html()}.
 *
 * <p>Every text from the journey is escaped ({@code & < > " '}); the page has no scripts, loads
 * nothing, and says so in its Content Security Policy. It is also well-formed XML (void elements
 * closed with {@code />}), so XML tools can check it.
 */
public final class HtmlReportExporter extends BuiltInExporter {
  /** The html exporter. */
  public HtmlReportExporter() {
    super("html", "html", "text/html; charset=UTF-8");
  }

  private static final String STYLE =
      String.join(
          "\n",
          ":root { color-scheme: light; }",
          "body { margin: 0; background: #f4f6f9; color: #1d2733;",
          "  font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial,"
              + " sans-serif; }",
          "main { max-width: 1280px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }",
          "h1 { font-size: 28px; margin: 8px 0 12px; color: #1f3a5f; }",
          "h2 { font-size: 20px; margin: 32px 0 12px; padding-bottom: 6px;"
              + " border-bottom: 2px solid #1f3a5f; color: #1f3a5f; }",
          "h3 { font-size: 16px; margin: 20px 0 8px; }",
          "p, li, td, th { white-space: pre-line; }",
          "h1, h2, h3, p, li, td.long { overflow-wrap: anywhere; }",
          "ul.fields { list-style: none; padding: 0; margin: 0 0 12px; }",
          "ul.fields li { margin: 2px 0; }",
          "ul.fields b { color: #5b6675; font-weight: 600; }",
          "ul.readings { list-style: none; padding: 0; margin: 0 0 12px; }",
          "ul.readings li { margin: 4px 0; white-space: normal; }",
          "ul.readings svg { vertical-align: middle; margin-right: 8px; }",
          "table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13px; }",
          "th, td { border: 1px solid #d5dbe3; padding: 6px 8px; text-align: left;"
              + " vertical-align: top; }",
          "th { background: #eef2f7; font-weight: 600; }",
          "tr.alert td { background: #fdeeee; }",
          "tr.alert td:first-child { box-shadow: inset 4px 0 0 #c62828; }",
          "p.warning { background: #fff4e0; border-left: 4px solid #b26a00; padding: 8px 12px; }",
          "figure.map { margin: 0; overflow-x: auto; border: 1px solid #d5dbe3; }",
          "figure.map svg { display: block; }",
          "figure.funnel { margin: 8px 0 12px; }",
          "div.trends { display: flex; flex-wrap: wrap; gap: 8px 16px; margin: 8px 0 12px; }",
          "figure.trend { margin: 0; font-size: 11px; color: #44546a; }",
          "figure.trend svg { display: block; }",
          "figure.funnel svg { display: block; max-width: 100%; height: auto; }",
          "@page { size: A4 landscape; margin: 12mm; }",
          "@media print {",
          "  body { background: #fff; font-size: 10pt; }",
          "  main { max-width: none; padding: 0; }",
          "  figure.map { overflow: visible; border: none; break-inside: avoid; }",
          "  figure.map svg { width: 100%; height: auto; }",
          "  figure.funnel { break-inside: avoid; }",
          "  table, tr { break-inside: avoid; }",
          "  h2, h3 { break-after: avoid; }",
          "}");

  @Override
  public void write(MapReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    out.write(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'; img-src data:\"/>\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    out.write("<meta name=\"generator\" content=\"JourneyKit\"/>\n<title>");
    out.write(escape(report.journey().title()));
    out.write(" \u2013 journey map</title>\n<style>\n");
    out.write(STYLE);
    out.write("\n</style>\n</head>\n<body>\n<main>\n");
    HtmlSink sink = new HtmlSink(out);
    ReportOutline.write(ScoredReport.of(report), sink);
    sink.closeSection();
    out.write("</main>\n</body>\n</html>\n");
    out.flush();
  }

  /** Writes report blocks as HTML, each second-level heading opening a section. */
  private static final class HtmlSink implements ReportSink {
    private final Writer out;
    private boolean inSection;

    HtmlSink(Writer out) {
      this.out = out;
    }

    void closeSection() throws IOException {
      if (inSection) {
        out.write("</section>\n");
        inSection = false;
      }
    }

    @Override
    public void heading(int level, String text) throws IOException {
      if (level <= 2) {
        closeSection();
      }
      if (level == 2) {
        out.write("<section>\n");
        inSection = true;
      }
      out.write("<h" + level + " dir=\"auto\">");
      out.write(escape(text));
      out.write("</h" + level + ">\n");
    }

    @Override
    public void paragraph(String text) throws IOException {
      out.write("<p dir=\"auto\">");
      out.write(escape(text));
      out.write("</p>\n");
    }

    @Override
    public void warning(String text) throws IOException {
      out.write("<p class=\"warning\" dir=\"auto\">");
      out.write(escape(text));
      out.write("</p>\n");
    }

    @Override
    public void fields(List<String[]> fields) throws IOException {
      out.write("<ul class=\"fields\">\n");
      for (String[] field : fields) {
        out.write("<li dir=\"auto\"><b>");
        out.write(escape(field[0]));
        out.write(":</b> ");
        out.write(escape(field[1]));
        out.write("</li>\n");
      }
      out.write("</ul>\n");
    }

    @Override
    public void map(ScoredReport scored) throws IOException {
      out.write("<figure class=\"map\">\n");
      SvgJourneyMap.write(scored, out, false);
      out.write("</figure>\n");
    }

    @Override
    public void funnel(List<ObservedPaths.FunnelBar> bars) throws IOException {
      out.write("<figure class=\"funnel\">\n");
      SvgFunnelChart.write(bars, out);
      out.write("</figure>\n");
    }

    /** The readings, a line per KPI: its name, a sparkline and the readings as text. */
    @Override
    public void readings(List<Kpi> kpis) throws IOException {
      out.write("<ul class=\"readings\">\n");
      for (Kpi kpi : kpis) {
        out.write("<li dir=\"auto\"><b>");
        out.write(escape(kpi.name()));
        out.write(":</b> ");
        SvgSparkline.write(kpi, out);
        out.write(escape(Words.readings(kpi)));
        out.write("</li>\n");
      }
      out.write("</ul>\n");
    }

    @Override
    public void trendCharts(List<MetricTrend> trends) throws IOException {
      out.write("<div class=\"trends\">\n");
      for (MetricTrend trend : trends) {
        String words =
            trend.touchpointId()
                + " "
                + TrendWords.figure(trend)
                + ": "
                + TrendWords.points(trend)
                + "; "
                + TrendWords.verdict(trend);
        out.write("<figure class=\"trend\">\n");
        SvgSparkline.write(trend, words, out);
        out.write("<figcaption>");
        out.write(escape(trend.touchpointId() + " \u00b7 " + TrendWords.figure(trend)));
        out.write("<br/>");
        out.write(escape(TrendWords.difference(trend) + " " + TrendWords.verdict(trend)));
        out.write("</figcaption>\n</figure>\n");
      }
      out.write("</div>\n");
    }

    @Override
    public void tableStart(List<String> columns) throws IOException {
      out.write("<table>\n<thead><tr>");
      for (String column : columns) {
        out.write("<th>");
        out.write(escape(column));
        out.write("</th>");
      }
      out.write("</tr></thead>\n<tbody>\n");
    }

    /**
     * A row; a cell with a word too long for any column may break it anywhere, so that the table
     * stays within the page (other cells keep their words whole).
     */
    @Override
    public void row(List<String> cells, boolean alert) throws IOException {
      out.write(alert ? "<tr class=\"alert\">" : "<tr>");
      for (String cell : cells) {
        out.write(hasLongWord(cell) ? "<td dir=\"auto\" class=\"long\">" : "<td dir=\"auto\">");
        out.write(escape(cell));
        out.write("</td>");
      }
      out.write("</tr>\n");
    }

    @Override
    public void tableEnd() throws IOException {
      out.write("</tbody>\n</table>\n");
    }
  }

  /** The longest word a table cell keeps whole, in characters. */
  private static final int LONGEST_WORD = 30;

  /**
   * Whether {@code text} holds a run of more than {@link #LONGEST_WORD} characters without a space.
   */
  static boolean hasLongWord(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
      if (run > LONGEST_WORD) {
        return true;
      }
    }
    return false;
  }

  /** Text as HTML character data or attribute value: cleaned, with {@code & < > " '} escaped. */
  static String escape(String text) {
    String clean = PlainText.clean(text);
    StringBuilder out = null;
    for (int i = 0; i < clean.length(); i++) {
      String entity;
      switch (clean.charAt(i)) {
        case '&':
          entity = "&amp;";
          break;
        case '<':
          entity = "&lt;";
          break;
        case '>':
          entity = "&gt;";
          break;
        case '"':
          entity = "&quot;";
          break;
        case '\'':
          entity = "&#39;";
          break;
        default:
          entity = null;
      }
      if (entity != null && out == null) {
        out = new StringBuilder(clean.length() + 16).append(clean, 0, i);
      }
      if (out != null) {
        if (entity != null) {
          out.append(entity);
        } else {
          out.append(clean.charAt(i));
        }
      }
    }
    return out == null ? clean : out.toString();
  }
}
