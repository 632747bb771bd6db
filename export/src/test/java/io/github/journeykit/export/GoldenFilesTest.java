package io.github.journeykit.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.journeykit.export.fixtures.GoldenReports;
import io.github.journeykit.export.fixtures.SampleReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each built-in format of each golden report (the sample report, the sample with what customers
 * did, a journey with an empty stage, a report without a score sheet, a journey of very long texts)
 * matches its golden file, {@code golden/<report>.<extension>}, reviewed by a person. Run with
 * {@code -Djourneykit.updateGoldens=true} to rewrite the files after an intended change, then
 * review the diff.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Stream<JourneyExporter> exporters() {
    return Exporters.builtIns().stream();
  }

  static Stream<Arguments> reportsAndExporters() {
    return GoldenReports.all().entrySet().stream()
        .flatMap(
            report ->
                exporters()
                    .map(exporter -> Arguments.of(report.getKey(), report.getValue(), exporter)));
  }

  @ParameterizedTest(name = "{0}.{2}")
  @MethodSource("reportsAndExporters")
  void reportMatchesItsGoldenFile(String name, Supplier<MapReport> report, JourneyExporter exporter)
      throws IOException {
    String written = exporter.render(report.get());
    Path golden = GOLDEN.resolve(ExporterRegistry.fileName(name, exporter));
    if (Boolean.getBoolean("journeykit.updateGoldens")) {
      Files.writeString(golden, written, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), written);
  }

  @ParameterizedTest
  @MethodSource("exporters")
  void bytesAreTheUtf8OfTheCharactersAndRepeatExactly(JourneyExporter exporter) throws IOException {
    MapReport report = SampleReports.broadbandFaultWithPaths();
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    exporter.write(report, first);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    exporter.write(SampleReports.broadbandFaultWithPaths(), second);
    assertArrayEquals(
        exporter.render(report).getBytes(StandardCharsets.UTF_8), first.toByteArray());
    assertArrayEquals(first.toByteArray(), second.toByteArray());
  }
}
