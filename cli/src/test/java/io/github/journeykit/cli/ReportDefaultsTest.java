package io.github.journeykit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.analytics.eventlog.ActivityMap;
import io.github.journeykit.core.fixtures.SampleJourneys;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportDefaultsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  @Test
  void withoutSamplesTheReportNeedsAJourney() {
    ReportDefaults defaults = ReportDefaults.of("journeykit report", Path.of("out"));
    assertEquals("journeykit report", defaults.name());
    assertEquals(Path.of("out"), defaults.out());
    assertEquals(List.of(), defaults.samples());
    assertEquals(Optional.empty(), defaults.asOf());
    assertEquals(Optional.empty(), defaults.observations());
    assertEquals(Optional.empty(), defaults.eventLog());
    assertEquals(
        "ReportDefaults[journeykit report --out out, 0 sample journeys]", defaults.toString());
  }

  @Test
  void samplesObservationsAndAnEventLogAddUp() throws Exception {
    URL csv = Path.of("answers.csv").toUri().toURL();
    URL log = Path.of("events.csv").toUri().toURL();
    ActivityMap activities = ActivityMap.byTouchpointId().with("phone call", "call");
    ReportDefaults defaults =
        ReportDefaults.of("demo", Path.of("demo-output"))
            .withSamples(List.of(SampleJourneys.broadbandFault()), DAY)
            .withObservations(csv, "region")
            .withEventLog("broadband-fault", log, activities);
    assertEquals(List.of(SampleJourneys.broadbandFault()), defaults.samples());
    assertEquals(Optional.of(DAY), defaults.asOf());
    assertEquals(Optional.of(csv), defaults.observations());
    assertEquals(Optional.of("region"), defaults.segmentAttribute());
    assertEquals(Optional.of(log), defaults.eventLog());
    assertEquals(Optional.of("broadband-fault"), defaults.eventLogJourneyId());
    assertEquals(activities, defaults.activities());
    assertTrue(defaults.toString().endsWith("1 sample journey]"), defaults.toString());
  }

  @Test
  void badArgumentsAreRefusedWithTheRule() throws Exception {
    ReportDefaults defaults = ReportDefaults.of("demo", Path.of("out"));
    assertEquals(
        "name: must not be blank",
        assertThrows(IllegalArgumentException.class, () -> ReportDefaults.of(" ", Path.of("out")))
            .getMessage());
    assertEquals(
        "journeys: must hold at least one journey",
        assertThrows(IllegalArgumentException.class, () -> defaults.withSamples(List.of(), DAY))
            .getMessage());
    assertThrows(NullPointerException.class, () -> ReportDefaults.of(null, Path.of("out")));
    assertThrows(NullPointerException.class, () -> ReportDefaults.of("demo", null));
    assertThrows(NullPointerException.class, () -> defaults.withSamples(null, DAY));
    assertThrows(
        NullPointerException.class,
        () -> defaults.withSamples(List.of(SampleJourneys.broadbandFault()), null));
    assertThrows(NullPointerException.class, () -> defaults.withObservations(null, "region"));
    URL csv = Path.of("a.csv").toUri().toURL();
    assertThrows(NullPointerException.class, () -> defaults.withObservations(csv, null));
    assertThrows(
        NullPointerException.class,
        () -> defaults.withEventLog(null, csv, ActivityMap.byTouchpointId()));
    assertThrows(
        NullPointerException.class,
        () -> defaults.withEventLog("j", null, ActivityMap.byTouchpointId()));
    assertThrows(NullPointerException.class, () -> defaults.withEventLog("j", csv, null));
  }

  @Test
  void theEntryPointsRefuseNulls() {
    ReportDefaults defaults = ReportDefaults.of("demo", Path.of("out"));
    String[] none = {};
    assertThrows(NullPointerException.class, () -> JourneyKitCli.run(null, System.out, System.err));
    assertThrows(NullPointerException.class, () -> JourneyKitCli.run(none, null, System.err));
    assertThrows(NullPointerException.class, () -> JourneyKitCli.run(none, System.out, null));
    assertThrows(
        NullPointerException.class, () -> JourneyKitCli.report(null, none, System.out, System.err));
    assertThrows(
        NullPointerException.class,
        () -> JourneyKitCli.report(defaults, null, System.out, System.err, false));
  }
}
