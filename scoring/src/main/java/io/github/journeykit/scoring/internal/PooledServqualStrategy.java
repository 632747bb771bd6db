package io.github.journeykit.scoring.internal;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.ScoringStrategy;
import io.github.journeykit.scoring.ServqualResult;
import java.util.Optional;

/**
 * SERVQUAL in the pooled form, its stages as the dimensions and its touchpoints as the items: each
 * item's gap is the mean perception minus the mean expectation over all answers, a dimension the
 * mean of its items' gaps, the score the mean of the dimensions or their sum weighted by one split
 * of 100 points for everybody. It needs no respondent ids, and equals the published form when every
 * respondent rated every item once and all split their points alike; with missing answers or
 * varying splits the two differ. It is the score of {@code experience-gap-journey} or {@code
 * experience-gap-weighted} under a name that says which form it is, and says why when there is
 * none. Not public API: use {@code ScoringStrategies.servqualPooled()}.
 */
public final class PooledServqualStrategy extends ServqualStrategyBase {
  private final ScoringStrategy<Journey> pooled;

  /**
   * A pooled SERVQUAL strategy.
   *
   * @param name the name
   * @param label the label of its scores
   * @param pooled the strategy that computes the pooled score
   */
  public PooledServqualStrategy(String name, String label, ScoringStrategy<Journey> pooled) {
    super(name, label);
    this.pooled = pooled;
  }

  @Override
  protected ServqualResult assessed(Journey journey, ScoringContext context) {
    Optional<Score> score = pooled.score(journey, context);
    return score.isPresent()
        ? ServqualResult.of(
            Score.builder()
                .from(score.get())
                .label(label())
                .strategy(name())
                .explanation(
                    "pooled: P and E are means over all answers; "
                        + score.get().explanation().orElse(""))
                .build())
        : ServqualResult.without(
            "no stage has a touchpoint with perception and expectation measured on one scale");
  }
}
