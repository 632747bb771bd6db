package io.github.journeykit.export.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.KpiReading;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.core.path.PathSummary;
import io.github.journeykit.export.Exporters;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.fixtures.SampleReports;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Format version 2 adds a touchpoint's step and optional and the report's path summary, version 3 a
 * KPI's readings; the reader reads the older versions as before and refuses the newer members
 * there.
 */
class JourneyJsonVersionsTest {
  /** A version-2 document with alternatives, an optional touchpoint and a small path summary. */
  private static final String V2 =
      String.join(
          "\n",
          "{",
          "  \"format\": \"journeykit\",",
          "  \"formatVersion\": 2,",
          "  \"id\": \"fault\",",
          "  \"title\": \"Get a fault fixed\",",
          "  \"state\": \"CURRENT\",",
          "  \"stages\": [",
          "    {",
          "      \"id\": \"report\",",
          "      \"name\": \"Report the fault\",",
          "      \"touchpoints\": [",
          "        {",
          "          \"id\": \"call\",",
          "          \"name\": \"Call the helpline\",",
          "          \"channel\": \"phone\",",
          "          \"lane\": \"CUSTOMER_ACTION\",",
          "          \"step\": \"contact\"",
          "        },",
          "        {",
          "          \"id\": \"chat\",",
          "          \"name\": \"Report it in chat\",",
          "          \"channel\": \"chat\",",
          "          \"lane\": \"CUSTOMER_ACTION\",",
          "          \"step\": \"contact\"",
          "        },",
          "        {",
          "          \"id\": \"faq\",",
          "          \"name\": \"Read the help page\",",
          "          \"channel\": \"web\",",
          "          \"lane\": \"CUSTOMER_ACTION\",",
          "          \"optional\": true",
          "        }",
          "      ]",
          "    }",
          "  ],",
          "  \"paths\": {",
          "    \"journeyId\": \"fault\",",
          "    \"cases\": 10,",
          "    \"events\": 25,",
          "    \"adHocEvents\": 2,",
          "    \"firstEvent\": \"2026-10-01T07:12:00Z\",",
          "    \"conformingCases\": 6,",
          "    \"meanFitness\": 0.9,",
          "    \"funnel\": [",
          "      {",
          "        \"stageId\": \"report\",",
          "        \"reached\": 8,",
          "        \"previous\": 10,",
          "        \"first\": 8,",
          "        \"droppedTo\": [",
          "          {",
          "            \"step\": \"(end)\",",
          "            \"cases\": 2",
          "          }",
          "        ],",
          "        \"toEnd\": {",
          "          \"count\": 8,",
          "          \"mean\": \"PT2H\",",
          "          \"standardDeviation\": \"PT30M\",",
          "          \"median\": \"PT1H45M\",",
          "          \"p90\": \"PT3H0.5S\"",
          "        }",
          "      }",
          "    ],",
          "    \"casesByDeviationKind\": {",
          "      \"REPEATED\": 3",
          "    },",
          "    \"deviations\": [",
          "      {",
          "        \"kind\": \"REPEATED\",",
          "        \"subject\": \"call\",",
          "        \"cases\": 3,",
          "        \"occurrences\": 4",
          "      }",
          "    ],",
          "    \"variants\": [",
          "      {",
          "        \"steps\": [",
          "          \"call\",",
          "          \"<b>tweet</b>\"",
          "        ],",
          "        \"cases\": 5",
          "      }",
          "    ],",
          "    \"variantCount\": 4,",
          "    \"touchpoints\": [",
          "      {",
          "        \"touchpointId\": \"call\",",
          "        \"cases\": 10,",
          "        \"reached\": 7,",
          "        \"repeated\": 3,",
          "        \"events\": 11,",
          "        \"failed\": 1",
          "      }",
          "    ]",
          "  }",
          "}");

  /** A version-3 document: one KPI with readings, one with a current value of its own. */
  private static final String V3 =
      String.join(
          "\n",
          "{",
          "  \"format\": \"journeykit\",",
          "  \"formatVersion\": 3,",
          "  \"id\": \"fault\",",
          "  \"title\": \"Get a fault fixed\",",
          "  \"state\": \"CURRENT\",",
          "  \"kpis\": [",
          "    {",
          "      \"id\": \"repeat-contact\",",
          "      \"name\": \"Repeat contacts\",",
          "      \"kind\": \"OUTCOME\",",
          "      \"unit\": \"%\",",
          "      \"higherIsBetter\": false,",
          "      \"baseline\": 31,",
          "      \"target\": 10,",
          "      \"readings\": [",
          "        {",
          "          \"date\": \"2026-08-31\",",
          "          \"value\": 28",
          "        },",
          "        {",
          "          \"date\": \"2026-09-30\",",
          "          \"value\": 24.5",
          "        },",
          "        {",
          "          \"date\": \"2026-10-31\",",
          "          \"value\": 21",
          "        }",
          "      ],",
          "      \"owner\": \"Head of service\"",
          "    },",
          "    {",
          "      \"id\": \"nps\",",
          "      \"name\": \"Net promoter score\",",
          "      \"kind\": \"OUTCOME\",",
          "      \"higherIsBetter\": true,",
          "      \"current\": 31,",
          "      \"measured\": \"2026-10-31\"",
          "    }",
          "  ]",
          "}");

