package io.github.journeykit.analytics.eventlog;

import static io.github.journeykit.analytics.eventlog.FaultJourney.JOURNEY;
import static io.github.journeykit.analytics.eventlog.FaultJourney.caseOf;
import static io.github.journeykit.analytics.eventlog.FaultJourney.reasons;
import static io.github.journeykit.analytics.eventlog.FaultJourney.sevenCases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.analytics.fixtures.SamePaths;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.DataSourceKind;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.path.PathSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What goes into an analysis: the rules for events, the activity map, the ways in. */
class PathIntakeTest {

  @Test
  void aBadEventIsRejectedWithEveryRuleItBreaksAndTheRestIsAnalysed() {
    List<Event> events = new ArrayList<>(caseOf("c1", "call", "visit", "sms"));
    events.add(Event.builder().caseId(" ").activity("").build());
    events.add(Event.of("c2", "call", Instant.parse("2300-01-01T00:00:00Z")));
    PathResult result = PathAnalysis.of(JOURNEY).run(events);
    assertEquals(3, result.accepted());
    assertEquals(2, result.rejected());
    assertEquals(
        List.of(
            "caseId: must not be blank (was \" \")",
            "activity: must not be blank (was \"\")",
            "time: must be given"),
        reasons(result.rejections().get(0)));
    assertEquals(OptionalLong.of(3), result.rejections().get(0).position());
    assertEquals(
        List.of(
            "time: must lie between 1700-01-01T00:00:00Z and 2200-01-01T00:00:00Z (was"
                + " 2300-01-01T00:00:00Z)"),
        reasons(result.rejections().get(1)));
    assertEquals(1, result.statistics().cases());

    ValidationException strict =
        assertThrows(
            ValidationException.class, () -> PathAnalysis.of(JOURNEY).strict().run(events));
    assertTrue(
        strict.getMessage().startsWith("Event #3 Event[  ] is invalid (3 problems)"),
        strict.getMessage());
    assertEquals(0, PathAnalysis.of(JOURNEY).lenient(0).run(events).rejections().size());
  }

