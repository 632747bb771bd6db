package io.github.journeykit.export.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.json.JourneyFormatException;
import io.github.journeykit.export.json.JourneyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Reads a JourneyKit JSON document with Jackson's streaming parser, building the model as it goes
 * and collecting every problem with its JSON Pointer, line and column. Not public API: use {@code
 * JourneyJson}.
 *
 * <p>This class holds the document's own structure: its header, the journey's and the report's
 * members, and what may follow. {@link JsonCursor} keeps the place in the document and the
 * problems; {@link JourneyBinder} and {@link ReportBinder} say what the members mean. The journey's
 * cross-element rules (unique ids, references) are checked only when every element was read.
 */
public final class JsonJourneyReader {
  private static final String[] ID_TITLE = {"id", "title"};

  private final Utf8Document document;
  private final JsonParser in;
  private final ProblemLog problems = new ProblemLog();
  private final JsonCursor cursor;
  private final JourneyBinder journey;
  private final ReportBinder report;

  private JsonJourneyReader(Utf8Document document, JsonParser in) {
    this.document = document;
    this.in = in;
    this.cursor = new JsonCursor(in, problems);
    this.journey = new JourneyBinder(cursor);
    this.report = new ReportBinder(cursor, journey);
  }

  /**
   * Reads a document from a string.
   *
   * @param json the document
   * @return the report
   * @throws JourneyFormatException listing every problem
   */
  public static MapReport read(String json) {
    try {
      return read(Utf8Document.of(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a document from characters, to the end of {@code in}.
   *
   * @param in the document
   * @return the report
   * @throws JourneyFormatException listing every problem
   * @throws IOException if {@code in} fails
   */
  public static MapReport read(Reader in) throws IOException {
    return read(Utf8Document.read(in));
  }

  /**
   * Reads a document from UTF-8 bytes, to the end of {@code in}.
   *
   * @param in the document
   * @return the report
   * @throws JourneyFormatException listing every problem
   * @throws IOException if {@code in} fails
   */
  public static MapReport read(InputStream in) throws IOException {
    return read(Utf8Document.read(in));
  }

  private static MapReport read(Utf8Document document) throws IOException {
    try (JsonParser parser = document.parser()) {
      return new JsonJourneyReader(document, parser).document();
    }
  }

  private MapReport document() throws IOException {
    try {
      MapReport read = report();
      if (problems.isEmpty()) {
        return read;
      }
    } catch (StreamConstraintsException e) {
      problems.add(
          cursor.pointer(),
          e.getLocation() != null ? e.getLocation() : in.currentLocation(),
          "must stay within the reader's limits: " + e.getOriginalMessage(),
          null);
    } catch (JsonProcessingException e) {
      problems.add(
          cursor.pointer(),
          e.getLocation(),
          "must be well-formed JSON: " + e.getOriginalMessage(),
          null);
    } catch (StopReading e) {
      // The problems say why.
    }
    throw new JourneyFormatException(problems.formatProblems(document));
  }

  private MapReport report() throws IOException {
    if (in.nextToken() != JsonToken.START_OBJECT) {
      cursor.problem("must be a JSON object", cursor.shown());
      throw new StopReading();
    }
    JsonLocation root = in.currentTokenLocation();
    header();
    cursor.object(ID_TITLE, name -> journey.member(name) || report.member(name), root);
    if (in.nextToken() != null) {
      cursor.problem("must hold nothing after the document's object", cursor.shown());
    }
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return report.build(journey.build());
    } catch (ValidationException e) {
      for (Violation violation : e.violations()) {
        String at = JsonCursor.toPointer(violation.path());
        problems.add(
            at,
            cursor.nearestStart(at, root),
            violation.rule(),
            violation.value().orElse(null));
      }
      return null;
    }
  }

  /** The document must begin with the format's name and a version this reader knows. */
  private void header() throws IOException {
    expectMember("format");
    String format = in.currentToken() == JsonToken.VALUE_STRING ? in.getText() : null;
    if (!JourneyJson.FORMAT.equals(format)) {
      cursor.problem("must be \"" + JourneyJson.FORMAT + "\"", cursor.shown());
      throw new StopReading();
    }
    cursor.pop();
    expectMember("formatVersion");
    if (in.currentToken() != JsonToken.VALUE_NUMBER_INT
        || in.getNumberType() != JsonParser.NumberType.INT
        || in.getIntValue() != JourneyJson.FORMAT_VERSION) {
      cursor.problem(
          "must be " + JourneyJson.FORMAT_VERSION + ", the only format version this reader knows",
          cursor.shown());
      throw new StopReading();
    }
    cursor.pop();
  }

  private void expectMember(String name) throws IOException {
    JsonToken token = in.nextToken();
    String found = token == JsonToken.FIELD_NAME ? in.currentName() : null;
    cursor.push(name);
    if (!name.equals(found)) {
      cursor.problem(
          "must be the "
              + ("format".equals(name) ? "first" : "second")
              + " member: a document begins with \"format\": \"journeykit\", \"formatVersion\": 1",
          found);
      throw new StopReading();
    }
    in.nextToken();
  }
}