  @Test
  void readsTheReadingsOfKpis() {
    Journey journey = JourneyJson.read(V3);
    Kpi repeat = journey.kpi("repeat-contact").get();
    assertEquals(
        List.of(
            KpiReading.of(LocalDate.of(2026, 8, 31), 28),
            KpiReading.of(LocalDate.of(2026, 9, 30), 24.5),
            KpiReading.of(LocalDate.of(2026, 10, 31), 21)),
        repeat.readings());
    assertEquals(OptionalDouble.of(21), repeat.current());
    assertEquals(Optional.of(LocalDate.of(2026, 10, 31)), repeat.measured());
    assertEquals(List.of(), journey.kpi("nps").get().readings());
    assertEquals(List.of(), SchemaValidation.errors(V3));
    // Giving the last reading's value and date as well reads the same.
    String both =
        V3.replace(
            "      \"target\": 10,\n",
            "      \"target\": 10,\n      \"current\": 21,\n      \"measured\": \"2026-10-31\",\n");
    assertEquals(journey, JourneyJson.read(both));
    assertEquals(List.of(), SchemaValidation.errors(both));
  }

  @Test
  void writesTheReadingsAndNotTheCurrentValueTheyGive() {
    Journey journey = JourneyJson.read(V3);
    String written = Exporters.json().render(MapReport.of(journey));
    assertEquals(V3 + "\n", written);
    assertEquals(journey, JourneyJson.read(written));
  }

  @Test
  void refusesTheReadingsInAVersionTwoDocument() {
    String v2 = V3.replace("\"formatVersion\": 3,", "\"formatVersion\": 2,");
    assertEquals(
        List.of("/kpis/0/readings (line 16, column 19): must be a member the format defines here"),
        shown(v2));
    assertEquals(
        1, SchemaValidation.errors(v2, 2).size(), SchemaValidation.errors(v2, 2)::toString);
  }

  @Test
  void reportsEveryProblemOfTheReadingsAtOnceAtItsMember() {
    String json =
        V3.replace("\"2026-09-30\"", "\"2026-07-31\"")
            .replace("      \"target\": 10,\n", "      \"target\": 10,\n      \"current\": 20,\n")
            .replace(
                "      \"current\": 31,\n      \"measured\": \"2026-10-31\"",
                "      \"readings\": [\n"
                    + "        {\"date\": \"2026-10-31\", \"value\": 30},\n"
                    + "        {\"date\": \"2026-10-31\", \"value\": 31},\n"
                    + "        {\"date\": \"2026-11-31\", \"value\": 32, \"note\": \"x\"},\n"
                    + "        {\"date\": \"2026-12-31\"}\n"
                    + "      ]");
    // The second KPI's readings that could not be read leave its duplicate date unchecked: the
    // rule may be broken only for want of them.
    assertEquals(
        List.of(
            "/kpis/0/readings/1/date (line 23, column 19): must be after the date of readings[0]"
                + " (2026-08-31): readings are in date order (was 2026-07-31)",
            "/kpis/0/current (line 16, column 18): must be the value of the last reading,"
                + " readings[2] (2026-10-31: 21), or be left out, when the KPI has readings (was"
                + " 20.0)",
            "/kpis/1/readings/2/date (line 41, column 18): must be an ISO-8601 date such as"
                + " 2026-10-31 (was \"2026-11-31\")",
            "/kpis/1/readings/2/note (line 41, column 53): must be a member the format defines"
                + " here",
            "/kpis/1/readings/3/value (line 42, column 9): must be present"),
        shown(json));
  }

