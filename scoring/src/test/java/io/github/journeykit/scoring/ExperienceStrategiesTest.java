package io.github.journeykit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.ExperienceGap;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Worked examples of the experience gap, emotion and experience score strategies. */
class ExperienceStrategiesTest {
  private static final Journey SAMPLE = SampleJourneys.broadbandFault();
  private static final ScoringContext CONTEXT = ScoringContext.of(SAMPLE);

  private static Touchpoint gapAt(String id, double perception, double expectation) {
    return Touchpoint.builder(id, "Step " + id, Channel.WEB)
        .addMeasurement(Measurement.of(Metric.PERCEPTION, perception, Scale.LIKERT_7))
        .addMeasurement(Measurement.of(Metric.EXPECTATION, expectation, Scale.LIKERT_7))
        .build();
  }

  /** s1: a = 5 - 6 = -1, b = 6 - 4 = 2; s2: c = 3 - 6 = -3; s3: d = 7 - 7 = 0; s4: no data. */
  private static final Journey SERVQUAL =
      Journey.builder("servqual", "Four stages")
          .addStage(
              Stage.builder("s1", "One")
                  .addTouchpoint(gapAt("a", 5, 6))
                  .addTouchpoint(gapAt("b", 6, 4))
                  .build())
          .addStage(Stage.builder("s2", "Two").addTouchpoint(gapAt("c", 3, 6)).build())
          .addStage(Stage.builder("s3", "Three").addTouchpoint(gapAt("d", 7, 7)).build())
          .addStage(
              Stage.builder("s4", "Four")
                  .addTouchpoint(Touchpoint.of("e", "No data", Channel.APP))
                  .build())
          .build();

  @Test
  void gapIsPerceptionMinusExpectation() {
    Score call =
        ScoringStrategies.experienceGap().score(SAMPLE.touchpoint("call").get(), CONTEXT).get();
    // P - E = 3.4 - 6.1 = -2.7 on the 1-7 scale, so the gap lies on -6..6
    assertEquals(-2.7, call.value(), 1e-12);
    assertEquals(Scale.of(-6, 6, 0), call.scale());
    assertEquals(OptionalLong.of(240), call.sampleSize());
    assertEquals("gap = P - E = 3.4 - 6.1 = -2.7", call.explanation().get());
    // No perception or expectation: no gap.
    assertFalse(
        ScoringStrategies.experienceGap()
            .score(SAMPLE.touchpoint("engineer").get(), CONTEXT)
            .isPresent());
  }

  @Test
  void noScoreWhereScalesDiffer() {
    Touchpoint mixed =
        Touchpoint.builder("m", "Mixed", Channel.WEB)
            .addMeasurement(Measurement.of(Metric.PERCEPTION, 4, Scale.LIKERT_5))
            .addMeasurement(Measurement.of(Metric.EXPECTATION, 6, Scale.LIKERT_7))
            .build();
    assertEquals(Optional.empty(), ScoringStrategies.experienceGap().score(mixed, CONTEXT));
    // A ranking lists it among what it could not score, and core's gap says why.
    Journey journey =
        Journey.builder("mixed", "Mixed")
            .addStage(
                Stage.builder("s", "S")
                    .addTouchpoint(mixed)
                    .addTouchpoint(gapAt("a", 5, 6))
                    .build())
            .build();
    Ranking ranking =
        Prioritizer.by(ScoringStrategies.experienceGap()).rank(ScoringContext.of(journey));
    assertEquals(List.of("a"), ranking.ids());
    assertEquals(List.of("m"), ranking.unscored());
    assertTrue(ExperienceGap.at(mixed).reason().get().endsWith("a gap needs both on one scale"));
  }

  @Test
  void theStrategyScoresCoresExperienceGap() {
    List<Touchpoint> touchpoints = new ArrayList<>(SAMPLE.touchpoints());
    touchpoints.addAll(SERVQUAL.touchpoints());
    touchpoints.add(
        Touchpoint.builder("mixed", "Mixed", Channel.WEB)
            .addMeasurement(Measurement.of(Metric.PERCEPTION, 4, Scale.LIKERT_5))
            .addMeasurement(Measurement.of(Metric.EXPECTATION, 6, Scale.LIKERT_7))
            .build());
    touchpoints.add(
        Touchpoint.builder("perceived", "Perceived only", Channel.WEB)
            .addMeasurement(Measurement.of(Metric.PERCEPTION, 4, Scale.LIKERT_7))
            .build());
    for (Touchpoint touchpoint : touchpoints) {
      OptionalDouble gap = ExperienceGap.at(touchpoint).value();
      Optional<Score> score = ScoringStrategies.experienceGap().score(touchpoint, CONTEXT);
      assertEquals(gap.isPresent(), score.isPresent(), touchpoint.id());
      if (gap.isPresent()) {
        assertEquals(gap.getAsDouble(), score.get().value(), 0, touchpoint.id());
      }
    }
  }

