package io.github.journeykit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionKind;
import io.github.journeykit.core.model.Estimates;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Worked examples of the prioritisation strategies, each computed by hand in the comments. */
class ActionStrategiesTest {
  private static final Journey JOURNEY = SampleJourneys.broadbandFault();
  private static final ScoringContext CONTEXT = ScoringContext.of(JOURNEY);

  private static ActionItem action(String id, Map<String, Double> estimates) {
    return ActionItem.builder(id, "Action " + id, ActionKind.FIX)
        .putAllEstimates(estimates)
        .build();
  }

  private static Score score(ScoringStrategy<ActionItem> strategy, ActionItem action) {
    return strategy.score(action, CONTEXT).orElseThrow();
  }

  @Test
  void riceOfTheSampleActions() {
    ScoreSheet rice = ScoringStrategies.rice().scoreAll(CONTEXT);
    // case-handoff: 18000 x 2 x 0.8 / 4 = 28800 / 4 = 7200
    assertEquals(7200, rice.score("case-handoff").get().value(), 1e-9);
    // eta-sms: 9000 x 1 x 1 / 1 = 9000
    assertEquals(9000, rice.score("eta-sms").get().value(), 1e-9);
    // line-test-training: 18000 x 0.5 x 0.5 / 2 = 4500 / 2 = 2250
    assertEquals(2250, rice.score("line-test-training").get().value(), 1e-9);
    // exec-listening has no estimates: no score, not NaN.
    assertEquals(Optional.empty(), rice.score("exec-listening"));
    assertEquals(List.of("eta-sms", "case-handoff", "line-test-training"), rice.ranking());
    Score handoff = rice.score("case-handoff").get();
    assertEquals("RICE = 18000 x 2 x 0.8 / 4 = 7200", handoff.explanation().get());
    assertEquals(Optional.of("rice"), handoff.strategy());
    assertEquals(Scale.atLeast(0), handoff.scale());
    assertEquals(
        List.of("reach=18000", "impact=2", "confidence=0.8", "effort=4"),
        handoff.contributions().stream().map(Contribution::toString).collect(Collectors.toList()));
  }

  /** RICE of reach 100, impact 1 and confidence 1 with the given effort. */
  private static Score riceOfOneHundredWithEffort(double effort) {
    return score(
        ScoringStrategies.rice(),
        action(
            "e",
            Map.of(
                Estimates.REACH, 100.0,
                Estimates.IMPACT, 1.0,
                Estimates.CONFIDENCE, 1.0,
                Estimates.EFFORT, effort)));
  }

  @Test
  void riceCountsEffortOfAtLeastHalfAPersonMonthAndNotesOddImpacts() {
    // 100 x 1.5 x 1 / max(0.1, 0.5) = 150 / 0.5 = 300
    Score score =
        score(
            ScoringStrategies.rice(),
            action(
                "a",
                Map.of(
                    Estimates.REACH, 100.0,
                    Estimates.IMPACT, 1.5,
                    Estimates.CONFIDENCE, 1.0,
                    Estimates.EFFORT, 0.1)));
    assertEquals(300, score.value(), 1e-9);
    assertEquals(
        "impact=1.5 (not one of RICE's levels 3, 2, 1, 0.5, 0.25)",
        score.contributions().get(1).toString());
    assertEquals(
        "effort=0.1 (below RICE's minimum; counted as 0.5)",
        score.contributions().get(3).toString());
    // An effort of 0.25 counts as 0.5 too; one of 0.5 is RICE's minimum itself, without a note.
    Score quarter = riceOfOneHundredWithEffort(0.25);
    // 100 x 1 x 1 / max(0.25, 0.5) = 100 / 0.5 = 200
    assertEquals("RICE = 100 x 1 x 1 / 0.5 = 200", quarter.explanation().get());
    assertEquals(
        "effort=0.25 (below RICE's minimum; counted as 0.5)",
        quarter.contributions().get(3).toString());
    Score half = riceOfOneHundredWithEffort(0.5);
    assertEquals(200, half.value(), 1e-9);
    assertEquals("effort=0.5", half.contributions().get(3).toString());
    // An effort of 0 never reaches RICE: the model refuses it when the action is built.
    ValidationException zero =
        assertThrows(ValidationException.class, () -> action("z", Map.of(Estimates.EFFORT, 0.0)));
    assertEquals("estimates.effort", zero.violations().get(0).path());
    // Without confidence there is no RICE.
    assertFalse(
        ScoringStrategies.rice()
            .score(
                action(
                    "b",
                    Map.of(Estimates.REACH, 1.0, Estimates.IMPACT, 1.0, Estimates.EFFORT, 1.0)),
                CONTEXT)
            .isPresent());
  }

  @Test
  void iceAsProductOrMean() {
    ActionItem item =
        action(
            "a",
            Map.of(Estimates.ICE_IMPACT, 8.0, Estimates.ICE_CONFIDENCE, 7.0, Estimates.EASE, 5.0));
    // product: 8 x 7 x 5 = 280, on 1..1000
    Score product = score(ScoringStrategies.ice(IceForm.PRODUCT), item);
    assertEquals(280, product.value(), 1e-9);
    assertEquals(Scale.of(1, 1000), product.scale());
    assertEquals("ICE = 8 x 7 x 5 = 280", product.explanation().get());
    // mean: (8 + 7 + 5) / 3 = 20 / 3 = 6.666...
    Score mean = score(ScoringStrategies.ice(IceForm.MEAN), item);
    assertEquals(20.0 / 3, mean.value(), 1e-12);
    assertEquals(Scale.of(1, 10), mean.scale());
    assertEquals("ice-mean", mean.strategy().get());
    // Extremes stay on the scales: 1 x 1 x 1 = 1 and 10 x 10 x 10 = 1000.
    assertEquals(
        1000,
        score(
                ScoringStrategies.ice(IceForm.PRODUCT),
                action(
                    "b",
                    Map.of(
                        Estimates.ICE_IMPACT,
                        10.0,
                        Estimates.ICE_CONFIDENCE,
                        10.0,
                        Estimates.EASE,
                        10.0)))
            .value());
  }

