package io.github.journeykit.scoring.plugin;

import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.Estimates;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.ScoringStrategy;
import io.github.journeykit.scoring.Subject;
import java.util.Optional;

/**
 * A user's strategy, listed in {@code
 * META-INF/services/io.github.journeykit.scoring.ScoringStrategy} of the test resources: the cost
 * of an action per customer reached, lower is better.
 */
public final class CostPerReachStrategy implements ScoringStrategy<ActionItem> {
  @Override
  public String name() {
    return "cost-per-reach";
  }

  @Override
  public Subject<ActionItem> subject() {
    return Subject.ACTION;
  }

  @Override
  public Optional<Score> score(ActionItem action, ScoringContext context) {
    if (action.estimate(Estimates.COST).isEmpty() || action.estimate(Estimates.REACH).isEmpty()) {
      return Optional.empty();
    }
    double cost = action.estimate(Estimates.COST).getAsDouble();
    double reach = Math.max(1, action.estimate(Estimates.REACH).getAsDouble());
    return Optional.of(
        Score.builder()
            .value(cost / reach)
            .scale(Scale.builder().min(0).higherIsBetter(false).build())
            .label("Cost per reach")
            .strategy(name())
            .build());
  }
}
