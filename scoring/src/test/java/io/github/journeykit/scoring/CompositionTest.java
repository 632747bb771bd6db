package io.github.journeykit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Weighted composites and normalisation, with the arithmetic in the comments. */
class CompositionTest {
  private static final Journey JOURNEY = SampleJourneys.broadbandFault();
  private static final ScoringContext CONTEXT = ScoringContext.of(JOURNEY);

  private static WeightedComposite<Touchpoint> health() {
    return WeightedComposite.builder("health", Subject.TOUCHPOINT)
        .add(ScoringStrategies.emotion(), 3)
        .add(ScoringStrategies.experienceGap(), 1)
        .build();
  }

  @Test
  void compositeWeighsPositionsOnEachScale() {
    // call: emotion -1.6 on -2..2 is at (-1.6 + 2) / 4 = 0.1; gap -2.7 on -6..6 at 3.3 / 12 = 0.275
    // weights 3 and 1 -> 0.75 and 0.25: 1 + 99 x (0.75 x 0.1 + 0.25 x 0.275) = 1 + 99 x 0.14375
    // = 15.23125
    Score call = health().score(JOURNEY.touchpoint("call").get(), CONTEXT).get();
    assertEquals(15.23125, call.value(), 1e-9);
    assertEquals(Scale.SCORE_100, call.scale());
    assertEquals(
        "emotion=-1.6 x0.75 -> 7.425 (position 0.1 on [-2..2])",
        call.contributions().get(0).toString());
    // engineer has no gap: emotion alone, 1.2 at 3.2 / 4 = 0.8: 1 + 99 x 0.8 = 80.2
    Score engineer = health().score(JOURNEY.touchpoint("engineer").get(), CONTEXT).get();
    assertEquals(80.2, engineer.value(), 1e-9);
    assertTrue(engineer.explanation().get().endsWith("left out: experience-gap"));
    // case has neither: no score.
    assertEquals(Optional.empty(), health().score(JOURNEY.touchpoint("case").get(), CONTEXT));
    assertEquals("health (touchpoint) = 3 emotion + 1 experience-gap", health().toString());
    assertEquals(List.of(3.0, 1.0), health().weights());
    assertEquals(
        List.of("emotion", "experience-gap"),
        health().parts().stream().map(ScoringStrategy::name).collect(Collectors.toList()));
    // Lower-is-better scales count from their best end: pain depth 1.6 on 0..2 is at 1 - 0.8 = 0.2
    Score pain =
        WeightedComposite.builder("pain", Subject.TOUCHPOINT)
            .add(ScoringStrategies.painDepth(), 1)
            .build()
            .score(JOURNEY.touchpoint("call").get(), CONTEXT)
            .get();
    assertEquals(1 + 99 * 0.2, pain.value(), 1e-9);
  }

