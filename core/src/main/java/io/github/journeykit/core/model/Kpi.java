package io.github.journeykit.core.model;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A key performance indicator that proves progress: an outcome or output measure, with its
 * baseline, target and current value and which way is better, and the dated series of its readings.
 *
 * <p>The readings are the one source of truth of the current value: when a KPI has readings, its
 * {@link #current()} and {@link #measured()} are the value and the date of the last one, filled in
 * when left out; a current value or date that differs from the last reading's is a validation
 * problem. A KPI without readings keeps a current value and date of its own, as before readings
 * existed. Record a new measurement with {@link #withReading}.
 *
 * <pre>{@code
 * Kpi completion = Kpi.builder("completion-rate", "Applications completed in one sitting",
 *         KpiKind.OUTCOME)
 *     .unit("%").baseline(38).target(70).current(45).measured(LocalDate.of(2026, 10, 31))
 *     .build();
 * completion.progress(); // 0.21875: 7 of the 32 points to go
 *
 * Kpi tracked = Kpi.builder("completion-rate", "Applications completed in one sitting",
 *         KpiKind.OUTCOME)
 *     .unit("%").baseline(38).target(70)
 *     .reading(LocalDate.of(2026, 9, 30), 41).reading(LocalDate.of(2026, 10, 31), 45)
 *     .build();
 * tracked.current();  // 45, the last reading's value
 * tracked.measured(); // 2026-10-31, its date
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Kpi {
  Kpi() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableKpi.builder();
  }

  /**
   * A builder with the required fields set.
   *
   * @param id the KPI's identifier, unique in its journey
   * @param name what it measures
   * @param kind outcome or output
   * @return the builder
   */
  public static Builder builder(String id, String name, KpiKind kind) {
    return builder().id(id).name(name).kind(kind);
  }

  /**
   * The identifier, unique among all elements of the journey.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * What the KPI measures.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Outcome or output.
   *
   * @return the kind
   */
  public abstract KpiKind kind();

  /**
   * The unit, such as {@code %}, {@code minutes} or {@code EUR}.
   *
   * @return the unit, if any
   */
  public abstract Optional<String> unit();

  /**
   * Whether a higher value is better; true unless set.
   *
   * @return true if higher is better
   */
  @Value.Default
  public boolean higherIsBetter() {
    return true;
  }

  /**
   * The value when work started.
   *
   * @return the baseline, if known
   */
  public abstract OptionalDouble baseline();

  /**
   * The value to reach.
   *
   * @return the target, if set
   */
  public abstract OptionalDouble target();

  /**
   * The latest value: the last reading's value when the KPI has readings.
   *
   * @return the current value, if measured
   */
  public abstract OptionalDouble current();

  /**
   * When the current value was measured: the last reading's date when the KPI has readings.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> measured();

  /**
   * The dated series of the KPI's values, in date order, one reading per date; the last one is the
   * current value.
   *
   * @return the readings, oldest first; empty if none were recorded
   */
  public abstract List<KpiReading> readings();

  /**
   * Who is accountable for the KPI.
   *
   * @return the owner, if any
   */
  public abstract Optional<String> owner();

  /**
   * This KPI with a new current value. For a KPI with readings, record the value with {@link
   * #withReading} instead: a current value that differs from the last reading's is a validation
   * problem.
   *
   * <pre>{@code
   * Kpi now = kpi.withCurrent(47);
   * }</pre>
   *
   * @param current the latest value
   * @return the KPI with the value
   * @throws ValidationException if the KPI has readings and the value is not the last one's
   */
  public abstract Kpi withCurrent(double current);

  /**
   * This KPI with a new reading: added in date order, or in place of the reading of the same date.
   * Its current value and date become those of the last reading.
   *
   * <pre>{@code
   * Kpi november = kpi.withReading(LocalDate.of(2026, 11, 30), 48);
   * november.current(); // 48
   * }</pre>
   *
   * @param date the day the value was measured
   * @param value the value
   * @return the KPI with the reading
   * @throws ValidationException if the value is not a finite number
   */
  public Kpi withReading(LocalDate date, double value) {
    KpiReading reading = KpiReading.of(date, value);
    List<KpiReading> readings = new ArrayList<>(readings());
    int at = 0;
    while (at < readings.size() && readings.get(at).date().isBefore(date)) {
      at++;
    }
    if (at < readings.size() && readings.get(at).date().equals(date)) {
      readings.set(at, reading);
    } else {
      readings.add(at, reading);
    }
    KpiReading last = readings.get(readings.size() - 1);
    return ImmutableKpi.builder()
        .from(this)
        .readings(readings)
        .current(last.value())
        .measured(last.date())
        .build();
  }

  /**
   * The share of the way from baseline to target covered so far: 0 at the baseline, 1 at the
   * target, negative when moving away, above 1 beyond the target.
   *
   * @return (current - baseline) / (target - baseline), or empty unless all three are known and the
   *     target differs from the baseline
   */
  public OptionalDouble progress() {
    if (baseline().isEmpty() || target().isEmpty() || current().isEmpty()) {
      return OptionalDouble.empty();
    }
    double span = target().getAsDouble() - baseline().getAsDouble();
    if (span == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((current().getAsDouble() - baseline().getAsDouble()) / span);
  }

  /**
   * Whether the current value reaches the target in the better direction.
   *
   * @return true if met; false if not met or not both known
   */
  public boolean meetsTarget() {
    if (target().isEmpty() || current().isEmpty()) {
      return false;
    }
    double current = current().getAsDouble();
    double target = target().getAsDouble();
    return higherIsBetter() ? current >= target : current <= target;
  }

  /**
   * Checks every rule, then fills in the current value and date from the last reading where they
   * were left out.
   */
  @Value.Check
  final Kpi check() {
    Problems problems =
        Problems.of("Kpi", id())
            .id("id", id())
            .text("name", name())
            .text("unit", unit())
            .finite("baseline", baseline())
            .finite("target", target())
            .finite("current", current())
            .text("owner", owner());
    List<KpiReading> readings = readings();
    for (int i = 1; i < readings.size(); i++) {
      LocalDate previous = readings.get(i - 1).date();
      LocalDate date = readings.get(i).date();
      problems.check(
          date.isAfter(previous),
          "readings[" + i + "].date",
          date.equals(previous)
              ? "must differ from the date of readings[" + (i - 1) + "]: one reading per date"
              : "must be after the date of readings["
                  + (i - 1)
                  + "] ("
                  + previous
                  + "): readings are in date order",
          date);
    }
    if (readings.isEmpty()) {
      problems.throwIfAny();
      return this;
    }
    KpiReading last = readings.get(readings.size() - 1);
    String lastOne = "the last reading, readings[" + (readings.size() - 1) + "] (" + last + ")";
    if (current().isPresent()) {
      problems.check(
          Double.compare(current().getAsDouble(), last.value()) == 0,
          "current",
          "must be the value of " + lastOne + ", or be left out, when the KPI has readings",
          current().getAsDouble());
    }
    measured()
        .ifPresent(
            date ->
                problems.check(
                    date.equals(last.date()),
                    "measured",
                    "must be the date of "
                        + lastOne
                        + ", or be left out, when the KPI has readings",
                    date));
    problems.throwIfAny();
    if (current().isPresent() && measured().isPresent()) {
      return this;
    }
    return ImmutableKpi.builder().from(this).current(last.value()).measured(last.date()).build();
  }

  /**
   * A short form such as {@code Kpi[completion-rate OUTCOME 38 -> 45 / 70 %]}, with the number of
   * readings when there are some: {@code Kpi[completion-rate OUTCOME 38 -> 45 / 70 %, 2 readings]}.
   *
   * @return the KPI in words
   */
  @Override
  public String toString() {
    return "Kpi["
        + id()
        + " "
        + kind()
        + " "
        + show(baseline())
        + " -> "
        + show(current())
        + " / "
        + show(target())
        + unit().map(u -> " " + u).orElse("")
        + (readings().isEmpty()
            ? ""
            : ", " + readings().size() + (readings().size() == 1 ? " reading" : " readings"))
        + "]";
  }

  private static String show(OptionalDouble value) {
    return value.isPresent() ? Numbers.show(value.getAsDouble()) : "?";
  }

  /** Builds a {@link Kpi}; id, name and kind are required. */
  public interface Builder {
    /**
     * Copies every field of {@code kpi} into this builder.
     *
     * @param kpi the KPI to start from
     * @return this builder
     */
    Builder from(Kpi kpi);

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the name.
     *
     * @param name the name
     * @return this builder
     */
    Builder name(String name);

    /**
     * Sets the kind.
     *
     * @param kind outcome or output
     * @return this builder
     */
    Builder kind(KpiKind kind);

    /**
     * Sets the unit.
     *
     * @param unit the unit
     * @return this builder
     */
    Builder unit(String unit);

    /**
     * Sets whether higher is better.
     *
     * @param higherIsBetter false for handle times, costs and the like
     * @return this builder
     */
    Builder higherIsBetter(boolean higherIsBetter);

    /**
     * Sets the baseline.
     *
     * @param baseline the value when work started
     * @return this builder
     */
    Builder baseline(double baseline);

    /**
     * Sets the target.
     *
     * @param target the value to reach
     * @return this builder
     */
    Builder target(double target);

    /**
     * Sets the current value.
     *
     * @param current the latest value
     * @return this builder
     */
    Builder current(double current);

    /**
     * Sets when the current value was measured.
     *
     * @param measured the date
     * @return this builder
     */
    Builder measured(LocalDate measured);

    /**
     * Sets the owner.
     *
     * @param owner the owner
     * @return this builder
     */
    Builder owner(String owner);

    /**
     * Adds a reading after those already added; readings must come in date order.
     *
     * <pre>{@code
     * builder.addReading(KpiReading.of(LocalDate.of(2026, 10, 31), 45));
     * }</pre>
     *
     * @param reading the reading
     * @return this builder
     */
    Builder addReading(KpiReading reading);

    /**
     * Adds readings after those already added, in date order.
     *
     * <pre>{@code
     * builder.addReadings(KpiReading.of(september, 41), KpiReading.of(october, 45));
     * }</pre>
     *
     * @param readings the readings
     * @return this builder
     */
    Builder addReadings(KpiReading... readings);

    /**
     * Adds readings after those already added, in date order.
     *
     * <pre>{@code
     * builder.addAllReadings(previous.readings());
     * }</pre>
     *
     * @param readings the readings
     * @return this builder
     */
    Builder addAllReadings(Iterable<? extends KpiReading> readings);

    /**
     * Adds the reading of {@code value} on {@code date} after those already added.
     *
     * <pre>{@code
     * builder.reading(LocalDate.of(2026, 10, 31), 45);
     * }</pre>
     *
     * @param date the day the value was measured
     * @param value the value
     * @return this builder
     * @throws ValidationException at once if the value is not a finite number
     */
    default Builder reading(LocalDate date, double value) {
      return addReading(KpiReading.of(date, value));
    }

    /**
     * Builds the KPI.
     *
     * @return the KPI
     * @throws ValidationException if a rule is broken
     */
    Kpi build();
  }
}