  @Test
  void refusesADuplicateDateAndACurrentValueOrDateThatAreNotTheLastReadings() {
    String json =
        V3.replace(
                "      \"target\": 10,\n",
                "      \"target\": 10,\n"
                    + "      \"current\": 24.5,\n"
                    + "      \"measured\": \"2026-09-30\",\n")
            .replace(
                "\"2026-09-30\",\n          \"value\"", "\"2026-10-31\",\n          \"value\"");
    assertEquals(
        List.of(
            "/kpis/0/readings/2/date (line 28, column 19): must differ from the date of"
                + " readings[1]: one reading per date (was 2026-10-31)",
            "/kpis/0/current (line 16, column 18): must be the value of the last reading,"
                + " readings[2] (2026-10-31: 21), or be left out, when the KPI has readings (was"
                + " 24.5)",
            "/kpis/0/measured (line 17, column 19): must be the date of the last reading,"
                + " readings[2] (2026-10-31: 21), or be left out, when the KPI has readings (was"
                + " 2026-09-30)"),
        shown(json));
    assertEquals(List.of(), SchemaValidation.errors(json));
  }

  private static List<String> shown(String json) {
    return assertThrows(JourneyFormatException.class, () -> JourneyJson.readReport(json))
        .problems()
        .stream()
        .map(FormatProblem::toString)
        .collect(Collectors.toList());
  }

  @Test
  void readsStepsOptionalTouchpointsAndPaths() {
    MapReport report = JourneyJson.readReport(V2);
    Stage stage = report.journey().stage("report").get();
    assertEquals(
        List.of(
            Touchpoint.builder("call", "Call the helpline", Channel.PHONE).step("contact").build(),
            Touchpoint.builder("chat", "Report it in chat", Channel.CHAT).step("contact").build(),
            Touchpoint.builder("faq", "Read the help page", Channel.WEB).optional(true).build()),
        stage.touchpoints());
    PathSummary paths = report.paths().get();
    assertEquals(10, paths.cases());
    assertEquals(Instant.parse("2026-10-01T07:12:00Z"), paths.firstEvent().get());
    assertEquals(0.6, paths.conformanceRate().getAsDouble(), 1e-12);
    assertEquals(Duration.ofHours(3).plusMillis(500), paths.funnel().get(0).toEnd().get().p90());
    assertEquals(3, paths.casesWith(DeviationKind.REPEATED));
    assertEquals(List.of("call", "<b>tweet</b>"), paths.variants().get(0).steps());
    assertEquals(0.7, paths.touchpoint("call").get().reach().getAsDouble(), 1e-12);
    assertEquals(List.of(), SchemaValidation.errors(V2, 2));
  }

  @Test
  void writesWhatItReadsMemberForMember() {
    MapReport report = JourneyJson.readReport(V2);
    String written = Exporters.json().render(report);
    assertEquals(
        V2.replace("\"<b>tweet</b>\"", "\"\\u003Cb\\u003Etweet\\u003C/b\\u003E\"")
                .replace("\"formatVersion\": 2,", "\"formatVersion\": 3,")
            + "\n",
        written);
    assertEquals(report, JourneyJson.readReport(written));
  }

  @Test
  void writesOptionalOnlyWhenTrue() {
    Journey journey =
        Journey.builder("j", "J")
            .addStage(
                Stage.builder("s", "S")
                    .addTouchpoint(
                        Touchpoint.builder("t", "T", Channel.WEB).optional(false).build())
                    .build())
            .build();
    String json = Exporters.json().render(MapReport.of(journey));
    assertFalse(json.contains("optional"), json);
    assertFalse(json.contains("\"step\""), json);
    assertTrue(json.contains("\"formatVersion\": 3,"), json);
  }

  @Test
  void readsAVersionOneDocumentAsBefore() {
    MapReport sample = SampleReports.broadbandFault();
    String v1 =
        Exporters.json().render(sample).replace("\"formatVersion\": 3,", "\"formatVersion\": 1,");
    assertEquals(sample, JourneyJson.readReport(v1));
    assertEquals(List.of(), SchemaValidation.errors(v1, 1));
  }

  @Test
  void refusesTheMembersOfVersionTwoInAVersionOneDocument() {
    String v1 = V2.replace("\"formatVersion\": 2,", "\"formatVersion\": 1,");
    assertEquals(
        List.of(
            "/stages/0/touchpoints/0/step (line 17, column 19): must be a member the format"
                + " defines here",
            "/stages/0/touchpoints/1/step (line 24, column 19): must be a member the format"
                + " defines here",
            "/stages/0/touchpoints/2/optional (line 31, column 23): must be a member the format"
                + " defines here",
            "/paths (line 36, column 12): must be a member the format defines here"),
        shown(v1));
    assertEquals(
        4, SchemaValidation.errors(v1, 1).size(), SchemaValidation.errors(v1, 1)::toString);
  }

