package io.github.journeykit.core.path;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * Where cases that dropped out of a stage of the funnel went next, and how many: a touchpoint of
 * the map, an activity that is not on the map, or the end of their journey ({@link #END}).
 *
 * <pre>{@code
 * Destination.of("call", 38);   // 38 cases called the helpline instead
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Destination {
  /** The destination of cases whose journey ended there. */
  public static final String END = "(end)";

  Destination() {}

  /**
   * A destination.
   *
   * @param step a touchpoint's id, an activity's name, or {@link #END}
   * @param cases how many cases went there, at least 1
   * @return the destination
   */
  public static Destination of(String step, long cases) {
    return ImmutableDestination.of(step, cases);
  }

  /**
   * A touchpoint's id, an activity that is not on the map, or {@link #END}.
   *
   * @return the step
   */
  @Value.Parameter
  public abstract String step();

  /**
   * How many cases went there.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long cases();

  /**
   * A short form such as {@code call: 38}.
   *
   * @return the destination in words
   */
  @Override
  public String toString() {
    return step() + ": " + cases();
  }

  @Value.Check
  final void check() {
    Problems.of("Destination")
        .text("step", step())
        .check(cases() >= 1, "cases", "must be at least 1", cases())
        .throwIfAny();
  }
}
