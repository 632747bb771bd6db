package io.github.journeykit.scoring;

import io.github.journeykit.core.score.Score;
import java.util.Optional;

/**
 * The computation of a {@link ScoringStrategy}: a score for one element, or none when the element
 * lacks the data the score needs. A lambda is enough; {@link ScoringStrategy#of} gives it a name
 * and a subject.
 *
 * <pre>{@code
 * Scorer<ActionItem> costPerReach = (action, context) ->
 *     action.estimate(Estimates.COST).isPresent() && action.estimate(Estimates.REACH).isPresent()
 *         ? Optional.of(Score.builder().label("Cost per reach").scale(Scale.atLeast(0))
 *             .value(action.estimate(Estimates.COST).getAsDouble()
 *                 / Math.max(1, action.estimate(Estimates.REACH).getAsDouble())).build())
 *         : Optional.empty();
 * }</pre>
 *
 * @param <T> the type of the scored elements
 */
@FunctionalInterface
public interface Scorer<T> {
  /**
   * Scores one element.
   *
   * @param subject the element to score
   * @param context the journey it belongs to and any live statistics
   * @return the score, or empty when the element lacks the data the score needs (never a NaN score)
   * @throws io.github.journeykit.core.model.ValidationException if the element's data contradict
   *     the method (such as perception and expectation on different scales)
   */
  Optional<Score> score(T subject, ScoringContext context);
}
