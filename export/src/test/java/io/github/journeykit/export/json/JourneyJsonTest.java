package io.github.journeykit.export.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.score.ScoreSheet;
import io.github.journeykit.export.Exporters;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.fixtures.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JourneyJsonTest {
  /** A small valid document, one member per line, so that tests can name lines. */
  private static final String SMALL =
      String.join(
          "\n",
          "{",
          "  \"format\": \"journeykit\",",
          "  \"formatVersion\": 1,",
          "  \"id\": \"j\",",
          "  \"title\": \"Open an account\",",
          "  \"stages\": [",
          "    {",
          "      \"id\": \"apply\",",
          "      \"name\": \"Apply\",",
          "      \"touchpoints\": [",
          "        {",
          "          \"id\": \"form\",",
          "          \"name\": \"Fill in the form\",",
          "          \"channel\": \"web\"",
          "        }",
          "      ]",
          "    }",
          "  ]",
          "}");

  private static List<FormatProblem> problems(String json) {
    return assertThrows(JourneyFormatException.class, () -> JourneyJson.read(json)).problems();
  }

  private static FormatProblem only(String json) {
    List<FormatProblem> problems = problems(json);
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }

  @Test
  void readsBackTheSamples() throws IOException {
    for (Journey journey :
        List.of(
            SampleJourneys.openAccount(),
            SampleJourneys.broadbandFault(),
            SampleJourneys.broadbandFaultFuture())) {
      String json = Exporters.json().render(MapReport.of(journey));
      assertEquals(journey, JourneyJson.read(json));
      assertEquals(journey, JourneyJson.read(new StringReader(json)));
      assertEquals(
          journey,
          JourneyJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }
    MapReport report = SampleReports.broadbandFault();
    String json = Exporters.json().render(report);
    assertEquals(report, JourneyJson.readReport(json));
    assertEquals(
        report,
        JourneyJson.readReport(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void leavesOutGovernanceWithNothingSetAndAScoreSheetsEmptyScores() {
    Journey journey = JourneyJson.read(SMALL);
    assertEquals(io.github.journeykit.core.model.Governance.none(), journey.governance());
    MapReport report =
        MapReport.builder()
            .journey(journey)
            .scoreSheet(ScoreSheet.builder().label("RICE").build())
            .build();
    String json = Exporters.json().render(report);
    assertFalse(json.contains("\"governance\""), json);
    assertTrue(json.contains("\"scoreSheet\": {\n    \"label\": \"RICE\"\n  }\n}\n"), json);
    assertEquals(report, JourneyJson.readReport(json));
    assertEquals(List.of(), SchemaValidation.errors(json));
  }

  @Test
  void writesCharactersOutsideTheBasicPlaneAsThemselvesEveryWay() throws IOException {
    String title =
        "Pay \uD83D\uDCB3, sign \uD834\uDD1E, read \uD840\uDC00, fly"
            + " \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08";
    Journey journey = JourneyJson.read(SMALL).withTitle(title);
    String text = Exporters.json().render(MapReport.of(journey));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Exporters.json().write(MapReport.of(journey), bytes);
    StringWriter characters = new StringWriter();
    Exporters.json().write(MapReport.of(journey), characters);
    assertTrue(text.contains("\"title\": \"" + title + "\""), text);
    assertEquals(text, new String(bytes.toByteArray(), StandardCharsets.UTF_8));
    assertEquals(text, characters.toString());
    assertEquals(journey, JourneyJson.read(text));
    assertEquals(journey, JourneyJson.read(new ByteArrayInputStream(bytes.toByteArray())));
  }

  @Test
  void readsAHandWrittenDocumentWithDefaults() {
    Journey journey = JourneyJson.read(SMALL);
    assertEquals(
        Journey.builder("j", "Open an account")
            .addStage(
                io.github.journeykit.core.model.Stage.builder("apply", "Apply")
                    .addTouchpoint(
                        io.github.journeykit.core.model.Touchpoint.of(
                            "form",
                            "Fill in the form",
                            io.github.journeykit.core.model.Channel.WEB))
                    .build())
            .build(),
        journey);
  }

  @Test
  void refusesAnUnknownFormatVersion() {
    for (String version : List.of("0", "4", "-1", "1.0", "\"2\"", "2147483648")) {
      FormatProblem problem =
          only(SMALL.replace("\"formatVersion\": 1", "\"formatVersion\": " + version));
      assertEquals(
          FormatProblem.of(
              "/formatVersion",
              3,
              20,
              "must be a format version from 1 to 3, the versions this reader knows",
              Optional.of(version)),
          problem);
    }
  }

  @Test
  void refusesOtherFormatsAndHeaderlessDocuments() {
    assertEquals("/format", only(SMALL.replace("journeykit", "other")).pointer());
    FormatProblem headerless =
        only("{\"id\": \"j\", \"format\": \"journeykit\", \"formatVersion\": 1}");
    assertEquals("/format", headerless.pointer());
    assertEquals(Optional.of("id"), headerless.value());
    assertEquals("", only("[1, 2]").pointer());
    assertEquals("must be a JSON object", only("[1, 2]").rule());
  }

  @Test
  void reportsEveryProblemWithPointerLineAndColumn() {
    String json =
        SMALL
            .replace("\"id\": \"apply\",", "\"id\": 7,")
            .replace("\"channel\": \"web\"", "\"channel\": \"web\", \"lane\": \"SIDESTAGE\"")
            .replace("\"name\": \"Apply\",", "\"nmae\": \"Apply\",");
    List<String> problems =
        problems(json).stream().map(FormatProblem::toString).collect(Collectors.toList());
    assertEquals(
        List.of(
            "/stages/0/id (line 8, column 13): must be a string (was 7)",
            "/stages/0/nmae (line 9, column 15): must be a member the format defines here",
            "/stages/0/touchpoints/0/lane (line 14, column 37): must be one of [CUSTOMER_ACTION,"
                + " FRONTSTAGE, BACKSTAGE, SUPPORT_PROCESS] (was \"SIDESTAGE\")",
            "/stages/0/name (line 7, column 5): must be present"),
        problems);
    String message =
        assertThrows(JourneyFormatException.class, () -> JourneyJson.read(json)).getMessage();
    assertTrue(
        message.startsWith("The JSON journey document is invalid (4 problems):\n  - /stages/0/id"),
        message);
  }

  @Test
  void refusesDuplicateKeysAlongsideEveryOtherProblem() {
    String json =
        SMALL
            .replace("\"name\": \"Apply\",", "\"name\": \"Apply\", \"name\": \"Again\",")
            .replace("\"channel\": \"web\"", "\"channel\": \"web\", \"lane\": 1")
            .replace(
                "\"title\": \"Open an account\",",
                "\"title\": \"Open an account\", \"actions\": [{\"id\": \"a\", \"title\": \"A\","
                    + " \"kind\": \"FIX\", \"estimates\": {\"reach\": 1, \"reach\": 2}}],");
    List<FormatProblem> problems = problems(json);
    assertEquals(
        List.of("/actions/0/estimates/reach", "/stages/0/name", "/stages/0/touchpoints/0/lane"),
        problems.stream().map(FormatProblem::pointer).collect(Collectors.toList()));
    FormatProblem repeated = problems.get(1);
    assertEquals("must not repeat a member of the same object", repeated.rule());
    assertEquals(Optional.of("name"), repeated.value());
    assertEquals(9, repeated.line());
    assertEquals(problems.get(0).rule(), repeated.rule());
  }

  @Test
  void datesMustExistInTheCalendar() {
    String reviewed =
        SMALL.replace(
            "\"title\": \"Open an account\",",
            "\"title\": \"Open an account\", \"governance\": {\"lastReviewed\": \"DATE\"},");
    for (String date : List.of("2026-01-31", "2024-02-29", "0001-01-01")) {
      assertEquals(
          Optional.of(java.time.LocalDate.parse(date)),
          JourneyJson.read(reviewed.replace("DATE", date)).governance().lastReviewed());
    }
    for (String date :
        List.of("2026-02-29", "2026-04-31", "2026-00-10", "2026-1-10", "2026-01-1x")) {
      FormatProblem problem = only(reviewed.replace("DATE", date));
      assertEquals("/governance/lastReviewed", problem.pointer());
      assertEquals("must be an ISO-8601 date such as 2026-10-31", problem.rule());
    }
  }

  @Test
  void reportsModelRulesAtTheMembersTheyName() {
    String json =
        SMALL
            .replace("\"name\": \"Fill in the form\",", "\"name\": \" \",")
            .replace(
                "  \"stages\": [",
                "  \"moments\": [{\"id\": \"m\", \"touchpointId\": \"nowhere\", \"polarity\":"
                    + " \"BREAK\", \"whyItMatters\": \"x\"}],\n  \"stages\": [");
    assertEquals(
        List.of(
            "/stages/0/touchpoints/0/name (line 14, column 19): must not be blank (was \" \")",
            "/moments/0/touchpointId (line 6, column 43): must name a touchpoint of the journey"
                + " (was \"nowhere\")"),
        shown(problems(json)));

    FormatProblem reference = only(json.replace("\"name\": \" \",", "\"name\": \"Form\","));
    assertEquals("/moments/0/touchpointId", reference.pointer());
    assertEquals("must name a touchpoint of the journey", reference.rule());
    assertEquals(List.of(6, 43), List.of(reference.line(), reference.column()));
  }

  @Test
  void reportsEstimateKeysOfAnyTextAtTheirMembers() {
    String json =
        SMALL.replace(
            "  \"stages\": [",
            "  \"actions\": [{\"id\": \"a\", \"title\": \"A\", \"kind\": \"FIX\", \"estimates\":"
                + " {\"reach[\": 1, \"a.b\": 2, \"c[0]\": 3, \"ok\": 4}}],\n  \"stages\": [");
    String rule =
        "must be a key: a lower-case letter, then letters, digits, '_' or '-', at most 64"
            + " characters";
    assertEquals(
        List.of(
            "/actions/0/estimates/reach[ (line 6, column 80): " + rule + " (was \"reach[\")",
            "/actions/0/estimates/a.b (line 6, column 90): " + rule + " (was \"a.b\")",
            "/actions/0/estimates/c[0] (line 6, column 101): " + rule + " (was \"c[0]\")"),
        shown(problems(json)));
  }

  private static List<String> shown(List<FormatProblem> problems) {
    return problems.stream().map(FormatProblem::toString).collect(Collectors.toList());
  }

  /** {@link #SMALL} with a persona, a moment and a second stage inserted before its stages. */
  private static String withElements(String persona, String moment, String stage) {
    return SMALL.replace(
        "  \"stages\": [\n",
        "  \"personas\": ["
            + persona
            + "],\n  \"moments\": ["
            + moment
            + "],\n  \"stages\": [\n    "
            + stage
            + ",\n");
  }

  private static String moment(String id, String touchpointId) {
    return "{\"id\": \""
        + id
        + "\", \"touchpointId\": \""
        + touchpointId
        + "\", \"polarity\": \"BREAK\", \"whyItMatters\": \"x\"}";
  }

  private static final String PERSONA = "{\"id\": \"p\", \"name\": \"Pat\"}";
  private static final String STAGE =
      "{\"id\": \"wait\", \"name\": \"Wait\", \"touchpoints\": [{\"id\": \"letter\", \"name\":"
          + " \"Letter\", \"channel\": \"mail\"}]}";

  @Test
  void reportsEveryProblemAtOnceBrokenReferencesAtTheirMembers() {
    String json =
        withElements("{\"id\": \"p\"}", moment("m", "nowhere"), STAGE)
            .replace("\"channel\": \"web\"", "\"channel\": \"web\", \"lane\": \"SIDESTAGE\"");
    assertEquals(
        List.of(
            "/personas/0/name (line 6, column 16): must be present",
            "/stages/1/touchpoints/0/lane (line 17, column 37): must be one of [CUSTOMER_ACTION,"
                + " FRONTSTAGE, BACKSTAGE, SUPPORT_PROCESS] (was \"SIDESTAGE\")",
            "/moments/0/touchpointId (line 7, column 43): must name a touchpoint of the journey"
                + " (was \"nowhere\")"),
        shown(problems(json)));
  }

  @Test
  void reportsNoBrokenReferenceToAnElementThatCouldNotBeRead() {
    String laneless =
        withElements(PERSONA, moment("m", "form"), STAGE)
            .replace("\"channel\": \"web\"", "\"channel\": \"web\", \"lane\": 1");
    assertEquals(List.of("/stages/1/touchpoints/0/lane"), pointers(problems(laneless)));
    // A stage that cannot be read takes its touchpoints with it.
    String nameless =
        withElements(PERSONA, moment("m", "letter"), STAGE.replace("\"name\": \"Wait\", ", ""));
    assertEquals(List.of("/stages/0/name"), pointers(problems(nameless)));
    // Where an element's own id cannot be read, no reference can be judged.
    String idless =
        withElements(
            PERSONA, moment("m", "nowhere"), STAGE.replace("\"id\": \"letter\"", "\"id\": 5"));
    assertEquals(List.of("/stages/0/touchpoints/0/id"), pointers(problems(idless)));
    // A misspelt list is not read, nor are the ids in it.
    String misspelt =
        withElements(PERSONA, moment("m", "form"), STAGE).replace("\"stages\"", "\"stagse\"");
    assertEquals(List.of("/stagse"), pointers(problems(misspelt)));
  }

  @Test
  void namesTheElementsOfTheDocumentAfterOnesThatCouldNotBeRead() {
    String json =
        withElements(
            PERSONA,
            moment("m1", "form").replace("\"BREAK\"", "\"BEND\"") + ", " + moment("m2", "nowhere"),
            STAGE);
    assertEquals(
        List.of(
            "/moments/0/polarity (line 7, column 64): must be one of [MAKE, BREAK] (was \"BEND\")",
            "/moments/1/touchpointId (line 7, column 123): must name a touchpoint of the journey"
                + " (was \"nowhere\")"),
        shown(problems(json)));
  }

  private static List<String> pointers(List<FormatProblem> problems) {
    return problems.stream().map(FormatProblem::pointer).collect(Collectors.toList());
  }

  @Test
  void refusesNumbersOutOfRange() {
    String measured =
        SMALL.replace(
            "\"channel\": \"web\"",
            "\"channel\": \"web\", \"measurements\": [{\"metric\": \"emotion\", \"value\": VALUE,"
                + " \"scale\": {\"min\": -2, \"max\": 2}, \"sampleSize\": SIZE}]");
    String pointer = "/stages/0/touchpoints/0/measurements/0/";
    FormatProblem huge = only(measured.replace("VALUE", "1e999").replace("SIZE", "3"));
    assertEquals(pointer + "value", huge.pointer());
    assertEquals("must be a number within the range of a double", huge.rule());
    FormatProblem offScale = only(measured.replace("VALUE", "3").replace("SIZE", "3"));
    assertEquals(pointer + "value", offScale.pointer());
    assertEquals("must lie on the scale [-2..2]", offScale.rule());
    FormatProblem big =
        only(measured.replace("VALUE", "1").replace("SIZE", "99999999999999999999"));
    assertEquals(pointer + "sampleSize", big.pointer());
    assertEquals("must be a whole number within the range of a 64-bit integer", big.rule());
    assertEquals(
        "must be a whole number",
        only(measured.replace("VALUE", "1").replace("SIZE", "2.5")).rule());
  }

  @Test
  void stopsAtTheNestingLimit() {
    String deep = "[".repeat(40) + "]".repeat(40);
    for (String member : List.of("extra", "tags")) {
      List<FormatProblem> problems =
          problems(
              SMALL.replace("\"id\": \"j\",", "\"id\": \"j\", \"" + member + "\": " + deep + ","));
      FormatProblem last = problems.get(problems.size() - 1);
      assertTrue(
          last.rule().startsWith("must stay within the reader's limits: Document nesting depth"),
          last.rule());
      assertEquals(4, last.line());
    }
  }

  @Test
  void stopsAtTheStringLimit() {
    String longTitle = "x".repeat(JourneyJson.MAX_STRING_LENGTH + 1);
    FormatProblem problem = only(SMALL.replace("Open an account", longTitle));
    assertTrue(problem.rule().startsWith("must stay within the reader's limits"), problem.rule());
    assertEquals("/title", problem.pointer());
  }

  @Test
  void stopsAfterTheProblemLimit() {
    StringBuilder extra = new StringBuilder();
    for (int i = 0; i < 2 * JourneyJson.MAX_PROBLEMS; i++) {
      extra.append("\"x").append(i).append("\": 1, ");
    }
    List<FormatProblem> problems =
        problems(SMALL.replace("\"id\": \"j\",", extra + "\"id\": \"j\","));
    assertEquals(JourneyJson.MAX_PROBLEMS + 1, problems.size());
    assertEquals(
        "must have fewer than " + JourneyJson.MAX_PROBLEMS + " problems; reading stopped",
        problems.get(JourneyJson.MAX_PROBLEMS).rule());
  }

  @Test
  void refusesMalformedJsonAndTrailingContent() {
    FormatProblem malformed =
        only(SMALL.replace("\"title\": \"Open an account\",", "\"title\" \"x\","));
    assertTrue(
        malformed.rule().startsWith("must be well-formed JSON: Unexpected character"),
        malformed.rule());
    assertEquals(5, malformed.line());
    FormatProblem trailing = only(SMALL + "\n{}");
    assertEquals("must hold nothing after the document's object", trailing.rule());
    assertEquals(20, trailing.line());
  }

  @Test
  void refusesWrongTypesForEveryKindOfValue() {
    String json =
        SMALL.replace(
            "\"title\": \"Open an account\",",
            "\"title\": \"Open an account\", \"state\": 1, \"tags\": [\"a\", \"a\"],"
                + " \"governance\": {\"reviewCadence\": \"quarterly\", \"lastReviewed\":"
                + " \"2026-13-01\"}, \"actions\": [{\"id\": \"a\", \"title\": \"A\", \"kind\":"
                + " \"FIX\", \"estimates\": {\"confidence\": 2}, \"due\": true}], \"personas\":"
                + " {},");
    List<String> pointers =
        problems(json).stream().map(FormatProblem::pointer).collect(Collectors.toList());
    assertEquals(
        List.of(
            "/state",
            "/tags/1",
            "/governance/reviewCadence",
            "/governance/lastReviewed",
            "/actions/0/due",
            "/personas"),
        pointers);
  }

  /** What reading {@code bytes} gives: the problems, or a failure if there were none. */
  private static List<FormatProblem> problems(byte[] bytes) {
    return assertThrows(
            JourneyFormatException.class, () -> JourneyJson.read(new ByteArrayInputStream(bytes)))
        .problems();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part, 0, part.length);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  @Test
  void refusesBytesThatAreNotUtf8AtTheirPlace() {
    // The title's text begins at line 5, column 13; "Ün 😀 " is six characters long.
    String before = SMALL.substring(0, SMALL.indexOf("Open an account")) + "\u00DCn \uD83D\uDE00 ";
    byte[] head = before.getBytes(StandardCharsets.UTF_8);
    byte[] tail = SMALL.substring(SMALL.indexOf("account")).getBytes(StandardCharsets.UTF_8);
    String notUtf8 =
        "must be encoded in UTF-8: the bytes from offset "
            + head.length
            + " are not a character of UTF-8";
    for (byte[] bad :
        List.of(
            bytes(0xC3, 0x28),
            bytes(0xC0, 0xAF),
            bytes(0xED, 0xA0, 0x80),
            bytes(0xF4, 0x90, 0x80, 0x80),
            bytes(0x80),
            bytes(0xFF))) {
      List<FormatProblem> problems = problems(concat(head, bad, tail));
      assertEquals(1, problems.size(), problems.toString());
      FormatProblem problem = problems.get(0);
      assertEquals(notUtf8, problem.rule());
      assertEquals(5, problem.line());
      assertEquals(19, problem.column());
      assertEquals("", problem.pointer());
    }
    FormatProblem shown = problems(concat(head, bytes(0xE2, 0x28, 0xA1), tail)).get(0);
    assertEquals(Optional.of("0xE2 0x28 0xA1"), shown.value());
    FormatProblem cut =
        problems(concat(SMALL.getBytes(StandardCharsets.UTF_8), bytes(0xE2, 0x82))).get(0);
    assertEquals(
        "must be encoded in UTF-8: the bytes from offset "
            + SMALL.length()
            + " end the document inside a character",
        cut.rule());
    assertEquals(Optional.of("0xE2 0x82"), cut.value());
    assertEquals(List.of(19, 2), List.of(cut.line(), cut.column()));
  }

  @Test
  void refusesOtherEncodingsWithAProblemNotAnIoException() {
    // Each of these made Jackson's own detection throw a CharConversionException.
    assertEquals(
        "must be encoded in UTF-8, not UTF-32BE: the NUL bytes among its first four are those of"
            + " UTF-32BE",
        problems(bytes(0, 0, 0, '{', 0, 0x11, 0, 0)).get(0).rule());
    assertEquals(
        "must be encoded in UTF-8, not UTF-32LE: the NUL bytes among its first four are those of"
            + " UTF-32LE",
        problems(bytes('{', 0, 0, 0, '"', 0)).get(0).rule());
    assertEquals(
        "must be encoded in UTF-8, not UCS-4 in byte order 2143: it begins with the byte order"
            + " mark of UCS-4 in byte order 2143",
        problems(bytes(0, 0, 0xFF, 0xFE, 0, 0, '{', 0)).get(0).rule());
    FormatProblem odd = problems(bytes(0xFE, 0xFF, 0, 0, 0, '{', 0, 0)).get(0);
    assertEquals(
        FormatProblem.of(
            "",
            1,
            1,
            "must be encoded in UTF-8, not UCS-4 in byte order 3412: it begins with the byte"
                + " order mark of UCS-4 in byte order 3412",
            Optional.of("0xFE 0xFF 0x00 0x00")),
        odd);
  }

  @Test
  void readsUtf8OnlyWithOrWithoutItsByteOrderMark() throws IOException {
    Journey small = JourneyJson.read(SMALL);
    byte[] utf8 = SMALL.getBytes(StandardCharsets.UTF_8);
    assertEquals(
        small, JourneyJson.read(new ByteArrayInputStream(concat(bytes(0xEF, 0xBB, 0xBF), utf8))));
    assertEquals(small, JourneyJson.read("\uFEFF" + SMALL));
    assertEquals(small, JourneyJson.read(new StringReader("\uFEFF" + SMALL)));
    for (String encoding : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
      byte[] other = SMALL.getBytes(java.nio.charset.Charset.forName(encoding));
      FormatProblem guessed = problems(other).get(0);
      assertEquals(
          "must be encoded in UTF-8, not "
              + encoding
              + ": the NUL bytes among its first four are those of "
              + encoding,
          guessed.rule());
      assertEquals(List.of(1, 1), List.of(guessed.line(), guessed.column()));
      FormatProblem marked =
          problems(("\uFEFF" + SMALL).getBytes(java.nio.charset.Charset.forName(encoding))).get(0);
      assertEquals(
          "must be encoded in UTF-8, not "
              + encoding
              + ": it begins with the byte order mark of "
              + encoding,
          marked.rule());
    }
  }

  @Test
  void readsNulCharactersAsUtf8() {
    String escaped = SMALL.replace("Open an account", "Open\\u0000an account");
    List<Object> read = WaysIn.outcomes(escaped);
    assertEquals("Open\u0000an account", ((MapReport) read.get(0)).journey().title());
    assertEquals(Collections.nCopies(read.size(), read.get(0)), read);
    for (String raw :
        List.of(
            SMALL.replace("Open an account", "Open\u0000an account"),
            "{\u0000\"format\": \"journeykit\"}")) {
      List<Object> problems = WaysIn.outcomes(raw);
      assertEquals(Collections.nCopies(problems.size(), problems.get(0)), problems, raw);
      FormatProblem problem = (FormatProblem) ((List<?>) problems.get(0)).get(0);
      assertTrue(problem.rule().contains("CTRL-CHAR, code 0"), problem.rule());
    }
  }

  @Test
  void threeWaysInGiveOneAnswer() {
    String measured =
        SMALL.replace(
            "\"channel\": \"web\"",
            "\"channel\": \"web\", \"measurements\": [{\"metric\": \"emotion\","
                + " \"value\": VALUE, \"scale\": {\"min\": -2, \"max\": 2}}]");
    int at = measured.indexOf("VALUE");
    for (String value :
        List.of(
            "1",
            "1.\n",
            "1.5e,",
            "-1." + "6".repeat(101),
            "-1" + "9".repeat(100) + ".6",
            "1" + "0".repeat(101),
            "1" + "0".repeat(99),
            "1e999")) {
      String json = measured.replace("VALUE", value);
      for (String variant : List.of(json, json.substring(0, at + value.length()))) {
        List<Object> outcomes = WaysIn.outcomes(variant);
        assertEquals(Collections.nCopies(outcomes.size(), outcomes.get(0)), outcomes, variant);
      }
    }
  }

  @Test
  void shipsTheSchemaOfEachVersionInTheJarAndTheRepository() throws IOException {
    for (int version : new int[] {1, 2, 3}) {
      String schema = JourneyJson.schema(version);
      assertEquals(
          Files.readString(
              Path.of(
                  "src/main/resources/io/github/journeykit/export/json/journeykit-"
                      + version
                      + ".schema.json"),
              StandardCharsets.UTF_8),
          schema);
      assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
      assertTrue(schema.contains("\"const\": " + version + ","), schema);
    }
    assertEquals(JourneyJson.schema(3), JourneyJson.schema());
    for (int version : new int[] {0, 4}) {
      assertEquals(
          "version: must be a format version from 1 to 3 (was " + version + ")",
          assertThrows(IllegalArgumentException.class, () -> JourneyJson.schema(version))
              .getMessage());
    }
  }

  @Test
  void samplesValidateAgainstTheSchemaOfTheirVersion() {
    assertEquals(
        List.of(),
        SchemaValidation.errors(Exporters.json().render(SampleReports.broadbandFault())));
    assertEquals(
        List.of(),
        SchemaValidation.errors(Exporters.json().render(SampleReports.broadbandFaultWithPaths())));
    assertEquals(List.of(), SchemaValidation.errors(SMALL, 1));
    assertEquals(
        1,
        SchemaValidation.errors(SMALL.replace("\"id\": \"j\",", "\"id\": \"j\", \"x\": 1,"), 1)
            .size());
    // Each schema knows its own version only.
    assertEquals(1, SchemaValidation.errors(SMALL).size());
    assertEquals(
        1,
        SchemaValidation.errors(Exporters.json().render(MapReport.of(JourneyJson.read(SMALL))), 1)
            .size());
  }
}