  @Test
  void anActivityMapNamesTouchpointsForOtherActivitiesAndTheRestAreAdHoc() {
    PathAnalysis analysis =
        PathAnalysis.of(JOURNEY)
            .activities(
                ActivityMap.of(a -> a.startsWith("IVR ") ? Optional.of("call") : Optional.empty())
                    .with("POST /visits", "visit"));
    List<Event> events = caseOf("c", "IVR menu 2", "POST /visits", "sms", "GET /faq");
    CaseConformance conformance = analysis.conformance(events);
    assertEquals(List.of("call", "visit", "sms", "GET /faq"), conformance.steps());
    assertEquals(
        List.of(Deviation.of(io.github.journeykit.core.path.DeviationKind.AD_HOC, "GET /faq", 3)),
        conformance.deviations());

    ValidationException unknown =
        assertThrows(
            ValidationException.class,
            () ->
                PathAnalysis.of(JOURNEY)
                    .activities(ActivityMap.byTouchpointId().with("x", "kiosk")));
    assertEquals(
        "ActivityMap is invalid: table.x: must name a touchpoint of journey \"fault\" (was"
            + " \"kiosk\")",
        unknown.getMessage());
    // A function that names a touchpoint the journey lacks: the event is rejected, not ad hoc.
    PathResult result =
        PathAnalysis.of(JOURNEY).activities(ActivityMap.of(a -> Optional.of("kiosk"))).run(events);
    assertEquals(4, result.rejected());
    assertEquals(
        List.of(
            "activity: must map to a touchpoint of journey \"fault\"; the activity map names"
                + " \"kiosk\" (was \"IVR menu 2\")"),
        reasons(result.rejections().get(0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> ActivityMap.byTouchpointId().with("a", "call").with("a", "chat"));
  }

  @Test
  void aLogSortedByCaseGivesWhatAnyOrderGivesAndRejectsACaseThatComesBack() {
    List<Event> events = sevenCases();
    PathSummary anyOrder = PathAnalysis.of(JOURNEY).run(events).statistics().summary();
    PathSummary sorted = PathAnalysis.of(JOURNEY).sortedByCase().run(events).statistics().summary();
    assertEquals(anyOrder, sorted);

    List<Event> split = new ArrayList<>(caseOf("a", "call"));
    split.addAll(caseOf("b", "call"));
    split.addAll(caseOf("a", "visit"));
    PathResult result = PathAnalysis.of(JOURNEY).sortedByCase().run(split);
    assertEquals(1, result.rejected());
    assertEquals(
        List.of(
            "caseId: must not appear again after another case began, in a log read as sorted by"
                + " case (was \"a\")"),
        reasons(result.rejections().get(0)));
    assertThrows(
        IllegalStateException.class, () -> PathAnalysis.of(JOURNEY).sortedByCase().collector());
  }

  @Test
  void aParallelStreamGivesWhatOnePassGives() {
    List<Event> events = new ArrayList<>();
    for (int copy = 0; copy < 500; copy++) {
      for (Event event : sevenCases()) {
        events.add(Event.builder().from(event).caseId(copy + "-" + event.caseId()).build());
      }
    }
    PathSummary sequential = PathAnalysis.of(JOURNEY).run(events).statistics().summary();
    PathSummary parallel =
        events.parallelStream()
            .collect(PathAnalysis.of(JOURNEY).collector())
            .statistics()
            .summary();
    SamePaths.assertSame(sequential, parallel);
    assertEquals(3500, parallel.cases());
  }

  @Test
  void applyingTheStatisticsAddsMeasurementsToTheTouchpoints() {
    DataSource web = DataSource.of("web-analytics", DataSourceKind.ANALYTICS);
    Journey measured =
        PathAnalysis.of(JOURNEY)
            .run(sevenCases())
            .statistics()
            .applyTo(JOURNEY, web, ZoneOffset.UTC);
    Measurement reach = measured.touchpoint("call").get().latest(Metric.REACH).get();
    // 5 of 7 cases reached the call: 71.43%; dated the day of the last event; rests on 7 cases.
    assertEquals(100.0 * 5 / 7, reach.value(), 1e-9);
    assertEquals(OptionalLong.of(7), reach.sampleSize());
    assertEquals(LocalDate.of(2026, 11, 2), reach.collected().get());
    assertEquals(web, reach.source().get());
    // 1 of the 5 called again: 20%.
    assertEquals(
        20, measured.touchpoint("call").get().latest(Metric.REPEAT_RATE).get().value(), 1e-9);
    // After the report stage, 2 of the 6 that reached it did not reach fix: 33.33%.
    assertEquals(
        100.0 * 2 / 6,
        measured.touchpoint("chat").get().latest(Metric.DROP_OFF).get().value(),
        1e-9);
    // The confirm stage is the last: no drop-off after it, no time to the next stage.
    assertTrue(measured.touchpoint("sms").get().latest(Metric.DROP_OFF).isEmpty());
    assertTrue(measured.touchpoint("sms").get().latest(Metric.HOURS_TO_NEXT_STAGE).isEmpty());
    assertEquals(
        1,
        measured.touchpoint("call").get().latest(Metric.HOURS_TO_NEXT_STAGE).get().value(),
        0.01);

    assertThrows(
        ValidationException.class,
        () ->
            PathAnalysis.of(JOURNEY)
                .run(sevenCases())
                .statistics()
                .applyTo(JOURNEY.withoutTouchpoint("parts"), web, ZoneOffset.UTC));
  }

  @Test
  void statisticsOfAnotherJourneyDoNotMerge() {
    PathStatistics fault = PathAnalysis.of(JOURNEY).run(sevenCases()).statistics();
    PathStatistics other =
        PathAnalysis.of(JOURNEY.withoutTouchpoint("parts")).run(List.of()).statistics();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> fault.merge(other));
    assertTrue(
        e.getMessage().startsWith("other: must be measured against the same journey"),
        e.getMessage());
  }

  @Test
  void progressIsReportedAndCancellationStops() {
    List<long[]> reports = new ArrayList<>();
    PathAnalysis.of(JOURNEY)
        .run(sevenCases(), (done, total) -> reports.add(new long[] {done, total}), () -> false);
    assertEquals(21, reports.get(reports.size() - 1)[0]);
    assertThrows(
        java.util.concurrent.CancellationException.class,
        () -> PathAnalysis.of(JOURNEY).run(sevenCases(), (d, t) -> {}, () -> true));
  }
}
