package io.github.journeykit.analytics.observation;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.internal.intake.RejectionLog;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an {@link Ingestion} produced: the statistics of the accepted observations, how many were
 * accepted and rejected, and the first rejected ones with their reasons. Nothing is dropped
 * silently: {@code accepted() + rejected()} is the number of observations read.
 *
 * <pre>{@code
 * IngestionResult result = Ingestion.against(journey).run(observations);
 * if (result.rejected() > 0) {
 *   result.rejections().forEach(System.err::println);
 * }
 * Journey updated = result.statistics().applyTo(journey, ZoneOffset.UTC);
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class IngestionResult {
  IngestionResult() {}

  /**
   * A result of statistics and counts that a reader of one's own gathered, such as the Spark
   * aggregators, which read observations on many machines.
   *
   * <pre>{@code
   * IngestionResult result = IngestionResult.of(statistics, 999_990, 10, firstRejections);
   * }</pre>
   *
   * @param statistics the statistics of the accepted observations
   * @param accepted how many observations were accepted
   * @param rejected how many were rejected
   * @param rejections the first rejected ones, with their reasons
   * @return the result
   */
  public static IngestionResult of(
      ObservationStatistics statistics,
      long accepted,
      long rejected,
      List<Rejection<Observation>> rejections) {
    return ImmutableIngestionResult.builder()
        .statistics(statistics)
        .accepted(accepted)
        .rejected(rejected)
        .rejections(rejections)
        .build();
  }

  /**
   * The statistics of the accepted observations.
   *
   * @return the statistics
   */
  public abstract ObservationStatistics statistics();

  /**
   * How many observations were accepted.
   *
   * @return the count
   */
  public abstract long accepted();

  /**
   * How many observations were rejected.
   *
   * @return the count
   */
  public abstract long rejected();

  /**
   * The first rejected observations, in input order, up to the number the ingestion keeps.
   *
   * @return the rejections
   */
  public abstract List<Rejection<Observation>> rejections();

  /**
   * Each respondent's answers, when the ingestion kept them ({@link Ingestion#byRespondent()}).
   *
   * @return the answers of the accepted observations by respondent, or empty if not kept
   */
  public abstract Optional<RespondentAnswers> respondents();

  /**
   * The statistics by period and segment, when the ingestion split them ({@link
   * Ingestion#byPeriod}, {@link Ingestion#bySegment}).
   *
   * @return the statistics by period and segment, or empty if not split
   */
  public abstract Optional<Breakdown> breakdown();

  /**
   * How many observations were read.
   *
   * @return accepted plus rejected
   */
  public long total() {
    return accepted() + rejected();
  }

  @Value.Check
  final void check() {
    RejectionLog.checkCounts("IngestionResult", accepted(), rejected(), rejections().size());
  }

  /**
   * A short form such as {@code IngestionResult[999990 accepted, 10 rejected]}.
   *
   * @return the result in words
   */
  @Override
  public String toString() {
    return "IngestionResult[" + accepted() + " accepted, " + rejected() + " rejected]";
  }
}
