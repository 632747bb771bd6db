package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
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

  @Test
  void whatIsAtEachElementIsGatheredOnTheFirstQueryNotByValidation() {
    Journey fresh = SampleJourneys.broadbandFault();
    assertFalse(fresh.index().hasAttachments(), "validation gathers nothing for the queries");
    fresh.find("call");
    fresh.stageOf("call");
    assertFalse(fresh.index().hasAttachments(), "look-ups by id gather nothing either");
    List<MomentThatMatters> atCall = fresh.momentsAt("call");
    assertTrue(fresh.index().hasAttachments());
    assertSame(atCall, fresh.momentsAt("call"), "gathered once, then kept");
    assertSame(fresh.gapsAt("fix"), fresh.gapsAt("fix"));
    Journey edited = fresh.withoutAction("exec-listening");
    assertFalse(edited.index().hasAttachments(), "an edit validates the new journey only");
    assertEquals(List.of(), edited.actionsAddressing("exec-view"));
  }

  @Test
  void largeJourneysAnswerWhatIsAtEveryElement() {
    // 40,000 moments, 20,000 actions and 10,000 gaps: more links than two maps of the index hold.
    assertTrue(70_000 > 2 * JourneyIndex.SHARD_SIZE, "the attachments need several maps");
    Stage.Builder stage = Stage.builder("all", "All");
    Journey.Builder large = Journey.builder("large", "Large");
    for (int t = 0; t < 40_000; t++) {
      String id = "t" + t;
      stage.addTouchpoint(Touchpoint.of(id, "Step", Channel.WEB));
      large.addMoment(MomentThatMatters.of("m" + t, id, Polarity.MAKE, "Why"));
      if (t % 2 == 0) {
        large.addAction(
            ActionItem.builder("a" + t, "Act", ActionKind.FIX).addTouchpointId(id).build());
      }
      if (t % 4 == 0) {
        large.addGap(Gap.of("g" + t, GapType.EXPERIENCE, "Short", Location.touchpoint(id)));
      }
    }
    Journey journey = large.addStage(stage.build()).build();
    for (int t = 0; t < 40_000; t += 3) {
      String id = "t" + t;
      assertEquals(
          List.of("m" + t),
          journey.momentsAt(id).stream().map(MomentThatMatters::id).collect(Collectors.toList()));
      assertEquals(
          t % 2 == 0 ? List.of("a" + t) : List.of(),
          journey.actionsAddressing(id).stream().map(ActionItem::id).collect(Collectors.toList()));
      assertEquals(
          t % 4 == 0 ? List.of("g" + t) : List.of(),
          journey.gapsAt(id).stream().map(Gap::id).collect(Collectors.toList()));
    }
    assertEquals(List.of(), journey.momentsAt("all"));
    assertEquals(List.of(), journey.gapsAt("t40000"));
  }
}
