package io.github.journeykit.export.json;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.internal.json.JsonJourneyReader;
import io.github.journeykit.export.internal.problems.ProblemList;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JourneyKit JSON format: reading documents back into journeys, and its JSON Schema. {@link
 * io.github.journeykit.export.Exporters#json()} writes the format.
 *
 * <p>A document is one JSON object. It begins with {@code "format": "journeykit"} and {@code
 * "formatVersion": 3}, then holds the journey's fields ({@code id}, {@code title}, {@code
 * description}, {@code vision}, {@code personas}, {@code state}, {@code counterpartId}, {@code
 * stages}, {@code moments}, {@code gaps}, {@code actions}, {@code kpis}, {@code governance}, {@code
 * tags}, {@code suppressions}), and, when the report has them, {@code scoreSheet}, {@code findings}
 * and {@code paths} (what customers did: every field of the {@link
 * io.github.journeykit.core.path.PathSummary} and its parts). Member names are the model's field
 * names; enum constants are written as in Java; dates are ISO-8601 ({@code 2026-10-31}), periods
 * ISO-8601 ({@code P3M}), instants ISO-8601 in UTC ({@code 2026-10-01T07:12:00Z}), durations
 * ISO-8601 in hours, minutes and seconds ({@code PT26H}). Optional members that are absent, empty
 * lists and empty objects are left out; a touchpoint's {@code optional} is written only when true.
 * {@link #schema()} gives the exact rules.
 *
 * <p>A KPI with readings holds them as {@code readings}, an array of {@code {"date": "2026-10-31",
 * "value": 45}} in date order, one per date; its {@code current} and {@code measured} are then the
 * last reading's and are written only there (a document that gives them too must give the last
 * reading's).
 *
 * <p>The reader reads versions 1, 2 and 3. Version 2 is version 3 without a KPI's {@code readings};
 * version 1 is version 2 without a touchpoint's {@code step} and {@code optional} and without the
 * report's {@code paths}: in an older document those are members the format does not define. {@link
 * #schema(int)} gives the schema of each version.
 *
 * <p>The reader is strict: members the format does not define, duplicate keys, values of the wrong
 * type, missing required members, unknown format versions, invalid references and numbers out of
 * range are all errors. It reports every problem it finds in one {@link JourneyFormatException},
 * each with a JSON Pointer, line and column: the model's rules at the members they name, checked
 * with every element that could be read, even when others could not. It stops early at malformed
 * JSON, at any of the limits below, or after {@value #MAX_PROBLEMS} problems.
 *
 * <p>Bytes are read as UTF-8 only: a UTF-8 byte order mark is skipped, and bytes that are not UTF-8
 * (UTF-16 or UTF-32 among them) are a problem at their line and column. A string, a {@code Reader}
 * and the UTF-8 bytes of the same characters give the same journey or the same problems, lines and
 * columns (counted in UTF-16 characters, as Java counts a string's length), however many characters
 * each call of the {@code Reader} or {@code InputStream} gives. The reader holds the whole document
 * while it reads, as UTF-8.
 *
 * <p>Limits: at most {@value #MAX_DOCUMENT_LENGTH} bytes of UTF-8, nesting at most {@value
 * #MAX_NESTING_DEPTH} deep, strings of at most {@value #MAX_STRING_LENGTH} characters, numbers of
 * at most {@value #MAX_NUMBER_LENGTH} characters.
 *
 * <pre>{@code
 * String json = Exporters.json().render(MapReport.of(journey));
 * Journey back = JourneyJson.read(json);          // equals journey
 * MapReport report = JourneyJson.readReport(json); // with the score sheet, findings and paths
 * }</pre>
 */
public final class JourneyJson {
  /** The value of the {@code format} member that every document begins with. */
  public static final String FORMAT = "journeykit";

  /** The format version this library writes; it reads this one and every earlier one, from 1. */
  public static final int FORMAT_VERSION = 3;

  /**
   * The largest document read, in bytes of UTF-8 (for text, the bytes its characters encode to): 1
   * GiB, room for a journey of some 400,000 richly measured touchpoints.
   */
  public static final long MAX_DOCUMENT_LENGTH = 1L << 30;

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** The longest string read, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The reader stops after this many problems. */
  public static final int MAX_PROBLEMS = ProblemList.MAX_PROBLEMS;

  private JourneyJson() {}

  /**
   * Reads a journey from a document.
   *
   * @param json the document
   * @return the journey
   * @throws JourneyFormatException listing every problem, if the document is not a valid journey
   */
  public static Journey read(String json) {
    return readReport(json).journey();
  }

  /**
   * Reads a journey from a document, to the end of {@code in}, without closing it.
   *
   * @param in the document
   * @return the journey
   * @throws JourneyFormatException listing every problem, if the document is not a valid journey
   * @throws IOException if {@code in} fails
   */
  public static Journey read(Reader in) throws IOException {
    return readReport(in).journey();
  }

  /**
   * Reads a journey from a UTF-8 document, to the end of {@code in}, without closing it.
   *
   * @param in the document's bytes
   * @return the journey
   * @throws JourneyFormatException listing every problem, if the document is not a valid journey
   * @throws IOException if {@code in} fails
   */
  public static Journey read(InputStream in) throws IOException {
    return readReport(in).journey();
  }

  /**
   * Reads a journey with its score sheet, findings and path summary, if the document has them.
   *
   * @param json the document
   * @return the report
   * @throws JourneyFormatException listing every problem, if the document is not valid
   */
  public static MapReport readReport(String json) {
    requireNonNull(json, "json");
    return JsonJourneyReader.read(json);
  }

  /**
   * Reads a journey with its score sheet, findings and path summary, to the end of {@code in},
   * without closing it.
   *
   * @param in the document
   * @return the report
   * @throws JourneyFormatException listing every problem, if the document is not valid
   * @throws IOException if {@code in} fails
   */
  public static MapReport readReport(Reader in) throws IOException {
    requireNonNull(in, "in");
    return JsonJourneyReader.read(in);
  }

  /**
   * Reads a journey with its score sheet, findings and path summary from a UTF-8 document, to the
   * end of {@code in}, without closing it.
   *
   * @param in the document's bytes
   * @return the report
   * @throws JourneyFormatException listing every problem, if the document is not valid
   * @throws IOException if {@code in} fails
   */
  public static MapReport readReport(InputStream in) throws IOException {
    requireNonNull(in, "in");
    return JsonJourneyReader.read(in);
  }

  /**
   * The JSON Schema (draft 2020-12) of format version {@value #FORMAT_VERSION}, the version
   * written. The same file is in the jar as {@code
   * io/github/journeykit/export/json/journeykit-3.schema.json}, and in the repository under {@code
   * export/src/main/resources}.
   *
   * @return the schema's text
   */
  public static String schema() {
    return schema(FORMAT_VERSION);
  }

  /**
   * The JSON Schema (draft 2020-12) of a format version the reader reads: 1 to {@value
   * #FORMAT_VERSION}. It is in the jar as {@code
   * io/github/journeykit/export/json/journeykit-<version>.schema.json}.
   *
   * <pre>{@code
   * String versionTwo = JourneyJson.schema(2);
   * }</pre>
   *
   * @param version the format version
   * @return the schema's text
   * @throws IllegalArgumentException if the version is not between 1 and {@value #FORMAT_VERSION}
   */
  public static String schema(int version) {
    if (version < 1 || version > FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "version: must be a format version from 1 to "
              + FORMAT_VERSION
              + " (was "
              + version
              + ")");
    }
    String resource = "journeykit-" + version + ".schema.json";
    try (InputStream in = JourneyJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The jar lacks " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
