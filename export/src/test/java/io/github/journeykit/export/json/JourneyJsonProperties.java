package io.github.journeykit.export.json;

import static io.github.journeykit.core.fixtures.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.journeykit.core.fixtures.JourneyGenerators;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.score.ScoreSheet;
import io.github.journeykit.export.Exporters;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.fixtures.PathSummaries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the JSON format over generated journeys with arbitrary text. */
class JourneyJsonProperties {
  @Test
  void readingWhatWasWrittenGivesTheSameJourney() {
    qt().forAll(JourneyGenerators.journeys())
        .check(j -> JourneyJson.read(Exporters.json().render(MapReport.of(j))).equals(j));
  }

  @Test
  void readingWhatWasWrittenGivesTheSameReportWithItsPaths() {
    qt().forAll(PathSummaries.reports())
        .checkAssert(r -> assertEquals(r, JourneyJson.readReport(Exporters.json().render(r))));
  }

  @Test
  void aJourneyWithoutStepsOrPathsReadsTheSameFromAVersionOneDocument() {
    readsTheSameFromAnOlderVersion(JourneyGenerators.journeysWithoutSteps(), 1);
  }

  @Test
  void aJourneyWithoutReadingsReadsTheSameFromAVersionTwoDocument() {
    readsTheSameFromAnOlderVersion(JourneyGenerators.journeysWithoutReadings(), 2);
  }

  /** The journeys of {@code journeys}, written as documents of {@code version}, read back equal. */
  private static void readsTheSameFromAnOlderVersion(Gen<Journey> journeys, int version) {
    qt(100)
        .forAll(journeys)
        .checkAssert(
            j -> {
              String older =
                  Exporters.json()
                      .render(MapReport.of(j))
                      .replace(
                          "\"formatVersion\": " + JourneyJson.FORMAT_VERSION + ",",
                          "\"formatVersion\": " + version + ",");
              assertEquals(j, JourneyJson.read(older));
              assertEquals(List.of(), SchemaValidation.errors(older, version));
            });
  }

  @Test
  void theUtf8BytesReadBackToo() {
    qt(100)
        .forAll(JourneyGenerators.journeys())
        .check(j -> readBytes(writeBytes(MapReport.of(j))).equals(j));
  }

  @Test
  void theBytesAreTheUtf8OfTheText() {
    qt().forAll(JourneyGenerators.journeys())
        .checkAssert(
            j ->
                assertEquals(
                    Exporters.json().render(MapReport.of(j)),
                    new String(writeBytes(MapReport.of(j)), StandardCharsets.UTF_8)));
  }

  @Test
  void threeWaysInGiveOneAnswerForWrittenDocuments() {
    qt().forAll(JourneyGenerators.journeys())
        .checkAssert(j -> assertOneAnswer(Exporters.json().render(MapReport.of(j))));
  }

  @Test
  void threeWaysInGiveOneAnswerForBrokenDocuments() {
    qt().forAll(JourneyGenerators.journeys(), longs().all())
        .checkAssert(
            (j, seed) -> assertOneAnswer(broken(Exporters.json().render(MapReport.of(j)), seed)));
  }

  /** A string, a {@code Reader} and UTF-8 bytes, whole or a piece a call, give one answer. */
  private static void assertOneAnswer(String json) {
    List<Object> outcomes = WaysIn.outcomes(json);
    assertEquals(Collections.nCopies(outcomes.size(), outcomes.get(0)), outcomes, json);
  }

  /** Pieces that break JSON, or the reader's limits, where they are put. */
  private static final String[] PIECES = {
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    "0",
    "7",
    ".",
    "e",
    "-",
    "+",
    " ",
    "\n",
    "\r",
    "\t",
    "t",
    "n",
    "\\",
    "/",
    "\u00E9",
    "\u0000",
    "\uFEFF",
    "\uD83D\uDE00",
    "\\u0000",
    "\\uD83D",
    "1e999",
    "true",
    "null",
    "9".repeat(99),
    "9".repeat(101),
    "-0." + "5".repeat(100)
  };

  /** {@code json} with one to four characters deleted, or pieces put in their place or beside. */
  private static String broken(String json, long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(json);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && text.length() > 0; e++) {
      int at = random.nextInt(text.length());
      if (at > 0 && Character.isSurrogatePair(text.charAt(at - 1), text.charAt(at))) {
        at--;
      }
      int end = at + Character.charCount(text.codePointAt(at));
      String piece = PIECES[random.nextInt(PIECES.length)];
      switch (random.nextInt(3)) {
        case 0:
          text.delete(at, end);
          break;
        case 1:
          text.replace(at, end, piece);
          break;
        default:
          text.insert(at, piece);
          break;
      }
    }
    return text.toString();
  }

  @Test
  void aWrongConstantAndABrokenReferenceAreReportedTogether() {
    qt().forAll(JourneyGenerators.journeys())
        .assuming(j -> !j.moments().isEmpty())
        .checkAssert(
            j -> {
              String json =
                  Exporters.json()
                      .render(MapReport.of(j))
                      .replaceFirst("\"lane\": \"[A-Z_]+\"", "\"lane\": \"SIDESTAGE\"")
                      .replaceFirst(
                          "\"touchpointId\": \"[^\"]+\"", "\"touchpointId\": \"nowhere\"");
              List<FormatProblem> problems =
                  assertThrows(JourneyFormatException.class, () -> JourneyJson.read(json))
                      .problems();
              assertEquals(
                  List.of("lane", "/moments/0/touchpointId"),
                  List.of(
                      problems.get(0).pointer().replaceFirst(".*/", ""), problems.get(1).pointer()),
                  problems.toString());
              assertEquals(2, problems.size(), problems.toString());
            });
  }

  @Test
  void everyExportValidatesAgainstTheSchema() {
    qt(100)
        .forAll(PathSummaries.reports())
        .checkAssert(
            r ->
                assertEquals(
                    List.of(), SchemaValidation.errors(Exporters.json().render(r)), r.toString()));
  }

  @Test
  void noDocumentHoldsAnEmptyObjectOrList() {
    qt(100)
        .forAll(JourneyGenerators.journeys(), booleans().all())
        .checkAssert(
            (j, withEmptySheet) -> {
              MapReport report =
                  withEmptySheet
                      ? MapReport.builder()
                          .journey(j)
                          .scoreSheet(ScoreSheet.builder().label("Nothing scored").build())
                          .build()
                      : MapReport.of(j);
              String json = Exporters.json().render(report);
              assertEquals(List.of(), emptyMembers(json), json);
              assertEquals(report, JourneyJson.readReport(json));
            });
  }

  /** The members of {@code json} whose value is {@code {}} or {@code []}. */
  private static List<String> emptyMembers(String json) {
    List<String> empty = new ArrayList<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      JsonToken previous = null;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (previous == JsonToken.START_OBJECT && token == JsonToken.END_OBJECT
            || previous == JsonToken.START_ARRAY && token == JsonToken.END_ARRAY) {
          empty.add(parser.getParsingContext().pathAsPointer().toString());
        }
        previous = token;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return empty;
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
