package io.github.journeykit.scoring.internal;

import static io.github.journeykit.scoring.internal.Strategies.show;

import io.github.journeykit.core.model.ExperienceGap;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.Subject;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The experience gap at a touchpoint, SERVQUAL's gap 5, as core's {@link ExperienceGap} defines it:
 * {@code G = P - E}, perception minus expectation; negative means below expectations. Reads the
 * current {@link Metric#PERCEPTION} and {@link Metric#EXPECTATION} (live means where the context
 * has them, else the latest measurements); no score where there is no gap: one of them missing, or
 * the two on different scales ({@code ExperienceGap.reason()} says which). The score's scale runs
 * from minus to plus the width of their scale (-6 to 6 on the 1-7 scale), baseline 0. Not public
 * API: use {@code ScoringStrategies.experienceGap()}.
 */
public final class ExperienceGapStrategy extends BuiltInStrategy<Touchpoint> {
  /** An experience gap strategy. */
  public ExperienceGapStrategy() {
    super("experience-gap", Subject.TOUCHPOINT, "Experience gap");
  }

  @Override
  protected Optional<Score> compute(Touchpoint touchpoint, ScoringContext context) {
    Optional<Reading> perception = Reading.of(touchpoint, Metric.PERCEPTION, context);
    Optional<Reading> expectation = Reading.of(touchpoint, Metric.EXPECTATION, context);
    ExperienceGap gap =
        ExperienceGap.between(
            perception.map(p -> p.asMeasurement(Metric.PERCEPTION)),
            expectation.map(e -> e.asMeasurement(Metric.EXPECTATION)));
    if (gap.value().isEmpty()) {
      return Optional.empty();
    }
    Reading p = perception.get();
    Reading e = expectation.get();
    Scale scale =
        Strategies.differences(
            gap.scale().get(), "Touchpoint \"" + touchpoint.id() + "\"", "perception.scale");
    double difference = gap.value().getAsDouble();
    Score.Builder score =
        scored(difference, scale)
            .addContribution(Contribution.of("perception", p.value()))
            .addContribution(Contribution.of("expectation", e.value()))
            .explanation(
                "gap = P - E = "
                    + show(p.value())
                    + " - "
                    + show(e.value())
                    + " = "
                    + show(difference));
    OptionalLong n = smaller(p.sampleSize(), e.sampleSize());
    if (n.isPresent()) {
      score.sampleSize(n.getAsLong());
    }
    return Optional.of(score.build());
  }

  private static OptionalLong smaller(OptionalLong a, OptionalLong b) {
    return a.isPresent() && b.isPresent()
        ? OptionalLong.of(Math.min(a.getAsLong(), b.getAsLong()))
        : OptionalLong.empty();
  }
}
