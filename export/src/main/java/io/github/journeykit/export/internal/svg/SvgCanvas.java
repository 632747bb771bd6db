package io.github.journeykit.export.internal.svg;

import io.github.journeykit.export.internal.xml.XmlOut;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;

/**
 * The shapes and the palette of JourneyKit's SVG pictures (the journey map and the funnel chart),
 * drawn through one {@link XmlOut}. Not public API.
 */
final class SvgCanvas {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String FONT =
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

  static final String INK = "#1d2733";
  static final String MUTED = "#5b6675";
  static final String NAVY = "#1f3a5f";
  static final String RED = "#c62828";
  static final String GREEN = "#2e7d32";
  static final String AMBER = "#b26a00";

  /** The elements of SVG whose content is text, where white space would show. */
  private static final Set<String> TEXT_ELEMENTS = Set.of("text", "tspan", "title");

  private final XmlOut svg;

  /** A writer of an SVG document onto {@code out}. */
  static XmlOut writer(Writer out) throws IOException {
    return XmlOut.to(out, TEXT_ELEMENTS);
  }

  SvgCanvas(XmlOut svg) {
    this.svg = svg;
  }

  /**
   * Opens the picture: the {@code svg} element of {@code width} by {@code height} pixels, an image
   * in the project's font, and its title, which viewers show and screen readers read.
   */
  void open(double width, double height, String title) throws IOException {
    svg.start("svg")
        .namespace(SVG_NS)
        .attr("width", width)
        .attr("height", height)
        .attr("viewBox", "0 0 " + (int) width + " " + (int) height)
        .attr("role", "img")
        .attr("font-family", FONT);
    svg.start("title").text(title).end();
  }

  /** A rectangle, with rounded corners of radius {@code r} if positive; no outline if null. */
  void rect(double x, double y, double w, double h, double r, String fill, String stroke)
      throws IOException {
    svg.start("rect").attr("x", x).attr("y", y).attr("width", w).attr("height", h);
    if (r > 0) {
      svg.attr("rx", r);
    }
    svg.attr("fill", fill);
    if (stroke != null) {
      svg.attr("stroke", stroke);
    }
    svg.end();
  }

  /** A circle; no outline if {@code stroke} is null. */
  void circle(double cx, double cy, double r, String fill, String stroke, double strokeWidth)
      throws IOException {
    svg.start("circle").attr("cx", cx).attr("cy", cy).attr("r", r).attr("fill", fill);
    if (stroke != null) {
      svg.attr("stroke", stroke).attr("stroke-width", strokeWidth);
    }
    svg.end();
  }

  /** A line, dashed if {@code dash} is given, with round ends when 3 pixels wide or more. */
  void line(double x1, double y1, double x2, double y2, String stroke, double w, String dash)
      throws IOException {
    svg.start("line")
        .attr("x1", x1)
        .attr("y1", y1)
        .attr("x2", x2)
        .attr("y2", y2)
        .attr("stroke", stroke)
        .attr("stroke-width", w);
    if (dash != null) {
      svg.attr("stroke-dasharray", dash);
    }
    if (w >= 3) {
      svg.attr("stroke-linecap", "round");
    }
    svg.end();
  }

  /** One line of text from {@code (x, y)}, its style {@code "bold"}, {@code "italic"} or null. */
  void text(double x, double y, double size, String style, String fill, String text)
      throws IOException {
    svg.start("text").attr("x", x).attr("y", y).attr("font-size", size).attr("fill", fill);
    if ("bold".equals(style)) {
      svg.attr("font-weight", "bold");
    } else if ("italic".equals(style)) {
      svg.attr("font-style", "italic");
    }
    svg.text(text).end();
  }
}
