package io.github.journeykit.core.path;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A variant: one distinct path that cases took, as the sequence of their steps (touchpoint ids, and
 * the activities of ad hoc steps), with the number of cases that took exactly it.
 *
 * <pre>{@code
 * VariantCount.of(List.of("call", "engineer", "fixed"), 4210);
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class VariantCount {
  VariantCount() {}

  /**
   * A variant.
   *
   * @param steps the steps in order
   * @param cases the cases that took exactly them, at least 1
   * @return the variant
   */
  public static VariantCount of(List<String> steps, long cases) {
    return ImmutableVariantCount.of(steps, cases);
  }

  /**
   * The steps in order: touchpoint ids and the activities of ad hoc steps.
   *
   * @return the steps
   */
  @Value.Parameter
  public abstract List<String> steps();

  /**
   * How many cases took exactly these steps.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long cases();

  @Value.Check
  final void check() {
    Problems.of("VariantCount")
        .texts("steps", steps())
        .check(cases() >= 1, "cases", "must be at least 1", cases())
        .throwIfAny();
  }

  /**
   * A short form such as {@code call > engineer > fixed: 4210 cases}.
   *
   * @return the variant in words
   */
  @Override
  public String toString() {
    return String.join(" > ", steps()) + ": " + cases() + " cases";
  }
}