  @Test
  void gapRollsUpToStagesAndJourneys() {
    ScoringContext context = ScoringContext.of(SERVQUAL);
    ScoreSheet stages = ScoringStrategies.experienceGapByStage().scoreAll(context);
    // s1 = (-1 + 2) / 2 = 0.5; s2 = -3; s3 = 0; s4 has no data
    assertEquals(0.5, stages.score("s1").get().value(), 1e-12);
    assertEquals(-3, stages.score("s2").get().value(), 1e-12);
    assertEquals(0, stages.score("s3").get().value(), 1e-12);
    assertFalse(stages.score("s4").isPresent());
    assertEquals(
        "mean of experience-gap over 2 touchpoints = 0.5",
        stages.score("s1").get().explanation().get());
    // Unweighted journey score: mean of the dimension scores = (0.5 - 3 + 0) / 3 = -0.8333...
    Score journey = ScoringStrategies.experienceGapByJourney().score(SERVQUAL, context).get();
    assertEquals(-2.5 / 3, journey.value(), 1e-12);
    assertEquals(
        "mean of experience-gap-stage over 3 stages = -0.833333; without a score: s4",
        journey.explanation().get());
    // In the sample only the call has P and E; its stage "report" also holds the case, without
    // data.
    Score report =
        ScoringStrategies.experienceGapByStage().score(SAMPLE.stage("report").get(), CONTEXT).get();
    assertEquals(-2.7, report.value(), 1e-12);
    assertTrue(report.explanation().get().endsWith("without a score: case"));
  }

  @Test
  void weightedGapSplitsOneHundredPoints() {
    ScoringContext context = ScoringContext.of(SERVQUAL);
    // w = 0.2, 0.5, 0.3: 0.2 x 0.5 + 0.5 x (-3) + 0.3 x 0 = 0.1 - 1.5 + 0 = -1.4
    Score weighted =
        ScoringStrategies.weightedExperienceGap(Map.of("s1", 20.0, "s2", 50.0, "s3", 30.0))
            .score(SERVQUAL, context)
            .get();
    assertEquals(-1.4, weighted.value(), 1e-12);
    assertEquals("s2=-3 x0.5 -> -1.5", weighted.contributions().get(1).toString());
    // A stage without data is left out and the rest rescaled: 0.5 x 0.5 / 0.5 = 0.5
    Score rescaled =
        ScoringStrategies.weightedExperienceGap(Map.of("s1", 50.0, "s4", 50.0))
            .score(SERVQUAL, context)
            .get();
    assertEquals(0.5, rescaled.value(), 1e-12);
    assertTrue(rescaled.explanation().get().contains("rescaled by 1/0.5"));
    assertTrue(rescaled.explanation().get().endsWith("stages without a score: s4"));
    // By name the points are split equally: the unweighted score.
    Score equal =
        StrategyRegistry.builtIns()
            .get("experience-gap-weighted", Subject.JOURNEY)
            .score(SERVQUAL, context)
            .get();
    assertEquals(-2.5 / 3, equal.value(), 1e-12);
  }

  @Test
  void weightedGapChecksItsPoints() {
    ValidationException sum =
        assertThrows(
            ValidationException.class,
            () -> ScoringStrategies.weightedExperienceGap(Map.of("s1", 60.0, "s2", -10.0)));
    assertEquals(
        List.of(
            "points.s2: must not be negative (was -10.0)", "points: must add up to 100 (was 50.0)"),
        sum.violations().stream().map(Violation::toString).collect(Collectors.toList()));
    ValidationException unknown =
        assertThrows(
            ValidationException.class,
            () ->
                ScoringStrategies.weightedExperienceGap(Map.of("nowhere", 100.0))
                    .score(SERVQUAL, ScoringContext.of(SERVQUAL)));
    assertEquals("points.nowhere", unknown.violations().get(0).path());
  }

