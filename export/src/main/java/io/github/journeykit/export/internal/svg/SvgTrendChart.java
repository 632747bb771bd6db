package io.github.journeykit.export.internal.svg;

import static io.github.journeykit.export.internal.svg.SvgCanvas.MUTED;
import static io.github.journeykit.export.internal.svg.SvgCanvas.NAVY;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.trend.MetricTrend;
import io.github.journeykit.core.trend.TrendPoint;
import java.io.IOException;
import java.io.Writer;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Draws a measured touchpoint's trend as a small line chart, for the HTML report: a point per
 * period placed by its first day from left to right and by its figure from bottom to top on the
 * scale's range (or the figures' own where the scale is open), joined by a line, the last point
 * marked, and the scale's baseline dashed when it lies within. Its title names the trend and every
 * point. Like the map, it holds no scripts and no links. Not public API.
 */
public final class SvgTrendChart {
  private static final double WIDTH = 160;
  private static final double HEIGHT = 44;
  private static final double PAD = 5;

  private SvgTrendChart() {}

  /**
   * Draws the chart of {@code trend}, to be embedded in HTML.
   *
   * @param trend the trend
   * @param title what the chart shows, in words, for its title
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public static void write(MetricTrend trend, String title, Writer out) throws IOException {
    List<TrendPoint> points = trend.points();
    XmlOut svg = XmlOut.to(out);
    SvgCanvas draw = new SvgCanvas(svg);
    draw.open(WIDTH, HEIGHT, title);
    double low = trend.scale().min();
    double high = trend.scale().max().orElse(Double.NaN);
    if (Double.isNaN(high)) {
      low = points.stream().mapToDouble(TrendPoint::value).min().getAsDouble();
      high = points.stream().mapToDouble(TrendPoint::value).max().getAsDouble();
    }
    draw.rect(0, 0, WIDTH, HEIGHT, 3, "#f7f9fc", null);
    double baseline = trend.scale().baseline().orElse(Double.NaN);
    if (baseline > low && baseline < high) {
      double y = y(baseline, low, high);
      draw.line(PAD, y, WIDTH - PAD, y, MUTED, 0.75, "2 2");
    }
    TrendPoint first = points.get(0);
    long days = ChronoUnit.DAYS.between(first.start(), points.get(points.size() - 1).start());
    StringBuilder line = new StringBuilder();
    double x = WIDTH / 2;
    double y = HEIGHT / 2;
    for (TrendPoint point : points) {
      x =
          days == 0
              ? WIDTH / 2
              : PAD
                  + (WIDTH - 2 * PAD)
                      * ChronoUnit.DAYS.between(first.start(), point.start())
                      / days;
      y = y(point.value(), low, high);
      line.append(line.length() == 0 ? "" : " ")
          .append(coordinate(x))
          .append(',')
          .append(coordinate(y));
    }
    if (points.size() > 1) {
      svg.start("polyline")
          .attr("points", line.toString())
          .attr("fill", "none")
          .attr("stroke", NAVY)
          .attr("stroke-width", 1.5)
          .attr("stroke-linejoin", "round")
          .end();
    }
    draw.circle(x, y, 3, NAVY, null, 0);
    svg.finish();
  }

  /** The height of {@code value} between {@code low} and {@code high}; the middle if they meet. */
  private static double y(double value, double low, double high) {
    if (high <= low) {
      return HEIGHT / 2;
    }
    double share = Math.max(0, Math.min(1, (value - low) / (high - low)));
    return HEIGHT - PAD - (HEIGHT - 2 * PAD) * share;
  }

  private static String coordinate(double value) {
    return Numbers.show(Math.round(value * 10) / 10.0);
  }
}
