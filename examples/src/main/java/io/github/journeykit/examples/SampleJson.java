package io.github.journeykit.examples;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.Exporters;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.json.JourneyJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sample journeys as documents of the JSON format: one file per journey of {@link
 * Samples#all()}, named {@code <journey-id>.json}, under {@code samples/} on the class path. The
 * documents of the bank and retail journeys are their definitions; {@link #main} writes every
 * document again in the exporter's form, those of the broadband journeys from core's test fixtures,
 * and a test keeps the committed files equal to what it writes.
 *
 * <pre>{@code
 * String json = SampleJson.render(Samples.broadbandFault());
 * String resource = SampleJson.resource("broadband-fault");   // "/samples/broadband-fault.json"
 * Journey bank = SampleJson.read("open-account");
 * }</pre>
 */
public final class SampleJson {
  /** Where {@link #main} writes the files unless told otherwise, relative to the repository. */
  public static final String DIRECTORY = "examples/src/main/resources/samples";

  private SampleJson() {}

  /**
   * The document of a journey, as the JSON exporter writes it.
   *
   * @param journey the journey
   * @return the document
   */
  public static String render(Journey journey) {
    return Exporters.json().render(MapReport.of(journey));
  }

  /**
   * The class-path resource of a sample journey's document.
   *
   * @param journeyId the journey's id, such as {@code open-account}
   * @return the resource name, such as {@code /samples/open-account.json}
   */
  public static String resource(String journeyId) {
    return "/samples/" + Objects.requireNonNull(journeyId, "journeyId") + ".json";
  }

  /**
   * Reads the committed document of a sample journey.
   *
   * @param journeyId the journey's id, such as {@code open-account}
   * @return the journey
   * @throws IOException if the document is missing from the class path or cannot be read
   * @throws io.github.journeykit.export.json.JourneyFormatException if it is not a valid journey
   *     document
   */
  public static Journey read(String journeyId) throws IOException {
    try (InputStream in = Samples.open(resource(journeyId))) {
      return JourneyJson.read(in);
    }
  }

  /**
   * Writes the documents of every sample journey into a directory.
   *
   * @param journeys the journeys
   * @param directory the directory, created if missing
   * @return the files written, in the order of the journeys
   * @throws IOException if writing fails
   */
  public static List<Path> write(List<Journey> journeys, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (Journey journey : journeys) {
      Path file = directory.resolve(journey.id() + ".json");
      Files.writeString(file, render(journey), StandardCharsets.UTF_8);
      written.add(file);
    }
    return written;
  }

  /**
   * Writes the committed sample documents, into {@value #DIRECTORY} unless another directory is
   * given.
   *
   * @param args an optional output directory
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    for (Path file : write(Samples.all(), Path.of(args.length > 0 ? args[0] : DIRECTORY))) {
      System.out.println("Wrote " + file);
    }
  }
}
