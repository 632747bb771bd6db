package io.github.journeykit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Governance;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The governance summary of the sample journeys, with the arithmetic behind each share. */
class GovernanceSummaryTest {
  @Test
  void theBroadbandJourneyToday() {
    GovernanceSummary summary =
        GovernanceSummary.of(
            SampleJourneys.broadbandFault(), AuditContext.of(SampleJourneys.TODAY));
    assertEquals(Optional.of("Head of service"), summary.owner());
    // Owners: stages notice, report, confirm have one, fix has none (3 of 4); all 6 touchpoints
    // have one: 9 of 10.
    assertEquals(Share.of(9, 10), summary.ownerCoverage());
    // Current measurements: status-page emotion (1), call expectation, perception, emotion and
    // wait-minutes (4), engineer csat and emotion (2), sms-confirm nps and ces (2): 9, collected
    // on 2026-10-02 or 2026-10-31, within 180 days of 2026-11-23: 9 of 9.
    assertEquals(Share.of(9, 9), summary.freshness());
    // Claims: 5 gaps and 2 moments. Evidenced: gap repeat-explaining (its own), moment
    // first-call (its own). The other gaps are at the journey or at stages and have none;
    // on-time-engineer's touchpoint has no evidence: 2 of 7.
    assertEquals(Share.of(2, 7), summary.evidence());
    // KPIs: repeat-contact and same-day-fix are outcomes, aht an output: 2 of 3.
    assertEquals(Share.of(2, 3), summary.outcomeKpis());
    // Reviewed 2026-09-30, every 3 months: next 2026-12-30, after 2026-11-23.
    assertEquals(Optional.of(LocalDate.of(2026, 12, 30)), summary.nextReviewDue());
    assertEquals(ReviewStatus.ON_SCHEDULE, summary.reviewStatus());
    assertEquals(
        "owner \"Head of service\"; owners 9/10 (90%); fresh 9/9 (100%); evidence 2/7 (29%);"
            + " outcome KPIs 2/3 (67%); review ON_SCHEDULE, next 2026-12-30",
        summary.toString());
  }

  @Test
  void theDesiredStateFiveMonthsLater() {
    GovernanceSummary summary =
        GovernanceSummary.of(
            SampleJourneys.broadbandFaultFuture(), AuditContext.of(LocalDate.of(2027, 4, 15)));
    // A new touchpoint, proactive-alert, with an owner: 10 of 11.
    assertEquals(Share.of(10, 11), summary.ownerCoverage());
    // The call's measurements were replaced by one undated emotion. 180 days before 2027-04-15
    // is 2026-10-17. Fresh: sms-confirm nps and ces (2026-10-31). Stale: status-page emotion,
    // engineer csat and emotion (2026-10-02), and the call's undated emotion: 2 of 6.
    assertEquals(Share.of(2, 6), summary.freshness());
    // promise-gap is closed: 2 of 6 claims are evidenced.
    assertEquals(Share.of(2, 6), summary.evidence());
    assertEquals(ReviewStatus.OVERDUE, summary.reviewStatus());
  }

  @Test
  void aMeasurementIsFreshUpToTheThresholdAndAReviewDueTodayIsOnTime() {
    LocalDate collected = LocalDate.of(2026, 10, 2);
    Period days180 = Period.ofDays(180);
    assertTrue(
        GovernanceMeasures.isFresh(measurement(collected), collected.plusDays(180), days180));
    assertFalse(
        GovernanceMeasures.isFresh(measurement(collected), collected.plusDays(181), days180));
    Governance governance =
        Governance.builder()
            .reviewCadence(Period.ofMonths(3))
            .lastReviewed(LocalDate.of(2026, 9, 30))
            .build();
    assertEquals(
        ReviewStatus.ON_SCHEDULE,
        GovernanceMeasures.reviewStatus(governance, LocalDate.of(2026, 12, 30)));
    assertEquals(
        ReviewStatus.OVERDUE,
        GovernanceMeasures.reviewStatus(governance, LocalDate.of(2026, 12, 31)));
    assertEquals(
        ReviewStatus.UNSCHEDULED,
        GovernanceMeasures.reviewStatus(Governance.none(), LocalDate.of(2026, 12, 31)));
  }

  @Test
  void anEmptyJourneyHasSharesOfNothing() {
    Journey bare =
        Journey.builder("bare", "Bare").addStage(Stage.builder("only", "Only").build()).build();
    GovernanceSummary summary = GovernanceSummary.of(bare, AuditContext.of(SampleJourneys.TODAY));
    assertEquals(Share.of(0, 1), summary.ownerCoverage());
    assertEquals(Share.of(0, 0), summary.freshness());
    assertEquals(OptionalDouble.empty(), summary.freshness().value());
    assertEquals(ReviewStatus.UNSCHEDULED, summary.reviewStatus());
    assertEquals(
        "owner none; owners 0/1 (0%); fresh 0/0; evidence 0/0; outcome KPIs 0/0; review"
            + " UNSCHEDULED",
        summary.toString());
  }

  @Test
  void sharesAreCountsOfAWhole() {
    assertEquals(OptionalDouble.of(0.9), Share.of(9, 10).value());
    assertEquals("2/7 (29%)", Share.of(2, 7).toString());
    assertTrue(Share.of(4, 5).reaches(0.8));
    assertTrue(Share.of(7, 10).reaches(0.7));
    assertFalse(Share.of(3, 4).reaches(0.8));
    assertFalse(Share.of(0, 0).reaches(0.1));
    ValidationException e = assertThrows(ValidationException.class, () -> Share.of(3, -1));
    assertEquals(
        List.of("total", "count"),
        e.violations().stream().map(Violation::path).collect(Collectors.toList()));
  }

  private static Measurement measurement(LocalDate collected) {
    return Measurement.builder()
        .metric(Metric.CSAT)
        .value(4)
        .scale(Scale.CSAT_ANSWER)
        .collected(collected)
        .build();
  }
}
