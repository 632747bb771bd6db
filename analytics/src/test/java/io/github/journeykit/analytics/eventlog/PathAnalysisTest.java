package io.github.journeykit.analytics.eventlog;

import static io.github.journeykit.analytics.eventlog.FaultJourney.JOURNEY;
import static io.github.journeykit.analytics.eventlog.FaultJourney.caseOf;
import static io.github.journeykit.analytics.eventlog.FaultJourney.sevenCases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.path.Destination;
import io.github.journeykit.core.path.DeviationCount;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.core.path.FunnelStage;
import io.github.journeykit.core.path.PathSummary;
import io.github.journeykit.core.path.TouchpointUse;
import io.github.journeykit.core.path.VariantCount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Worked examples of every figure of a path analysis, with the arithmetic. */
class PathAnalysisTest {
  private static final PathSummary SUMMARY =
      PathAnalysis.of(JOURNEY).run(sevenCases()).statistics().summary();

  @Test
  void theFunnelCountsTheEventualPath() {
    // report: c1-c6 reach it (c7 has no event of the map): 6 of 7, drop-off 1, to "browse".
    // fix: c1, c2, c3, c5 reach the visit after the report; c4 goes to the SMS without a visit and
    // c6's visit came before its call: 4 of 6, drop-off 2, both went on to the SMS.
    // confirm: the four that reached fix all confirm: 4 of 4.
    List<FunnelStage> funnel = SUMMARY.funnel();
    assertEquals(List.of("report", "fix", "confirm"), stageIds(funnel));
    assertEquals(
        List.of(6L, 4L, 4L),
        funnel.stream().map(FunnelStage::reached).collect(Collectors.toList()));
    assertEquals(
        List.of(7L, 6L, 4L),
        funnel.stream().map(FunnelStage::previous).collect(Collectors.toList()));
    assertEquals(6.0 / 7, funnel.get(0).stepConversion().getAsDouble(), 1e-12);
    assertEquals(4.0 / 6, funnel.get(1).stepConversion().getAsDouble(), 1e-12);
    assertEquals(1.0, funnel.get(2).stepConversion().getAsDouble(), 1e-12);
    // Overall conversion is against the first stage: 4 / 6.
    assertEquals(4.0 / 6, funnel.get(2).overallConversion().getAsDouble(), 1e-12);
    assertEquals(
        List.of(1L, 2L, 0L),
        funnel.stream().map(FunnelStage::dropOff).collect(Collectors.toList()));
    assertEquals(List.of(Destination.of("browse", 1)), funnel.get(0).droppedTo());
    assertEquals(List.of(Destination.of("sms", 2)), funnel.get(1).droppedTo());
    assertEquals(List.of(), funnel.get(2).droppedTo());
  }

  @Test
  void timingRunsFromReachingAStageToTheNextAndToTheEnd() {
    // report -> fix: c1 and c2 visit an hour after the contact, c3 and c5 two hours after (a second
    // call, an ad hoc complaint in between): mean 1.5 h, standard deviation sqrt(1/3) h.
    FunnelStage report = SUMMARY.funnel().get(0);
    var toFix = report.toNextStage().get();
    assertEquals(4, toFix.count());
    assertEquals(Duration.ofMinutes(90), toFix.mean());
    assertEquals(Math.sqrt(1.0 / 3) * 3600, toFix.standardDeviation().toNanos() / 1e9, 1e-6);
    // The median and 90th percentile come from the sketch, within its 1% relative accuracy.
    assertEquals(3600, toFix.median().toSeconds(), 0.01 * 3600);
    assertEquals(7200, toFix.p90().toSeconds(), 0.01 * 7200);
    // report -> end: c1 2 h, c2 3 h, c3 3 h, c4 1 h, c5 3 h, c6 1 h (from its call): mean 13/6 h.
    var toEnd = report.toEnd().get();
    assertEquals(6, toEnd.count());
    assertEquals(13.0 / 6 * 3600, toEnd.mean().toNanos() / 1e9, 1e-6);
    assertFalse(SUMMARY.funnel().get(2).toNextStage().isPresent(), "the last stage has no next");
  }

