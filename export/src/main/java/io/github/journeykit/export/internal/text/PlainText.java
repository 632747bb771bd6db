package io.github.journeykit.export.internal.text;

/**
 * Makes free text from a journey safe to place in a rendering: control characters, lone surrogates
 * and the non-characters U+FFFE and U+FFFF (none of which XML 1.0 can hold, and which no reader
 * wants), and the bidirectional embeddings, overrides and isolates (which would turn the text
 * around them), become the replacement character U+FFFD, so that their presence stays visible.
 * Right-to-left letters and the direction marks U+200E and U+200F stay. Not public API.
 */
public final class PlainText {
  /** What stands in for a character that cannot be shown. */
  public static final char REPLACEMENT = '\uFFFD';

  private PlainText() {}

  /**
   * The text with line breaks kept as {@code \n} (a CR LF pair or a lone CR becomes {@code \n}),
   * tabs kept, and every other unshowable character replaced by U+FFFD.
   *
   * @param text the text
   * @return the cleaned text; {@code text} itself when nothing needed cleaning
   */
  public static String clean(String text) {
    return convert(text, false);
  }

  /**
   * The text on one line: line breaks and tabs become spaces, every other unshowable character
   * becomes U+FFFD.
   *
   * @param text the text
   * @return the cleaned text; {@code text} itself when nothing needed cleaning
   */
  public static String singleLine(String text) {
    return convert(text, true);
  }

  private static String convert(String text, boolean oneLine) {
    int i = 0;
    int length = text.length();
    while (i < length && kept(text, i, oneLine)) {
      i += Character.isHighSurrogate(text.charAt(i)) ? 2 : 1;
    }
    if (i >= length) {
      return text;
    }
    StringBuilder out = new StringBuilder(length).append(text, 0, i);
    while (i < length) {
      char c = text.charAt(i);
      if (kept(text, i, oneLine)) {
        out.append(c);
        if (Character.isHighSurrogate(c)) {
          out.append(text.charAt(++i));
        }
      } else if (isLineBreak(c) || c == '\t') {
        boolean pair = c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n';
        out.append(oneLine ? ' ' : '\n');
        i += pair ? 1 : 0;
      } else {
        out.append(REPLACEMENT);
      }
      i++;
    }
    return out.toString();
  }

  /** Whether the character at {@code i} stays as it is (a surrogate pair counts as kept). */
  private static boolean kept(String text, int i, boolean oneLine) {
    char c = text.charAt(i);
    if (c >= 0x20 && c < 0x7f) {
      return true;
    }
    if (c == '\n' || c == '\t') {
      return !oneLine;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return !Character.isISOControl(c)
        && !Character.isLowSurrogate(c)
        && c != '\uFFFE'
        && c != '\uFFFF'
        && c != '\u2028'
        && c != '\u2029'
        && !isDirectionControl(c);
  }

  /**
   * Whether {@code c} opens or closes a bidirectional embedding, override or isolate (U+202A to
   * U+202E, U+2066 to U+2069): left in, one would reverse the rendering's own text around it.
   */
  private static boolean isDirectionControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
