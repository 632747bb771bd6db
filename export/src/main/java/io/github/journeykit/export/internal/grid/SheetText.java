package io.github.journeykit.export.internal.grid;

/**
 * Text as a cell of an XLSX sheet holds it. XML 1.0, in which a sheet is written, cannot hold most
 * control characters, lone surrogates or U+FFFE and U+FFFF, and turns a carriage return into a line
 * feed; the sheet's own escape for them, {@code _xHHHH_} (ECMA-376 Part 1, 22.9.2.19, ST_Xstring),
 * which spreadsheets decode when they show the cell, keeps every character. Text that itself looks
 * like such an escape has its underscore escaped as {@code _x005F_}. Not public API.
 */
final class SheetText {
  private static final String HEX = "0123456789ABCDEFabcdef";

  private SheetText() {}

  /** {@code text} with every character a sheet cannot hold, and every look-alike, escaped. */
  static String escaped(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = null;
      if (!holds(text, i)) {
        escape = escape(c);
      } else if (c == '_' && isEscape(text, i)) {
        escape = escape('_');
      }
      if (escape != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escape != null) {
          out.append(escape);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /** The text that {@link #escaped} made {@code cell} of. */
  static String unescaped(String cell) {
    if (cell.indexOf("_x") < 0) {
      return cell;
    }
    StringBuilder out = new StringBuilder(cell.length());
    int i = 0;
    while (i < cell.length()) {
      if (cell.charAt(i) == '_' && isEscape(cell, i)) {
        out.append((char) Integer.parseInt(cell.substring(i + 2, i + 6), 16));
        i += 7;
      } else {
        out.append(cell.charAt(i++));
      }
    }
    return out.toString();
  }

  /** Whether the character at {@code i} survives a sheet as it is. */
  private static boolean holds(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
    return c == '\t' || c == '\n' || (c >= 0x20 && c < 0xFFFE);
  }

  /** Whether {@code _xHHHH_} starts at {@code i}. */
  private static boolean isEscape(String text, int i) {
    if (i + 7 > text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
      return false;
    }
    for (int j = i + 2; j < i + 6; j++) {
      if (HEX.indexOf(text.charAt(j)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String escape(char c) {
    return String.format("_x%04X_", (int) c);
  }
}