  @Test
  void emotionRelativeToTheBaselineAndPainDepth() {
    ScoreSheet emotion = ScoringStrategies.emotion().scoreAll(CONTEXT);
    // status-page -1, call -1.6, engineer 1.2 on -2..2 with baseline 0
    assertEquals(-1, emotion.score("status-page").get().value(), 1e-12);
    assertEquals(-1.6, emotion.score("call").get().value(), 1e-12);
    assertEquals(1.2, emotion.score("engineer").get().value(), 1e-12);
    assertEquals(Scale.of(-2, 2, 0), emotion.score("call").get().scale());
    assertEquals(
        "emotion -1.6 is -1.6 from the baseline 0 (pain point)",
        emotion.score("call").get().explanation().get());
    ScoreSheet depth = ScoringStrategies.painDepth().scoreAll(CONTEXT);
    assertEquals(1.6, depth.score("call").get().value(), 1e-12);
    assertEquals(0, depth.score("engineer").get().value());
    assertFalse(depth.score("call").get().scale().higherIsBetter());
    // Least pain first, as on any lower-is-better scale.
    assertEquals(List.of("engineer", "status-page", "call"), depth.ranking());
    // A stage's level: the mean of its touchpoints that have an emotion. Report holds the call
    // (-1.6) and the case, which has none; confirm has no emotion at all, so no score.
    ScoreSheet stages = ScoringStrategies.emotionByStage().scoreAll(CONTEXT);
    assertEquals(-1, stages.score("notice").get().value(), 1e-12);
    assertEquals(-1.6, stages.score("report").get().value(), 1e-12);
    assertEquals(1.2, stages.score("fix").get().value(), 1e-12);
    assertEquals(Optional.empty(), stages.score("confirm"));
    assertEquals("emotion-stage", stages.label());
    // Two touchpoints: (-2 + 1) / 2 = -0.5
    Stage two =
        Stage.builder("two", "Two")
            .addTouchpoint(
                Touchpoint.builder("low", "Low", Channel.WEB)
                    .addMeasurement(Measurement.of(Metric.EMOTION, -2, Scale.EMOTION))
                    .build())
            .addTouchpoint(
                Touchpoint.builder("high", "High", Channel.WEB)
                    .addMeasurement(Measurement.of(Metric.EMOTION, 1, Scale.EMOTION))
                    .build())
            .build();
    assertEquals(-0.5, ScoringStrategies.emotionByStage().score(two, CONTEXT).get().value(), 1e-12);
    // The journey's curve: mean (-1 - 1.6 + 1.2) / 3 = -0.4666...; deepest pain 1.6
    assertEquals(
        -1.4 / 3, ScoringStrategies.emotionByJourney().score(SAMPLE, CONTEXT).get().value(), 1e-12);
    assertEquals(1.6, ScoringStrategies.deepestPain().score(SAMPLE, CONTEXT).get().value(), 1e-12);
    // On a 1-5 scale with baseline 3 where lower is better, 4 is 1 on the bad side.
    Touchpoint effort =
        Touchpoint.builder("x", "X", Channel.WEB)
            .addMeasurement(Measurement.of(Metric.EMOTION, 4, Scale.CES_EFFORT_ANSWER))
            .build();
    Score reversed = ScoringStrategies.emotion().score(effort, CONTEXT).get();
    assertEquals(-1, reversed.value());
    assertEquals(Scale.of(-2, 2, 0), reversed.scale());
    assertEquals(1, ScoringStrategies.painDepth().score(effort, CONTEXT).get().value());
  }

  @Test
  void emotionNeedsABaseline() {
    Touchpoint plain =
        Touchpoint.builder("x", "X", Channel.WEB)
            .addMeasurement(Measurement.of(Metric.EMOTION, 4, Scale.of(1, 5)))
            .build();
    assertThrows(
        ValidationException.class, () -> ScoringStrategies.emotion().score(plain, CONTEXT));
  }

  private static Touchpoint costly(String id, double cost, Double volume) {
    Touchpoint.Builder touchpoint =
        Touchpoint.builder(id, "Step " + id, Channel.WEB)
            .addMeasurement(Measurement.of(Metric.COST, cost, Scale.atLeast(0)));
    if (volume != null) {
      touchpoint.addMeasurement(Measurement.of(Metric.VOLUME, volume, Scale.atLeast(0)));
    }
    return touchpoint.build();
  }

  /** t1: cost 10, volume 1000; t2: cost 30, volume 500; t3: cost 20, no volume. */
  private static final Journey COSTS =
      Journey.builder("costs", "Costs")
          .addStage(
              Stage.builder("s", "S")
                  .addTouchpoint(costly("t1", 10, 1000.0))
                  .addTouchpoint(costly("t2", 30, 500.0))
                  .build())
          .addStage(Stage.builder("u", "U").addTouchpoint(costly("t3", 20, null)).build())
          .build();

