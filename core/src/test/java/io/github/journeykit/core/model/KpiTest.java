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

  private static final LocalDate AUGUST = LocalDate.of(2026, 8, 31);
  private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 30);
  private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 31);

  private static Kpi.Builder repeat() {
    return Kpi.builder("repeat", "Repeat contacts", KpiKind.OUTCOME)
        .unit("%")
        .higherIsBetter(false)
        .baseline(31)
        .target(10);
  }

  @Test
  void theLastReadingIsTheCurrentValueAndItsDate() {
    Kpi kpi = repeat().reading(AUGUST, 28).reading(SEPTEMBER, 24.5).build();
    assertEquals(
        List.of(KpiReading.of(AUGUST, 28), KpiReading.of(SEPTEMBER, 24.5)), kpi.readings());
    assertEquals(OptionalDouble.of(24.5), kpi.current());
    assertEquals(Optional.of(SEPTEMBER), kpi.measured());
    assertEquals(6.5 / 21, kpi.progress().getAsDouble(), 1e-12);
    // Giving the last reading's value and date too, or some of them, makes the same KPI.
    assertEquals(
        kpi,
        repeat()
            .addReadings(KpiReading.of(AUGUST, 28), KpiReading.of(SEPTEMBER, 24.5))
            .current(24.5)
            .measured(SEPTEMBER)
            .build());
    assertEquals(kpi, repeat().addAllReadings(kpi.readings()).current(24.5).build());
    assertEquals(kpi, repeat().from(kpi).build());
    assertEquals("Kpi[repeat OUTCOME 31 -> 24.5 / 10 %, 2 readings]", kpi.toString());
    assertEquals(
        "Kpi[repeat OUTCOME 31 -> 28 / 10 %, 1 reading]",
        repeat().addReading(KpiReading.of(AUGUST, 28)).build().toString());
  }

  @Test
  void readingsComeInDateOrderOnePerDateAndAgreeWithTheCurrentValue() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                repeat()
                    .name(" ")
                    .reading(SEPTEMBER, 24)
                    .reading(AUGUST, 28)
                    .reading(AUGUST, 27)
                    .reading(OCTOBER, 21)
                    .current(22)
                    .measured(SEPTEMBER)
                    .build());
    assertEquals("Kpi \"repeat\"", e.subject());
    assertEquals(
        List.of(
            "name: must not be blank (was \" \")",
            "readings[1].date: must be after the date of readings[0] (2026-09-30): readings are in"
                + " date order (was 2026-08-31)",
            "readings[2].date: must differ from the date of readings[1]: one reading per date (was"
                + " 2026-08-31)",
            "current: must be the value of the last reading, readings[3] (2026-10-31: 21), or be"
                + " left out, when the KPI has readings (was 22.0)",
            "measured: must be the date of the last reading, readings[3] (2026-10-31: 21), or be"
                + " left out, when the KPI has readings (was 2026-09-30)"),
        e.violations().stream().map(Object::toString).collect(Collectors.toList()));
  }

  @Test
  void aReadingMustBeAFiniteNumber() {
    for (double value : new double[] {Double.NaN, Double.POSITIVE_INFINITY}) {
      ValidationException e =
          assertThrows(ValidationException.class, () -> repeat().reading(AUGUST, value));
      assertEquals("KpiReading \"2026-08-31\"", e.subject());
      assertEquals(
          List.of("value: must be a finite number (was " + value + ")"),
          e.violations().stream().map(Object::toString).collect(Collectors.toList()));
    }
    assertEquals("2026-08-31: 0.5", KpiReading.of(AUGUST, 0.5).toString());
  }

  @Test
  void withReadingRecordsAMeasurementInDateOrder() {
    Kpi kpi = repeat().current(30).measured(AUGUST.minusMonths(1)).build();
    Kpi september = kpi.withReading(SEPTEMBER, 24);
    assertEquals(List.of(KpiReading.of(SEPTEMBER, 24)), september.readings());
    assertEquals(OptionalDouble.of(24), september.current());
    // A later date appends, an earlier one goes in its place, the same date replaces.
    Kpi all = september.withReading(OCTOBER, 21).withReading(AUGUST, 28).withReading(OCTOBER, 20);
    assertEquals(
        List.of(
            KpiReading.of(AUGUST, 28), KpiReading.of(SEPTEMBER, 24), KpiReading.of(OCTOBER, 20)),
        all.readings());
    assertEquals(OptionalDouble.of(20), all.current());
    assertEquals(Optional.of(OCTOBER), all.measured());
    // Back-filling an older reading leaves the current value as it was.
    assertEquals(OptionalDouble.of(24), september.withReading(AUGUST, 28).current());
    assertEquals(september, kpi.withReading(SEPTEMBER, 24));
  }

  @Test
  void withCurrentOnAKpiWithReadingsMustGiveTheLastReadingsValue() {
    Kpi kpi = repeat().reading(AUGUST, 28).build();
    assertEquals(kpi, kpi.withCurrent(28));
    ValidationException e = assertThrows(ValidationException.class, () -> kpi.withCurrent(20));
    assertEquals("current", e.violations().get(0).path());
  }
}
