package io.github.journeykit.scoring;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.analytics.observation.Breakdown;
import io.github.journeykit.analytics.observation.MetricStatistics;
import io.github.journeykit.analytics.observation.ReportingPeriod;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.trend.MeasuredChange;
import io.github.journeykit.core.trend.MetricTrend;
import io.github.journeykit.core.trend.TrendPoint;
import io.github.journeykit.core.trend.Trends;
import io.github.journeykit.scoring.internal.Differences;
import io.github.journeykit.scoring.internal.NetPromoter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Whether a figure changed between two periods (or two segments), and whether the change is real:
 * the difference with its confidence interval and a verdict, improved, worsened or no clear change
 * at the stated level, better meaning the scale's better direction.
 *
 * <ul>
 *   <li>Means (CSAT, CES, emotion, any metric but NPS): Welch's t interval of the difference of two
 *       means (B. L. Welch, "The generalization of 'Student's' problem when several different
 *       population variances are involved", Biometrika, 1947), its degrees of freedom by
 *       Welch-Satterthwaite; no interval with fewer than two answers on a side.
 *   <li>NPS: the difference of two scores, {@code z sqrt(Var1 + Var2)} with each variance from the
 *       trinomial formula {@code 100^2 [p + d - (p - d)^2] / n}, cut to -200..200.
 *   <li>Top-2-box shares: Newcombe's hybrid score interval from the two Wilson intervals (R. G.
 *       Newcombe, "Interval estimation for the difference between independent proportions:
 *       comparison of eleven methods", Statistics in Medicine, 1998, method 10), in points.
 * </ul>
 *
 * <pre>{@code
 * Breakdown byQuarter = Ingestion.against(journey)
 *     .byPeriod(PeriodLength.QUARTER, ZoneOffset.UTC).run(answers).breakdown().orElseThrow();
 * MetricStatistics q3 = byQuarter.period(q3Period).get("call", Metric.CSAT).orElseThrow();
 * MetricStatistics q4 = byQuarter.period(q3Period.next()).get("call", Metric.CSAT).orElseThrow();
 * MeasuredChange change = Changes.between(Metric.CSAT, Scale.CSAT_ANSWER, q3, q4, 0.95);
 * change.verdict();   // IMPROVED, WORSENED or NO_CLEAR_CHANGE
 *
 * Trends trends = Changes.trends(journey, byQuarter, 0.95);   // every measured touchpoint
 * }</pre>
 */
public final class Changes {
  private Changes() {}

  /**
   * The change of a metric's headline figure: of the Net Promoter Score for {@link Metric#NPS},
   * else of the mean.
   *
   * @param metric the metric
   * @param scale the scale the answers lie on, for the better direction
   * @param before the answers before
   * @param after the answers after
   * @param level the confidence level, between 0 and 1 exclusive
   * @return the change
   * @throws ValidationException if a side holds no answer, the level is out of range, or NPS
   *     answers are not whole points from 0 to 10
   */
  public static MeasuredChange between(
      Metric metric, Scale scale, MetricStatistics before, MetricStatistics after, double level) {
    requireNonNull(metric, "metric");
    return metric.equals(Metric.NPS)
        ? ofNps(before, after, level)
        : ofMeans(scale, before, after, level);
  }

  /**
   * The change of the mean, by Welch's t interval.
   *
   * @param scale the scale the answers lie on, for the better direction
   * @param before the answers before
   * @param after the answers after
   * @param level the confidence level, between 0 and 1 exclusive
   * @return the change; without interval, and no clear change, with fewer than two answers on a
   *     side
   * @throws ValidationException if a side holds no answer or the level is out of range
   */
  public static MeasuredChange ofMeans(
      Scale scale, MetricStatistics before, MetricStatistics after, double level) {
    check(scale, before, after, level);
    return Differences.means(scale, before, after, level);
  }

  /**
   * The change of the Net Promoter Score, in points.
   *
   * @param before the answers before, whole points from 0 to 10
   * @param after the answers after, likewise
   * @param level the confidence level, between 0 and 1 exclusive
   * @return the change
   * @throws ValidationException if a side holds no answer or answers off the 0-10 points, or the
   *     level is out of range
   */
  public static MeasuredChange ofNps(
      MetricStatistics before, MetricStatistics after, double level) {
    check(Scale.NPS, before, after, level);
    return Differences.nps(before, after, level);
  }

  /**
   * The change of the top-2-box share (answers 4 and 5 on the 1-5 satisfaction scale), in points of
   * percent, by Newcombe's hybrid score interval.
   *
   * @param scale the scale the answers lie on, for the better direction
   * @param before the answers before
   * @param after the answers after
   * @param level the confidence level, between 0 and 1 exclusive
   * @return the change
   * @throws ValidationException if a side holds no answer or the level is out of range
   */
  public static MeasuredChange ofTopTwoBox(
      Scale scale, MetricStatistics before, MetricStatistics after, double level) {
    check(scale, before, after, level);
    return Differences.topTwoBox(scale, before, after, level);
  }

  /**
   * The trend of every metric measured at a touchpoint of the journey, over the periods of the
   * breakdown: its headline figure ({@link #between}) in each period with answers, and the change
   * from the last period but one to the last. Touchpoints come in the journey's order, metrics by
   * name; touchpoints of other journeys are left out.
   *
   * @param journey the journey measured
   * @param breakdown statistics by period ({@link
   *     io.github.journeykit.analytics.observation.Ingestion#byPeriod})
   * @param level the confidence level of the changes, between 0 and 1 exclusive
   * @return the trends
   * @throws ValidationException if the breakdown is not by period, or the level is out of range
   */
  public static Trends trends(Journey journey, Breakdown breakdown, double level) {
    requireNonNull(journey, "journey");
    requireNonNull(breakdown, "breakdown");
    checkLevel(level);
    if (breakdown.periodLength().isEmpty()) {
      throw new ValidationException(
          "Changes",
          List.of(
              Violation.of(
                  "breakdown", "must be split by period (Ingestion.byPeriod)", breakdown)));
    }
    List<ReportingPeriod> periods = breakdown.periods();
    List<Map<String, Map<Metric, MetricStatistics>>> byPeriod = new ArrayList<>();
    for (ReportingPeriod period : periods) {
      byPeriod.add(breakdown.period(period).byTouchpoint());
    }
    List<MetricTrend> trends = new ArrayList<>();
    for (Touchpoint touchpoint : journey.touchpoints()) {
      TreeSet<Metric> metrics = new TreeSet<>(Comparator.comparing(Metric::name));
      for (Map<String, Map<Metric, MetricStatistics>> statistics : byPeriod) {
        metrics.addAll(statistics.getOrDefault(touchpoint.id(), Map.of()).keySet());
      }
      for (Metric metric : metrics) {
        trend(touchpoint, metric, periods, byPeriod, level).ifPresent(trends::add);
      }
    }
    return Trends.of(breakdown.periodLength().get().name(), level, trends);
  }

  private static Optional<MetricTrend> trend(
      Touchpoint touchpoint,
      Metric metric,
      List<ReportingPeriod> periods,
      List<Map<String, Map<Metric, MetricStatistics>>> byPeriod,
      double level) {
    Optional<Scale> answerScale = touchpoint.scaleOf(metric);
    if (answerScale.isEmpty()) {
      return Optional.empty();
    }
    List<ReportingPeriod> answeredIn = new ArrayList<>();
    List<MetricStatistics> answered = new ArrayList<>();
    boolean nps = metric.equals(Metric.NPS);
    for (int i = 0; i < periods.size(); i++) {
      MetricStatistics statistics =
          byPeriod.get(i).getOrDefault(touchpoint.id(), Map.of()).get(metric);
      if (statistics != null && statistics.count() > 0) {
        nps &= statistics.answers(0, 10) == statistics.count();
        answeredIn.add(periods.get(i));
        answered.add(statistics);
      }
    }
    if (answered.isEmpty()) {
      return Optional.empty();
    }
    // NPS where every answer is a whole point from 0 to 10, else the mean.
    List<TrendPoint> points = new ArrayList<>();
    for (int i = 0; i < answered.size(); i++) {
      MetricStatistics statistics = answered.get(i);
      double value =
          nps
              ? NetPromoter.score(
                  statistics.promoters(), statistics.detractors(), statistics.count())
              : statistics.mean().getAsDouble();
      ReportingPeriod period = answeredIn.get(i);
      points.add(TrendPoint.of(period.label(), period.start(), value, statistics.count()));
    }
    MeasuredChange change = null;
    if (answered.size() >= 2) {
      MetricStatistics before = answered.get(answered.size() - 2);
      MetricStatistics after = answered.get(answered.size() - 1);
      change =
          nps
              ? Differences.nps(before, after, level)
              : Differences.means(answerScale.get(), before, after, level);
    }
    MetricTrend.Builder trend =
        MetricTrend.builder()
            .touchpointId(touchpoint.id())
            .metric(metric)
            .figure(nps ? "NPS" : "mean")
            .scale(nps ? Scale.NPS : answerScale.get())
            .addAllPoints(points);
    if (change != null) {
      trend.change(change);
    }
    return Optional.of(trend.build());
  }

  private static void check(
      Scale scale, MetricStatistics before, MetricStatistics after, double level) {
    requireNonNull(scale, "scale");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    checkLevel(level);
  }

  private static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new ValidationException(
          "Changes", List.of(Violation.of("level", "must lie between 0 and 1 exclusive", level)));
    }
  }
}
