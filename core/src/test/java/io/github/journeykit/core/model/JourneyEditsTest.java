package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JourneyEditsTest {
  private final Journey journey = SampleJourneys.broadbandFault();

  private static List<String> stageIds(Journey journey) {
    return journey.stages().stream().map(Stage::id).collect(Collectors.toList());
  }

  private static List<String> touchpointIds(Stage stage) {
    return stage.touchpoints().stream().map(Touchpoint::id).collect(Collectors.toList());
  }

  private static List<String> paths(ValidationException e) {
    return e.violations().stream().map(Violation::path).collect(Collectors.toList());
  }

  @Test
  void withStageReplacesInPlaceOrAppends() {
    Stage renamed = journey.stage("report").get().withOwner("Service desk");
    Journey edited = journey.withStage(renamed);
    assertEquals(stageIds(journey), stageIds(edited));
    assertEquals("Service desk", edited.stage("report").get().owner().get());

    Journey longer = journey.withStage(Stage.builder("follow-up", "Follow up").build());
    assertEquals(List.of("notice", "report", "fix", "confirm", "follow-up"), stageIds(longer));
    assertEquals("Get a broadband fault fixed", longer.title(), "the original is unchanged");
    assertEquals(4, journey.stages().size());
  }

  @Test
  void withoutStageThatNothingRefersTo() {
    Journey shorter = journey.withoutStage("notice");
    assertEquals(List.of("report", "fix", "confirm"), stageIds(shorter));
    assertEquals("stages[0].touchpoints[0]", shorter.find("call").get().path());
  }

  @Test
  void withoutStageThatIsStillReferredToListsEveryReference() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> journey.withoutStage("fix"));
    assertEquals(
        List.of("moments[1].touchpointId", "gaps[2].location", "actions[1].touchpointIds[0]"),
        paths(e));
  }

  @Test
  void withStageMoved() {
    assertEquals(
        List.of("report", "fix", "notice", "confirm"),
        stageIds(journey.withStageMoved("notice", 2)));
    assertEquals(
        List.of("confirm", "notice", "report", "fix"),
        stageIds(journey.withStageMoved("confirm", 0)));
    assertEquals(stageIds(journey), stageIds(journey.withStageMoved("fix", 2)));
    ValidationException range =
        assertThrows(ValidationException.class, () -> journey.withStageMoved("fix", 4));
    assertEquals(
        "index: must be from 0 to 3 for the stages (was 4)", range.violations().get(0).toString());
    ValidationException unknown =
        assertThrows(ValidationException.class, () -> journey.withStageMoved("nope", 0));
    assertEquals("stageId", unknown.violations().get(0).path());
  }

  @Test
  void withTouchpointReplacesOrAppendsInItsStage() {
    Touchpoint call = journey.touchpoint("call").get().withOwner("Service desk");
    Journey replaced = journey.withTouchpoint("report", call);
    assertEquals(List.of("call", "case"), touchpointIds(replaced.stage("report").get()));
    assertEquals("Service desk", replaced.touchpoint("call").get().owner().get());

    Journey added =
        journey.withTouchpoint("report", Touchpoint.of("chatbot", "Ask the bot", Channel.CHAT));
    assertEquals(List.of("call", "case", "chatbot"), touchpointIds(added.stage("report").get()));
    assertEquals("stages[1].touchpoints[2]", added.find("chatbot").get().path());
  }

  @Test
  void withTouchpointRefusesAnIdOfAnotherStage() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> journey.withTouchpoint("fix", journey.touchpoint("call").get()));
    assertEquals(
        "touchpoint.id: must not be in another stage; it is in stage \"report\""
            + " (use withTouchpointMoved) (was \"call\")",
        e.violations().get(0).toString());
    ValidationException unknownStage =
        assertThrows(
            ValidationException.class,
            () -> journey.withTouchpoint("nope", Touchpoint.of("x", "X", Channel.WEB)));
    assertEquals(
        "stageId: must name a stage of the journey (was \"nope\")",
        unknownStage.violations().get(0).toString());
  }

  @Test
  void withTouchpointStillChecksTheWholeJourney() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                journey.withTouchpoint(
                    "fix", Touchpoint.of("silo", "Named like a gap", Channel.WEB)));
    assertEquals(List.of("gaps[2].id"), paths(e));
  }

  @Test
  void withoutTouchpoint() {
    Journey edited = journey.withoutTouchpoint("dispatch");
    assertEquals(List.of("engineer"), touchpointIds(edited.stage("fix").get()));
    ValidationException referred =
        assertThrows(ValidationException.class, () -> journey.withoutTouchpoint("call"));
    assertEquals(
        List.of("moments[0].touchpointId", "gaps[0].location", "actions[0].touchpointIds[0]"),
        paths(referred));
    ValidationException unknown =
        assertThrows(ValidationException.class, () -> journey.withoutTouchpoint("fix"));
    assertEquals(
        "touchpointId: must name a touchpoint of the journey (was \"fix\")",
        unknown.violations().get(0).toString());
  }

  @Test
  void withTouchpointMovedWithinAndAcrossStages() {
    Journey within = journey.withTouchpointMoved("case", "report", 0);
    assertEquals(List.of("case", "call"), touchpointIds(within.stage("report").get()));

    Journey across = journey.withTouchpointMoved("case", "fix", 1);
    assertEquals(List.of("call"), touchpointIds(across.stage("report").get()));
    assertEquals(List.of("engineer", "case", "dispatch"), touchpointIds(across.stage("fix").get()));
    assertEquals(journey.touchpoint("case"), across.touchpoint("case"));
    assertNotSame(journey, across);

    Journey last = journey.withTouchpointMoved("status-page", "confirm", 1);
    assertEquals(List.of("sms-confirm", "status-page"), touchpointIds(last.stage("confirm").get()));

    ValidationException range =
        assertThrows(
            ValidationException.class, () -> journey.withTouchpointMoved("case", "fix", 3));
    assertEquals(
        "index: must be from 0 to 2 for the touchpoints of stage \"fix\" (was 3)",
        range.violations().get(0).toString());
    assertThrows(ValidationException.class, () -> journey.withTouchpointMoved("case", "report", 2));
    assertThrows(ValidationException.class, () -> journey.withTouchpointMoved("case", "nope", 0));
    assertThrows(ValidationException.class, () -> journey.withTouchpointMoved("nope", "fix", 0));
  }

  @Test
  void momentsGapsActionsKpisAndPersonasAreReplacedAddedAndRemovedById() {
    MomentThatMatters moment =
        MomentThatMatters.of(
            "status-clarity",
            "status-page",
            Polarity.BREAK,
            "Unclear status pages cause needless calls");
    assertEquals(3, journey.withMoment(moment).moments().size());
    MomentThatMatters rewritten =
        MomentThatMatters.of("first-call", "case", Polarity.BREAK, "Moved");
    assertEquals("case", journey.withMoment(rewritten).moment("first-call").get().touchpointId());

    Gap gap = Gap.of("promise-gap", GapType.CUSTOMER_EXPECTATIONS, "Rewritten", Location.journey());
    assertEquals("Rewritten", journey.withGap(gap).gap("promise-gap").get().title());
    assertEquals(4, journey.withoutGap("promise-gap").gaps().size());

    ActionItem done = journey.action("eta-sms").get().withStatus(ActionStatus.DONE);
    assertEquals(ActionStatus.DONE, journey.withAction(done).action("eta-sms").get().status());
    assertEquals(3, journey.withoutAction("eta-sms").actions().size());

    Kpi kpi = journey.kpi("aht").get().withCurrent(9);
    assertTrue(journey.withKpi(kpi).kpi("aht").get().meetsTarget());
    assertEquals(2, journey.withoutKpi("aht").kpis().size());

    assertEquals(
        "Tom", journey.withPersona(Persona.of("retired", "Tom")).persona("retired").get().name());
    assertEquals(1, journey.withoutPersona("retired").personas().size());
  }

  @Test
  void removingSomethingStillReferredToIsRefused() {
    assertEquals(
        List.of("actions[0].momentIds[0]"),
        paths(assertThrows(ValidationException.class, () -> journey.withoutMoment("first-call"))));
    assertEquals(
        List.of("actions[0].gapIds[1]"),
        paths(assertThrows(ValidationException.class, () -> journey.withoutGap("silo"))));
    assertEquals(
        List.of("actions[1].kpiIds[0]"),
        paths(assertThrows(ValidationException.class, () -> journey.withoutKpi("same-day-fix"))));
  }

  @Test
  void removingSomethingAbsentNamesTheParameter() {
    assertEquals(
        "momentId",
        assertThrows(ValidationException.class, () -> journey.withoutMoment("nope"))
            .violations()
            .get(0)
            .path());
    assertEquals(
        "gapId",
        assertThrows(ValidationException.class, () -> journey.withoutGap("nope"))
            .violations()
            .get(0)
            .path());
    assertEquals(
        "actionId",
        assertThrows(ValidationException.class, () -> journey.withoutAction("nope"))
            .violations()
            .get(0)
            .path());
    assertEquals(
        "kpiId",
        assertThrows(ValidationException.class, () -> journey.withoutKpi("nope"))
            .violations()
            .get(0)
            .path());
    assertEquals(
        "personaId",
        assertThrows(ValidationException.class, () -> journey.withoutPersona("nope"))
            .violations()
            .get(0)
            .path());
    assertEquals(
        "stageId",
        assertThrows(ValidationException.class, () -> journey.withoutStage("nope"))
            .violations()
            .get(0)
            .path());
  }

  @Test
  void addingABrokenReferenceIsRefused() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                journey.withAction(
                    ActionItem.builder("x", "X", ActionKind.FIX).addKpiId("nope").build()));
    assertEquals(List.of("actions[4].kpiIds[0]"), paths(e));
  }

  @Test
  void simpleCopies() {
    assertEquals(JourneyState.FUTURE, journey.withState(JourneyState.FUTURE).state());
    assertEquals("T", journey.withTitle("T").title());
    assertEquals(Governance.none(), journey.withGovernance(Governance.none()).governance());
    assertThrows(ValidationException.class, () -> journey.withTitle(" "));
  }
}
