package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeasurementTest {
  @Test
  void valueMustLieOnItsScale() {
    ValidationException e =
        assertThrows(
            ValidationException.class, () -> Measurement.of(Metric.CSAT, 6, Scale.CSAT_ANSWER));
    assertEquals(
        "Measurement \"csat\" is invalid: value: must lie on the scale [1..5] (was 6.0)",
        e.getMessage());
  }

  @Test
  void valueMustBeFinite() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> Measurement.of(Metric.EMOTION, Double.NaN, Scale.EMOTION));
    assertEquals(1, e.violations().size(), "a NaN is reported once, not also as off the scale");
    assertEquals("must be a finite number", e.violations().get(0).rule());
  }

  @Test
  void sampleSizeMustBePositive() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Measurement.builder()
                    .metric(Metric.NPS)
                    .value(8)
                    .scale(Scale.NPS_ANSWER)
                    .sampleSize(0)
                    .build());
    assertEquals("sampleSize", e.violations().get(0).path());
    assertThrows(
        ValidationException.class,
        () ->
            Measurement.builder()
                .metric(Metric.NPS)
                .value(8)
                .scale(Scale.NPS_ANSWER)
                .sampleSize(-3)
                .build());
  }

  @Test
  void belowBaselineFollowsTheScale() {
    assertTrue(Measurement.of(Metric.EMOTION, -0.5, Scale.EMOTION).isBelowBaseline());
  }

  @Test
  void readableForm() {
    Measurement csat =
        Measurement.builder()
            .metric(Metric.CSAT)
            .value(3.1)
            .scale(Scale.CSAT_ANSWER)
            .sampleSize(412)
            .collected(LocalDate.of(2026, 10, 1))
            .build();
    assertEquals("csat 3.1 on [1..5] baseline 3 (n=412, 2026-10-01)", csat.toString());
  }
}
