package io.github.journeykit.export.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.json.JourneyFormatException;
import io.github.journeykit.export.json.JourneyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a JourneyKit JSON document with Jackson's streaming parser, building the model as it goes
 * and collecting every problem with its JSON Pointer, line and column. Not public API: use {@code
 * JourneyJson}.
 *
 * <p>This class holds the document's own structure: its header, the journey's and the report's
 * members, and what may follow. {@link JsonCursor} keeps the place in the document and the
 * problems; {@link JourneyBinder} and {@link ReportBinder} say what the members mean. The journey's
 * cross-element rules (unique ids, references) are checked once the whole document was read, even
 * if some of its elements could not be built, so that every problem is reported at once; a rule
 * that may be broken only because an element could not be read is not reported.
 */
public final class JsonJourneyReader {
  private static final String[] ID_TITLE = {"id", "title"};

  /** The oldest format version this reader knows; it knows every one up to the current. */
  private static final int OLDEST_VERSION = 1;

  private final Utf8Document document;
  private final JsonParser in;
  private final ProblemLog problems = new ProblemLog();
  private final JsonCursor cursor;

  /** The binders of the document's version, made once its header was read. */
  private JourneyBinder journey;

  private ReportBinder report;

  private JsonJourneyReader(Utf8Document document, JsonParser in) {
    this.document = document;
    this.in = in;
    this.cursor = new JsonCursor(in, problems);
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
    int version = header();
    journey = new JourneyBinder(cursor, version);
    report = new ReportBinder(cursor, journey, version);
    cursor.object(ID_TITLE, name -> journey.member(name) || report.member(name));
    if (in.nextToken() != null) {
      cursor.problem("must hold nothing after the document's object", cursor.shown());
    }
    Journey built = null;
    try {
      built = journey.build();
    } catch (ValidationException e) {
      journeyViolations(e.violations());
    }
    MapReport read = report.build(built != null ? built : journey.standIn());
    return problems.isEmpty() ? read : null;
  }

  /**
   * Records the journey's own violations at the members they name, but for those that may be broken
   * only because an element could not be read: a reference to an id in a place that could not be
   * read, and, if an element's own id could not be read, any reference.
   */
  private void journeyViolations(List<Violation> violations) {
    List<String> pointers = new ArrayList<>(violations.size());
    for (Violation violation : violations) {
      pointers.add(cursor.pointerOf("", violation.path()));
    }
    List<String> holes = new ArrayList<>();
    for (JsonCursor.Hole hole : cursor.holes()) {
      holes.add(hole.pointer);
    }
    Set<String> wanted = problems.unplaced();
    wanted.addAll(pointers);
    MemberLocator.Places places = MemberLocator.find(document, wanted, holes);
    problems.place(places);
    Set<String> lost = new HashSet<>();
    for (String id : places.idsInHoles().values()) {
      lost.add(JsonCursor.quote(id));
    }
    boolean idUnknown = false;
    for (JsonCursor.Hole hole : cursor.holes()) {
      idUnknown |= hole.hasId && !places.idsInHoles().containsKey(hole.pointer + "/id");
    }
    for (int i = 0; i < violations.size(); i++) {
      Violation violation = violations.get(i);
      String value = violation.value().orElse(null);
      if (!lost.contains(value) && !(idUnknown && JourneyBinder.isReference(violation.path()))) {
        problems.add(pointers.get(i), places.near(pointers.get(i)), violation.rule(), value);
      }
    }
  }

  /**
   * The document must begin with the format's name and a version this reader knows.
   *
   * @return the version
   */
  private int header() throws IOException {
    expectMember("format");
    String format = in.currentToken() == JsonToken.VALUE_STRING ? in.getText() : null;
    if (!JourneyJson.FORMAT.equals(format)) {
      cursor.problem("must be \"" + JourneyJson.FORMAT + "\"", cursor.shown());
      throw new StopReading();
    }
    cursor.pop();
    expectMember("formatVersion");
    int version =
        in.currentToken() == JsonToken.VALUE_NUMBER_INT
                && in.getNumberType() == JsonParser.NumberType.INT
            ? in.getIntValue()
            : 0;
    if (version < OLDEST_VERSION || version > JourneyJson.FORMAT_VERSION) {
      cursor.problem(
          "must be a format version from "
              + OLDEST_VERSION
              + " to "
              + JourneyJson.FORMAT_VERSION
              + ", the versions this reader knows",
          cursor.shown());
      throw new StopReading();
    }
    cursor.pop();
    return version;
  }

  private void expectMember(String name) throws IOException {
    JsonToken token = in.nextToken();
    String found = token == JsonToken.FIELD_NAME ? in.currentName() : null;
    cursor.push(name);
    if (!name.equals(found)) {
      cursor.problem(
          "must be the "
              + ("format".equals(name) ? "first" : "second")
              + " member: a document begins with \"format\": \"journeykit\", \"formatVersion\": "
              + JourneyJson.FORMAT_VERSION,
          found);
      throw new StopReading();
    }
    in.nextToken();
  }
}
