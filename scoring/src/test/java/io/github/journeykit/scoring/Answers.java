package io.github.journeykit.scoring;

import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.DataSourceKind;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.scoring.observe.Ingestion;
import io.github.journeykit.scoring.observe.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Survey answers at one touchpoint, as observations and as a scoring context. */
public final class Answers {
  /** The survey of the sample journeys. */
  public static final DataSource PULSE = DataSource.of("q3-pulse", DataSourceKind.SURVEY);

  /** When the first answer came in; each next one a minute later. */
  public static final Instant FIRST = Instant.parse("2026-11-01T10:00:00Z");

  private Answers() {}

  /** One observation per value, a minute apart, from {@link #PULSE}. */
  public static List<Observation> at(String touchpointId, Metric metric, double... values) {
    List<Observation> observations = new ArrayList<>(values.length);
    for (int i = 0; i < values.length; i++) {
      observations.add(
          Observation.of(
              touchpointId, metric, values[i], FIRST.plus(Duration.ofMinutes(i)), PULSE));
    }
    return observations;
  }

  /** A context whose statistics hold {@code values} of {@code metric} at the touchpoint. */
  public static ScoringContext context(
      Journey journey, String touchpointId, Metric metric, double... values) {
    return ScoringContext.of(
        journey,
        Ingestion.against(journey).strict().run(at(touchpointId, metric, values)).statistics());
  }
}
