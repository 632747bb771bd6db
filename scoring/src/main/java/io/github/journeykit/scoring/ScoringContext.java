package io.github.journeykit.scoring;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.analytics.observation.ObservationStatistics;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Journey;
import org.immutables.value.Value;

/**
 * What a strategy may read besides the element it scores: the journey the element belongs to, and
 * the statistics of live observations, which hold what a measurement's mean cannot (NPS buckets,
 * top-2-box counts, the variance behind a confidence interval). Where both a measurement and
 * statistics exist for a touchpoint and metric, the statistics win.
 *
 * <pre>{@code
 * ScoringContext plain = ScoringContext.of(journey);
 * ScoringContext live = ScoringContext.of(journey, result.statistics());
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class ScoringContext {
  ScoringContext() {}

  /**
   * A context without live statistics.
   *
   * @param journey the journey
   * @return the context
   */
  public static ScoringContext of(Journey journey) {
    return of(journey, ObservationStatistics.empty());
  }

  /**
   * A context with live statistics.
   *
   * @param journey the journey
   * @param statistics the statistics of observations at its touchpoints
   * @return the context
   */
  public static ScoringContext of(Journey journey, ObservationStatistics statistics) {
    requireNonNull(journey, "journey");
    requireNonNull(statistics, "statistics");
    return ImmutableScoringContext.builder().journey(journey).statistics(statistics).build();
  }

  /**
   * The journey.
   *
   * @return the journey
   */
  public abstract Journey journey();

  /**
   * The statistics of live observations.
   *
   * @return the statistics, empty if none were given
   */
  public abstract ObservationStatistics statistics();

  /**
   * A short form such as {@code ScoringContext[broadband-fault, ObservationStatistics[...]]}.
   *
   * @return the context in words
   */
  @Override
  public String toString() {
    return "ScoringContext[" + journey().id() + ", " + statistics() + "]";
  }
}
