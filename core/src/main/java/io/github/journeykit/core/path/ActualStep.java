package io.github.journeykit.core.path;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of an {@link ActualJourney}: the touchpoint a customer took (or, for an ad hoc step, the
 * activity), when, and how it departed from the designed journey. A step the customer should have
 * taken and did not is a step too, with no time and the deviation {@link DeviationKind#MISSING},
 * placed where it was due.
 *
 * <pre>{@code
 * ActualStep.of("form", Instant.parse("2026-11-02T10:15:00Z"));
 * ActualStep.of("id-upload", Instant.parse("2026-11-02T10:20:00Z"), List.of(DeviationKind.FAILING));
 * ActualStep.missing("id-check");
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class ActualStep {
  ActualStep() {}

  /**
   * A step taken as designed.
   *
   * @param step the touchpoint's id, or the activity of an ad hoc step
   * @param time when it was taken
   * @return the step
   */
  public static ActualStep of(String step, Instant time) {
    return of(step, time, List.of());
  }

  /**
   * A step taken, with its deviations.
   *
   * @param step the touchpoint's id, or the activity of an ad hoc step
   * @param time when it was taken
   * @param deviations how it departed from the designed journey; never {@link
   *     DeviationKind#MISSING}
   * @return the step
   */
  public static ActualStep of(String step, Instant time, List<DeviationKind> deviations) {
    return ImmutableActualStep.of(step, Optional.of(time), deviations);
  }

  /**
   * A required step that was not taken.
   *
   * @param touchpointId the touchpoint's id
   * @return the step, with no time and the deviation {@link DeviationKind#MISSING}
   */
  public static ActualStep missing(String touchpointId) {
    return ImmutableActualStep.of(touchpointId, Optional.empty(), List.of(DeviationKind.MISSING));
  }

  /**
   * The touchpoint's id, or the activity of an ad hoc step.
   *
   * @return the step
   */
  @Value.Parameter
  public abstract String step();

  /**
   * When the step was taken.
   *
   * @return the time, or empty for a missing step
   */
  @Value.Parameter
  public abstract Optional<Instant> time();

  /**
   * How the step departed from the designed journey, in the order the analysis found them.
   *
   * @return the deviations; empty for a step taken as designed
   */
  @Value.Parameter
  public abstract List<DeviationKind> deviations();

  /**
   * Whether the step departed from the designed journey.
   *
   * @return true if it has a deviation
   */
  public boolean deviates() {
    return !deviations().isEmpty();
  }

  @Value.Check
  final void check() {
    boolean missing = deviations().contains(DeviationKind.MISSING);
    Problems.of("ActualStep")
        .text("step", step())
        .check(
            missing == time().isEmpty(),
            "time",
            "must be empty exactly when the step is missing",
            time().map(Object::toString).orElse("empty"))
        .check(
            !missing || deviations().size() == 1,
            "deviations",
            "must hold nothing else for a missing step",
            deviations())
        .throwIfAny();
  }

  /**
   * A short form such as {@code id-upload at 2026-11-02T10:20:00Z (failing)} or {@code id-check
   * (missing)}.
   *
   * @return the step in words
   */
  @Override
  public String toString() {
    return step() + time().map(t -> " at " + t).orElse("") + deviationWords();
  }

  /** The deviations in words, such as {@code " (failing, repeated)"}; empty if there are none. */
  String deviationWords() {
    if (!deviates()) {
      return "";
    }
    StringBuilder words = new StringBuilder(" (");
    for (int i = 0; i < deviations().size(); i++) {
      words.append(i == 0 ? "" : ", ").append(deviations().get(i).word());
    }
    return words.append(')').toString();
  }
}
