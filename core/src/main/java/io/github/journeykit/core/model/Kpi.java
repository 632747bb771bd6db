package io.github.journeykit.core.model;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A key performance indicator that proves progress: an outcome or output measure, with its
 * baseline, target and current value and which way is better.
 *
 * <pre>{@code
 * Kpi completion = Kpi.builder("completion-rate", "Applications completed in one sitting",
 *         KpiKind.OUTCOME)
 *     .unit("%").baseline(38).target(70).current(45).measured(LocalDate.of(2026, 10, 31))
 *     .build();
 * completion.progress(); // 0.21875: 7 of the 32 points to go
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
   * The latest value.
   *
   * @return the current value, if measured
   */
  public abstract OptionalDouble current();

  /**
   * When the current value was measured.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> measured();

  /**
   * Who is accountable for the KPI.
   *
   * @return the owner, if any
   */
  public abstract Optional<String> owner();

  /**
   * This KPI with a new current value.
   *
   * @param current the latest value
   * @return the KPI with the value
   */
  public abstract Kpi withCurrent(double current);

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

  @Value.Check
  final void check() {
    Problems.of("Kpi", id())
        .id("id", id())
        .text("name", name())
        .text("unit", unit())
        .finite("baseline", baseline())
        .finite("target", target())
        .finite("current", current())
        .text("owner", owner())
        .throwIfAny();
  }

  /**
   * A short form such as {@code Kpi[completion-rate OUTCOME 38 -> 45 / 70 %]}.
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
     * Builds the KPI.
     *
     * @return the KPI
     * @throws ValidationException if a rule is broken
     */
    Kpi build();
  }
}
