package io.github.journeykit.analytics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.fixtures.Answers;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.DataSourceKind;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.progress.CancellationCheck;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checking observations against a journey, reporting rejections, and writing measurements. */
class IngestionTest {
  private static final Journey JOURNEY = SampleJourneys.broadbandFault();
  private static final Instant NOON = Instant.parse("2026-11-02T12:00:00Z");

  private static List<String> reasons(Rejection<Observation> rejection) {
    return rejection.reasons().stream().map(Violation::toString).collect(Collectors.toList());
  }

  @Test
  void badObservationsAreCountedAndExplained() {
    List<Observation> observations =
        new ArrayList<>(Answers.at("sms-confirm", Metric.NPS, 9, 10, 3));
    observations.add(Observation.of("kiosk", Metric.NPS, 9, NOON, Answers.PULSE));
    observations.add(Observation.of("sms-confirm", Metric.NPS, 11, NOON, Answers.PULSE));
    observations.add(Observation.of("sms-confirm", Metric.NPS, Double.NaN, NOON, Answers.PULSE));
    observations.add(Observation.of("call", Metric.of("hold-music"), 3, NOON, Answers.PULSE));
    observations.add(
        Observation.builder().touchpointId("call").metric(Metric.CSAT).value(4).build());
    IngestionResult result = Ingestion.against(JOURNEY).run(observations);
    assertEquals(3, result.accepted());
    assertEquals(5, result.rejected());
    assertEquals(8, result.total());
    assertEquals("IngestionResult[3 accepted, 5 rejected]", result.toString());
    List<Rejection<Observation>> rejections = result.rejections();
    assertEquals(OptionalLong.of(3), rejections.get(0).position());
    assertEquals(
        List.of("touchpointId: must name a touchpoint of the journey (was \"kiosk\")"),
        reasons(rejections.get(0)));
    assertEquals(
        List.of("value: must lie on the scale [0..10] of nps at sms-confirm (was 11.0)"),
        reasons(rejections.get(1)));
    assertEquals(List.of("value: must be a finite number (was NaN)"), reasons(rejections.get(2)));
    assertEquals("metric", rejections.get(3).reasons().get(0).path());
    assertEquals(
        List.of("time: must be given", "source: must be given"), reasons(rejections.get(4)));
    assertTrue(rejections.get(1).toString().startsWith("#4 Observation[sms-confirm nps=11 at "));
    // Only the accepted ones count: 9 10 3
    MetricStatistics nps = result.statistics().get("sms-confirm", Metric.NPS).get();
    assertEquals(3, nps.count());
    assertEquals(22.0 / 3, nps.mean().getAsDouble(), 1e-12);
    // Only the first N rejections are kept; all are counted.
    IngestionResult kept = Ingestion.against(JOURNEY).lenient(2).run(observations);
    assertEquals(5, kept.rejected());
    assertEquals(2, kept.rejections().size());
    assertThrows(ValidationException.class, () -> Ingestion.against(JOURNEY).lenient(-1));
  }

