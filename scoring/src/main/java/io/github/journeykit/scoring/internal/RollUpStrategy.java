package io.github.journeykit.scoring.internal;

import static io.github.journeykit.scoring.internal.Strategies.show;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.Rollup;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.ScoringStrategy;
import io.github.journeykit.scoring.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A score of a stage or journey from the scores of its parts: the mean, minimum or maximum of the
 * part scores, on their common scale. Parts without a score are left out and named in the
 * explanation; no score when no part has one. Used for SERVQUAL roll-ups (a stage as a dimension:
 * the mean of its items' gaps; a journey's unweighted score: the mean of its stages' scores) and
 * for the emotion curve. Not public API: use {@code ScoringStrategies.rollUp(...)}.
 *
 * @param <P> the type of the parent (stage or journey)
 * @param <C> the type of the parts
 */
public final class RollUpStrategy<P, C> extends BuiltInStrategy<P> {
  private final ScoringStrategy<C> part;
  private final Function<P, List<C>> parts;
  private final Rollup rollup;

  private RollUpStrategy(
      String name,
      Subject<P> parent,
      ScoringStrategy<C> part,
      Function<P, List<C>> parts,
      Rollup rollup,
      String label) {
    super(name, parent, label);
    this.part = part;
    this.parts = parts;
    this.rollup = rollup;
  }

  /**
   * A roll-up of a part strategy to a parent.
   *
   * @param name the roll-up's name
   * @param parent stage or journey
   * @param part the strategy of the parts: touchpoints for a stage; touchpoints or stages for a
   *     journey
   * @param rollup mean, minimum or maximum
   * @param label the label of the scores
   * @param <P> the type of the parent
   * @param <C> the type of the parts
   * @return the roll-up
   * @throws ValidationException if the parent cannot hold the parts, or the roll-up is a sum
   */
  @SuppressWarnings("unchecked")
  public static <P, C> RollUpStrategy<P, C> of(
      String name, Subject<P> parent, ScoringStrategy<C> part, Rollup rollup, String label) {
    Subject<C> child = part.subject();
    Function<P, List<C>> parts = null;
    if (parent == Subject.STAGE && child == Subject.TOUCHPOINT) {
      parts = p -> (List<C>) ((Stage) p).touchpoints();
    } else if (parent == Subject.JOURNEY
        && (child == Subject.TOUCHPOINT || child == Subject.STAGE)) {
      parts = p -> child.in((Journey) p);
    }
    List<Violation> problems = new ArrayList<>();
    if (parts == null) {
      problems.add(
          Violation.of(
              "part.subject",
              "must be a part of a "
                  + parent
                  + ": touchpoints of stages, touchpoints or stages of"
                  + " journeys",
              child.name()));
    }
    if (rollup == Rollup.SUM) {
      problems.add(
          Violation.of("rollup", "must be MEAN, MIN or MAX: a sum would leave the scale", rollup));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException("Roll-up \"" + name + "\"", problems);
    }
    return new RollUpStrategy<>(name, parent, part, parts, rollup, label);
  }

  @Override
  protected Optional<Score> compute(P parent, ScoringContext context) {
    List<C> children = parts.apply(parent);
    Subject<C> child = part.subject();
    List<Score> scores = new ArrayList<>(children.size());
    List<String> ids = new ArrayList<>(children.size());
    List<String> missing = new ArrayList<>();
    for (C c : children) {
      Optional<Score> score = part.score(c, context);
      if (score.isPresent()) {
        scores.add(score.get());
        ids.add(child.idOf(c));
      } else {
        missing.add(child.idOf(c));
      }
    }
    if (scores.isEmpty()) {
      return Optional.empty();
    }
    Scale scale = scores.get(0).scale();
    double[] values = new double[scores.size()];
    long sampleSize = 0;
    boolean sized = true;
    List<Violation> problems = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      Score score = scores.get(i);
      values[i] = score.value();
      if (!score.scale().equals(scale)) {
        problems.add(
            Violation.of(
                ids.get(i) + ".scale",
                "must equal the scale of " + ids.get(0) + " (" + scale + ") to roll up",
                score.scale()));
      }
      sized &= score.sampleSize().isPresent();
      sampleSize += score.sampleSize().orElse(0);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(
          getClass().getSimpleName() + " \"" + name() + "\" of " + subject().idOf(parent),
          problems);
    }
    double value = Strategies.clamp(rollup.apply(values), scale);
    Score.Builder result = scored(value, scale);
    for (int i = 0; i < values.length; i++) {
      result.addContribution(Contribution.of(ids.get(i), values[i]));
    }
    if (sized) {
      result.sampleSize(sampleSize);
    }
    String explanation =
        rollup.name().toLowerCase(Locale.ROOT)
            + " of "
            + part.name()
            + " over "
            + values.length
            + " "
            + child
            + (values.length == 1 ? "" : "s")
            + " = "
            + show(value);
    if (!missing.isEmpty()) {
      explanation += "; without a score: " + String.join(", ", missing);
    }
    return Optional.of(result.explanation(explanation).build());
  }
}
