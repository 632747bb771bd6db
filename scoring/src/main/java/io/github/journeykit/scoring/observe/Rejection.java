package io.github.journeykit.scoring.observe;

import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Violation;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An observation that ingestion rejected, with every reason.
 *
 * <pre>{@code
 * for (Rejection rejection : result.rejections()) {
 *   System.err.println(rejection);
 *   // #17 Observation[kiosk nps=11 ...]: touchpointId: must name a touchpoint ... (was "kiosk")
 * }
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Rejection {
  Rejection() {}

  /**
   * Where the observation stood in the input, counting from 0.
   *
   * @return the position, or empty where it is not known (in a parallel stream)
   */
  public abstract OptionalLong position();

  /**
   * The rejected observation.
   *
   * @return the observation, as given
   */
  public abstract Observation observation();

  /**
   * Why it was rejected: each broken rule with the field and its value.
   *
   * @return the reasons, at least one
   */
  public abstract List<Violation> reasons();

  /**
   * A short form such as {@code #17 Observation[...]: value: must lie on the scale [0..10] (was
   * 11.0)}.
   *
   * @return the rejection in words
   */
  @Override
  public String toString() {
    String where = position().isPresent() ? "#" + position().getAsLong() + " " : "";
    return where
        + observation()
        + ": "
        + reasons().stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
