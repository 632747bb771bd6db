package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JourneyValidationTest {
  private static final Touchpoint FORM = Touchpoint.of("form", "Fill in the form", Channel.WEB);
  private static final Stage APPLY = Stage.builder("apply", "Apply").addTouchpoint(FORM).build();

  private static List<String> paths(ValidationException e) {
    return e.violations().stream().map(Violation::path).collect(Collectors.toList());
  }

  /** Stages of 30,000 touchpoints each: more ids than one map of the index holds. */
  private static Journey.Builder large(int stages, String extraId) {
    Journey.Builder journey = Journey.builder("large", "Large");
    for (int s = 0; s < stages; s++) {
      Stage.Builder stage = Stage.builder("s" + s, "Stage " + s);
      for (int t = 0; t < 30_000; t++) {
        stage.addTouchpoint(Touchpoint.of("t" + s + "-" + t, "Step", Channel.WEB));
      }
      if (s == stages - 1 && extraId != null) {
        stage.addTouchpoint(Touchpoint.of(extraId, "Again", Channel.WEB));
      }
      journey.addStage(stage.build());
    }
    return journey;
  }

  @Test
  void largeJourneysFindEveryIdAndEveryDuplicate() {
    assertTrue(3 * 30_000 > 2 * JourneyIndex.SHARD_SIZE, "the index needs several maps");
    Journey journey =
        large(3, null)
            .addMoment(MomentThatMatters.of("last", "t2-29999", Polarity.MAKE, "Done"))
            .build();
    for (int s = 0; s < 3; s++) {
      for (int t = 0; t < 30_000; t += 7) {
        String id = "t" + s + "-" + t;
        assertEquals(id, journey.touchpoint(id).orElseThrow().id());
        assertEquals("s" + s, journey.stageOf(id).orElseThrow().id());
      }
    }
    assertEquals(90_000, journey.touchpoints().size());
    assertEquals("t1-0", journey.touchpoints().get(30_000).id());
    assertEquals(90_004, journey.elements().size());
    assertEquals("last", journey.elements().get(90_003).id());
    // Listed once, on first use, then kept.
    assertSame(journey.elements(), journey.elements());
    assertSame(journey.touchpoints(), journey.touchpoints());
    assertTrue(journey.touchpoint("t3-0").isEmpty());

    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                large(3, "t0-12345")
                    .addMoment(MomentThatMatters.of("lost", "t9-1", Polarity.MAKE, "Lost"))
                    .build());
    assertEquals(List.of("stages[2].touchpoints[30000].id", "moments[0].touchpointId"), paths(e));
  }

  @Test
  void samplesAreValid() {
    assertEquals(4, SampleJourneys.broadbandFault().stages().size());
    assertEquals(2, SampleJourneys.openAccount().stages().size());
  }

  @Test
  void fiveProblemsAreReportedInOneException() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Journey.builder("open-account", "Open a current account")
                    .addStage(APPLY)
                    .addStage(Stage.builder("apply", "Apply again").build())
                    .addMoment(
                        MomentThatMatters.of("id-check", "selfie", Polarity.BREAK, "Drop-outs"))
                    .addGap(Gap.of("slow", GapType.EXPERIENCE, "Slow", Location.stage("form")))
                    .addAction(
                        ActionItem.builder("fix", "Fix it", ActionKind.FIX)
                            .addGapId("slow")
                            .addGapId("ghost")
                            .addKpiId("completion")
                            .build())
                    .build());
    assertEquals(
        List.of(
            "stages[1].id",
            "moments[0].touchpointId",
            "gaps[0].location",
            "actions[0].gapIds[1]",
            "actions[0].kpiIds[0]"),
        paths(e));
    assertEquals(
        "Journey \"open-account\" is invalid (5 problems):\n"
            + "  - stages[1].id: must be unique in the journey; stages[0] (a stage) has the same id"
            + " (was \"apply\")\n"
            + "  - moments[0].touchpointId: must name a touchpoint of the journey (was"
            + " \"selfie\")\n"
            + "  - gaps[0].location: must name a stage of the journey, not a touchpoint (was"
            + " \"form\")\n"
            + "  - actions[0].gapIds[1]: must name a gap of the journey (was \"ghost\")\n"
            + "  - actions[0].kpiIds[0]: must name a KPI of the journey (was \"completion\")",
        e.getMessage());
  }

  @Test
  void idsAreUniqueAcrossEveryKindOfElement() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Journey.builder("j", "J")
                    .addPersona(Persona.of("form", "A persona named like a touchpoint"))
                    .addStage(APPLY)
                    .addStage(
                        Stage.builder("other", "Other")
                            .addTouchpoint(
                                Touchpoint.of("form", "Same id, other stage", Channel.APP))
                            .build())
                    .addKpi(
                        Kpi.builder("apply", "A KPI named like a stage", KpiKind.OUTCOME).build())
                    .addGap(
                        Gap.of(
                            "other",
                            GapType.ORGANISATIONAL,
                            "Gap named like a stage",
                            Location.journey()))
                    .addAction(
                        ActionItem.of("form", "Action named like a touchpoint", ActionKind.FIX))
                    .addMoment(
                        MomentThatMatters.of(
                            "apply", "form", Polarity.MAKE, "Moment named like a stage"))
                    .build());
    assertEquals(
        List.of(
            "stages[0].touchpoints[0].id",
            "stages[1].touchpoints[0].id",
            "moments[0].id",
            "gaps[0].id",
            "actions[0].id",
            "kpis[0].id"),
        paths(e));
    assertTrue(e.violations().get(0).rule().contains("personas[0] (a persona) has the same id"));
  }

  @Test
  void referencesMustNameTheRightKind() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Journey.builder("j", "J")
                    .addStage(APPLY)
                    .addMoment(MomentThatMatters.of("m", "apply", Polarity.MAKE, "Named a stage"))
                    .addGap(
                        Gap.of(
                            "g", GapType.EXPERIENCE, "Named a stage", Location.touchpoint("apply")))
                    .addAction(
                        ActionItem.builder("a", "A", ActionKind.FIX)
                            .addGapId("m")
                            .addMomentId("g")
                            .addTouchpointId("apply")
                            .addKpiId("form")
                            .build())
                    .build());
    assertEquals(
        List.of(
            "moments[0].touchpointId",
            "gaps[0].location",
            "actions[0].gapIds[0]",
            "actions[0].momentIds[0]",
            "actions[0].touchpointIds[0]",
            "actions[0].kpiIds[0]"),
        paths(e));
    assertEquals(
        "must name a touchpoint of the journey, not a stage", e.violations().get(0).rule());
    assertEquals("must name a gap of the journey, not a moment", e.violations().get(2).rule());
  }

  @Test
  void theSameDataSourceIdMeansTheSameSource() {
    DataSource survey = DataSource.of("pulse", DataSourceKind.SURVEY);
    DataSource notASurvey = DataSource.of("pulse", DataSourceKind.INTERVIEW);
    Touchpoint call =
        Touchpoint.builder("call", "Call", Channel.PHONE)
            .addDataSource(survey)
            .addMeasurement(
                Measurement.builder()
                    .metric(Metric.CSAT)
                    .value(3)
                    .scale(Scale.CSAT_ANSWER)
                    .source(notASurvey)
                    .build())
            .build();
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Journey.builder("j", "J")
                    .addStage(Stage.builder("s", "S").addTouchpoint(call).build())
                    .build());
    assertEquals(List.of("stages[0].touchpoints[0].measurements[0].source"), paths(e));
    assertEquals(
        "must describe data source \"pulse\" as stages[0].touchpoints[0].dataSources[0]"
            + " does (SURVEY, QUANTITATIVE)",
        e.violations().get(0).rule());
  }

  @Test
  void differentSourcesAreFoundAcrossStagesAndNamedWhereverUsed() {
    DataSource survey = DataSource.of("pulse", DataSourceKind.SURVEY);
    DataSource sameAgain = DataSource.of("pulse", DataSourceKind.SURVEY);
    DataSource interview = DataSource.of("pulse", DataSourceKind.INTERVIEW);
    DataSource analytics = DataSource.of("clicks", DataSourceKind.ANALYTICS);
    Stage first =
        Stage.builder("first", "First")
            .addTouchpoint(
                Touchpoint.builder("a", "A", Channel.WEB)
                    .addDataSource(survey)
                    .addDataSource(analytics)
                    .build())
            .addTouchpoint(
                Touchpoint.builder("b", "B", Channel.WEB).addDataSource(sameAgain).build())
            .build();
    // Equal sources, even as other instances, are listed once; the list is not part of equality.
    assertEquals(List.of(survey, analytics), first.sourcesInUse());
    assertEquals(first, Stage.builder().from(first).build());
    Journey fine =
        Journey.builder("j", "J")
            .addStage(first)
            .addStage(
                Stage.builder("second", "Second")
                    .addTouchpoint(
                        Touchpoint.builder("c", "C", Channel.WEB).addDataSource(survey).build())
                    .build())
            .build();
    assertEquals(2, fine.stages().size());
    Stage other =
        Stage.builder("second", "Second")
            .addTouchpoint(
                Touchpoint.builder("c", "C", Channel.WEB).addDataSource(analytics).build())
            .addTouchpoint(
                Touchpoint.builder("d", "D", Channel.WEB)
                    .addDataSource(interview)
                    .addMeasurement(
                        Measurement.builder()
                            .metric(Metric.CSAT)
                            .value(3)
                            .scale(Scale.CSAT_ANSWER)
                            .source(interview)
                            .build())
                    .build())
            .build();
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> Journey.builder("j", "J").addStage(first).addStage(other).build());
    assertEquals(
        List.of(
            "stages[1].touchpoints[1].dataSources[0]",
            "stages[1].touchpoints[1].measurements[0].source"),
        paths(e));
  }

  @Test
  void ownFieldsAreCheckedWithTheAggregate() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Journey.builder("j j", " ")
                    .description("")
                    .vision(" ")
                    .addTag(" ")
                    .counterpartId("j j")
                    .build());
    assertEquals(
        List.of(
            "id", "title", "description", "vision", "tags[0]", "counterpartId", "counterpartId"),
        paths(e));
    assertEquals("must differ from the journey's own id", e.violations().get(6).rule());
  }

  @Test
  void missingRequiredFieldsAreViolationsThatNameTheFields() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> Journey.builder().id("j").build());
    assertEquals(List.of("title"), paths(e));
    assertEquals("must be set", e.violations().get(0).rule());
    assertEquals("Journey is invalid: title: must be set", e.getMessage());

    ValidationException both =
        assertThrows(ValidationException.class, () -> Stage.builder().build());
    assertEquals(List.of("id", "name"), paths(both));
    assertEquals("Stage", both.subject());
  }
}
