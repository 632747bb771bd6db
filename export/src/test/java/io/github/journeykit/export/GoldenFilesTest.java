package io.github.journeykit.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.journeykit.export.fixtures.SampleReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each built-in format of the sample report matches its golden file, reviewed by a person. Run with
 * {@code -Djourneykit.updateGoldens=true} to rewrite the files after an intended change, then
 * review the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Stream<JourneyExporter> exporters() {
    return Exporters.builtIns().stream();
  }

  @ParameterizedTest
  @MethodSource("exporters")
  void sampleReportMatchesItsGoldenFile(JourneyExporter exporter) throws IOException {
    MapReport report = SampleReports.broadbandFault();
    String written = exporter.render(report);
    Path golden = GOLDEN.resolve(ExporterRegistry.fileName(report.journey().id(), exporter));
    if (Boolean.getBoolean("journeykit.updateGoldens")) {
      Files.writeString(golden, written, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), written);
  }

  @ParameterizedTest
  @MethodSource("exporters")
  void bytesAreTheUtf8OfTheCharactersAndRepeatExactly(JourneyExporter exporter) throws IOException {
    MapReport report = SampleReports.broadbandFault();
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    exporter.write(report, first);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    exporter.write(SampleReports.broadbandFault(), second);
    assertArrayEquals(
        exporter.render(report).getBytes(StandardCharsets.UTF_8), first.toByteArray());
    assertArrayEquals(first.toByteArray(), second.toByteArray());
  }
}
