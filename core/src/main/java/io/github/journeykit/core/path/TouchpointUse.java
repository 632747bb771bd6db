package io.github.journeykit.core.path;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How cases used one touchpoint of the map: how many reached it, how many took it more than once,
 * its events and failed events. Reach and repeat rate are shares of the log's cases and of the
 * cases that reached the touchpoint.
 *
 * <pre>{@code
 * TouchpointUse call = TouchpointUse.of("call", 1000, 640, 212, 1030, 17);
 * call.reach();        // OptionalDouble[0.64]
 * call.repeatRate();   // OptionalDouble[0.33125]: 212 of the 640 called again
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class TouchpointUse {
  TouchpointUse() {}

  /**
   * A use.
   *
   * @param touchpointId the touchpoint's id
   * @param cases every case of the log
   * @param reached the cases with at least one event at the touchpoint
   * @param repeated the cases with more than one
   * @param events the events at the touchpoint
   * @param failed the events at the touchpoint that failed
   * @return the use
   */
  public static TouchpointUse of(
      String touchpointId, long cases, long reached, long repeated, long events, long failed) {
    return ImmutableTouchpointUse.of(touchpointId, cases, reached, repeated, events, failed);
  }

  /**
   * The touchpoint's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String touchpointId();

  /**
   * Every case of the log.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long cases();

  /**
   * The cases with at least one event at the touchpoint.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long reached();

  /**
   * The cases with more than one event at the touchpoint.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long repeated();

  /**
   * The events at the touchpoint.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long events();

  /**
   * The events at the touchpoint whose status says they failed.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long failed();

  /**
   * The share of the log's cases that reached the touchpoint.
   *
   * @return the share, or empty for a log without cases
   */
  public OptionalDouble reach() {
    return cases() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) reached() / cases());
  }

  /**
   * The share of the cases that reached the touchpoint and took it more than once.
   *
   * @return the share, or empty when no case reached it
   */
  public OptionalDouble repeatRate() {
    return reached() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) repeated() / reached());
  }

  /**
   * A short form such as {@code call: reached by 640 of 1000, 212 again, 1030 events, 17 failed}.
   *
   * @return the use in words
   */
  @Override
  public String toString() {
    return touchpointId()
        + ": reached by "
        + reached()
        + " of "
        + cases()
        + ", "
        + repeated()
        + " again, "
        + events()
        + " events, "
        + failed()
        + " failed";
  }

  @Value.Check
  final void check() {
    Problems.of("TouchpointUse", touchpointId())
        .id("touchpointId", touchpointId())
        .check(reached() >= 0, "reached", "must not be negative", reached())
        .check(
            cases() >= reached(), "cases", "must be at least reached (" + reached() + ")", cases())
        .check(
            repeated() >= 0 && repeated() <= reached(),
            "repeated",
            "must lie between 0 and reached (" + reached() + ")",
            repeated())
        .check(
            events() >= reached() + repeated(),
            "events",
            "must be at least reached plus repeated (" + (reached() + repeated()) + ")",
            events())
        .check(
            failed() >= 0 && failed() <= events(),
            "failed",
            "must lie between 0 and events (" + events() + ")",
            failed())
        .throwIfAny();
  }
}
