package io.github.journeykit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.Estimates;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Built-ins by name, user strategies beside them, and the errors for names that clash or miss. */
class StrategyRegistryTest {
  private static final Set<String> BUILT_IN_NAMES =
      Set.of(
          "experience-score",
          "experience-score-stage",
          "experience-score-touchpoint",
          "experience-gap",
          "experience-gap-stage",
          "experience-gap-journey",
          "experience-gap-weighted",
          "servqual-published",
          "servqual-pooled",
          "emotion",
          "emotion-stage",
          "emotion-journey",
          "pain-depth",
          "pain-depth-journey",
          "nps",
          "nps-wald",
          "csat",
          "ces",
          "ces-normal",
          "ces-share",
          "rice",
          "ice",
          "ice-mean",
          "wsjf",
          "value-effort",
          "moment-uplift");

  /** Reach per person-month, lower effort first: a user's strategy as a lambda. */
  private static final ScoringStrategy<ActionItem> REACH_PER_EFFORT =
      ScoringStrategy.of(
          "reach-per-effort",
          Subject.ACTION,
          (action, context) ->
              action.estimate(Estimates.REACH).isPresent()
                      && action.estimate(Estimates.EFFORT).isPresent()
                  ? Optional.of(
                      Score.builder()
                          .label("Reach per effort")
                          .scale(Scale.atLeast(0))
                          .value(
                              action.estimate(Estimates.REACH).getAsDouble()
                                  / action.estimate(Estimates.EFFORT).getAsDouble())
                          .build())
                  : Optional.empty());

  @Test
  void everyBuiltInIsReachableByNameAndNamesItsScores() {
    StrategyRegistry registry = StrategyRegistry.builtIns();
    assertEquals(BUILT_IN_NAMES, Set.copyOf(registry.names()));
    assertEquals(
        registry.names().stream().sorted().collect(Collectors.toList()),
        List.copyOf(registry.names()),
        "names in order");
    Journey journey = SampleJourneys.broadbandFault();
    ScoringContext context = ScoringContext.of(journey);
    for (String name : registry.names()) {
      ScoringStrategy<?> strategy = registry.get(name);
      assertEquals(name, strategy.name());
      assertSame(strategy, registry.find(name).get());
      ScoreSheet sheet = strategy.scoreAll(context);
      assertEquals(name, sheet.label());
      sheet.scores().values().forEach(s -> assertEquals(Optional.of(name), s.strategy(), name));
    }
    assertEquals(
        List.of("ice", "ice-mean", "reach-per-effort", "rice", "value-effort", "wsjf"),
        registry.with(REACH_PER_EFFORT).all(Subject.ACTION).stream()
            .map(ScoringStrategy::name)
            .collect(Collectors.toList()));
    assertEquals(
        registry.names(),
        registry.all().stream().map(ScoringStrategy::name).collect(Collectors.toList()));
  }

  @Test
  void aLambdaStrategyWorksLikeABuiltIn() {
    StrategyRegistry registry = StrategyRegistry.builtIns().with(REACH_PER_EFFORT);
    ScoringStrategy<ActionItem> strategy = registry.get("reach-per-effort", Subject.ACTION);
    assertSame(REACH_PER_EFFORT, strategy);
    assertEquals(Optional.of(strategy), registry.find("reach-per-effort", Subject.ACTION));
    assertEquals(Optional.empty(), registry.find("reach-per-effort", Subject.TOUCHPOINT));
    assertEquals(List.of("reach-per-effort"), StrategyRegistry.of(REACH_PER_EFFORT).names());
    Journey journey = SampleJourneys.broadbandFault();
    ScoreSheet sheet = strategy.scoreAll(ScoringContext.of(journey));
    // case-handoff 18000 / 4 = 4500; eta-sms 9000 / 1 = 9000; line-test-training 18000 / 2 = 9000
    assertEquals(4500, sheet.score("case-handoff").get().value());
    assertEquals(Optional.of("reach-per-effort"), sheet.score("eta-sms").get().strategy());
    Ranking ranking = Prioritizer.by(strategy).rank(ScoringContext.of(journey));
    assertEquals(List.of("eta-sms", "line-test-training", "case-handoff"), ranking.ids());
    assertEquals(List.of("exec-listening"), ranking.unscored());
    assertEquals("reach-per-effort (action)", REACH_PER_EFFORT.toString());
  }

  @Test
  void unknownNamesListTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StrategyRegistry.builtIns().get("rise"));
    assertEquals(
        "name: must be one of "
            + String.join(", ", StrategyRegistry.builtIns().names())
            + " (was \"rise\")",
        e.getMessage());
    assertTrue(e.getMessage().startsWith("name: must be one of ces, ces-normal, ces-share,"));
    IllegalArgumentException subject =
        assertThrows(
            IllegalArgumentException.class,
            () -> StrategyRegistry.builtIns().get("rice", Subject.TOUCHPOINT));
    assertEquals(
        "name: must name a strategy of touchpoints; it scores actions (was \"rice\")",
        subject.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> StrategyRegistry.builtIns().get("rise", Subject.ACTION));
    assertFalse(StrategyRegistry.builtIns().find("rise").isPresent());
    assertTrue(StrategyRegistry.builtIns().find("rice").isPresent());
  }

  @Test
  void namesMustBeUniqueKeys() {
    ScoringStrategy<ActionItem> clash =
        ScoringStrategy.of("rice", Subject.ACTION, (a, c) -> Optional.empty());
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> StrategyRegistry.builtIns().with(clash, REACH_PER_EFFORT, REACH_PER_EFFORT));
    assertEquals(2, e.violations().size());
    assertEquals("strategies[0].name", e.violations().get(0).path());
    assertTrue(
        e.violations()
            .get(0)
            .rule()
            .startsWith(
                "must be unique: built-in io.github.journeykit.scoring.internal.RiceStrategy and"
                    + " added io.github.journeykit.scoring.internal.NamedStrategy"),
        e.violations().get(0).rule());
    assertEquals("strategies[2].name", e.violations().get(1).path());
    assertTrue(
        e.violations().get(1).rule().contains("(strategies[1]) and added"),
        e.violations().get(1).rule());
    assertThrows(
        ValidationException.class,
        () -> ScoringStrategy.of("Not A Key", Subject.ACTION, (a, c) -> Optional.empty()));
    assertTrue(StrategyRegistry.builtIns().toString().startsWith("StrategyRegistry[ces, "));
  }

  @Test
  void aStrategyWithoutASubjectOrAKeyForANameIsRejected() {
    ScoringStrategy<ActionItem> nameless = new Unnamed(null, null);
    ScoringStrategy<ActionItem> spaced = new Unnamed("Reach Per Effort", Subject.ACTION);
    ValidationException e =
        assertThrows(ValidationException.class, () -> StrategyRegistry.of(nameless, spaced));
    assertEquals(
        List.of("strategies[0].name", "strategies[0].subject", "strategies[1].name"),
        e.violations().stream().map(Violation::path).collect(Collectors.toList()));
    assertEquals(Optional.of("\"Reach Per Effort\""), e.violations().get(2).value());
  }

  /** A strategy of one's own with whatever name and subject it is given. */
  private record Unnamed(String name, Subject<ActionItem> subject)
      implements ScoringStrategy<ActionItem> {
    @Override
    public Optional<Score> score(ActionItem action, ScoringContext context) {
      return Optional.empty();
    }
  }
}