  @Test
  void experienceScoreWeighsCriteriaOnOneToHundred() {
    ExperienceCriterion cost =
        ExperienceCriterion.builder()
            .name("cost")
            .metric(Metric.COST)
            .weight(3)
            .low(0)
            .high(40)
            .build();
    ExperienceCriterion volume = ExperienceCriterion.of("volume", Metric.VOLUME, 1);
    ScoreSheet sheet =
        ScoringStrategies.experienceScore(Subject.TOUCHPOINT, List.of(cost, volume))
            .scoreAll(ScoringContext.of(COSTS));
    // t1: cost 10 / 40 = 0.25; volume between 500 and 1000 (from the journey) = 1
    //     1 + 99 x (0.75 x 0.25 + 0.25 x 1) = 1 + 99 x 0.4375 = 44.3125
    Score t1 = sheet.score("t1").get();
    assertEquals(44.3125, t1.value(), 1e-9);
    assertEquals(Scale.SCORE_100, t1.scale());
    assertEquals(
        "cost=10 x0.75 -> 18.5625 (higher raises; bounds [0..40])",
        t1.contributions().get(0).toString());
    assertEquals(
        "volume=1000 x0.25 -> 24.75 (higher raises; bounds [500..1000] from 2 touchpoints)",
        t1.contributions().get(1).toString());
    assertEquals("1 + 99 x (0.75 x 0.25 + 0.25 x 1) = 44.3125", t1.explanation().get());
    // t2: 1 + 99 x (0.75 x 0.75 + 0.25 x 0) = 1 + 99 x 0.5625 = 56.6875
    assertEquals(56.6875, sheet.score("t2").get().value(), 1e-9);
    // t3: no volume, so cost alone: 1 + 99 x 0.5 = 50.5
    Score t3 = sheet.score("t3").get();
    assertEquals(50.5, t3.value(), 1e-9);
    assertTrue(t3.explanation().get().endsWith("no data, left out: volume"));
    assertEquals(List.of("t2", "t3", "t1"), sheet.ranking());
  }

  @Test
  void experienceScoreDirectionsAndRollups() {
    // Lower cost raises the score: t1 = 1 - 10 / 40 = 0.75 -> 1 + 99 x 0.75 = 75.25
    ExperienceCriterion cheap =
        ExperienceCriterion.builder()
            .name("cheap")
            .metric(Metric.COST)
            .weight(1)
            .higherRaisesScore(false)
            .low(0)
            .high(40)
            .build();
    assertEquals(
        75.25,
        ScoringStrategies.experienceScore(Subject.TOUCHPOINT, List.of(cheap))
            .score(COSTS.touchpoint("t1").get(), ScoringContext.of(COSTS))
            .get()
            .value(),
        1e-9);
    // Stage s sums its costs, 10 + 30 = 40, which is the top of 0..80: 1 + 99 x 0.5 = 50.5
    ExperienceCriterion summed =
        ExperienceCriterion.builder()
            .name("cost")
            .metric(Metric.COST)
            .weight(1)
            .rollup(Rollup.SUM)
            .low(0)
            .high(80)
            .build();
    assertEquals(
        50.5,
        ScoringStrategies.experienceScore(Subject.STAGE, List.of(summed))
            .score(COSTS.stage("s").get(), ScoringContext.of(COSTS))
            .get()
            .value(),
        1e-9);
    // By name, a journey on its own sits in the middle of each criterion it has data for.
    Score journey =
        StrategyRegistry.builtIns()
            .get("experience-score", Subject.JOURNEY)
            .score(COSTS, ScoringContext.of(COSTS))
            .get();
    assertEquals(50.5, journey.value(), 1e-9);
    assertTrue(
        journey.explanation().get().endsWith("left out: potential sales, strategic contribution"));
    // Without any criterion's data: no score.
    assertEquals(
        Optional.empty(),
        ScoringStrategies.experienceScore().score(SERVQUAL, ScoringContext.of(SERVQUAL)));
  }

  @Test
  void experienceCriteriaAreChecked() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                ExperienceCriterion.builder()
                    .name(" ")
                    .metric(Metric.COST)
                    .weight(0)
                    .low(5)
                    .build());
    assertEquals(
        List.of("name", "weight", "high"),
        e.violations().stream().map(Violation::path).collect(Collectors.toList()));
    assertThrows(
        ValidationException.class,
        () ->
            ExperienceCriterion.builder()
                .name("c")
                .metric(Metric.COST)
                .weight(1)
                .low(5)
                .high(5)
                .build());
    assertThrows(
        ValidationException.class,
        () -> ScoringStrategies.experienceScore(Subject.ACTION, ScoringStrategies.seedCriteria()));
    assertThrows(
        ValidationException.class,
        () -> ScoringStrategies.experienceScore(Subject.JOURNEY, List.of()));
    assertEquals(
        "cost per customer: cost x1, higher raises, sum",
        ScoringStrategies.seedCriteria().get(0).toString());
  }
}
