package io.github.journeykit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.journeykit.analytics.fixtures.Answers;
import io.github.journeykit.analytics.observation.Breakdown;
import io.github.journeykit.analytics.observation.Ingestion;
import io.github.journeykit.analytics.observation.MetricStatistics;
import io.github.journeykit.analytics.observation.Observation;
import io.github.journeykit.analytics.observation.PeriodLength;
import io.github.journeykit.analytics.observation.ReportingPeriod;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.score.ConfidenceInterval;
import io.github.journeykit.core.trend.ChangeVerdict;
import io.github.journeykit.core.trend.MeasuredChange;
import io.github.journeykit.core.trend.MetricTrend;
import io.github.journeykit.core.trend.Trends;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The change between two periods: worked examples checked against independent references (SciPy's
 * Welch test, Newcombe's own example), the verdict's direction, and a series against itself.
 */
class ChangesTest {
  private static MetricStatistics answers(double... values) {
    return MetricStatistics.of(values);
  }

  private static MetricStatistics repeated(int... countsAndValues) {
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < countsAndValues.length; i += 2) {
      for (int k = 0; k < countsAndValues[i]; k++) {
        values.add((double) countsAndValues[i + 1]);
      }
    }
    return MetricStatistics.of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  @Test
  void welchsIntervalOfTwoMeans() {
    // Before 3, 4, 5, 3, 4: mean 3.8, variance 0.7. After 4, 5, 5, 4, 5, 5: mean 4.6667, variance
    // 0.26667. se = sqrt(0.7 / 5 + 0.26667 / 6) = 0.42947; df = 0.18444^2 / (0.14^2 / 4 +
    // 0.044444^2 / 5) = 6.4248. SciPy (ttest_ind, equal_var=False) gives [-0.167593, 1.900926].
    MeasuredChange change =
        Changes.ofMeans(Scale.CSAT_ANSWER, answers(3, 4, 5, 3, 4), answers(4, 5, 5, 4, 5, 5), 0.95);
    assertEquals(0.8666666667, change.difference(), 1e-9);
    ConfidenceInterval interval = change.interval().orElseThrow();
    assertEquals(-0.1675930153, interval.lower(), 1e-7);
    assertEquals(1.9009263486, interval.upper(), 1e-7);
    assertEquals("welch", interval.method());
    assertEquals(ChangeVerdict.NO_CLEAR_CHANGE, change.verdict());
    assertEquals(
        "mean 4.66667 - 3.8 = 0.866667; Welch's t: se = sqrt(0.7 / 5 + 0.266667 / 6) = 0.42947,"
            + " df 6.42481, t 2.40822: [-0.167593, 1.90093] at 95%, no clear change",
        change.explanation());
    assertEquals(
        "MeasuredChange[3.8 -> 4.66667: +0.866667 [-0.167593, 1.90093] no clear change]",
        change.toString());
  }

  @Test
  void newcombesHybridScoreIntervalAsPublished() {
    // Newcombe (1998), example (a): 56/70 against 48/80, difference 0.2, interval 0.0524 to
    // 0.3339. As top-2-box answers: 56 fives of 70 after, 48 fours of 80 before.
    MeasuredChange change =
        Changes.ofTopTwoBox(
            Scale.CSAT_ANSWER, repeated(48, 4, 32, 2), repeated(56, 5, 14, 1), 0.95);
    assertEquals(20, change.difference(), 1e-9);
    assertEquals(5.2431472402, change.interval().get().lower(), 1e-8);
    assertEquals(33.3872654037, change.interval().get().upper(), 1e-8);
    assertEquals("newcombe", change.interval().get().method());
    assertEquals(ChangeVerdict.IMPROVED, change.verdict());
  }

  @Test
  void theDifferenceOfTwoNetPromoterScores() {
    // Before 10 answers: 5 promoters, 3 detractors: NPS 20, Var = 100^2 (0.5 + 0.3 - 0.2^2) / 10
    // = 760. After 20: 14 promoters, 2 detractors: NPS 60, Var = 100^2 (0.7 + 0.1 - 0.6^2) / 20 =
    // 220. 40 +/- 1.96 sqrt(980) = [-21.3566, 101.3566].
    MetricStatistics before = repeated(3, 10, 2, 9, 2, 8, 3, 2);
    MetricStatistics after = repeated(7, 10, 7, 9, 4, 7, 2, 0);
    MeasuredChange change = Changes.between(Metric.NPS, Scale.NPS_ANSWER, before, after, 0.95);
    assertEquals(20, change.before(), 1e-12);
    assertEquals(60, change.after(), 1e-12);
    assertEquals(-21.3565778404, change.interval().get().lower(), 1e-8);
    assertEquals(101.3565778404, change.interval().get().upper(), 1e-8);
    assertEquals(ChangeVerdict.NO_CLEAR_CHANGE, change.verdict());
    // Ten times the answers in the same shares: the interval no longer holds 0.
    MetricStatistics moreBefore = repeated(30, 10, 20, 9, 20, 8, 30, 2);
    MetricStatistics moreAfter = repeated(70, 10, 70, 9, 40, 7, 20, 0);
    assertEquals(
        ChangeVerdict.IMPROVED,
        Changes.between(Metric.NPS, Scale.NPS_ANSWER, moreBefore, moreAfter, 0.95).verdict());
    assertEquals(
        ChangeVerdict.WORSENED,
        Changes.between(Metric.NPS, Scale.NPS_ANSWER, moreAfter, moreBefore, 0.95).verdict());
  }

  @Test
  void betterFollowsTheScale() {
    Scale minutes = Scale.builder().min(0).max(120).higherIsBetter(false).build();
    MetricStatistics before = answers(30, 32, 35, 31, 33, 34);
    MetricStatistics after = answers(20, 22, 21, 19, 23, 20);
    assertEquals(ChangeVerdict.IMPROVED, Changes.ofMeans(minutes, before, after, 0.95).verdict());
    assertEquals(ChangeVerdict.WORSENED, Changes.ofMeans(minutes, after, before, 0.95).verdict());
    // The same fall on a scale where higher is better is a worsening.
    Scale score = Scale.builder().min(0).max(120).build();
    assertEquals(ChangeVerdict.WORSENED, Changes.ofMeans(score, before, after, 0.95).verdict());
  }

  @Test
  void tooFewAnswersGiveNoInterval() {
    MeasuredChange change = Changes.ofMeans(Scale.CSAT_ANSWER, answers(5), answers(1, 2), 0.95);
    assertEquals(ChangeVerdict.NO_CLEAR_CHANGE, change.verdict());
    assertTrue(change.interval().isEmpty());
    assertEquals(
        "mean 1.5 - 5 = -3.5; no interval: Welch's t needs two answers or more on each side (had 1"
            + " and 2)",
        change.explanation());
  }

  @Test
  void badInputIsNamed() {
    ValidationException level =
        assertThrows(
            ValidationException.class,
            () -> Changes.ofMeans(Scale.CSAT_ANSWER, answers(1, 2), answers(1, 2), 1));
    assertEquals(
        "Changes is invalid: level: must lie between 0 and 1 exclusive (was 1.0)",
        level.getMessage());
    ValidationException empty =
        assertThrows(
            ValidationException.class,
            () -> Changes.ofMeans(Scale.CSAT_ANSWER, MetricStatistics.empty(), answers(1), 0.9));
    assertEquals(
        "Changes is invalid: before: must hold at least one answer (was 0)", empty.getMessage());
    ValidationException halves =
        assertThrows(ValidationException.class, () -> Changes.ofNps(answers(-1), answers(9), 0.9));
    assertEquals(
        "before is invalid: statistics.nps: must hold answers from 0 to 10 only; 1 of 1 are not"
            + " (was 1)",
        halves.getMessage());
    assertThrows(NullPointerException.class, () -> Changes.ofNps(null, answers(9), 0.9));
  }

  @Test
  void aSeriesAgainstItselfIsNoClearChange() {
    qt().forAll(lists().of(integers().between(0, 10)).ofSizeBetween(1, 300))
        .checkAssert(
            values -> {
              MetricStatistics same =
                  MetricStatistics.of(values.stream().mapToDouble(Integer::doubleValue).toArray());
              for (MeasuredChange change :
                  List.of(
                      Changes.ofMeans(Scale.NPS_ANSWER, same, same, 0.95),
                      Changes.ofNps(same, same, 0.95),
                      Changes.ofTopTwoBox(Scale.NPS_ANSWER, same, same, 0.95))) {
                assertEquals(0, change.difference(), 0, change.toString());
                assertEquals(ChangeVerdict.NO_CLEAR_CHANGE, change.verdict(), change.toString());
              }
            });
  }

  @Test
  void trendsOfAJourneyOverQuarters() {
    Journey journey = SampleJourneys.broadbandFault();
    List<Observation> observations = new ArrayList<>();
    Instant q3 = Instant.parse("2026-08-01T10:00:00Z");
    Instant q4 = Instant.parse("2026-11-01T10:00:00Z");
    double[] before = {3, 4, 5, 3, 4};
    double[] after = {4, 5, 5, 4, 5, 5};
    for (int i = 0; i < before.length; i++) {
      observations.add(
          Observation.of("call", Metric.CSAT, before[i], q3.plusSeconds(60L * i), Answers.PULSE));
    }
    for (int i = 0; i < after.length; i++) {
      observations.add(
          Observation.of("call", Metric.CSAT, after[i], q4.plusSeconds(60L * i), Answers.PULSE));
    }
    observations.add(Observation.of("sms-confirm", Metric.NPS, 9, q4, Answers.PULSE));
    Breakdown breakdown =
        Ingestion.against(journey)
            .byPeriod(PeriodLength.QUARTER, ZoneOffset.UTC)
            .run(observations)
            .breakdown()
            .orElseThrow();
    Trends trends = Changes.trends(journey, breakdown, 0.95);
    assertEquals("Trends[QUARTER: 2 measured]", trends.toString());
    MetricTrend csat = trends.get("call", Metric.CSAT).orElseThrow();
    assertEquals(
        "MetricTrend[call csat mean: 2026-Q3 3.8 (n=5), 2026-Q4 4.66667 (n=6); no clear change]",
        csat.toString());
    ReportingPeriod third = PeriodLength.QUARTER.periodOf(LocalDate.of(2026, 7, 1));
    assertEquals(
        Changes.between(
            Metric.CSAT,
            Scale.CSAT_ANSWER,
            breakdown.period(third).get("call", Metric.CSAT).get(),
            breakdown.period(third.next()).get("call", Metric.CSAT).get(),
            0.95),
        csat.change().orElseThrow());
    MetricTrend nps = trends.get("sms-confirm", Metric.NPS).orElseThrow();
    assertEquals("NPS", nps.figure());
    assertEquals(100, nps.points().get(0).value());
    assertTrue(nps.change().isEmpty());
    ValidationException notByPeriod =
        assertThrows(
            ValidationException.class,
            () ->
                Changes.trends(
                    journey,
                    Ingestion.against(journey)
                        .bySegment("source")
                        .run(observations)
                        .breakdown()
                        .orElseThrow(),
                    0.95));
    assertTrue(
        notByPeriod.getMessage().contains("breakdown: must be split by period"),
        notByPeriod.getMessage());
  }
}