  @Test
  void conformanceNamesEachDeviationAndItsFitness() {
    PathAnalysis analysis = PathAnalysis.of(JOURNEY);
    // c1 and c2 keep to the plan (chat is the other way to take the contact step, parts optional).
    assertTrue(analysis.conformance(caseOf("c1", "call", "visit", "sms")).conforms());
    CaseConformance c2 = analysis.conformance(caseOf("c2", "chat", "visit", "parts", "sms"));
    assertEquals(1.0, c2.fitness());
    assertEquals("fitness = 1 - 0 / 7 = 1: no deviation", c2.explanation());
    // c3: the second call takes no step: cost 1; worst 4 events + 3 required steps = 7.
    CaseConformance c3 = analysis.conformance(caseOf("c3", "call", "call", "visit", "sms"));
    assertEquals(List.of(Deviation.of(DeviationKind.REPEATED, "call", 1)), c3.deviations());
    assertEquals(1 - 1.0 / 7, c3.fitness(), 1e-12);
    // c4: the visit is missing where the SMS stands: cost 1; worst 2 + 3 = 5; fitness 0.8.
    CaseConformance c4 = analysis.conformance(caseOf("c4", "call", "sms"));
    assertEquals(List.of(Deviation.of(DeviationKind.MISSING, "visit", 1)), c4.deviations());
    assertEquals(0.8, c4.fitness(), 1e-12);
    assertEquals("fitness = 1 - 1 / 5 = 0.8: missing visit at 1 (cost 1)", c4.explanation());
    // c5: an ad hoc complaint (cost 1) and a failed visit (no cost): fitness 1 - 1 / 7.
    CaseConformance c5 = analysis.conformance(caseOf("c5", "call", "complain", "visit!", "sms"));
    assertEquals(
        List.of(
            Deviation.of(DeviationKind.AD_HOC, "complain", 1),
            Deviation.of(DeviationKind.FAILING, "visit", 2)),
        c5.deviations());
    assertEquals(1 - 1.0 / 7, c5.fitness(), 1e-12);
    // c6: the visit came first; taken out of order it is not missing: cost 2 (the event and the
    // step); worst 3 + 3 = 6.
    CaseConformance c6 = analysis.conformance(caseOf("c6", "visit", "call", "sms"));
    assertEquals(List.of(Deviation.of(DeviationKind.OUT_OF_ORDER, "visit", 0)), c6.deviations());
    assertEquals(1 - 2.0 / 6, c6.fitness(), 1e-12);
    // c8 texts twice after leaving out the optional parts order: the second SMS repeats the
    // first; cost 1 as either SMS left unmatched; worst 4 + 3 = 7.
    CaseConformance c8 = analysis.conformance(caseOf("c8", "call", "visit", "sms", "sms"));
    assertEquals(List.of(Deviation.of(DeviationKind.REPEATED, "sms", 3)), c8.deviations());
    assertEquals(1 - 1.0 / 7, c8.fitness(), 1e-12);
    // c7 reached no stage: nothing of the plan is due, the event is ad hoc: cost 1 of 1.
    CaseConformance c7 = analysis.conformance(caseOf("c7", "browse"));
    assertEquals(0.0, c7.fitness());
    assertEquals(List.of("browse"), c7.steps());
  }

  @Test
  void aStepTakenAgainAfterAnOptionalStepLeftOutIsRepeated() {
    // A failed SMS, then one that goes through: the first takes the confirm step (parts, optional,
    // left out at no cost) and the second repeats it. Cost 1 of 4 events + 3 required steps, the
    // same as calling the failed SMS out of order, but that would read as if the customer had
    // confirmed before the fix.
    CaseConformance retried =
        PathAnalysis.of(JOURNEY).conformance(caseOf("c8", "call", "visit", "sms!", "sms"));
    assertEquals(
        List.of(
            Deviation.of(DeviationKind.REPEATED, "sms", 3),
            Deviation.of(DeviationKind.FAILING, "sms", 2)),
        retried.deviations());
    assertEquals(1 - 1.0 / 7, retried.fitness(), 1e-12);
  }

  @Test
  void theSummaryAddsUpTheCases() {
    assertEquals(7, SUMMARY.cases());
    assertEquals(3 + 4 + 4 + 2 + 4 + 3 + 1, SUMMARY.events());
    assertEquals(2, SUMMARY.adHocEvents(), "complain and browse");
    assertEquals(2, SUMMARY.conformingCases());
    assertEquals(2.0 / 7, SUMMARY.conformanceRate().getAsDouble(), 1e-12);
    double fitness = (1 + 1 + (1 - 1.0 / 7) + 0.8 + (1 - 1.0 / 7) + (1 - 2.0 / 6) + 0) / 7;
    assertEquals(fitness, SUMMARY.meanFitness().getAsDouble(), 1e-12);
    assertEquals(
        Map.of(
            DeviationKind.AD_HOC, 2L,
            DeviationKind.MISSING, 1L,
            DeviationKind.OUT_OF_ORDER, 1L,
            DeviationKind.REPEATED, 1L,
            DeviationKind.FAILING, 1L),
        SUMMARY.casesByDeviationKind());
    assertEquals(
        List.of(
            DeviationCount.of(DeviationKind.MISSING, "visit", 1, 1),
            DeviationCount.of(DeviationKind.AD_HOC, "browse", 1, 1),
            DeviationCount.of(DeviationKind.AD_HOC, "complain", 1, 1),
            DeviationCount.of(DeviationKind.OUT_OF_ORDER, "visit", 1, 1),
            DeviationCount.of(DeviationKind.REPEATED, "call", 1, 1),
            DeviationCount.of(DeviationKind.FAILING, "visit", 1, 1)),
        SUMMARY.deviations());
    assertEquals(7, SUMMARY.variantCount(), "every case took a path of its own");
  }

