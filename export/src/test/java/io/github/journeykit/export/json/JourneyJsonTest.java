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
    assertTrue(
        json.contains("\"scoreSheet\": {\n    \"label\": \"RICE\"\n  }\n}\n"), json);
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
    FormatProblem problem = only(SMALL.replace("\"formatVersion\": 1", "\"formatVersion\": 2"));
    assertEquals(
        FormatProblem.of(
            "/formatVersion",
            3,
            20,
            "must be 1, the only format version this reader knows",
            Optional.of("2")),
        problem);
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
    FormatProblem blank = only(json);
    assertEquals("/stages/0/touchpoints/0/name", blank.pointer());
    assertEquals("must not be blank", blank.rule());
    assertEquals(12, blank.line(), "the line where the touchpoint starts");

    FormatProblem reference = only(json.replace("\"name\": \" \",", "\"name\": \"Form\","));
    assertEquals("/moments/0/touchpointId", reference.pointer());
    assertEquals("must name a touchpoint of the journey", reference.rule());
    assertEquals(6, reference.line(), "the line where the moment starts");
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

  @Test
  void shipsItsSchemaInTheJarAndTheRepository() throws IOException {
    String schema = JourneyJson.schema();
    assertEquals(
        Files.readString(
            Path.of("src/main/resources/io/github/journeykit/export/json/journeykit-1.schema.json"),
            StandardCharsets.UTF_8),
        schema);
    assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
  }

  @Test
  void samplesValidateAgainstTheSchema() {
    assertEquals(
        List.of(),
        SchemaValidation.errors(Exporters.json().render(SampleReports.broadbandFault())));
    assertEquals(List.of(), SchemaValidation.errors(SMALL));
    assertEquals(
        1,
        SchemaValidation.errors(SMALL.replace("\"id\": \"j\",", "\"id\": \"j\", \"x\": 1,"))
            .size());
  }
}
