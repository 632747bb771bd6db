package io.github.journeykit.scoring.internal;

import static io.github.journeykit.scoring.internal.Strategies.show;

import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.Subject;
import java.util.Optional;

/**
 * Moment uplift (Walters: "turn a 7 moment into a 10 moment"): how far a moment that matters is
 * from its target rating, in the direction of better ({@link MomentThatMatters#uplift()}). A higher
 * uplift is more to gain, so it ranks first. The score's scale runs from minus to plus the width of
 * the rating scale. No score unless both ratings are known. Not public API: use {@code
 * ScoringStrategies.momentUplift()}.
 */
public final class MomentUpliftStrategy extends BuiltInStrategy<MomentThatMatters> {
  /** A moment uplift strategy. */
  public MomentUpliftStrategy() {
    super("moment-uplift", Subject.MOMENT, "Moment uplift");
  }

  @Override
  protected Optional<Score> compute(MomentThatMatters moment, ScoringContext context) {
    if (moment.uplift().isEmpty()) {
      return Optional.empty();
    }
    double uplift = moment.uplift().getAsDouble();
    Scale scale =
        Strategies.differences(
            moment.ratingScale(), "MomentThatMatters \"" + moment.id() + "\"", "ratingScale");
    double current = moment.currentRating().getAsDouble();
    double target = moment.targetRating().getAsDouble();
    boolean higher = moment.ratingScale().higherIsBetter();
    return Optional.of(
        scored(uplift, scale)
            .addContribution(Contribution.of("current rating", current))
            .addContribution(Contribution.of("target rating", target))
            .explanation(
                "uplift = "
                    + (higher
                        ? show(target) + " - " + show(current)
                        : show(current) + " - " + show(target))
                    + " = "
                    + show(uplift)
                    + " on "
                    + moment.ratingScale().range())
            .build());
  }
}
