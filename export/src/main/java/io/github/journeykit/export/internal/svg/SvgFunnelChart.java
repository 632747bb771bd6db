package io.github.journeykit.export.internal.svg;

import static io.github.journeykit.export.internal.svg.SvgCanvas.INK;
import static io.github.journeykit.export.internal.svg.SvgCanvas.MUTED;
import static io.github.journeykit.export.internal.svg.SvgCanvas.NAVY;
import static io.github.journeykit.export.internal.svg.SvgCanvas.RED;

import io.github.journeykit.export.internal.view.ObservedPaths;
import io.github.journeykit.export.internal.xml.XmlOut;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Draws the funnel as an SVG bar chart, for the HTML report: a row per stage with its number and
 * name, a bar as long as the share of the first stage's cases that reached it on a track of the
 * whole, the cases and that share, and the cases that dropped out before it. Like the map, it holds
 * no scripts and no links. Not public API.
 */
public final class SvgFunnelChart {
  private static final double WIDTH = 920;
  private static final double LABEL_W = 250;
  private static final double TRACK_X = 260;
  private static final double TRACK_W = 420;
  private static final double FIGURES_X = TRACK_X + TRACK_W + 12;

  /**
   * The width of the cases and their share: enough for seven digits and a share with two decimals,
   * {@code 1000000 · 99.99%} in bold, so that the share is never cut.
   */
  private static final double FIGURES_W = 138;

  private static final double DROPPED_X = FIGURES_X + FIGURES_W;
  private static final double HEADER_H = 24;
  private static final double ROW_H = 30;
  private static final double BAR_H = 18;
  private static final double PAD = 8;

  private SvgFunnelChart() {}

  /**
   * Draws the chart of {@code bars}, to be embedded in HTML.
   *
   * @param bars the bars, one per stage, in order
   * @param out where to write
   * @throws IOException if {@code out} fails
   */
  public static void write(List<ObservedPaths.FunnelBar> bars, Writer out) throws IOException {
    XmlOut svg = SvgCanvas.writer(out);
    SvgCanvas draw = new SvgCanvas(svg);
    double height = PAD + HEADER_H + bars.size() * ROW_H + PAD;
    draw.open(WIDTH, height, "Funnel: the cases that reached each stage");
    draw.rect(0, 0, WIDTH, height, 0, "#ffffff", null);
    double header = PAD + 14;
    draw.text(PAD, header, 11, "bold", MUTED, "Stage");
    draw.text(TRACK_X, header, 11, "bold", MUTED, "Share of the cases that reached stage 1");
    draw.text(FIGURES_X, header, 11, "bold", MUTED, "Reached");
    draw.text(DROPPED_X, header, 11, "bold", MUTED, "Dropped");
    for (int i = 0; i < bars.size(); i++) {
      ObservedPaths.FunnelBar bar = bars.get(i);
      double top = PAD + HEADER_H + i * ROW_H;
      double middle = top + ROW_H / 2 + 4;
      svg.start("g");
      svg.start("title").text(bar.label() + ": " + bar.figures()).end();
      draw.text(PAD, middle, 12.5, null, INK, TextFit.line(bar.label(), LABEL_W - PAD, 12.5));
      double barTop = top + (ROW_H - BAR_H) / 2;
      draw.rect(TRACK_X, barTop, TRACK_W, BAR_H, 3, "#eef2f7", null);
      double share = Math.max(0, Math.min(1, bar.share().orElse(0)));
      if (share > 0) {
        draw.rect(TRACK_X, barTop, Math.max(2, share * TRACK_W), BAR_H, 3, NAVY, null);
      }
      draw.text(
          FIGURES_X,
          middle,
          12,
          "bold",
          INK,
          TextFit.line(bar.figures(), DROPPED_X - FIGURES_X - 8, 12 * TextFit.BOLD));
      if (bar.dropOff() > 0) {
        draw.text(
            DROPPED_X,
            middle,
            12,
            null,
            RED,
            TextFit.line("\u2212" + bar.dropOff(), WIDTH - DROPPED_X - PAD, 12));
      }
      svg.end();
    }
    svg.finish();
  }
}
