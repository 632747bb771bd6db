package io.github.journeykit.scoring.internal;

import static io.github.journeykit.scoring.internal.Strategies.show;

import com.google.common.collect.ImmutableMap;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.ScoringStrategy;
import io.github.journeykit.scoring.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The weighted SERVQUAL score of a journey, its stages as the dimensions (Parasuraman, Zeithaml and
 * Berry 1988): 100 points are split over the stages, {@code w = points / 100}, and the score is
 * {@code sum(w x stage score)}, each stage score the mean gap of its touchpoints. With one
 * allocation for all respondents, averaging over respondents changes nothing. Stages without a
 * score are left out and the remaining weights rescaled to add up to 1, which the explanation says.
 * Without an allocation, the points are split equally over the journey's stages, which gives the
 * unweighted score. Not public API: use {@code ScoringStrategies.weightedExperienceGap(points)}.
 */
public final class WeightedGapStrategy extends BuiltInStrategy<Journey> {
  private final ScoringStrategy<Stage> stageGap;
  private final ImmutableMap<String, Double> points;

  /**
   * A weighted gap strategy.
   *
   * @param stageGap the gap of a stage
   * @param points points by stage id, adding up to 100; empty to split equally
   * @throws ValidationException if a number of points is negative or not finite, or they do not add
   *     up to 100
   */
  public WeightedGapStrategy(ScoringStrategy<Stage> stageGap, Map<String, Double> points) {
    super("experience-gap-weighted", Subject.JOURNEY, "Experience gap (weighted)");
    this.stageGap = stageGap;
    this.points = ImmutableMap.copyOf(points);
    Problems problems = Problems.of("Weighted experience gap");
    double sum = 0;
    for (Map.Entry<String, Double> entry : this.points.entrySet()) {
      String path = "points." + entry.getKey();
      problems
          .id(path, entry.getKey())
          .finite(path, entry.getValue())
          .check(!(entry.getValue() < 0), path, "must not be negative", entry.getValue());
      sum += entry.getValue();
    }
    if (!this.points.isEmpty()) {
      problems.check(Math.abs(sum - 100) <= 1e-9, "points", "must add up to 100", sum);
    }
    problems.throwIfAny();
  }

  @Override
  protected Optional<Score> compute(Journey journey, ScoringContext context) {
    List<Violation> unknown = new ArrayList<>();
    for (String id : points.keySet()) {
      if (journey.stage(id).isEmpty()) {
        unknown.add(Violation.of("points." + id, "must name a stage of the journey", id));
      }
    }
    if (!unknown.isEmpty()) {
      throw new ValidationException("Weighted experience gap of \"" + journey.id() + "\"", unknown);
    }
    List<Contribution> parts = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Scale scale = null;
    double weightSum = 0;
    for (Stage stage : journey.stages()) {
      double weight =
          (points.isEmpty()
                  ? 100.0 / journey.stages().size()
                  : points.getOrDefault(stage.id(), 0.0))
              / 100;
      Optional<Score> score = stageGap.score(stage, context);
      if (score.isEmpty()) {
        if (weight > 0) {
          missing.add(stage.id());
        }
        continue;
      }
      if (scale == null) {
        scale = score.get().scale();
      } else if (!scale.equals(score.get().scale())) {
        throw new ValidationException(
            "Weighted experience gap of \"" + journey.id() + "\"",
            List.of(
                Violation.of(
                    "stages." + stage.id() + ".scale",
                    "must equal the scale of the other stages (" + scale + ")",
                    score.get().scale())));
      }
      weightSum += weight;
      parts.add(
          Contribution.builder()
              .factor(stage.id())
              .value(score.get().value())
              .weight(weight)
              .points(weight * score.get().value())
              .build());
    }
    if (parts.isEmpty() || weightSum == 0) {
      return Optional.empty();
    }
    double value = 0;
    StringBuilder terms = new StringBuilder();
    for (Contribution part : parts) {
      value += part.points().getAsDouble();
      terms
          .append(terms.length() == 0 ? "" : " + ")
          .append(show(part.weight().getAsDouble()))
          .append(" x ")
          .append(show(part.value()));
    }
    value = Strategies.clamp(value / weightSum, scale);
    String explanation =
        "sum(w x stage gap) = "
            + terms
            + (weightSum < 1 - 1e-12 ? ", rescaled by 1/" + show(weightSum) : "")
            + " = "
            + show(value)
            + (missing.isEmpty() ? "" : "; stages without a score: " + String.join(", ", missing));
    return Optional.of(
        scored(value, scale).addAllContributions(parts).explanation(explanation).build());
  }
}
