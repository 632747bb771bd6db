package io.github.journeykit.scoring.internal;

import static io.github.journeykit.scoring.internal.Strategies.show;

import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.Estimates;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.Subject;
import java.util.Optional;

/**
 * RICE (Sean McBride, "RICE: Simple prioritization for product managers", Intercom, 2016): {@code
 * reach x impact x confidence / effort}, with impact on 3, 2, 1, 0.5, 0.25, confidence a share and
 * effort in person-months of at least 0.5 (less counts as 0.5). Reads {@link Estimates#REACH},
 * {@link Estimates#IMPACT}, {@link Estimates#CONFIDENCE} and {@link Estimates#EFFORT}; no score
 * unless all four are given. Not public API: use {@code ScoringStrategies.rice()}.
 */
public final class RiceStrategy extends BuiltInStrategy<ActionItem> {
  /** The smallest effort RICE counts, in person-months. */
  static final double MIN_EFFORT = 0.5;

  /** A RICE strategy. */
  public RiceStrategy() {
    super("rice", Subject.ACTION, "RICE");
  }

  @Override
  protected Optional<Score> compute(ActionItem action, ScoringContext context) {
    double[] e =
        EstimateReader.read(
            action, Estimates.REACH, Estimates.IMPACT, Estimates.CONFIDENCE, Estimates.EFFORT);
    if (e == null) {
      return Optional.empty();
    }
    double reach = e[0];
    double impact = e[1];
    double confidence = e[2];
    double effort = Math.max(e[3], MIN_EFFORT);
    double rice = reach * impact * confidence / effort;
    Contribution.Builder impactPart = Contribution.builder().factor("impact").value(impact);
    if (!Strategies.oneOf(impact, 3, 2, 1, 0.5, 0.25)) {
      impactPart.note("not one of RICE's levels 3, 2, 1, 0.5, 0.25");
    }
    Contribution.Builder effortPart = Contribution.builder().factor("effort").value(e[3]);
    if (e[3] < MIN_EFFORT) {
      effortPart.note("below RICE's minimum; counted as 0.5");
    }
    return Optional.of(
        scored(rice, Scale.atLeast(0))
            .addContribution(Contribution.of("reach", reach))
            .addContribution(impactPart.build())
            .addContribution(Contribution.of("confidence", confidence))
            .addContribution(effortPart.build())
            .explanation(
                "RICE = "
                    + show(reach)
                    + " x "
                    + show(impact)
                    + " x "
                    + show(confidence)
                    + " / "
                    + show(effort)
                    + " = "
                    + show(rice))
            .build());
  }
}
