package io.github.journeykit.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionKind;
import io.github.journeykit.core.model.ActionStatus;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.KpiKind;
import io.github.journeykit.core.model.KpiReading;
import io.github.journeykit.core.model.Location;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final Journey BROADBAND = SampleJourneys.broadbandFault();

  @Test
  void theDesiredStateClosesAGapAnActionAndAPainPoint() {
    Progress progress = Progress.between(BROADBAND, SampleJourneys.broadbandFaultFuture());
    assertEquals(List.of(), progress.kpis());
    ActionProgress eta = progress.actions().get(0);
    assertEquals(1, progress.actions().size());
    assertEquals("eta-sms", eta.actionId());
    assertTrue(eta.closed());
    assertTrue(eta.completed());
    assertEquals(List.of(BROADBAND.gap("promise-gap").get()), progress.closedGaps());
    assertEquals(List.of(), progress.openedGaps());
    PainPointChange call = progress.relievedPainPoints().get(0);
    assertEquals("call", call.touchpointId());
    assertTrue(call.isRelieved());
    assertEquals(OptionalDouble.of(-1.6), call.emotionBefore());
    assertEquals(OptionalDouble.of(0.5), call.emotionAfter());
    assertEquals(List.of(), progress.newPainPoints());
    assertEquals(
        "Progress[0 KPIs, 1 actions, 0 gaps opened, 1 closed, 1 pain points relieved, 0 new]",
        progress.toString());
  }

  @Test
  void kpisMoveTowardTheirTargetTheWayTheyCallBetter() {
    Journey after =
        BROADBAND
            // Lower is better: 24 -> 18 is toward the target of 10.
            .withKpi(BROADBAND.kpi("repeat-contact").get().withCurrent(18))
            // Higher is better: 27 -> 25 is away from the target of 60.
            .withKpi(BROADBAND.kpi("same-day-fix").get().withCurrent(25))
            // Unchanged: not listed.
            .withKpi(BROADBAND.kpi("aht").get().withCurrent(10.5));
    Progress progress = Progress.between(BROADBAND, after);
    assertEquals(
        List.of(
            "KPI repeat-contact \"Faults reported more than once\": 24 -> 18 % (target 10),"
                + " toward target",
            "KPI same-day-fix \"Faults fixed the same day\": 27 -> 25 % (target 60), away from"
                + " target"),
        progress.kpis().stream().map(Object::toString).collect(Collectors.toList()));
    assertEquals(
        List.of(KpiTrend.TOWARD_TARGET, KpiTrend.AWAY_FROM_TARGET),
        progress.kpis().stream().map(KpiMovement::trend).collect(Collectors.toList()));
    KpiMovement reached =
        KpiMovement.of(
            BROADBAND.kpi("repeat-contact").get(),
            BROADBAND.kpi("repeat-contact").get().withCurrent(9));
    assertTrue(reached.reachedTarget());
    assertEquals("repeat-contact", reached.kpiId());
    assertTrue(reached.toString().endsWith("toward target, target reached"));
    Kpi aht = BROADBAND.kpi("aht").get();
    assertEquals(KpiTrend.UNCHANGED, KpiMovement.of(aht, aht).trend());
    // A KPI measured for the first time has not moved.
    Kpi unmeasured = Kpi.builder("nps", "NPS", KpiKind.OUTCOME).target(40).build();
    assertEquals(
        List.of(),
        Progress.between(
                BROADBAND.withKpi(unmeasured), BROADBAND.withKpi(unmeasured.withCurrent(31)))
            .kpis());
  }

  @Test
  void kpisWithReadingsCompareTheirLatestReadingsAndListTheReadingsAdded() {
    LocalDate october = LocalDate.of(2026, 10, 31);
    LocalDate november = LocalDate.of(2026, 11, 30);
    LocalDate december = LocalDate.of(2026, 12, 31);
    Kpi repeat = BROADBAND.kpi("repeat-contact").get().withReading(october, 24);
    Kpi aht = BROADBAND.kpi("aht").get().withReading(october, 10.5);
    Journey before = BROADBAND.withKpi(repeat).withKpi(aht);
    Journey after =
        before
            .withKpi(repeat.withReading(november, 21).withReading(december, 18))
            // A new reading of the same value: listed for the reading, unchanged.
            .withKpi(aht.withReading(november, 10.5));
    Progress progress = Progress.between(before, after);
    assertEquals(
        List.of(
            "KPI repeat-contact \"Faults reported more than once\": 24 -> 18 % (target 10),"
                + " toward target, 2 readings added: 2026-11-30: 21; 2026-12-31: 18",
            "KPI aht \"Average handle time\": 10.5 -> 10.5 minutes (target 9), unchanged, 1"
                + " reading added: 2026-11-30: 10.5"),
        progress.lines());
    KpiMovement movement = progress.kpis().get(0);
    assertEquals(
        List.of(KpiReading.of(november, 21), KpiReading.of(december, 18)),
        movement.addedReadings());
    assertEquals(KpiTrend.TOWARD_TARGET, movement.trend());
    assertEquals(KpiTrend.UNCHANGED, progress.kpis().get(1).trend());
    // A reading corrected in place is no reading added: the value moved, nothing more.
    KpiMovement corrected = KpiMovement.of(repeat, repeat.withReading(october, 26));
    assertEquals(List.of(), corrected.addedReadings());
    assertEquals(KpiTrend.AWAY_FROM_TARGET, corrected.trend());
    // The first readings of a KPI that had a current value of its own are all added.
    assertEquals(
        List.of(KpiReading.of(october, 24)),
        KpiMovement.of(BROADBAND.kpi("repeat-contact").get(), repeat).addedReadings());
    assertEquals(List.of(), Progress.between(after, after).kpis());
  }

  @Test
  void gapsOpenAndPainPointsAppear() {
    Touchpoint engineer = BROADBAND.touchpoint("engineer").get();
    Journey after =
        BROADBAND
            .withGap(Gap.of("no-eta", GapType.EXPERIENCE, "No arrival time", Location.stage("fix")))
            .withTouchpoint("fix", engineer.withMeasurements(List.of(emotion(-0.5))))
            .withTouchpoint(
                "fix",
                Touchpoint.builder("callback", "Wait for a callback", Channel.PHONE)
                    .addMeasurement(emotion(-2))
                    .build())
            // Without an emotion the status page is no pain point, but it did not rise above the
            // baseline either.
            .withTouchpoint(
                "notice", BROADBAND.touchpoint("status-page").get().withMeasurements(List.of()));
    Progress progress = Progress.between(BROADBAND, after);
    assertEquals(List.of(after.gap("no-eta").get()), progress.openedGaps());
    assertEquals(
        List.of(
            "engineer \"Engineer visit\": emotion 1.2 -> -0.5, new pain point",
            "callback \"Wait for a callback\": emotion none -> -2, new pain point"),
        progress.newPainPoints().stream().map(Object::toString).collect(Collectors.toList()));
    assertEquals(List.of(), progress.relievedPainPoints());
    assertEquals(
        List.of(
            "gap opened: no-eta \"No arrival time\" (EXPERIENCE, MEDIUM)",
            "pain point engineer \"Engineer visit\": emotion 1.2 -> -0.5, new pain point",
            "pain point callback \"Wait for a callback\": emotion none -> -2, new pain point"),
        progress.lines());
  }

  @Test
  void anActionThatChangedStatusButIsStillOpenHasNotClosed() {
    ActionItem training = BROADBAND.action("line-test-training").get();
    ActionProgress started =
        ActionProgress.of(training, training.withStatus(ActionStatus.IN_PROGRESS));
    assertFalse(started.closed());
    assertFalse(started.completed());
    assertEquals(
        "action line-test-training \"Teach agents to read line tests\": PROPOSED -> IN_PROGRESS",
        started.toString());
    ActionProgress dropped = ActionProgress.of(training, training.withStatus(ActionStatus.DROPPED));
    assertTrue(dropped.closed());
    assertFalse(dropped.completed());
  }

  @Test
  void progressValuesCheckThatTheyDescribeOneElement() {
    Kpi aht = BROADBAND.kpi("aht").get();
    Kpi other = Kpi.builder("other", "Other", KpiKind.OUTPUT).build();
    assertEquals(List.of("before.id", "before.current"), paths(() -> KpiMovement.of(other, aht)));
    ActionItem fix = ActionItem.of("fix", "Fix", ActionKind.FIX);
    assertEquals(
        List.of("before.id", "after.status"),
        paths(() -> ActionProgress.of(ActionItem.of("x", "X", ActionKind.FIX), fix)));
    Touchpoint calm = Touchpoint.builder("t", "T", Channel.WEB).addMeasurement(emotion(1)).build();
    assertEquals(List.of("after"), paths(() -> PainPointChange.of(calm, calm)));
    assertEquals(List.of("after"), paths(() -> PainPointChange.of(calm)));
    Touchpoint unmeasured = Touchpoint.of("t", "T", Channel.WEB);
    Touchpoint hurt = Touchpoint.builder("t", "T", Channel.WEB).addMeasurement(emotion(-1)).build();
    assertEquals(List.of("after"), paths(() -> PainPointChange.of(hurt, unmeasured)));
    PainPointChange relieved = PainPointChange.of(hurt, calm);
    PainPointChange appeared = PainPointChange.of(hurt);
    assertEquals(Optional.empty(), appeared.before());
    assertEquals(
        List.of("relievedPainPoints[0]", "newPainPoints[0]"),
        paths(
            () ->
                Progress.builder()
                    .addRelievedPainPoint(appeared)
                    .addNewPainPoint(relieved)
                    .build()));
  }

  private static Measurement emotion(double value) {
    return Measurement.of(Metric.EMOTION, value, Scale.EMOTION);
  }

  private static List<String> paths(Runnable build) {
    return assertThrows(ValidationException.class, build::run).violations().stream()
        .map(Violation::path)
        .collect(Collectors.toList());
  }
}
