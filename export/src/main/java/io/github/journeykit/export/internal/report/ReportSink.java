package io.github.journeykit.export.internal.report;

import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.trend.MetricTrend;
import io.github.journeykit.export.internal.view.ObservedPaths;
import io.github.journeykit.export.internal.view.ScoredReport;
import java.io.IOException;
import java.util.List;

/**
 * The blocks a report is made of, written in one markup: Markdown or HTML. Texts are plain text
 * from the journey; each sink escapes them for its markup. Not public API.
 */
interface ReportSink {
  /** A heading, level 1 to 3. */
  void heading(int level, String text) throws IOException;

  /** A paragraph. */
  void paragraph(String text) throws IOException;

  /** A paragraph that warns. */
  void warning(String text) throws IOException;

  /** Labelled values, as a list; each entry is {label, value}. */
  void fields(List<String[]> fields) throws IOException;

  /** The journey map: a picture of the journey. */
  void map(ScoredReport scored) throws IOException;

  /** The funnel chart: a bar per stage, as long as the share of the first stage's cases. */
  void funnel(List<ObservedPaths.FunnelBar> bars) throws IOException;

  /** A small chart of each trend, in HTML; Markdown lists the figures in the table that follows. */
  void trendCharts(List<MetricTrend> trends) throws IOException;

  /**
   * The readings of each KPI that has some, a line or row per KPI: its name and its readings as
   * {@link io.github.journeykit.export.internal.view.Words#readings} writes them, and in HTML a
   * sparkline.
   */
  void readings(List<Kpi> kpis) throws IOException;

  /** Starts a table. */
  void tableStart(List<String> columns) throws IOException;

  /** A row of the table; {@code alert} marks a row that needs attention (a pain point). */
  void row(List<String> cells, boolean alert) throws IOException;

  /** Ends the table. */
  void tableEnd() throws IOException;
}
