package io.github.journeykit.scoring;

import io.github.journeykit.analytics.fixtures.Answers;
import io.github.journeykit.analytics.observation.Ingestion;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;

/** Scoring contexts with survey answers at one touchpoint. */
final class Contexts {
  private Contexts() {}

  /** A context whose statistics hold {@code values} of {@code metric} at the touchpoint. */
  static ScoringContext withAnswers(
      Journey journey, String touchpointId, Metric metric, double... values) {
    return ScoringContext.of(
        journey,
        Ingestion.against(journey)
            .strict()
            .run(Answers.at(touchpointId, metric, values))
            .statistics());
  }
}
