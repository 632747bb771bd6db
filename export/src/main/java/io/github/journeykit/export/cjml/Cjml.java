package io.github.journeykit.export.cjml;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.path.ActualJourney;
import io.github.journeykit.export.internal.cjml.CjmlReader;
import io.github.journeykit.export.internal.cjml.CjmlWriter;
import io.github.journeykit.export.json.JourneyFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Journeys in the XML data format of CJML 2.0, the Customer Journey Modeling Language of SINTEF
 * (Halvorsrud, Kvale and Følstad, "Improving service quality through customer journey analysis",
 * Journal of Service Theory and Practice, 2016; Halvorsrud, Boletsis and Garcia-Ceja, "Designing a
 * Modeling Language for Customer Journeys: Lessons Learned from User Involvement", MODELS 2021).
 * CJML sets the planned journey (as designed) against actual journeys (what happened to one
 * customer), touchpoint by touchpoint.
 *
 * <p>A journey is written as a {@code plannedJourney}: its stages as phases, its touchpoints as
 * communication points between the end user (the first persona) and a service provider (the
 * touchpoint's owner), on the touchpoint's channel. Actual journeys, one a case of an event log,
 * follow it as {@code actualJourney}s: each step a touchpoint with its compliance ({@code
 * completed}, {@code missing}, {@code failing}, {@code adHoc}, {@code irregular} or {@code
 * repeated}) and its time. The README's section "CJML" lists what maps to what, and what CJML does
 * not carry (measurements, gaps, actions, KPIs, governance and more).
 *
 * <p>Text is written exactly as far as XML 1.0 can hold it (a character it cannot hold becomes
 * U+FFFD), and nothing in it becomes markup. Reading is hardened: no document type declarations, no
 * external entities, and the limits below; every problem is reported at once in a {@link
 * JourneyFormatException}, each with its element path, line, column, rule and value.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("open-account.cjml.xml"))) {
 *   Cjml.writePlanned(journey, out);
 * }
 * Journey back = Cjml.readPlanned(Path.of("open-account.cjml.xml"));
 *
 * List<ActualJourney> cases = PathAnalysis.of(journey).actualJourneys(events); // analytics
 * try (OutputStream out = Files.newOutputStream(Path.of("open-account.cases.cjml.xml"))) {
 *   Cjml.writeActual(journey, cases, out);
 * }
 * }</pre>
 */
public final class Cjml {
  /** The version of CJML written, and the one read: the {@code version} of the root element. */
  public static final String VERSION = "2.0";

  /** The largest document read, in bytes. */
  public static final long MAX_DOCUMENT_BYTES = 64L << 20;

  /** The deepest nesting of elements read. */
  public static final int MAX_DEPTH = 32;

  /** The longest text (of an element or an attribute) read, in characters. */
  public static final int MAX_TEXT_LENGTH = 1_000_000;

  /** The most elements read. */
  public static final int MAX_ELEMENTS = 1_000_000;

  private Cjml() {}

  /**
   * Writes {@code journey} as a CJML document holding its planned journey, in UTF-8. The stream is
   * flushed, not closed.
   *
   * @param journey the journey
   * @param out where the document goes
   * @throws IOException if writing fails
   */
  public static void writePlanned(Journey journey, OutputStream out) throws IOException {
    writeActual(journey, List.of(), out);
  }

  /**
   * Writes a CJML document holding {@code planned} as the planned journey and, after it, {@code
   * actual} as actual journeys that refer to it, in UTF-8. The stream is flushed, not closed.
   *
   * @param planned the designed journey
   * @param actual what happened to customers, one a case, as {@code PathAnalysis.actualJourneys} of
   *     the analytics module gives them
   * @param out where the document goes
   * @throws io.github.journeykit.core.model.ValidationException naming every step that is neither a
   *     touchpoint of {@code planned} nor ad hoc, before anything is written
   * @throws IOException if writing fails
   */
  public static void writeActual(Journey planned, List<ActualJourney> actual, OutputStream out)
      throws IOException {
    requireNonNull(planned, "planned");
    requireNonNull(out, "out");
    for (int i = 0; i < requireNonNull(actual, "actual").size(); i++) {
      requireNonNull(actual.get(i), "actual[" + i + "]");
    }
    CjmlWriter.write(planned, actual, out);
  }

  /**
   * Reads the planned journey of a CJML document; its actual journeys are skipped.
   *
   * @param in the document, as UTF-8 bytes (a byte order mark is skipped; bytes that are not UTF-8
   *     and a declaration of another encoding are problems)
   * @param sourceName what messages call the document, such as its file name
   * @return the journey
   * @throws JourneyFormatException listing every problem, if the document is not well-formed,
   *     breaks a limit, or does not hold exactly one valid planned journey
   * @throws IOException if reading fails
   */
  public static Journey readPlanned(InputStream in, String sourceName) throws IOException {
    return CjmlReader.readPlanned(
        in, sourceName, MAX_DOCUMENT_BYTES, MAX_DEPTH, MAX_TEXT_LENGTH, MAX_ELEMENTS);
  }

  /**
   * Reads the planned journey of a CJML file; messages name the file.
   *
   * @param file the file
   * @return the journey
   * @throws JourneyFormatException listing every problem
   * @throws IOException if reading fails
   */
  public static Journey readPlanned(Path file) throws IOException {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return readPlanned(in, file.toString());
    }
  }
}
