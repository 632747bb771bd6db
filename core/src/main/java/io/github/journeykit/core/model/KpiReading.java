package io.github.journeykit.core.model;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One dated value of a {@link Kpi}: what the KPI read on a day. A KPI keeps its readings as a
 * series in date order, one reading per date, and its latest reading is its current value.
 *
 * <pre>{@code
 * KpiReading march = KpiReading.of(LocalDate.of(2026, 3, 31), 45);
 * march.toString(); // 2026-03-31: 45
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class KpiReading {
  KpiReading() {}

  /**
   * A reading.
   *
   * @param date the day the value was measured
   * @param value the value, in the KPI's unit
   * @return the reading
   * @throws ValidationException if the value is not a finite number
   */
  public static KpiReading of(LocalDate date, double value) {
    requireNonNull(date, "date");
    return ImmutableKpiReading.of(date, value);
  }

  /**
   * The day the value was measured (the end of the period, for a value over a period).
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * The value, in the KPI's unit.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract double value();

  @Value.Check
  final void check() {
    Problems.of("KpiReading", date().toString()).finite("value", value()).throwIfAny();
  }

  /**
   * A short form such as {@code 2026-03-31: 45}.
   *
   * @return the reading in words
   */
  @Override
  public String toString() {
    return date() + ": " + Numbers.show(value());
  }
}