  @Test
  void wsjfDividesCostOfDelayByJobSize() {
    // cost of delay = 8 + 5 + 3 = 16; WSJF = 16 / 5 = 3.2
    Score score =
        score(
            ScoringStrategies.wsjf(),
            action(
                "a",
                Map.of(
                    Estimates.BUSINESS_VALUE, 8.0,
                    Estimates.TIME_CRITICALITY, 5.0,
                    Estimates.RISK_REDUCTION, 3.0,
                    Estimates.JOB_SIZE, 5.0)));
    assertEquals(3.2, score.value(), 1e-12);
    assertEquals("WSJF = (8 + 5 + 3) / 5 = 3.2", score.explanation().get());
    assertFalse(score.contributions().get(0).note().isPresent());
    // 4 is not on 1, 2, 3, 5, 8, 13, 20: (4 + 1 + 1) / 2 = 3, noted.
    Score odd =
        score(
            ScoringStrategies.wsjf(),
            action(
                "b",
                Map.of(
                    Estimates.BUSINESS_VALUE, 4.0,
                    Estimates.TIME_CRITICALITY, 1.0,
                    Estimates.RISK_REDUCTION, 1.0,
                    Estimates.JOB_SIZE, 2.0)));
    assertEquals(3, odd.value(), 1e-12);
    assertEquals(
        Optional.of("not on the usual sequence 1, 2, 3, 5, 8, 13, 20"),
        odd.contributions().get(0).note());
  }

  @Test
  void valueEffortQuadrantsWithExplicitThresholds() {
    ScoringStrategy<ActionItem> matrix = ScoringStrategies.valueEffort(5, 3);
    // value 8 >= 5 and effort 2 <= 3: quick win (4)
    assertEquals(4, score(matrix, valueEffort("a", 8, 2)).value());
    // value 8 >= 5, effort 6 > 3: major project (3)
    assertEquals(3, score(matrix, valueEffort("b", 8, 6)).value());
    // value 2 < 5, effort 3 <= 3: fill-in (2); the thresholds themselves count as high value and
    // low effort
    assertEquals(2, score(matrix, valueEffort("c", 2, 3)).value());
    // value 2 < 5, effort 9 > 3: thankless task (1)
    assertEquals(1, score(matrix, valueEffort("d", 2, 9)).value());
    assertEquals(3, score(matrix, valueEffort("e", 5, 3.5)).value());
    assertEquals(
        "quick win (value 8 >= 5, effort 2 <= 3; given thresholds)",
        score(matrix, valueEffort("a", 8, 2)).explanation().get());
    assertEquals(ValueEffortQuadrant.THANKLESS_TASK, ValueEffortQuadrant.of(2, 9, 5, 3));
    assertEquals("major project", ValueEffortQuadrant.MAJOR_PROJECT.label());
  }

  @Test
  void valueEffortByNameSplitsAtTheMedians() {
    // values 1, 4, 6, 9: median (4 + 6) / 2 = 5; efforts 1, 2, 5, 8: median (2 + 5) / 2 = 3.5
    Journey journey =
        Journey.builder("j", "J")
            .addAction(valueEffort("a", 9, 1))
            .addAction(valueEffort("b", 6, 8))
            .addAction(valueEffort("c", 4, 2))
            .addAction(valueEffort("d", 1, 5))
            .addAction(ActionItem.of("e", "No estimates", ActionKind.RESEARCH))
            .build();
    ScoreSheet sheet =
        StrategyRegistry.builtIns()
            .get("value-effort", Subject.ACTION)
            .scoreAll(ScoringContext.of(journey));
    assertEquals(4, sheet.score("a").get().value()); // 9 >= 5, 1 <= 3.5
    assertEquals(3, sheet.score("b").get().value()); // 6 >= 5, 8 > 3.5
    assertEquals(2, sheet.score("c").get().value()); // 4 < 5, 2 <= 3.5
    assertEquals(1, sheet.score("d").get().value()); // 1 < 5, 5 > 3.5
    assertFalse(sheet.score("e").isPresent());
    assertTrue(sheet.score("a").get().explanation().get().endsWith("medians of 4 actions)"));
  }

  @Test
  void momentUpliftOfTheSampleMoments() {
    ScoreSheet uplift = ScoringStrategies.momentUplift().scoreAll(CONTEXT);
    // first-call: 8 - 3 = 5; on-time-engineer: 10 - 7 = 3; on the 0-10 rating scale, -10..10
    assertEquals(5, uplift.score("first-call").get().value());
    assertEquals(3, uplift.score("on-time-engineer").get().value());
    assertEquals(Scale.of(-10, 10, 0), uplift.score("first-call").get().scale());
    assertEquals(
        "uplift = 8 - 3 = 5 on [0..10]", uplift.score("first-call").get().explanation().get());
    assertEquals(List.of("first-call", "on-time-engineer"), uplift.ranking());
    // Without ratings: no score.
    assertFalse(
        ScoringStrategies.momentUplift()
            .score(SampleJourneys.openAccount().moment("id-check").get(), CONTEXT)
            .isPresent());
  }

  private static ActionItem valueEffort(String id, double value, double effort) {
    return action(id, Map.of(Estimates.VALUE, value, Estimates.EFFORT, effort));
  }
}
