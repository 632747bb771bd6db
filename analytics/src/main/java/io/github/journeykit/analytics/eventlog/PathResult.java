package io.github.journeykit.analytics.eventlog;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.internal.intake.RejectionLog;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of a path analysis: the statistics of the accepted events' cases, how many events
 * were accepted and rejected, and the first rejections with their reasons.
 *
 * <pre>{@code
 * PathResult result = PathAnalysis.of(journey).readCsv(Path.of("events.csv"));
 * result.rejections().forEach(System.err::println);
 * PathSummary summary = result.statistics().summary();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class PathResult {
  PathResult() {}

  /**
   * A result of statistics and counts that a reader of one's own gathered, such as the Spark
   * aggregators, which analyse cases on many machines.
   *
   * @param statistics the statistics of the accepted events' cases
   * @param accepted how many events were accepted
   * @param rejected how many were rejected
   * @param rejections the first rejected ones, with their reasons
   * @return the result
   */
  public static PathResult of(
      PathStatistics statistics, long accepted, long rejected, List<Rejection<Event>> rejections) {
    return ImmutablePathResult.builder()
        .statistics(statistics)
        .accepted(accepted)
        .rejected(rejected)
        .rejections(rejections)
        .build();
  }

  /**
   * The statistics of the cases of the accepted events.
   *
   * @return the statistics
   */
  public abstract PathStatistics statistics();

  /**
   * How many events were accepted.
   *
   * @return the count
   */
  public abstract long accepted();

  /**
   * How many events were rejected.
   *
   * @return the count
   */
  public abstract long rejected();

  /**
   * The first rejections, in input order, each with every rule it breaks.
   *
   * @return the kept rejections
   */
  public abstract List<Rejection<Event>> rejections();

  @Value.Check
  final void check() {
    RejectionLog.checkCounts("PathResult", accepted(), rejected(), rejections().size());
  }

  /**
   * A short form such as {@code PathResult[9412 accepted, 3 rejected, PathStatistics[...]]}.
   *
   * @return the result in words
   */
  @Override
  public String toString() {
    return "PathResult["
        + accepted()
        + " accepted, "
        + rejected()
        + " rejected, "
        + statistics()
        + "]";
  }
}
