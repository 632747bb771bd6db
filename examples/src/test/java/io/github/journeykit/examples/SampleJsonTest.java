package io.github.journeykit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.json.JourneyJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The committed sample documents are what the generator writes, and read back as the samples. */
class SampleJsonTest {
  static List<Journey> samples() {
    return Samples.all();
  }

  private static String committed(Journey journey) throws IOException {
    try (InputStream in =
        SampleJsonTest.class.getResourceAsStream(SampleJson.resource(journey.id()))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theCommittedDocumentIsWhatTheGeneratorWrites(Journey journey) throws IOException {
    assertEquals(
        SampleJson.render(journey),
        committed(journey),
        "regenerate with: java ... io.github.journeykit.examples.SampleJson");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theCommittedDocumentReadsBackAsTheSample(Journey journey) throws IOException {
    assertEquals(journey, JourneyJson.read(committed(journey)));
  }

  @Test
  void writeNamesEachFileByTheJourneysId(@TempDir Path dir) throws IOException {
    List<Path> files = SampleJson.write(Samples.all(), dir.resolve("samples"));
    assertEquals(
        List.of(
            "open-account.json",
            "open-account-future.json",
            "broadband-fault.json",
            "broadband-fault-future.json",
            "order-and-return.json"),
        files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toList()));
    assertEquals(
        Samples.broadbandFault(),
        JourneyJson.read(Files.readString(files.get(2), StandardCharsets.UTF_8)));
  }
}
