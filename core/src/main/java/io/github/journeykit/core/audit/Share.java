package io.github.journeykit.core.audit;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A part of a whole, kept as both counts so that a report can show "9 of 10" as well as 90%.
 *
 * <pre>{@code
 * Share owned = Share.of(9, 10);
 * owned.value();     // OptionalDouble[0.9]
 * owned.toString();  // 9/10 (90%)
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Share {
  Share() {}

  /**
   * A share.
   *
   * @param count the part, from 0 to {@code total}
   * @param total the whole, at least 0
   * @return the share
   * @throws io.github.journeykit.core.model.ValidationException if the counts are out of range
   */
  public static Share of(long count, long total) {
    return ImmutableShare.of(count, total);
  }

  /**
   * The part.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long count();

  /**
   * The whole.
   *
   * @return the total
   */
  @Value.Parameter
  public abstract long total();

  /**
   * The part as a share of the whole.
   *
   * @return count / total, from 0 to 1, or empty if the whole is 0
   */
  public OptionalDouble value() {
    return total() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) count() / total());
  }

  /**
   * Whether the share is known and at least {@code threshold}.
   *
   * @param threshold the share to reach
   * @return false if the whole is 0
   */
  public boolean reaches(double threshold) {
    return total() > 0 && (double) count() / total() >= threshold;
  }

  @Value.Check
  final void check() {
    Problems.of("Share")
        .check(total() >= 0, "total", "must be at least 0", total())
        .check(
            count() >= 0 && count() <= total(),
            "count",
            "must be from 0 to the total (" + total() + ")",
            count())
        .throwIfAny();
  }

  /**
   * A short form such as {@code 9/10 (90%)}, or {@code 0/0} for an empty whole.
   *
   * @return the share in words
   */
  @Override
  public String toString() {
    String counts = count() + "/" + total();
    return total() == 0 ? counts : counts + " (" + Math.round(100.0 * count() / total()) + "%)";
  }
}
