package io.github.journeykit.core.diff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.KpiReading;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A KPI whose current value differs between two versions of a journey, or that has new readings:
 * both versions of the KPI, whether it moved toward its target or away from it, and the readings
 * added. For a KPI with readings the current value is its latest reading, so the movement compares
 * the latest readings of the two versions.
 *
 * <pre>{@code
 * KpiMovement repeat = KpiMovement.of(before.kpi("repeat-contact").get(),
 *     after.kpi("repeat-contact").get());
 * repeat.trend();          // TOWARD_TARGET: 24 -> 18, lower is better
 * repeat.addedReadings();  // the readings recorded since the earlier version
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class KpiMovement {
  KpiMovement() {}

  /**
   * The movement of one KPI.
   *
   * @param before the KPI in the earlier version
   * @param after the KPI in the later version, with the same id
   * @return the movement
   * @throws io.github.journeykit.core.model.ValidationException if the ids differ or either version
   *     has no current value
   */
  public static KpiMovement of(Kpi before, Kpi after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    return ImmutableKpiMovement.of(before, after);
  }

  /**
   * The KPI in the earlier version.
   *
   * @return the KPI before
   */
  @Value.Parameter
  public abstract Kpi before();

  /**
   * The KPI in the later version: its target and direction are the ones that count.
   *
   * @return the KPI after
   */
  @Value.Parameter
  public abstract Kpi after();

  /**
   * The KPI's id.
   *
   * @return the id
   */
  public String kpiId() {
    return after().id();
  }

  /**
   * The readings of the later version of a date the earlier version has no reading of: the
   * measurements recorded since, in date order.
   *
   * <pre>{@code
   * movement.addedReadings(); // [2026-11-30: 48]
   * }</pre>
   *
   * @return the added readings; empty if none
   */
  public List<KpiReading> addedReadings() {
    Set<LocalDate> known =
        before().readings().stream().map(KpiReading::date).collect(Collectors.toSet());
    return after().readings().stream()
        .filter(r -> !known.contains(r.date()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Which way the current value (the latest reading, for a KPI with readings) moved, judged by the
   * later version's direction.
   *
   * @return toward the target, away from it, or unchanged
   */
  public KpiTrend trend() {
    double delta = after().current().getAsDouble() - before().current().getAsDouble();
    if (delta == 0) {
      return KpiTrend.UNCHANGED;
    }
    return (delta > 0) == after().higherIsBetter()
        ? KpiTrend.TOWARD_TARGET
        : KpiTrend.AWAY_FROM_TARGET;
  }

  /**
   * Whether the KPI meets its target now but did not before.
   *
   * @return true if the target was reached between the versions
   */
  public boolean reachedTarget() {
    return after().meetsTarget() && !before().meetsTarget();
  }

  @Value.Check
  final void check() {
    Problems.of("KpiMovement", after().id())
        .check(
            before().id().equals(after().id()),
            "before.id",
            "must be the id of the KPI after (" + after().id() + ")",
            before().id())
        .check(
            before().current().isPresent(),
            "before.current",
            "must be present to show a movement",
            null)
        .check(
            after().current().isPresent(),
            "after.current",
            "must be present to show a movement",
            null)
        .throwIfAny();
  }

  /**
   * A short form such as {@code KPI repeat-contact "Repeat contacts": 24 -> 18 % (target 10),
   * toward target}, followed by the readings added, if any: {@code , 2 readings added: 2026-10-31:
   * 21; 2026-11-30: 18}.
   *
   * @return the movement in words
   */
  @Override
  public String toString() {
    Kpi after = after();
    return "KPI "
        + after.id()
        + " \""
        + after.name()
        + "\": "
        + Numbers.show(before().current().getAsDouble())
        + " -> "
        + Numbers.show(after.current().getAsDouble())
        + after.unit().map(u -> " " + u).orElse("")
        + target(after.target())
        + ", "
        + trend().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + (reachedTarget() ? ", target reached" : "")
        + added(addedReadings());
  }

  private static String added(List<KpiReading> readings) {
    if (readings.isEmpty()) {
      return "";
    }
    return ", "
        + readings.size()
        + (readings.size() == 1 ? " reading added: " : " readings added: ")
        + readings.stream().map(KpiReading::toString).collect(Collectors.joining("; "));
  }

  private static String target(OptionalDouble target) {
    return target.isPresent() ? " (target " + Numbers.show(target.getAsDouble()) + ")" : "";
  }
}
