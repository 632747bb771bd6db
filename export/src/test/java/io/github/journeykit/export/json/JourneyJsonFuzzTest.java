package io.github.journeykit.export.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.journeykit.export.internal.text.StrictUtf8;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.List;

/**
 * The JSON reader on any bytes at all. Its contract: a {@link JourneyFormatException} with at least
 * one problem, or a report; never another exception; and for bytes that are UTF-8 the three ways in
 * (a string, a {@code Reader}, the bytes), each also a character or byte a call, give one answer.
 * In the build the committed inputs are replayed; {@code JAZZER_FUZZ=1} fuzzes (see README,
 * "Fuzzing").
 */
class JourneyJsonFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void readsAnyBytesWithinItsContract(byte[] input) {
    Object fromBytes =
        WaysIn.outcome(() -> JourneyJson.readReport(new ByteArrayInputStream(input)));
    if (fromBytes instanceof List) {
      assertFalse(((List<?>) fromBytes).isEmpty(), "a refused document names its problems");
    }
    String text;
    try {
      text = StrictUtf8.decoder().decode(ByteBuffer.wrap(input)).toString();
    } catch (CharacterCodingException notUtf8) {
      return;
    }
    // A byte order mark is bytes of the encoding, not a character of the document.
    String document = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Object> outcomes = WaysIn.outcomes(document);
    for (Object outcome : outcomes) {
      assertEquals(outcomes.get(0), outcome);
    }
    assertEquals(outcomes.get(0), fromBytes);
  }
}
