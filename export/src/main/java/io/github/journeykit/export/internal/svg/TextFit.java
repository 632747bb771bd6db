package io.github.journeykit.export.internal.svg;

import io.github.journeykit.export.internal.text.PlainText;
import java.util.ArrayList;
import java.util.List;

/**
 * Fits text into boxes without font metrics: widths are estimated per character class (narrow,
 * average, wide Latin; East Asian and emoji at one em; combining marks at none), as wide as DejaVu
 * Sans, the widest of the common sans-serif fonts and the one Linux browsers fall back to, so that
 * text stays inside its card in every font. Lines are broken at spaces, long words anywhere; text
 * that does not fit ends in an ellipsis. Not public API.
 */
final class TextFit {
  private static final String ELLIPSIS = "\u2026";

  /**
   * How much wider bold text runs than regular text of the same size: multiply the size by it when
   * estimating bold text. With the estimates of regular text, it keeps bold DejaVu Sans, which runs
   * wider than most bold fonts, inside its box.
   */
  static final double BOLD = 1.18;

  private TextFit() {}

  /** The estimated width of {@code text} at {@code size} pixels. */
  static double width(String text, double size) {
    double em = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      em += em(c);
      i += Character.charCount(c);
    }
    return em * size;
  }

  private static double em(int c) {
    if (c < 0x80) {
      if ("il.,:;'|!`jI".indexOf(c) >= 0) {
        return 0.3;
      }
      if ("tf ".indexOf(c) >= 0) {
        return 0.35;
      }
      if (c == 'r') {
        return 0.42;
      }
      if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '@') {
        return 0.95;
      }
      return Character.isUpperCase(c) ? 0.7 : c >= '0' && c <= '9' ? 0.63 : 0.6;
    }
    switch (c) {
      case '\u00B7': // the middle dot between a card's channel and owner
        return 0.32;
      case '\u2013': // en dash
        return 0.5;
      case '\u2014': // em dash
      case '\u2026': // ellipsis
        return 1.0;
      default:
        break;
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    boolean wide =
        (c >= 0x1100 && c <= 0x115F)
            || (c >= 0x2E80 && c <= 0xA4CF)
            || (c >= 0xAC00 && c <= 0xD7A3)
            || (c >= 0xF900 && c <= 0xFAFF)
            || (c >= 0xFE30 && c <= 0xFE4F)
            || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6)
            || c >= 0x1F000;
    return wide ? 1.0 : 0.6;
  }

  /** {@code text} on one line, cut with an ellipsis to fit {@code max} pixels. */
  static String line(String text, double max, double size) {
    String clean = PlainText.singleLine(text).strip();
    if (width(clean, size) <= max) {
      return clean;
    }
    return cut(clean, max - width(ELLIPSIS, size), size) + ELLIPSIS;
  }

  /**
   * {@code text} broken into at most {@code lines} lines of at most {@code max} pixels; the last
   * line ends in an ellipsis if the text does not fit.
   */
  static List<String> wrap(String text, double max, double size, int lines) {
    String clean = PlainText.singleLine(text).strip();
    List<String> out = new ArrayList<>(lines);
    int at = 0;
    while (at < clean.length() && out.size() < lines) {
      int end = fits(clean, at, max, size);
      boolean last = out.size() == lines - 1;
      if (end < clean.length() && !last) {
        int space = clean.lastIndexOf(' ', end);
        if (space > at && clean.charAt(end) != ' ') {
          end = space;
        }
      }
      if (last && end < clean.length()) {
        out.add(line(clean.substring(at), max, size));
        return out;
      }
      out.add(clean.substring(at, end).strip());
      at = end;
      while (at < clean.length() && clean.charAt(at) == ' ') {
        at++;
      }
    }
    return out;
  }

  /** The end of the longest run from {@code from} that fits; at least one character. */
  private static int fits(String text, int from, double max, double size) {
    double used = 0;
    int i = from;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      double w = em(c) * size;
      if (used + w > max && i > from) {
        break;
      }
      used += w;
      i += Character.charCount(c);
    }
    return i;
  }

  private static String cut(String text, double max, double size) {
    return text.substring(0, fits(text, 0, Math.max(max, 0), size)).stripTrailing();
  }
}
