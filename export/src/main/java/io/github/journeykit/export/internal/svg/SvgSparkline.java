package io.github.journeykit.export.internal.svg;

import static io.github.journeykit.export.internal.svg.SvgCanvas.MUTED;
import static io.github.journeykit.export.internal.svg.SvgCanvas.NAVY;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.KpiReading;
import io.github.journeykit.export.internal.view.Words;
import java.io.IOException;
import java.io.Writer;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Draws a KPI's readings as a sparkline, for the HTML report: a small line through the readings,
 * placed by date from left to right and by value from bottom to top, the latest reading marked by a
 * dot, and the target as a dashed line when it lies within the readings' range. Its title names the
 * KPI and every reading. Like the map, it holds no scripts and no links. Not public API.
 */
public final class SvgSparkline {
  private static final double WIDTH = 120;
  private static final double HEIGHT = 28;
  private static final double PAD = 4;

  private SvgSparkline() {}

  /**
   * Draws the sparkline of {@code kpi}'s readings, to be embedded in HTML.
   *
   * @param kpi a KPI with at least one reading
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public static void write(Kpi kpi, Writer out) throws IOException {
    List<KpiReading> readings = kpi.readings();
    XmlOut svg = XmlOut.to(out);
    SvgCanvas draw = new SvgCanvas(svg);
    draw.open(WIDTH, HEIGHT, kpi.name() + ": " + Words.readings(kpi));
    KpiReading first = readings.get(0);
    KpiReading last = readings.get(readings.size() - 1);
    long days = ChronoUnit.DAYS.between(first.date(), last.date());
    double low = readings.stream().mapToDouble(KpiReading::value).min().getAsDouble();
    double high = readings.stream().mapToDouble(KpiReading::value).max().getAsDouble();
    if (kpi.target().isPresent()) {
      double target = kpi.target().getAsDouble();
      if (target > low && target < high) {
        double y = y(target, low, high);
        draw.line(PAD, y, WIDTH - PAD, y, MUTED, 1, "2 2");
      }
    }
    StringBuilder points = new StringBuilder();
    for (KpiReading reading : readings) {
      double x =
          days == 0
              ? WIDTH / 2
              : PAD
                  + (WIDTH - 2 * PAD)
                      * ChronoUnit.DAYS.between(first.date(), reading.date())
                      / days;
      points
          .append(points.length() == 0 ? "" : " ")
          .append(coordinate(x))
          .append(',')
          .append(coordinate(y(reading.value(), low, high)));
    }
    svg.start("polyline")
        .attr("points", points.toString())
        .attr("fill", "none")
        .attr("stroke", NAVY)
        .attr("stroke-width", 1.5)
        .attr("stroke-linejoin", "round")
        .end();
    double lastX = days == 0 ? WIDTH / 2 : WIDTH - PAD;
    draw.circle(lastX, y(last.value(), low, high), 2.5, NAVY, null, 0);
    svg.finish();
  }

  /**
   * The height of {@code value} between the lowest and the highest reading; the middle if equal.
   */
  private static double y(double value, double low, double high) {
    if (high == low) {
      return HEIGHT / 2;
    }
    return HEIGHT - PAD - (HEIGHT - 2 * PAD) * (value - low) / (high - low);
  }

  private static String coordinate(double value) {
    return Numbers.show(Math.round(value * 10) / 10.0);
  }
}
