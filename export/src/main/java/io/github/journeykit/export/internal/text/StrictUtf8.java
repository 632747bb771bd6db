package io.github.journeykit.export.internal.text;

import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one way the readers decode UTF-8 bytes themselves: a decoder that reports a byte sequence
 * that is not UTF-8 instead of replacing it, so that a reader can name the byte and its place
 * rather than read on with U+FFFD. Not public API.
 */
public final class StrictUtf8 {
  private StrictUtf8() {}

  /**
   * A new decoder that reports malformed and unmappable input.
   *
   * @return the decoder, for one document
   */
  public static CharsetDecoder decoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
