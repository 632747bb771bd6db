package io.github.journeykit.export.json;

import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.journeykit.core.fixtures.JourneyGenerators;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.Exporters;
import io.github.journeykit.export.MapReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Laws of the JSON format over generated journeys with arbitrary text. */
class JourneyJsonProperties {
  @Test
  void readingWhatWasWrittenGivesTheSameJourney() {
    qt().forAll(JourneyGenerators.journeys())
        .check(j -> JourneyJson.read(Exporters.json().render(MapReport.of(j))).equals(j));
  }

  @Test
  void theUtf8BytesReadBackToo() {
    qt(100)
        .forAll(JourneyGenerators.journeys())
        .check(j -> readBytes(writeBytes(MapReport.of(j))).equals(j));
  }

  @Test
  void everyExportValidatesAgainstTheSchema() {
    qt(100)
        .forAll(JourneyGenerators.journeys())
        .checkAssert(
            j ->
                assertEquals(
                    List.of(),
                    SchemaValidation.errors(Exporters.json().render(MapReport.of(j))),
                    j.toString()));
  }

  private static byte[] writeBytes(MapReport report) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Exporters.json().write(report, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Journey readBytes(byte[] json) {
    try {
      return JourneyJson.read(new ByteArrayInputStream(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
