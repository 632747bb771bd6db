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
import java.util.OptionalLong;

/**
 * The experience gap at a touchpoint, SERVQUAL's gap 5 (A. Parasuraman, V. A. Zeithaml and L. L.
 * Berry, "SERVQUAL: A multiple-item scale for measuring consumer perceptions of service quality",
 * Journal of Retailing 64(1), 1988): {@code G = P - E}, perception minus expectation; negative
 * means below expectations. Reads the current {@link Metric#PERCEPTION} and {@link
 * Metric#EXPECTATION} (live means where the context has them, else the latest measurements); no
 * score unless both are there. The score's scale runs from minus to plus the width of their scale
 * (-6 to 6 on the 1-7 scale), baseline 0. Not public API: use {@code
 * ScoringStrategies.experienceGap()}.
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
    if (perception.isEmpty() || expectation.isEmpty()) {
      return Optional.empty();
    }
    Reading p = perception.get();
    Reading e = expectation.get();
    String subject = "Touchpoint \"" + touchpoint.id() + "\"";
    if (!p.scale().equals(e.scale())) {
      throw new ValidationException(
          subject,
          List.of(
              Violation.of(
                  "perception.scale",
                  "must be the scale of expectation (" + e.scale() + ") to take a gap",
                  p.scale())));
    }
    Scale scale = Strategies.differences(p.scale(), subject, "perception.scale");
    double gap = p.value() - e.value();
    Score.Builder score =
        scored(gap, scale)
            .addContribution(Contribution.of("perception", p.value()))
            .addContribution(Contribution.of("expectation", e.value()))
            .explanation(
                "gap = P - E = " + show(p.value()) + " - " + show(e.value()) + " = " + show(gap));
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
