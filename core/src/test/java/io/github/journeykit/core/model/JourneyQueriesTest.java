package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JourneyQueriesTest {
  private final Journey journey = SampleJourneys.broadbandFault();

  private static List<String> ids(List<Touchpoint> touchpoints) {
    return touchpoints.stream().map(Touchpoint::id).collect(Collectors.toList());
  }

  @Test
  void touchpointsInJourneyOrder() {
    assertEquals(
        List.of("status-page", "call", "case", "engineer", "dispatch", "sms-confirm"),
        ids(journey.touchpoints()));
  }

  @Test
  void findsAnyElementWithItsPath() {
    JourneyElement call = journey.find("call").get();
    assertEquals(ElementKind.TOUCHPOINT, call.kind());
    assertEquals("stages[1].touchpoints[0]", call.path());
    assertEquals("Call the helpline", call.as(Touchpoint.class).name());
    assertEquals("touchpoint call at stages[1].touchpoints[0]", call.toString());
    assertEquals("kpis[2]", journey.find("aht").get().path());
    assertEquals("personas[1]", journey.find("retired").get().path());
    assertEquals("actions[3]", journey.find("exec-listening").get().path());
    assertEquals("moments[1]", journey.find("on-time-engineer").get().path());
    assertEquals("gaps[4]", journey.find("line-test-skills").get().path());
    assertEquals("stages[3]", journey.find("confirm").get().path());
    assertEquals(Optional.empty(), journey.find("nowhere"));
  }

  @Test
  void typedLookupsOnlyFindTheirKind() {
    assertEquals("Call the helpline", journey.touchpoint("call").get().name());
    assertEquals(Optional.empty(), journey.stage("call"));
    assertEquals("Get it fixed", journey.stage("fix").get().name());
    assertEquals(Polarity.MAKE, journey.moment("on-time-engineer").get().polarity());
    assertEquals(GapType.ORGANISATIONAL, journey.gap("silo").get().type());
    assertEquals(ActionStatus.DONE, journey.action("exec-listening").get().status());
    assertEquals(KpiKind.OUTPUT, journey.kpi("aht").get().kind());
    assertEquals("Tom, retired", journey.persona("retired").get().name());
    assertEquals(Optional.empty(), journey.kpi("silo"));
  }

  @Test
  void stageOfATouchpoint() {
    assertEquals("fix", journey.stageOf("dispatch").get().id());
    assertEquals(Optional.empty(), journey.stageOf("fix"));
  }

  @Test
  void touchpointsByChannelLaneAndOwner() {
    assertEquals(List.of("call", "case"), ids(journey.touchpointsOn(Channel.PHONE)));
    assertEquals(List.of("dispatch"), ids(journey.touchpointsOn(Channel.of("field-app"))));
    assertEquals(List.of("call", "engineer"), ids(journey.touchpointsIn(Lane.FRONTSTAGE)));
    assertEquals(List.of("dispatch"), ids(journey.touchpointsIn(Lane.SUPPORT_PROCESS)));
    assertEquals(
        List.of("engineer", "dispatch"), ids(journey.touchpointsOwnedBy("Field operations")));
    assertEquals(List.of(), ids(journey.touchpointsOwnedBy("field operations")));
  }

  @Test
  void painPointsAreBelowTheEmotionBaseline() {
    assertEquals(List.of("status-page", "call"), ids(journey.painPoints()));
  }

  @Test
  void momentsGapsAndActionsBySelectors() {
    assertEquals(
        List.of("first-call"),
        journey.moments(Polarity.BREAK).stream()
            .map(MomentThatMatters::id)
            .collect(Collectors.toList()));
    assertEquals(
        List.of("on-time-engineer"),
        journey.momentsAt("engineer").stream()
            .map(MomentThatMatters::id)
            .collect(Collectors.toList()));
    assertEquals(
        List.of("promise-gap"),
        journey.gaps(GapType.CUSTOMER_EXPECTATIONS).stream()
            .map(Gap::id)
            .collect(Collectors.toList()));
    assertEquals(
        List.of("repeat-explaining"),
        journey.gapsAt("call").stream().map(Gap::id).collect(Collectors.toList()));
    assertEquals(
        List.of("silo"), journey.gapsAt("fix").stream().map(Gap::id).collect(Collectors.toList()));
    assertEquals(
        List.of("eta-sms"),
        journey.actions(ActionStatus.PLANNED).stream()
            .map(ActionItem::id)
            .collect(Collectors.toList()));
    assertEquals(
        List.of("case-handoff"),
        journey.actionsOwnedBy("Head of service").stream()
            .map(ActionItem::id)
            .collect(Collectors.toList()));
  }

  @Test
  void actionsAddressingAnElement() {
    assertEquals(
        List.of("case-handoff"),
        journey.actionsAddressing("silo").stream()
            .map(ActionItem::id)
            .collect(Collectors.toList()));
    assertEquals(
        List.of("eta-sms"),
        journey.actionsAddressing("engineer").stream()
            .map(ActionItem::id)
            .collect(Collectors.toList()));
    assertEquals(List.of(), journey.actionsAddressing("promise-gap"));
  }

  @Test
  void readableForms() {
    assertEquals(
        "Journey[broadband-fault \"Get a broadband fault fixed\" CURRENT: 4 stages,"
            + " 6 touchpoints, 2 moments, 5 gaps, 4 actions, 3 KPIs]",
        journey.toString());
    String outline = SampleJourneys.openAccount().outline();
    assertEquals(
        "CURRENT journey open-account \"Open a current account\"\n"
            + "  stage discover \"Discover\"\n"
            + "    - Touchpoint[advert \"See an advert\" social CUSTOMER_ACTION]\n"
            + "  stage apply \"Apply\"\n"
            + "    ! Touchpoint[form \"Fill in the online form\" web CUSTOMER_ACTION emotion -2]\n"
            + "  Moment[id-check BREAK at form]\n"
            + "  Gap[slow-form EXPERIENCE MEDIUM at touchpoint form]\n"
            + "  Action[shorten-form FIX PROPOSED \"Cut the form to 8 fields\"]\n",
        outline);
    assertTrue(journey.outline().contains("(goal: Tell them once and get a time for the fix)"));
  }
}
