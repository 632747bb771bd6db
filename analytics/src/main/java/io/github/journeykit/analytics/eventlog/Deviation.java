package io.github.journeykit.analytics.eventlog;

import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.path.DeviationKind;
import org.immutables.value.Value;

/**
 * One way one case departed from the designed journey: its kind, the touchpoint (or, for an ad hoc
 * step, the activity) it concerns, and where in the case it happened: the position of the event,
 * counting from 0 in time order, or for a missing step the position where the step was due.
 *
 * <pre>{@code
 * Deviation.of(DeviationKind.MISSING, "id-upload", 2);   // id-upload was due as the third event
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Deviation {
  Deviation() {}

  /**
   * A deviation.
   *
   * @param kind its kind
   * @param subject the touchpoint's id, or the activity of an ad hoc step
   * @param position the event's position in the case, from 0, or where a missing step was due
   * @return the deviation
   */
  public static Deviation of(DeviationKind kind, String subject, int position) {
    return ImmutableDeviation.of(kind, subject, position);
  }

  /**
   * The kind.
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
   * The event's position in the case, from 0 in time order; for a missing step, the position of the
   * event before which it was due (the number of events when it was due last).
   *
   * @return the position
   */
  @Value.Parameter
  public abstract int position();

  /**
   * A short form such as {@code missing id-upload at 2}.
   *
   * @return the deviation in words
   */
  @Override
  public String toString() {
    return kind().word() + " " + subject() + " at " + position();
  }
}
