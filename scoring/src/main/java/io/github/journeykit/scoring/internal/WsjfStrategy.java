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
 * Weighted Shortest Job First (D. Reinertsen, "The Principles of Product Development Flow", 2009,
 * as used in the Scaled Agile Framework): {@code cost of delay / job size}, where cost of delay is
 * business value + time criticality + risk reduction or opportunity enablement, each usually on 1,
 * 2, 3, 5, 8, 13, 20. Reads {@link Estimates#BUSINESS_VALUE}, {@link Estimates#TIME_CRITICALITY},
 * {@link Estimates#RISK_REDUCTION} and {@link Estimates#JOB_SIZE}; no score unless all four are
 * given. Values off the usual sequence are used as they are and noted. Not public API: use {@code
 * ScoringStrategies.wsjf()}.
 */
public final class WsjfStrategy extends BuiltInStrategy<ActionItem> {
  private static final String[] FACTORS = {
    "business value", "time criticality", "risk reduction", "job size"
  };

  /** A WSJF strategy. */
  public WsjfStrategy() {
    super("wsjf", Subject.ACTION, "WSJF");
  }

  @Override
  protected Optional<Score> compute(ActionItem action, ScoringContext context) {
    double[] e =
        EstimateReader.read(
            action,
            Estimates.BUSINESS_VALUE,
            Estimates.TIME_CRITICALITY,
            Estimates.RISK_REDUCTION,
            Estimates.JOB_SIZE);
    if (e == null) {
      return Optional.empty();
    }
    double costOfDelay = e[0] + e[1] + e[2];
    double wsjf = costOfDelay / e[3];
    Score.Builder score = scored(wsjf, Scale.atLeast(0));
    for (int i = 0; i < FACTORS.length; i++) {
      Contribution.Builder part = Contribution.builder().factor(FACTORS[i]).value(e[i]);
      if (!Strategies.oneOf(e[i], 1, 2, 3, 5, 8, 13, 20)) {
        part.note("not on the usual sequence 1, 2, 3, 5, 8, 13, 20");
      }
      score.addContribution(part.build());
    }
    return Optional.of(
        score
            .explanation(
                "WSJF = ("
                    + show(e[0])
                    + " + "
                    + show(e[1])
                    + " + "
                    + show(e[2])
                    + ") / "
                    + show(e[3])
                    + " = "
                    + show(wsjf))
            .build());
  }
}