  @Test
  void strictModeThrowsOnTheFirstBadObservation() {
    List<Observation> observations = new ArrayList<>(Answers.at("call", Metric.EMOTION, -2, 1));
    observations.add(Observation.of("call", Metric.EMOTION, 3, NOON, Answers.PULSE));
    observations.add(Observation.of("kiosk", Metric.EMOTION, 1, NOON, Answers.PULSE));
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> Ingestion.against(JOURNEY).strict().run(observations));
    assertTrue(e.subject().startsWith("Observation #2 Observation[call emotion=3"), e.subject());
    assertEquals(
        "value: must lie on the scale [-2..2] of emotion at call (was 3.0)",
        e.violations().get(0).toString());
    assertThrows(
        ValidationException.class,
        () -> observations.stream().collect(Ingestion.against(JOURNEY).strict().collector()));
    assertEquals(
        "Ingestion[6 touchpoints, strict]", Ingestion.against(JOURNEY).strict().toString());
    assertEquals(
        "Ingestion[6 touchpoints, strict, sequential]",
        Ingestion.against(JOURNEY).sequential().strict().toString());
  }

  @Test
  void scalesComeFromTheLatestMeasurementElseTheMetric() {
    // wait-minutes is measured at the call on [0..), so 30 is fine; at the case it has no scale.
    Metric wait = Metric.of("wait-minutes");
    IngestionResult result =
        Ingestion.against(JOURNEY)
            .run(
                List.of(
                    Observation.of("call", wait, 30, NOON, Answers.PULSE),
                    Observation.of("case", wait, 30, NOON, Answers.PULSE),
                    Observation.of("case", Metric.CSAT, 5, NOON, Answers.PULSE)));
    assertEquals(2, result.accepted());
    assertEquals(
        List.of(
            "metric: must have a scale at the touchpoint: it has no measurement of the metric and"
                + " the metric has no usual scale (was wait-minutes)"),
        reasons(result.rejections().get(0)));
  }

  @Test
  void aggregatesBecomeMeasurements() {
    DataSource chat = DataSource.of("chat-survey", DataSourceKind.LIVE_CHAT);
    List<Observation> observations =
        new ArrayList<>(Answers.at("sms-confirm", Metric.NPS, 10, 9, 6, 8));
    observations.add(Observation.of("engineer", Metric.CSAT, 5, NOON, Answers.PULSE));
    observations.add(
        Observation.of("engineer", Metric.CSAT, 3, Instant.parse("2026-11-02T23:30:00Z"), chat));
    ObservationStatistics statistics = Ingestion.against(JOURNEY).run(observations).statistics();
    assertEquals(List.of("engineer", "sms-confirm"), List.copyOf(statistics.touchpointIds()));
    assertEquals(6, statistics.observationCount());
    Journey updated = statistics.applyTo(JOURNEY, ZoneId.of("Europe/Berlin"));
    Touchpoint sms = updated.touchpoint("sms-confirm").get();
    // The history stays; the new measurement is the latest: mean (10 + 9 + 6 + 8) / 4 = 8.25
    assertEquals(3, sms.measurements().size());
    Measurement nps = sms.latest(Metric.NPS).get();
    assertEquals(8.25, nps.value(), 1e-12);
    assertEquals(Scale.NPS_ANSWER, nps.scale());
    assertEquals(OptionalLong.of(4), nps.sampleSize());
    assertEquals(LocalDate.of(2026, 11, 1), nps.collected().get());
    assertEquals(Answers.PULSE, nps.source().get());
    // Two sources: the measurement names none, the touchpoint lists both; 23:30 UTC is the 3rd in
    // Berlin.
    Touchpoint engineer = updated.touchpoint("engineer").get();
    Measurement csat = engineer.latest(Metric.CSAT).get();
    assertEquals(4, csat.value(), 1e-12);
    assertFalse(csat.source().isPresent());
    assertEquals(LocalDate.of(2026, 11, 3), csat.collected().get());
    assertTrue(engineer.dataSources().containsAll(List.of(chat, Answers.PULSE)));
    // The NPS still needs the statistics, whose buckets the measurement does not keep: 2
    // promoters, 1 passive, 1 detractor.
    MetricStatistics answers = statistics.get("sms-confirm", Metric.NPS).get();
    assertEquals(
        List.of(2L, 1L, 1L),
        List.of(answers.promoters(), answers.passives(), answers.detractors()));
    assertEquals(
        JOURNEY.touchpoint("call").get(), updated.touchpoint("call").get(), "untouched elsewhere");
  }

  @Test
  void applyingNamesWhatTheJourneyLacks() {
    ObservationStatistics statistics =
        ObservationStatistics.of(
            Map.of(
                "kiosk", Map.of(Metric.CSAT, MetricStatistics.of(4)),
                "case", Map.of(Metric.of("hold-music"), MetricStatistics.of(3)),
                "call", Map.of(Metric.CSAT, MetricStatistics.of(9))));
    ValidationException e =
        assertThrows(ValidationException.class, () -> statistics.applyTo(JOURNEY, ZoneOffset.UTC));
    assertEquals(
        List.of(
            "byTouchpoint.call.csat.mean", "byTouchpoint.case.hold-music", "byTouchpoint.kiosk"),
        e.violations().stream().map(Violation::path).collect(Collectors.toList()));
    assertEquals(JOURNEY, ObservationStatistics.empty().applyTo(JOURNEY, ZoneOffset.UTC));
  }

  @Test
  void progressAndCancellation() {
    List<Observation> many = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      many.add(Observation.of("call", Metric.EMOTION, i % 5 - 2, NOON, Answers.PULSE));
    }
    List<long[]> reports = new ArrayList<>();
    IngestionResult result =
        Ingestion.against(JOURNEY)
            .run(
                many,
                (done, total) -> reports.add(new long[] {done, total}),
                CancellationCheck.never());
    assertEquals(100_000, result.accepted());
    assertEquals(2, reports.size());
    assertEquals(65_536, reports.get(0)[0]);
    assertEquals(100_000, reports.get(1)[0]);
    assertEquals(100_000, reports.get(1)[1]);
    // An Iterable that is not a collection has no known total.
    List<Long> totals = new ArrayList<>();
    Ingestion.against(JOURNEY)
        .run(many::iterator, (done, total) -> totals.add(total), CancellationCheck.never());
    assertEquals(List.of(-1L, -1L), totals);
    CancellationException e =
        assertThrows(
            CancellationException.class,
            () -> Ingestion.against(JOURNEY).run(many, (done, total) -> {}, () -> true));
    assertEquals("Ingestion was cancelled after 0 observations", e.getMessage());
    assertThrows(
        CancellationException.class,
        () -> many.stream().collect(Ingestion.against(JOURNEY).collector(() -> true)));
  }
}