  @Test
  void variantsOfAsManyCasesAreInTheOrderOfTheirSteps() {
    List<Event> events = new ArrayList<>();
    events.addAll(caseOf("c1", "callback"));
    events.addAll(caseOf("c2", "call", "visit"));
    events.addAll(caseOf("c3", "chat"));
    events.addAll(caseOf("c4", "call"));
    events.addAll(caseOf("c5", "chat"));
    assertEquals(
        List.of(
            VariantCount.of(List.of("chat"), 2),
            VariantCount.of(List.of("call"), 1),
            VariantCount.of(List.of("call", "visit"), 1),
            VariantCount.of(List.of("callback"), 1)),
        PathAnalysis.of(JOURNEY).run(events).statistics().variants());
  }

  @Test
  void eachTouchpointHasItsReachAndRepeatRate() {
    // call: c1, c3, c4, c5, c6 reach it (5 of 7); c3 calls twice (1 of 5); 6 events.
    TouchpointUse call = SUMMARY.touchpoint("call").get();
    assertEquals(TouchpointUse.of("call", 7, 5, 1, 6, 0), call);
    assertEquals(5.0 / 7, call.reach().getAsDouble(), 1e-12);
    assertEquals(1.0 / 5, call.repeatRate().getAsDouble(), 1e-12);
    assertEquals(TouchpointUse.of("visit", 7, 5, 0, 5, 1), SUMMARY.touchpoint("visit").get());
    assertEquals(TouchpointUse.of("parts", 7, 1, 0, 1, 0), SUMMARY.touchpoint("parts").get());
    assertEquals(
        List.of("call", "chat", "visit", "parts", "sms"),
        SUMMARY.touchpoints().stream()
            .map(TouchpointUse::touchpointId)
            .collect(Collectors.toList()));
  }

  @Test
  void eventsOfACaseAreOrderedByTimeThenByInputOrder() {
    List<Event> shuffled =
        List.of(
            Event.of("c", "sms", FaultJourney.T0.plusSeconds(20)),
            Event.of("c", "call", FaultJourney.T0),
            Event.of("c", "visit", FaultJourney.T0.plusSeconds(10)));
    assertTrue(PathAnalysis.of(JOURNEY).conformance(shuffled).conforms());
    // At the same time, the input order stands: call then visit conforms, visit then call not.
    List<Event> tied =
        List.of(Event.of("c", "visit", FaultJourney.T0), Event.of("c", "call", FaultJourney.T0));
    assertEquals(List.of("visit", "call"), PathAnalysis.of(JOURNEY).conformance(tied).steps());
  }

  private static List<String> stageIds(List<FunnelStage> funnel) {
    return funnel.stream().map(FunnelStage::stageId).collect(Collectors.toList());
  }

  @Test
  void aCaseMayBeSpreadOverTheLog() {
    List<Event> interleaved =
        List.of(
            Event.of("a", "call", FaultJourney.T0),
            Event.of("b", "chat", FaultJourney.T0),
            Event.of("a", "visit", FaultJourney.T0.plusSeconds(60)),
            Event.of("b", "visit", FaultJourney.T0.plusSeconds(60)),
            Event.of("a", "sms", FaultJourney.T0.plusSeconds(120)));
    PathSummary summary = PathAnalysis.of(JOURNEY).run(interleaved).statistics().summary();
    assertEquals(2, summary.cases());
    assertEquals(
        List.of(2L, 2L, 1L),
        summary.funnel().stream().map(FunnelStage::reached).collect(Collectors.toList()));
    assertEquals(List.of(Destination.of(Destination.END, 1)), summary.funnel().get(2).droppedTo());
  }

  @Test
  void anEmptyLogHasNoCases() {
    PathSummary summary = PathAnalysis.of(JOURNEY).run(List.of()).statistics().summary();
    assertEquals(0, summary.cases());
    assertFalse(summary.conformanceRate().isPresent());
    assertFalse(summary.meanFitness().isPresent());
    assertEquals(0, summary.funnel().get(0).previous());
    assertFalse(summary.funnel().get(0).stepConversion().isPresent());
  }
}
