package io.github.journeykit.scoring.internal;

import static io.github.journeykit.scoring.internal.Strategies.show;

import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.Subject;
import java.util.List;
import java.util.Optional;

/**
 * A touchpoint's place on the emotion curve ("Customer Journey Mapping": pain points are "in red
 * and below a baseline"). Reads the current {@link Metric#EMOTION}, whose scale must have a
 * baseline and bounds; no score without it. Not public API: use {@code ScoringStrategies.emotion()}
 * or {@code ScoringStrategies.painDepth()}.
 *
 * <ul>
 *   <li>Position: the signed distance from the baseline in the direction of better ({@link
 *       Scale#relativeToBaseline}), on a scale from the worst to the best distance, baseline 0.
 *   <li>Pain depth: how far below the baseline the emotion lies, 0 when it does not; lower is
 *       better, so the deepest pain ranks last.
 * </ul>
 */
public final class EmotionStrategy extends BuiltInStrategy<Touchpoint> {
  private final boolean depth;

  private EmotionStrategy(boolean depth) {
    super(
        depth ? "pain-depth" : "emotion",
        Subject.TOUCHPOINT,
        depth ? "Pain depth" : "Emotion vs baseline");
    this.depth = depth;
  }

  /**
   * The position relative to the baseline.
   *
   * @return the strategy
   */
  public static EmotionStrategy position() {
    return new EmotionStrategy(false);
  }

  /**
   * The depth below the baseline.
   *
   * @return the strategy
   */
  public static EmotionStrategy painDepth() {
    return new EmotionStrategy(true);
  }

  @Override
  protected Optional<Score> compute(Touchpoint touchpoint, ScoringContext context) {
    Optional<Reading> emotion = Reading.of(touchpoint, Metric.EMOTION, context);
    if (emotion.isEmpty()) {
      return Optional.empty();
    }
    Reading reading = emotion.get();
    Scale scale = reading.scale();
    String subject = "Touchpoint \"" + touchpoint.id() + "\"";
    if (scale.baseline().isEmpty()) {
      throw new ValidationException(
          subject,
          List.of(Violation.of("emotion.scale", "must have a baseline", scale.toString())));
    }
    double width = Strategies.width(scale, subject, "emotion.scale");
    double baseline = scale.baseline().getAsDouble();
    double max = scale.max().getAsDouble();
    double relative = scale.relativeToBaseline(reading.value()).getAsDouble();
    double best =
        scale.relativeToBaseline(scale.higherIsBetter() ? max : scale.min()).getAsDouble();
    double worst =
        scale.relativeToBaseline(scale.higherIsBetter() ? scale.min() : max).getAsDouble();
    Score.Builder score;
    if (depth) {
      double pain = Math.max(0, -relative);
      // A baseline at the bad end leaves no room for pain; the scale then spans the whole width.
      double deepest = worst < 0 ? -worst : width;
      score =
          scored(pain, Scale.builder().min(0).max(deepest).higherIsBetter(false).build())
              .explanation(
                  pain > 0
                      ? "pain point: " + show(pain) + " below the baseline " + show(baseline)
                      : "no pain point: at or above the baseline " + show(baseline));
    } else {
      score =
          scored(relative, Scale.of(worst, best, 0))
              .explanation(
                  "emotion "
                      + show(reading.value())
                      + " is "
                      + show(relative)
                      + " from the baseline "
                      + show(baseline)
                      + (relative < 0 ? " (pain point)" : ""));
    }
    if (reading.sampleSize().isPresent()) {
      score.sampleSize(reading.sampleSize().getAsLong());
    }
    return Optional.of(
        score
            .addContribution(Contribution.of("emotion", reading.value()))
            .addContribution(Contribution.of("baseline", baseline))
            .build());
  }
}
