package io.github.journeykit.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.ServqualResult;
import io.github.journeykit.scoring.ServqualStrategy;
import io.github.journeykit.scoring.Subject;
import java.util.Optional;

/**
 * The common part of the SERVQUAL forms: a journey strategy whose score is its assessment's, so
 * that the score and the reason for none come from one computation. Not public API.
 */
abstract class ServqualStrategyBase extends BuiltInStrategy<Journey> implements ServqualStrategy {
  ServqualStrategyBase(String name, String label) {
    super(name, Subject.JOURNEY, label);
  }

  @Override
  protected final Optional<Score> compute(Journey journey, ScoringContext context) {
    return assessed(journey, context).score();
  }

  @Override
  public final ServqualResult assess(Journey journey, ScoringContext context) {
    requireNonNull(journey, "journey");
    requireNonNull(context, "context");
    return assessed(journey, context);
  }

  /**
   * Scores a journey or says why not; both arguments are not null.
   *
   * @param journey the journey
   * @param context the context
   * @return the result
   */
  protected abstract ServqualResult assessed(Journey journey, ScoringContext context);
}
