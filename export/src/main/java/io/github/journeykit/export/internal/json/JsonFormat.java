package io.github.journeykit.export.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import io.github.journeykit.export.json.JourneyJson;

/**
 * The Jackson set-up shared by the JSON writer and reader. Not public API.
 *
 * <p>The factory is configured once and never changed; Jackson factories are thread-safe.
 */
final class JsonFormat {
  /**
   * Writes shortest round-trip numbers with Jackson's own algorithm (the same on every JDK) and
   * characters outside the basic plane as themselves in UTF-8 too, as they are written to a {@code
   * Writer}; never closes the caller's stream; reads UTF-8 only, never guessing another encoding
   * ({@link Utf8Document} refuses the others first); and enforces the documented limits. The reader
   * finds duplicate keys itself ({@link MemberNames}), far more cheaply than Jackson's detection.
   */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .disable(JsonFactory.Feature.CHARSET_DETECTION)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(JourneyJson.MAX_DOCUMENT_LENGTH)
                  .maxNestingDepth(JourneyJson.MAX_NESTING_DEPTH)
                  .maxStringLength(JourneyJson.MAX_STRING_LENGTH)
                  .maxNumberLength(JourneyJson.MAX_NUMBER_LENGTH)
                  .build())
          .build();

  private JsonFormat() {}
}
