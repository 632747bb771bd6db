package io.github.journeykit.core.diff;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Touchpoint;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A touchpoint whose pain-point status differs between two versions of a journey: one that rose
 * above the emotion baseline, or one that fell below it (or arrived below it). Both versions of the
 * touchpoint are kept, so a renderer can show the emotion before and after and its scale.
 *
 * <pre>{@code
 * PainPointChange call = PainPointChange.of(before.touchpoint("call").get(),
 *     after.touchpoint("call").get());
 * call.isRelieved();   // true: emotion -1.6 -> 0.5, baseline 0
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class PainPointChange {
  PainPointChange() {}

  /**
   * The change of a touchpoint that is in both versions.
   *
   * @param before the touchpoint in the earlier version
   * @param after the touchpoint in the later version, with the same id
   * @return the change
   * @throws io.github.journeykit.core.model.ValidationException if the ids differ or the touchpoint
   *     is a pain point in both versions or in neither
   */
  public static PainPointChange of(Touchpoint before, Touchpoint after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    return ImmutablePainPointChange.of(Optional.of(before), after);
  }

  /**
   * A new touchpoint that is a pain point.
   *
   * @param after the touchpoint in the later version
   * @return the change
   * @throws io.github.journeykit.core.model.ValidationException if the touchpoint is not a pain
   *     point
   */
  public static PainPointChange of(Touchpoint after) {
    requireNonNull(after, "after");
    return ImmutablePainPointChange.of(Optional.empty(), after);
  }

  /**
   * The touchpoint in the earlier version.
   *
   * @return the touchpoint before, or empty if it is new
   */
  @Value.Parameter
  public abstract Optional<Touchpoint> before();

  /**
   * The touchpoint in the later version.
   *
   * @return the touchpoint after
   */
  @Value.Parameter
  public abstract Touchpoint after();

  /**
   * The touchpoint's id.
   *
   * @return the id
   */
  public String touchpointId() {
    return after().id();
  }

  /**
   * Whether the touchpoint was a pain point and is no longer one: its latest emotion rose to or
   * above the baseline.
   *
   * @return true if relieved; false for a new pain point
   */
  public boolean isRelieved() {
    return !after().isPainPoint();
  }

  /**
   * The latest emotion before.
   *
   * @return the emotion, or empty if not measured or the touchpoint is new
   */
  public OptionalDouble emotionBefore() {
    return before().map(Touchpoint::emotion).orElse(OptionalDouble.empty());
  }

  /**
   * The latest emotion after.
   *
   * @return the emotion
   */
  public OptionalDouble emotionAfter() {
    return after().emotion();
  }

  @Value.Check
  final void check() {
    Problems problems = Problems.of("PainPointChange", after().id());
    if (before().isPresent()) {
      Touchpoint before = before().get();
      problems
          .check(
              before.id().equals(after().id()),
              "before.id",
              "must be the id of the touchpoint after (" + after().id() + ")",
              before.id())
          .check(
              before.isPainPoint() != after().isPainPoint(),
              "after",
              "must be a pain point in exactly one of the two versions",
              after().id());
      problems.check(
          after().isPainPoint() || after().emotion().isPresent(),
          "after",
          "must have an emotion at or above the baseline to be relieved",
          after().id());
    } else {
      problems.check(
          after().isPainPoint(), "after", "a new touchpoint must be a pain point", after().id());
    }
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code call "Call the helpline": emotion -1.6 -> 0.5, relieved}.
   *
   * @return the change in words
   */
  @Override
  public String toString() {
    return after().id()
        + " \""
        + after().name()
        + "\": emotion "
        + show(emotionBefore())
        + " -> "
        + show(emotionAfter())
        + (isRelieved() ? ", relieved" : ", new pain point");
  }

  private static String show(OptionalDouble value) {
    return value.isPresent() ? Numbers.show(value.getAsDouble()) : "none";
  }
}
