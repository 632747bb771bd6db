package io.github.journeykit.scoring.internal;

import static io.github.journeykit.scoring.internal.Strategies.show;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.ExperienceCriterion;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The experience score from 1 to 100 ("Customer Journey Mapping": "allocate a score (1 – 100) to
 * each customer's experience", from criteria such as "the cost of the journey per customer,
 * potential sales, contribution to business strategic goals, or how many times the journey is
 * experienced"; "focus on those with the highest scores"): a weighted sum of the criteria's
 * positions,
 *
 * <pre>
 *   score = 1 + 99 x sum(w_i x u_i) / sum(w_i)
 *   u_i   = clamp((v_i - low_i) / (high_i - low_i), 0, 1), or 1 - that when lower raises the score
 * </pre>
 *
 * <p>See {@link ExperienceCriterion} for values and bounds. Bounds taken from the journey that are
 * equal (one subject, or all alike) put the criterion at its middle, u = 0.5. A criterion without a
 * value is left out and the other weights rescaled, which the explanation says; no score when no
 * criterion has a value. Not public API: use {@code ScoringStrategies.experienceScore(...)}.
 *
 * @param <T> touchpoint, stage or journey
 */
public final class ExperienceScoreStrategy<T> extends BuiltInStrategy<T> {
  private final ImmutableList<ExperienceCriterion> criteria;
  private final Function<T, List<Touchpoint>> touchpoints;

  private ExperienceScoreStrategy(
      String name,
      Subject<T> subject,
      List<ExperienceCriterion> criteria,
      Function<T, List<Touchpoint>> touchpoints) {
    super(name, subject, "Experience score");
    this.criteria = ImmutableList.copyOf(criteria);
    this.touchpoints = touchpoints;
  }

  /**
   * An experience score.
   *
   * @param name its name
   * @param subject touchpoint, stage or journey
   * @param criteria at least one criterion
   * @param <T> the type of the subject
   * @return the strategy
   * @throws io.github.journeykit.core.model.ValidationException if the subject is another kind or
   *     there are no criteria
   */
  @SuppressWarnings("unchecked")
  public static <T> ExperienceScoreStrategy<T> of(
      String name, Subject<T> subject, List<ExperienceCriterion> criteria) {
    Function<T, List<Touchpoint>> touchpoints = null;
    if (subject == Subject.TOUCHPOINT) {
      touchpoints = t -> List.of((Touchpoint) t);
    } else if (subject == Subject.STAGE) {
      touchpoints = s -> ((Stage) s).touchpoints();
    } else if (subject == Subject.JOURNEY) {
      touchpoints = j -> ((Journey) j).touchpoints();
    }
    Problems.of("Experience score", name)
        .check(
            touchpoints != null, "subject", "must be touchpoint, stage or journey", subject.name())
        .check(!criteria.isEmpty(), "criteria", "must not be empty", null)
        .throwIfAny();
    return new ExperienceScoreStrategy<>(name, subject, criteria, touchpoints);
  }

  @Override
  protected Optional<Score> compute(T element, ScoringContext context) {
    List<Contribution> parts = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    double weightSum = 0;
    double[] positions = new double[criteria.size()];
    double[] values = new double[criteria.size()];
    String[] notes = new String[criteria.size()];
    for (int i = 0; i < criteria.size(); i++) {
      ExperienceCriterion criterion = criteria.get(i);
      OptionalDouble value = value(criterion, element, context);
      if (value.isEmpty()) {
        missing.add(criterion.name());
        positions[i] = Double.NaN;
        continue;
      }
      double low;
      double high;
      String bounds;
      if (criterion.low().isPresent()) {
        low = criterion.low().getAsDouble();
        high = criterion.high().getAsDouble();
        bounds = "bounds [" + show(low) + ".." + show(high) + "]";
      } else {
        low = Double.POSITIVE_INFINITY;
        high = Double.NEGATIVE_INFINITY;
        int peers = 0;
        for (T peer : subject().in(context.journey())) {
          OptionalDouble other = value(criterion, peer, context);
          if (other.isPresent()) {
            low = Math.min(low, other.getAsDouble());
            high = Math.max(high, other.getAsDouble());
            peers++;
          }
        }
        low = Math.min(low, value.getAsDouble());
        high = Math.max(high, value.getAsDouble());
        bounds =
            "bounds [" + show(low) + ".." + show(high) + "] from " + peers + " " + subject() + "s";
      }
      double u =
          high > low ? Math.min(1, Math.max(0, (value.getAsDouble() - low) / (high - low))) : 0.5;
      positions[i] = criterion.higherRaisesScore() ? u : 1 - u;
      values[i] = value.getAsDouble();
      notes[i] = (criterion.higherRaisesScore() ? "higher raises" : "lower raises") + "; " + bounds;
      weightSum += criterion.weight();
    }
    if (weightSum == 0) {
      return Optional.empty();
    }
    double sum = 0;
    StringBuilder terms = new StringBuilder();
    for (int i = 0; i < criteria.size(); i++) {
      if (Double.isNaN(positions[i])) {
        continue;
      }
      double weight = criteria.get(i).weight() / weightSum;
      double points = 99 * weight * positions[i];
      sum += weight * positions[i];
      terms
          .append(terms.length() == 0 ? "" : " + ")
          .append(show(weight))
          .append(" x ")
          .append(show(positions[i]));
      parts.add(
          Contribution.builder()
              .factor(criteria.get(i).name())
              .value(values[i])
              .weight(weight)
              .points(points)
              .note(notes[i])
              .build());
    }
    double score = Math.min(100, 1 + 99 * sum);
    String explanation = "1 + 99 x (" + terms + ") = " + show(score);
    if (!missing.isEmpty()) {
      explanation += "; no data, left out: " + String.join(", ", missing);
    }
    return Optional.of(
        scored(score, Scale.SCORE_100).addAllContributions(parts).explanation(explanation).build());
  }

  private OptionalDouble value(ExperienceCriterion criterion, T element, ScoringContext context) {
    List<Touchpoint> measured = touchpoints.apply(element);
    double[] values = new double[measured.size()];
    int n = 0;
    for (Touchpoint touchpoint : measured) {
      Optional<Reading> reading = Reading.of(touchpoint, criterion.metric(), context);
      if (reading.isPresent()) {
        values[n++] = reading.get().value();
      }
    }
    return n == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(criterion.rollup().apply(java.util.Arrays.copyOf(values, n)));
  }
}
