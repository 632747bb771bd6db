package io.github.journeykit.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class KpiTest {
  @Test
  void progressIsTheShareOfTheWayFromBaselineToTarget() {
    Kpi completion =
        Kpi.builder("c", "Completed in one sitting", KpiKind.OUTCOME)
            .baseline(38)
            .target(70)
            .current(45)
            .build();
    // (45 - 38) / (70 - 38) = 7 / 32
    assertEquals(OptionalDouble.of(7.0 / 32), completion.progress());
  }

  @Test
  void progressWorksTheSameWayWhenLowerIsBetter() {
    Kpi repeat =
        Kpi.builder("r", "Repeat contacts", KpiKind.OUTCOME)
            .higherIsBetter(false)
            .baseline(31)
            .target(10)
            .current(24)
            .build();
    // (24 - 31) / (10 - 31) = 1/3
    assertEquals(1.0 / 3, repeat.progress().getAsDouble(), 1e-12);
    assertEquals(-1.0 / 21, repeat.withCurrent(32).progress().getAsDouble(), 1e-12);
  }

  @Test
  void progressNeedsAllThreeValuesAndADistance() {
    assertEquals(
        OptionalDouble.empty(),
        Kpi.builder("x", "X", KpiKind.OUTPUT).baseline(1).target(2).build().progress());
    assertEquals(
        OptionalDouble.empty(),
        Kpi.builder("x", "X", KpiKind.OUTPUT).baseline(2).target(2).current(3).build().progress());
  }

  @Test
  void meetsTargetInTheBetterDirection() {
    Kpi aht =
        Kpi.builder("aht", "Handle time", KpiKind.OUTPUT)
            .higherIsBetter(false)
            .target(9)
            .current(9)
            .build();
    assertTrue(aht.meetsTarget());
    assertFalse(aht.withCurrent(9.5).meetsTarget());
    Kpi nps = Kpi.builder("nps", "NPS", KpiKind.OUTCOME).target(30).current(31).build();
    assertTrue(nps.meetsTarget());
    assertFalse(Kpi.builder("x", "X", KpiKind.OUTCOME).target(1).build().meetsTarget());
  }

  @Test
  void valuesMustBeFinite() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                Kpi.builder("x", "X", KpiKind.OUTCOME)
                    .baseline(Double.NaN)
                    .target(Double.NEGATIVE_INFINITY)
                    .current(Double.POSITIVE_INFINITY)
                    .build());
    assertEquals(3, e.violations().size());
  }

  @Test
  void readableForm() {
    assertEquals(
        "Kpi[c OUTCOME 38 -> 45 / 70 %]",
        Kpi.builder("c", "C", KpiKind.OUTCOME)
            .unit("%")
            .baseline(38)
            .target(70)
            .current(45)
            .build()
            .toString());
    assertEquals(
        "Kpi[c OUTPUT ? -> ? / ?]", Kpi.builder("c", "C", KpiKind.OUTPUT).build().toString());
  }
}
