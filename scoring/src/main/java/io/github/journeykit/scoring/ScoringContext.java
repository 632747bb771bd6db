package io.github.journeykit.scoring;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.analytics.observation.ObservationStatistics;
import io.github.journeykit.analytics.observation.RespondentAnswers;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Journey;
import org.immutables.value.Value;

/**
 * What a strategy may read besides the element it scores: the journey the element belongs to, the
 * statistics of live observations, which hold what a measurement's mean cannot (NPS buckets,
 * top-2-box counts, the variance behind a confidence interval), and, when kept, each respondent's
 * answers, which methods that pair one person's answers read (SERVQUAL as published). Where both a
 * measurement and statistics exist for a touchpoint and metric, the statistics win.
 *
 * <pre>{@code
 * ScoringContext plain = ScoringContext.of(journey);
 * ScoringContext live = ScoringContext.of(journey, result.statistics());
 * IngestionResult kept = Ingestion.against(journey).byRespondent().run(observations);
 * ScoringContext paired =
 *     ScoringContext.of(journey, kept.statistics(), kept.respondents().get());
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class ScoringContext {
  ScoringContext() {}

  /**
   * A context without live statistics.
   *
   * @param journey the journey
   * @return the context
   */
  public static ScoringContext of(Journey journey) {
    return of(journey, ObservationStatistics.empty());
  }

  /**
   * A context with live statistics.
   *
   * @param journey the journey
   * @param statistics the statistics of observations at its touchpoints
   * @return the context
   */
  public static ScoringContext of(Journey journey, ObservationStatistics statistics) {
    return of(journey, statistics, RespondentAnswers.empty());
  }

  /**
   * A context with live statistics and each respondent's answers, both from one ingestion.
   *
   * @param journey the journey
   * @param statistics the statistics of observations at its touchpoints
   * @param respondents the same observations' answers by respondent
   * @return the context
   */
  public static ScoringContext of(
      Journey journey, ObservationStatistics statistics, RespondentAnswers respondents) {
    requireNonNull(journey, "journey");
    requireNonNull(statistics, "statistics");
    requireNonNull(respondents, "respondents");
    return ImmutableScoringContext.builder()
        .journey(journey)
        .statistics(statistics)
        .respondents(respondents)
        .build();
  }

  /**
   * The journey.
   *
   * @return the journey
   */
  public abstract Journey journey();

  /**
   * The statistics of live observations.
   *
   * @return the statistics, empty if none were given
   */
  public abstract ObservationStatistics statistics();

  /**
   * Each respondent's answers.
   *
   * @return the answers, empty if none were given
   */
  public abstract RespondentAnswers respondents();

  /**
   * A short form such as {@code ScoringContext[broadband-fault, ObservationStatistics[...]]}.
   *
   * @return the context in words
   */
  @Override
  public String toString() {
    boolean paired = !respondents().equals(RespondentAnswers.empty());
    return "ScoringContext["
        + journey().id()
        + ", "
        + statistics()
        + (paired ? ", " + respondents() : "")
        + "]";
  }
}