  @Test
  void reportsEveryProblemOfThePathsAtOnceAtItsMember() {
    String json =
        V2.replace("\"cases\": 10,\n    \"events\"", "\"cases\": -1,\n    \"events\"")
            .replace("\"firstEvent\": \"2026-10-01T07:12:00Z\"", "\"firstEvent\": \"yesterday\"")
            .replace("\"previous\": 10,", "\"previous\": 7,")
            .replace("\"REPEATED\": 3", "\"REPEATED\": 3, \"LOST\": 1")
            .replace("\"kind\": \"REPEATED\",", "\"kind\": \"AGAIN\",")
            .replace("\"cases\": 5", "\"cases\": \"5\"")
            .replace("\"failed\": 1", "\"failed\": 12")
            .replace("\"variantCount\": 4,", "");
    assertEquals(
        List.of(
            "/paths/cases (line 38, column 14): must not be negative (was -1)",
            "/paths/firstEvent (line 41, column 19): must be an ISO-8601 instant such as"
                + " 2026-10-01T07:12:00Z (was \"yesterday\")",
            "/paths/funnel/0/previous (line 48, column 21): must be at least reached (8) (was 7)",
            "/paths/funnel/0/droppedTo (line 50, column 22): must count at most the drop-off (-1)"
                + " (was 2)",
            "/paths/casesByDeviationKind/LOST (line 66, column 30): must be one of [MISSING,"
                + " AD_HOC, OUT_OF_ORDER, REPEATED, FAILING] (was \"LOST\")",
            "/paths/deviations/0/kind (line 70, column 17): must be one of [MISSING, AD_HOC,"
                + " OUT_OF_ORDER, REPEATED, FAILING] (was \"AGAIN\")",
            "/paths/variants/0/cases (line 82, column 18): must be a whole number (was \"5\")",
            "/paths/touchpoints/0/failed (line 93, column 19): must lie between 0 and events (11)"
                + " (was 12)",
            "/paths/variantCount (line 36, column 12): must be present"),
        shown(json));
  }

  @Test
  void readsDurationsWithoutASignAndInstantsOfIso8601() {
    for (String duration : List.of("-PT2H", "PT-2H", "PT+2H", "PT", "P", "2H", "PT2H30", "")) {
      assertEquals(
          List.of(
              "/paths/funnel/0/toEnd/mean (line 58, column 19): must be an ISO-8601 duration"
                  + " without a sign, such as PT26H (was \""
                  + duration
                  + "\")"),
          shown(V2.replace("\"mean\": \"PT2H\"", "\"mean\": \"" + duration + "\"")),
          duration);
      assertFalse(
          SchemaValidation.errors(V2.replace("\"PT2H\"", "\"" + duration + "\""), 2).isEmpty(),
          duration);
    }
    for (String duration : List.of("P1DT2H", "pt2h", "PT0S", "PT0.000000001S", "PT2,5S")) {
      String json = V2.replace("\"mean\": \"PT2H\"", "\"mean\": \"" + duration + "\"");
      assertEquals(
          Duration.parse(duration),
          JourneyJson.readReport(json).paths().get().funnel().get(0).toEnd().get().mean());
      assertEquals(List.of(), SchemaValidation.errors(json, 2), duration);
    }
    assertEquals(
        Instant.parse("2026-10-01T06:12:00Z"),
        JourneyJson.readReport(V2.replace(":00Z\"", ":00+01:00\""))
            .paths()
            .get()
            .firstEvent()
            .get());
  }

  @Test
  void refusesASummaryOfAnotherJourneyAtItsJourneyId() {
    String json = V2.replace("\"journeyId\": \"fault\"", "\"journeyId\": \"other\"");
    assertEquals(
        List.of(
            "/paths/journeyId (line 37, column 18): must be the id of the report's journey"
                + " (\"fault\") (was \"other\")"),
        shown(json));
    // Also when the journey has problems of its own: every problem at once.
    assertEquals(
        List.of(
            "/stages/0/touchpoints/2/name (line 28, column 19): must not be blank (was \" \")",
            "/paths/journeyId (line 37, column 18): must be the id of the report's journey"
                + " (\"fault\") (was \"other\")"),
        shown(json.replace("\"Read the help page\"", "\" \"")));
  }

  @Test
  void refusesAlternativesThatDisagreeOnOptionalAtTheTouchpoint() {
    String json =
        V2.replace(
            "          \"lane\": \"CUSTOMER_ACTION\",\n"
                + "          \"step\": \"contact\"\n"
                + "        },\n"
                + "        {\n"
                + "          \"id\": \"faq\"",
            "          \"lane\": \"CUSTOMER_ACTION\",\n          \"step\": \"contact\",\n"
                + "          \"optional\": true\n        },\n        {\n          \"id\": \"faq\"");
    assertEquals(
        List.of(
            "/stages/0/touchpoints/1/optional (line 25, column 23): must be the same for every"
                + " touchpoint of the step \"contact\"; touchpoints[0] differs (was true)"),
        shown(json));
  }
}
