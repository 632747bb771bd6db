package io.github.journeykit.scoring.internal;

import static io.github.journeykit.scoring.internal.Strategies.show;

import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.Estimates;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.IceForm;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.Subject;
import java.util.Optional;

/**
 * ICE (Sean Ellis, popularised in S. Ellis and M. Brown, "Hacking Growth", 2017): impact,
 * confidence and ease, each 1-10, combined as a product (1-1000) or a mean (1-10), as chosen. Reads
 * {@link Estimates#ICE_IMPACT}, {@link Estimates#ICE_CONFIDENCE} and {@link Estimates#EASE}; no
 * score unless all three are given. Not public API: use {@code ScoringStrategies.ice(form)}.
 */
public final class IceStrategy extends BuiltInStrategy<ActionItem> {
  private static final Scale PRODUCT = Scale.of(1, 1000);
  private static final Scale MEAN = Scale.of(1, 10);

  private final IceForm form;

  /**
   * An ICE strategy.
   *
   * @param form product or mean
   */
  public IceStrategy(IceForm form) {
    super(
        form == IceForm.PRODUCT ? "ice" : "ice-mean",
        Subject.ACTION,
        form == IceForm.PRODUCT ? "ICE" : "ICE (mean)");
    this.form = form;
  }

  @Override
  protected Optional<Score> compute(ActionItem action, ScoringContext context) {
    double[] e =
        EstimateReader.read(action, Estimates.ICE_IMPACT, Estimates.ICE_CONFIDENCE, Estimates.EASE);
    if (e == null) {
      return Optional.empty();
    }
    String parts = show(e[0]) + (form == IceForm.PRODUCT ? " x " : " + ") + show(e[1]);
    parts += (form == IceForm.PRODUCT ? " x " : " + ") + show(e[2]);
    double value;
    String explanation;
    if (form == IceForm.PRODUCT) {
      value = e[0] * e[1] * e[2];
      explanation = label() + " = " + parts + " = " + show(value);
    } else {
      value = (e[0] + e[1] + e[2]) / 3;
      explanation = label() + " = (" + parts + ") / 3 = " + show(value);
    }
    return Optional.of(
        scored(value, form == IceForm.PRODUCT ? PRODUCT : MEAN)
            .addContribution(Contribution.of("impact", e[0]))
            .addContribution(Contribution.of("confidence", e[1]))
            .addContribution(Contribution.of("ease", e[2]))
            .explanation(explanation)
            .build());
  }
}
