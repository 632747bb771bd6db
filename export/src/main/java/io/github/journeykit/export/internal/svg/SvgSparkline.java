package io.github.journeykit.export.internal.svg;

import static io.github.journeykit.export.internal.svg.SvgCanvas.MUTED;
import static io.github.journeykit.export.internal.svg.SvgCanvas.NAVY;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.KpiReading;
import io.github.journeykit.core.trend.MetricTrend;
import io.github.journeykit.core.trend.TrendPoint;
import io.github.journeykit.export.internal.view.Words;
import io.github.journeykit.export.internal.xml.XmlOut;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws dated values as a sparkline, for the HTML report: a small line through the values, placed
 * by date from left to right and by value from bottom to top, the latest marked by a dot, and a
 * reference value (a KPI's target, a scale's baseline) as a dashed line when it lies within the
 * range drawn. Its title names what it shows and every value. Like the map, it holds no scripts and
 * no links. Not public API.
 */
public final class SvgSparkline {
  private static final double PAD = 4;

  private SvgSparkline() {}

  /**
   * Draws the sparkline of {@code kpi}'s readings, between the lowest and the highest reading, with
   * the target.
   *
   * @param kpi a KPI with at least one reading
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public static void write(Kpi kpi, Writer out) throws IOException {
    List<LocalDate> dates = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (KpiReading reading : kpi.readings()) {
      dates.add(reading.date());
      values.add(reading.value());
    }
    double low = values.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
    double high = values.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
    draw(
        kpi.name() + ": " + Words.readings(kpi),
        120,
        28,
        dates,
        values,
        low,
        high,
        kpi.target().orElse(Double.NaN),
        out);
  }

  /**
   * Draws the sparkline of a trend's points, on the range of its scale (or of the points, where the
   * scale is open), with the scale's baseline.
   *
   * @param trend the trend
   * @param title what it shows, in words
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public static void write(MetricTrend trend, String title, Writer out) throws IOException {
    List<LocalDate> dates = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (TrendPoint point : trend.points()) {
      dates.add(point.start());
      values.add(point.value());
    }
    double low = trend.scale().min();
    double high = trend.scale().max().orElse(Double.NaN);
    if (Double.isNaN(high)) {
      low = values.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
      high = values.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
    }
    draw(
        title, 160, 44, dates, values, low, high, trend.scale().baseline().orElse(Double.NaN), out);
  }

  private static void draw(
      String title,
      double width,
      double height,
      List<LocalDate> dates,
      List<Double> values,
      double low,
      double high,
      double reference,
      Writer out)
      throws IOException {
    XmlOut svg = SvgCanvas.writer(out);
    SvgCanvas draw = new SvgCanvas(svg);
    draw.open(width, height, title);
    if (reference > low && reference < high) {
      double y = y(reference, low, high, height);
      draw.line(PAD, y, width - PAD, y, MUTED, 1, "2 2");
    }
    LocalDate first = dates.get(0);
    long days = ChronoUnit.DAYS.between(first, dates.get(dates.size() - 1));
    StringBuilder points = new StringBuilder();
    double x = width / 2;
    double y = height / 2;
    for (int i = 0; i < dates.size(); i++) {
      x =
          days == 0
              ? width / 2
              : PAD + (width - 2 * PAD) * ChronoUnit.DAYS.between(first, dates.get(i)) / days;
      y = y(values.get(i), low, high, height);
      points
          .append(points.length() == 0 ? "" : " ")
          .append(coordinate(x))
          .append(',')
          .append(coordinate(y));
    }
    if (dates.size() > 1) {
      svg.start("polyline")
          .attr("points", points.toString())
          .attr("fill", "none")
          .attr("stroke", NAVY)
          .attr("stroke-width", 1.5)
          .attr("stroke-linejoin", "round")
          .end();
    }
    draw.circle(x, y, 2.5, NAVY, null, 0);
    svg.finish();
  }

  /** The height of {@code value} between {@code low} and {@code high}; the middle if they meet. */
  private static double y(double value, double low, double high, double height) {
    if (!(high > low)) {
      return height / 2;
    }
    double share = Math.max(0, Math.min(1, (value - low) / (high - low)));
    return height - PAD - (height - 2 * PAD) * share;
  }

  private static String coordinate(double value) {
    return Numbers.show(Math.round(value * 10) / 10.0);
  }
}
