package io.github.journeykit.analytics.eventlog;

import static io.github.journeykit.analytics.eventlog.FaultJourney.JOURNEY;
import static io.github.journeykit.analytics.eventlog.FaultJourney.T0;
import static io.github.journeykit.analytics.eventlog.FaultJourney.caseOf;
import static io.github.journeykit.analytics.eventlog.FaultJourney.sevenCases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.path.ActualJourney;
import io.github.journeykit.core.path.ActualStep;
import io.github.journeykit.core.path.DeviationKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An event log as actual journeys: one a case, in time order, with deviations where they fell. */
class ActualJourneysTest {
  private final PathAnalysis analysis = PathAnalysis.of(JOURNEY);

  @Test
  void eachCaseBecomesAnActualJourneyWithItsDeviationsInPlace() {
    List<ActualJourney> journeys = analysis.actualJourneys(sevenCases());
    assertEquals(
        List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7"),
        journeys.stream().map(ActualJourney::caseId).collect(Collectors.toList()));
    assertEquals(
        List.of(
            ActualStep.of("call", at(0)),
            ActualStep.of("visit", at(1)),
            ActualStep.of("sms", at(2))),
        journeys.get(0).steps());
    assertTrue(journeys.get(0).conforms());
    // c4 left the visit out: it was due before the SMS.
    assertEquals(
        List.of(
            ActualStep.of("call", at(0)), ActualStep.missing("visit"), ActualStep.of("sms", at(1))),
        journeys.get(3).steps());
    assertEquals("c4: call > visit (missing) > sms", journeys.get(3).toString());
    // c5 complained (ad hoc), and the visit failed.
    assertEquals(
        List.of(
            ActualStep.of("call", at(0)),
            ActualStep.of("complain", at(1), List.of(DeviationKind.AD_HOC)),
            ActualStep.of("visit", at(2), List.of(DeviationKind.FAILING)),
            ActualStep.of("sms", at(3))),
        journeys.get(4).steps());
    assertEquals(List.of(DeviationKind.REPEATED), journeys.get(2).steps().get(1).deviations());
    assertEquals(List.of(DeviationKind.OUT_OF_ORDER), journeys.get(5).steps().get(0).deviations());
    assertFalse(journeys.get(6).conforms());
  }

  @Test
  void everyDeviationOfTheConformanceIsOnItsStep() {
    List<Event> log = sevenCases();
    for (ActualJourney journey : analysis.actualJourneys(log)) {
      List<Event> events =
          log.stream()
              .filter(e -> e.caseId().equals(journey.caseId()))
              .collect(Collectors.toList());
      List<DeviationKind> expected = new ArrayList<>();
      analysis.conformance(events).deviations().forEach(d -> expected.add(d.kind()));
      List<DeviationKind> found = new ArrayList<>();
      journey.steps().forEach(s -> found.addAll(s.deviations()));
      Collections.sort(expected);
      Collections.sort(found);
      assertEquals(expected, found, journey.caseId());
      assertEquals(
          events.size(),
          journey.steps().stream().filter(s -> s.time().isPresent()).count(),
          "every event is a step");
    }
  }

  @Test
  void casesComeInTheOrderOfTheirFirstEventsAndStepsInTimeOrder() {
    List<Event> log = new ArrayList<>(sevenCases());
    Collections.reverse(log);
    List<ActualJourney> reversed = analysis.actualJourneys(log);
    assertEquals(
        List.of("c7", "c6", "c5", "c4", "c3", "c2", "c1"),
        reversed.stream().map(ActualJourney::caseId).collect(Collectors.toList()));
    List<ActualJourney> inOrder = analysis.actualJourneys(sevenCases());
    Collections.reverse(reversed);
    assertEquals(inOrder, reversed);
  }

  @Test
  void anEventThatBreaksARuleIsRefused() {
    List<Event> log = new ArrayList<>(caseOf("c1", "call"));
    log.add(Event.builder().caseId("c1").activity(" ").time(T0).build());
    assertThrows(ValidationException.class, () -> analysis.actualJourneys(log));
    assertThrows(NullPointerException.class, () -> analysis.actualJourneys(null));
    assertEquals(List.of(), analysis.actualJourneys(List.of()));
  }

  private static Instant at(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }
}
