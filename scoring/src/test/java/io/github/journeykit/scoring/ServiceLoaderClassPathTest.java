package io.github.journeykit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionKind;
import io.github.journeykit.core.model.Estimates;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.scoring.plugin.CostPerReachStrategy;
import org.junit.jupiter.api.Test;

/**
 * A strategy listed in {@code META-INF/services} is found by name and works like a built-in. Runs
 * on the class path (see the pom): inside a named module, {@code META-INF/services} is ignored and
 * providers are declared with {@code provides} instead.
 */
class ServiceLoaderClassPathTest {
  @Test
  void runsOnTheClassPath() {
    assertNull(StrategyRegistry.class.getModule().getName(), "the unnamed module");
  }

  @Test
  void aProviderIsFoundByNameAndRanksLikeABuiltIn() {
    StrategyRegistry registry = StrategyRegistry.installed();
    assertTrue(registry.names().contains("cost-per-reach"));
    assertTrue(registry.names().contains("rice"));
    ScoringStrategy<ActionItem> strategy = registry.get("cost-per-reach", Subject.ACTION);
    assertEquals(CostPerReachStrategy.class, strategy.getClass());
    Journey journey =
        Journey.builder("j", "J")
            .addAction(action("cheap", 1_000, 500))
            .addAction(action("dear", 9_000, 300))
            .addAction(ActionItem.of("unknown", "No estimates", ActionKind.RESEARCH))
            .build();
    // cheap: 1000 / 500 = 2; dear: 9000 / 300 = 30; lower is better
    Ranking ranking = Prioritizer.by(strategy).rank(ScoringContext.of(journey));
    assertEquals(java.util.List.of("cheap", "dear"), ranking.ids());
    assertEquals(java.util.List.of("unknown"), ranking.unscored());
    assertEquals(2, ranking.items().get(0).score().value());
    assertEquals(
        registry.names(),
        StrategyRegistry.installed(getClass().getClassLoader()).names(),
        "the same providers through an explicit class loader");
  }

  private static ActionItem action(String id, double cost, double reach) {
    return ActionItem.builder(id, id, ActionKind.FIX)
        .putEstimate(Estimates.COST, cost)
        .putEstimate(Estimates.REACH, reach)
        .build();
  }
}
