package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TouchpointTest {
  private static Measurement emotion(double value, LocalDate collected) {
    Measurement.Builder m =
        Measurement.builder().metric(Metric.EMOTION).value(value).scale(Scale.EMOTION);
    if (collected != null) {
      m.collected(collected);
    }
    return m.build();
  }

  @Test
  void defaultsToTheCustomerActionLane() {
    assertEquals(Lane.CUSTOMER_ACTION, Touchpoint.of("ad", "See an advert", Channel.SOCIAL).lane());
  }

  @Test
  void latestMeasurementIsTheOneCollectedLast() {
    Touchpoint form =
        Touchpoint.builder("form", "Form", Channel.WEB)
            .addMeasurement(emotion(1, LocalDate.of(2026, 5, 1)))
            .addMeasurement(emotion(-1, LocalDate.of(2026, 9, 1)))
            .addMeasurement(emotion(2, LocalDate.of(2026, 1, 1)))
            .addMeasurement(Measurement.of(Metric.CSAT, 2, Scale.CSAT_ANSWER))
            .build();
    assertEquals(OptionalDouble.of(-1), form.emotion());
    assertEquals(2, form.latest(Metric.CSAT).get().value());
    assertEquals(Optional.empty(), form.latest(Metric.NPS));
  }

  @Test
  void undatedMeasurementsCountAsOlderAndTiesGoToTheLastListed() {
    Touchpoint form =
        Touchpoint.builder("form", "Form", Channel.WEB)
            .addMeasurement(emotion(-2, LocalDate.of(2026, 5, 1)))
            .addMeasurement(emotion(1, null))
            .addMeasurement(emotion(0.5, LocalDate.of(2026, 5, 1)))
            .build();
    assertEquals(OptionalDouble.of(0.5), form.emotion());
    Touchpoint undated = form.withMeasurements(List.of(emotion(-1, null), emotion(1.5, null)));
    assertEquals(OptionalDouble.of(1.5), undated.emotion());
  }

  @Test
  void painPointIsLatestEmotionBelowBaseline() {
    Touchpoint form =
        Touchpoint.builder("form", "Form", Channel.WEB)
            .addMeasurement(emotion(-1.5, LocalDate.of(2026, 5, 1)))
            .build();
    assertTrue(form.isPainPoint());
    assertFalse(form.withMeasurements(List.of(emotion(0, null))).isPainPoint());
    assertFalse(Touchpoint.of("x", "No data", Channel.WEB).isPainPoint());
  }

  @Test
  void reportsEveryProblemOfItsOwnFields() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Touchpoint.builder("a b", " ", Channel.WEB)
                    .owner("")
                    .description("\n")
                    .addNote("fine")
                    .addNote(" ")
                    .build());
    assertEquals(
        List.of("id", "name", "description", "owner", "notes[1]"),
        e.violations().stream().map(Violation::path).collect(Collectors.toList()));
    assertTrue(
        e.getMessage().startsWith("Touchpoint \"a b\" is invalid (5 problems):"), e.getMessage());
  }

  @Test
  void readableForm() {
    Touchpoint form =
        Touchpoint.builder("form", "Fill in the form", Channel.WEB)
            .lane(Lane.FRONTSTAGE)
            .addMeasurement(emotion(-1.5, null))
            .build();
    assertEquals(
        "Touchpoint[form \"Fill in the form\" web FRONTSTAGE emotion -1.5]", form.toString());
  }
}
