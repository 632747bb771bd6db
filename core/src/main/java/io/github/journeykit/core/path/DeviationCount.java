package io.github.journeykit.core.path;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One deviation from the designed journey and how often it happened: its kind, the touchpoint (or,
 * for an ad hoc step, the activity) it concerns, the cases it happened in and how many times.
 *
 * <pre>{@code
 * DeviationCount.of(DeviationKind.REPEATED, "call", 212, 390);
 * // 212 cases called the helpline again, 390 repeated calls in all
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class DeviationCount {
  DeviationCount() {}

  /**
   * A count.
   *
   * @param kind the kind of deviation
   * @param subject the touchpoint's id, or the activity for an ad hoc step
   * @param cases the cases it happened in, at least 1
   * @param occurrences how many times, at least {@code cases}
   * @return the count
   */
  public static DeviationCount of(
      DeviationKind kind, String subject, long cases, long occurrences) {
    return ImmutableDeviationCount.of(kind, subject, cases, occurrences);
  }

  /**
   * The kind of deviation.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract DeviationKind kind();

  /**
   * The touchpoint's id, or the activity of an ad hoc step.
   *
   * @return the subject
   */
  @Value.Parameter
  public abstract String subject();

  /**
   * The cases it happened in.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long cases();

  /**
   * How many times it happened, in all cases.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long occurrences();

  @Value.Check
  final void check() {
    Problems.of("DeviationCount")
        .text("subject", subject())
        .check(cases() >= 1, "cases", "must be at least 1", cases())
        .check(
            occurrences() >= cases(),
            "occurrences",
            "must be at least cases (" + cases() + ")",
            occurrences())
        .throwIfAny();
  }

  /**
   * A short form such as {@code repeated call: 212 cases, 390 times}.
   *
   * @return the deviation in words
   */
  @Override
  public String toString() {
    return kind().word() + " " + subject() + ": " + cases() + " cases, " + occurrences() + " times";
  }
}
