package io.github.journeykit.core.diff;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Kpi;
import java.util.Locale;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A KPI whose current value differs between two versions of a journey: both versions of the KPI,
 * and whether it moved toward its target or away from it.
 *
 * <pre>{@code
 * KpiMovement repeat = KpiMovement.of(before.kpi("repeat-contact").get(),
 *     after.kpi("repeat-contact").get());
 * repeat.trend();   // TOWARD_TARGET: 24 -> 18, lower is better
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
   * Which way the current value moved, judged by the later version's direction.
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
   * toward target}.
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
        + (reachedTarget() ? ", target reached" : "");
  }

  private static String target(OptionalDouble target) {
    return target.isPresent() ? " (target " + Numbers.show(target.getAsDouble()) + ")" : "";
  }
}
