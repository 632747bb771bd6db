package io.github.journeykit.core.path;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One stage of the funnel over a journey: how many cases reached it on the eventual path (having
 * reached every stage before it, in order, then any touchpoint of this one), how many of those that
 * reached the stage before did not, where those went next, and how long cases took from here to the
 * next stage and to the end of their journey.
 *
 * <p>With {@code N(k)} the cases that reached stage {@code k}: step conversion is {@code N(k) /
 * N(k-1)}, overall conversion {@code N(k) / N(1)}, drop-off {@code N(k-1) - N(k)}; for the first
 * stage, {@code N(0)} is every case of the log.
 *
 * <pre>{@code
 * FunnelStage apply = summary.funnel().get(1);
 * apply.stepConversion();   // OptionalDouble[0.812]
 * apply.droppedTo();        // [Destination[call, 38], Destination[(end), 120], ...]
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class FunnelStage {
  FunnelStage() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableFunnelStage.builder();
  }

  /**
   * The stage's id.
   *
   * @return the id
   */
  public abstract String stageId();

  /**
   * The cases that reached this stage on the eventual path: {@code N(k)}.
   *
   * @return the count
   */
  public abstract long reached();

  /**
   * The cases that could have reached it: those that reached the stage before, {@code N(k-1)}, or
   * every case of the log for the first stage.
   *
   * @return the count
   */
  public abstract long previous();

  /**
   * The cases that reached the first stage, {@code N(1)}.
   *
   * @return the count
   */
  public abstract long first();

  /**
   * Where the cases that reached the stage before and not this one went next, most first.
   *
   * @return the destinations
   */
  public abstract List<Destination> droppedTo();

  /**
   * How long cases took from reaching this stage to reaching the next one on the eventual path.
   *
   * @return the durations, or empty for the last stage or when no case went on
   */
  public abstract Optional<DurationSummary> toNextStage();

  /**
   * How long cases took from reaching this stage to the last event of their journey.
   *
   * @return the durations, or empty when no case reached the stage
   */
  public abstract Optional<DurationSummary> toEnd();

  /**
   * The share of cases that reached the stage before and went on to this one, {@code N(k) /
   * N(k-1)}.
   *
   * @return the share, or empty when no case could reach it
   */
  public OptionalDouble stepConversion() {
    return previous() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) reached() / previous());
  }

  /**
   * The share of cases that reached the first stage and this one, {@code N(k) / N(1)}.
   *
   * @return the share, or empty when no case reached the first stage
   */
  public OptionalDouble overallConversion() {
    return first() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) reached() / first());
  }

  /**
   * The cases that reached the stage before and not this one, {@code N(k-1) - N(k)}.
   *
   * @return the count
   */
  public long dropOff() {
    return previous() - reached();
  }

  @Value.Check
  final void check() {
    Problems problems =
        Problems.of("FunnelStage", stageId())
            .id("stageId", stageId())
            .check(reached() >= 0, "reached", "must not be negative", reached())
            .check(
                previous() >= reached(),
                "previous",
                "must be at least reached (" + reached() + ")",
                previous());
    long dropped = 0;
    for (Destination destination : droppedTo()) {
      dropped += destination.cases();
    }
    problems.check(
        dropped <= previous() - reached(),
        "droppedTo",
        "must count at most the drop-off (" + (previous() - reached()) + ")",
        dropped);
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code FunnelStage[apply reached 812 of 1000, step 81.2%, dropped 188]}.
   *
   * @return the stage in words
   */
  @Override
  public String toString() {
    return "FunnelStage["
        + stageId()
        + " reached "
        + reached()
        + " of "
        + previous()
        + stepConversion().stream()
            .mapToObj(c -> ", step " + Numbers.show(100 * c) + "%")
            .findFirst()
            .orElse("")
        + ", dropped "
        + dropOff()
        + "]";
  }

  /** Builds a {@link FunnelStage}; the stage id and the three counts are required. */
  public interface Builder {
    /**
     * Sets the stage's id.
     *
     * @param stageId the id
     * @return this builder
     */
    Builder stageId(String stageId);

    /**
     * Sets how many cases reached the stage.
     *
     * @param reached the count
     * @return this builder
     */
    Builder reached(long reached);

    /**
     * Sets how many cases could have reached it.
     *
     * @param previous the count
     * @return this builder
     */
    Builder previous(long previous);

    /**
     * Sets how many cases reached the first stage.
     *
     * @param first the count
     * @return this builder
     */
    Builder first(long first);

    /**
     * Adds a destination of the cases that dropped out.
     *
     * @param destination the destination
     * @return this builder
     */
    Builder addDroppedTo(Destination destination);

    /**
     * Adds destinations of the cases that dropped out.
     *
     * @param destinations the destinations
     * @return this builder
     */
    Builder addAllDroppedTo(Iterable<? extends Destination> destinations);

    /**
     * Sets the durations to the next stage.
     *
     * @param toNextStage the durations
     * @return this builder
     */
    Builder toNextStage(DurationSummary toNextStage);

    /**
     * Sets the durations to the end of the journey.
     *
     * @param toEnd the durations
     * @return this builder
     */
    Builder toEnd(DurationSummary toEnd);

    /**
     * Builds the stage.
     *
     * @return the stage
     * @throws io.github.journeykit.core.model.ValidationException if a rule is broken
     */
    FunnelStage build();
  }
}