  @Test
  void compositeChecksItsWeightsAndNamesTheFailingPart() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                WeightedComposite.builder("bad", Subject.TOUCHPOINT)
                    .add(ScoringStrategies.emotion(), 0)
                    .add(ScoringStrategies.emotion(), Double.NaN)
                    .build());
    assertEquals(
        List.of("parts[0].weight", "parts[1].name", "parts[1].weight"),
        e.violations().stream().map(Violation::path).collect(Collectors.toList()));
    assertThrows(
        ValidationException.class,
        () -> WeightedComposite.builder("empty", Subject.ACTION).build());
    ValidationException unbounded =
        assertThrows(
            ValidationException.class,
            () ->
                WeightedComposite.builder("mix", Subject.ACTION)
                    .add(ScoringStrategies.rice(), 1)
                    .build()
                    .score(JOURNEY.action("eta-sms").get(), CONTEXT));
    assertEquals("parts[0] (rice).scale", unbounded.violations().get(0).path());
    ScoringStrategy<Touchpoint> broken =
        ScoringStrategy.of(
            "broken",
            Subject.TOUCHPOINT,
            (t, c) -> {
              throw new ArithmeticException("division by zero");
            });
    IllegalStateException failed =
        assertThrows(
            IllegalStateException.class,
            () ->
                WeightedComposite.builder("c", Subject.TOUCHPOINT)
                    .add(broken, 1)
                    .build()
                    .score(JOURNEY.touchpoint("call").get(), CONTEXT));
    assertTrue(failed.getMessage().contains("parts[0] (broken) failed"), failed.getMessage());
    ValidationException data =
        assertThrows(
            ValidationException.class,
            () ->
                WeightedComposite.builder("c", Subject.TOUCHPOINT)
                    .add(
                        ScoringStrategy.of(
                            "strict",
                            Subject.TOUCHPOINT,
                            (t, c) -> {
                              throw new ValidationException("X", List.of(Violation.of("p", "r")));
                            }),
                        1)
                    .build()
                    .score(JOURNEY.touchpoint("call").get(), CONTEXT));
    assertEquals("parts[0] (strict).p", data.violations().get(0).path());
  }

  @Test
  void minMaxNormalisation() {
    ScoreSheet rice = ScoringStrategies.rice().scoreAll(CONTEXT);
    ScoreSheet on100 = Normalization.MIN_MAX.apply(rice);
    // 2250 .. 9000: eta-sms 100, line-test-training 1,
    // case-handoff 1 + 99 x (7200 - 2250) / (9000 - 2250) = 1 + 99 x 4950 / 6750 = 73.6
    assertEquals(100, on100.score("eta-sms").get().value(), 1e-9);
    assertEquals(1, on100.score("line-test-training").get().value(), 1e-9);
    assertEquals(73.6, on100.score("case-handoff").get().value(), 1e-9);
    assertEquals(rice.ranking(), on100.ranking());
    assertEquals("rice (min-max 1-100)", on100.label());
    assertEquals("RICE=7200", on100.score("case-handoff").get().contributions().get(0).toString());
    // Lower is better: pain depths 1 (status-page), 1.6 (call), 0 (engineer) turn round.
    ScoreSheet pain = Normalization.MIN_MAX.apply(ScoringStrategies.painDepth().scoreAll(CONTEXT));
    assertEquals(100, pain.score("engineer").get().value(), 1e-9);
    assertEquals(1, pain.score("call").get().value(), 1e-9);
    // 1 + 99 x (-1 + 1.6) / 1.6 = 1 + 99 x 0.375 = 38.125
    assertEquals(38.125, pain.score("status-page").get().value(), 1e-9);
    // All equal: the middle.
    ScoreSheet one =
        Normalization.MIN_MAX.apply(
            ScoreSheet.builder().label("x").putScore("a", rice.score("eta-sms").get()).build());
    assertEquals(50.5, one.score("a").get().value());
  }

  @Test
  void percentileRankNormalisation() {
    Score.Builder base = Score.builder().scale(Scale.atLeast(0)).label("S");
    ScoreSheet raw =
        ScoreSheet.builder()
            .label("raw")
            .putScore("a", base.value(10).build())
            .putScore("b", base.value(20).build())
            .putScore("c", base.value(20).build())
            .putScore("d", base.value(1000).build())
            .build();
    ScoreSheet ranks = Normalization.PERCENTILE_RANK.apply(raw);
    // a: (0 below + 1 equal / 2) / 4 = 0.125 -> 1 + 99 x 0.125 = 13.375
    assertEquals(13.375, ranks.score("a").get().value(), 1e-9);
    // b, c: (1 + 2 / 2) / 4 = 0.5 -> 50.5
    assertEquals(50.5, ranks.score("b").get().value(), 1e-9);
    assertEquals(50.5, ranks.score("c").get().value(), 1e-9);
    // d: (3 + 1 / 2) / 4 = 0.875 -> 87.625, however far the outlier lies
    assertEquals(87.625, ranks.score("d").get().value(), 1e-9);
    assertEquals(
        "percentile rank: 1 + 99 x (3 + 1 / 2) / 4 = 87.625",
        ranks.score("d").get().explanation().get());
    assertEquals(
        0,
        Normalization.PERCENTILE_RANK
            .apply(ScoreSheet.builder().label("e").build())
            .scores()
            .size());
    ScoreSheet mixed =
        ScoreSheet.builder()
            .label("mixed")
            .putScore("a", base.value(1).build())
            .putScore(
                "b",
                Score.builder()
                    .value(1)
                    .label("L")
                    .scale(Scale.builder().min(0).higherIsBetter(false).build())
                    .build())
            .build();
    assertThrows(ValidationException.class, () -> Normalization.MIN_MAX.apply(mixed));
  }

  @Test
  void rollUpsNeedPartsOfTheParent() {
    assertThrows(
        ValidationException.class,
        () ->
            ScoringStrategies.rollUp(
                "x", Subject.STAGE, ScoringStrategies.experienceGapByStage(), Rollup.MEAN));
    assertThrows(
        ValidationException.class,
        () ->
            ScoringStrategies.rollUp("x", Subject.STAGE, ScoringStrategies.emotion(), Rollup.SUM));
    ScoringStrategy<io.github.journeykit.core.model.Stage> worst =
        ScoringStrategies.rollUp(
            "worst-emotion", Subject.STAGE, ScoringStrategies.emotion(), Rollup.MIN);
    // report holds the call (-1.6) and the case (no emotion): the worst is -1.6
    Score report = worst.score(JOURNEY.stage("report").get(), CONTEXT).get();
    assertEquals(-1.6, report.value(), 1e-12);
    assertEquals("Emotion vs baseline (stage)", report.label());
    assertFalse(worst.score(JOURNEY.stage("notice").get(), CONTEXT).isEmpty());
  }
}
