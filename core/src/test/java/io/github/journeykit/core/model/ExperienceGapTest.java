package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.journeykit.core.fixtures.SampleJourneys;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The experience gap, perception minus expectation, and its one rule for scales. */
class ExperienceGapTest {
  private static Touchpoint measured(Measurement... measurements) {
    return Touchpoint.builder("t", "Step", Channel.WEB)
        .addAllMeasurements(List.of(measurements))
        .build();
  }

  @Test
  void perceptionMinusExpectationOnTheirScale() {
    ExperienceGap gap = ExperienceGap.at(SampleJourneys.broadbandFault().touchpoint("call").get());
    assertEquals(-2.7, gap.value().getAsDouble(), 1e-12);
    assertEquals(Optional.of(Scale.LIKERT_7), gap.scale());
    assertEquals(Optional.empty(), gap.reason());
    assertEquals(3.4, gap.perception().get().value());
    assertEquals(6.1, gap.expectation().get().value());
    assertEquals("ExperienceGap[-2.7 = 3.4 - 6.1 on [1..7] baseline 4]", gap.toString());
  }

  @Test
  void theLatestMeasurementsCount() {
    Touchpoint touchpoint =
        measured(
            Measurement.builder()
                .metric(Metric.PERCEPTION)
                .value(2)
                .scale(Scale.LIKERT_7)
                .collected(LocalDate.of(2026, 1, 1))
                .build(),
            Measurement.builder()
                .metric(Metric.PERCEPTION)
                .value(6)
                .scale(Scale.LIKERT_7)
                .collected(LocalDate.of(2026, 6, 1))
                .build(),
            Measurement.of(Metric.EXPECTATION, 5, Scale.LIKERT_7));
    assertEquals(OptionalDouble.of(1), ExperienceGap.at(touchpoint).value());
  }

  @Test
  void noGapWithoutBothMeasurements() {
    Measurement perception = Measurement.of(Metric.PERCEPTION, 4, Scale.LIKERT_7);
    Measurement expectation = Measurement.of(Metric.EXPECTATION, 6, Scale.LIKERT_7);
    assertEquals(
        Optional.of("expectation is not measured"),
        ExperienceGap.at(measured(perception)).reason());
    assertEquals(
        Optional.of("perception is not measured"),
        ExperienceGap.at(measured(expectation)).reason());
    ExperienceGap neither = ExperienceGap.at(measured());
    assertEquals(Optional.of("perception and expectation are not measured"), neither.reason());
    assertEquals(OptionalDouble.empty(), neither.value());
    assertEquals(Optional.empty(), neither.scale());
    assertEquals(
        "ExperienceGap[none: perception and expectation are not measured]", neither.toString());
  }

  @Test
  void noGapBetweenDifferentScales() {
    ExperienceGap gap =
        ExperienceGap.between(of(Metric.PERCEPTION, 4, Scale.LIKERT_5), expected(6));
    assertEquals(OptionalDouble.empty(), gap.value());
    assertEquals(Optional.empty(), gap.scale());
    assertEquals(
        Optional.of(
            "perception is on [1..5] baseline 3 but expectation on [1..7] baseline 4:"
                + " a gap needs both on one scale"),
        gap.reason());
    // A unit makes another scale too: nothing is converted.
    Scale points = Scale.LIKERT_7.withUnit("points");
    assertEquals(
        OptionalDouble.empty(),
        ExperienceGap.between(of(Metric.PERCEPTION, 4, points), expected(6)).value());
    // Measurements from elsewhere, such as the means of live answers, on one scale.
    assertEquals(
        OptionalDouble.of(0.5),
        ExperienceGap.between(of(Metric.PERCEPTION, 5.5, Scale.LIKERT_7), expected(5)).value());
  }

  @Test
  void measurementsMustBeOfTheirMetric() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> ExperienceGap.between(expected(5), of(Metric.CSAT, 4, Scale.CSAT_ANSWER)));
    assertEquals(
        List.of("perception.metric", "expectation.metric"),
        e.violations().stream().map(Violation::path).collect(Collectors.toList()));
    assertEquals("must be perception", e.violations().get(0).rule());
  }

  private static Optional<Measurement> of(Metric metric, double value, Scale scale) {
    return Optional.of(Measurement.of(metric, value, scale));
  }

  private static Optional<Measurement> expected(double value) {
    return of(Metric.EXPECTATION, value, Scale.LIKERT_7);
  }
}
