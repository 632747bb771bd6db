/**
 * JourneyKit's scoring: strategies that turn journey data and the statistics of {@code
 * io.github.journeykit.analytics} into scores, and scores into a plan.
 *
 * <p>Start with {@link io.github.journeykit.scoring.ScoringStrategies} for the built-in strategies,
 * {@link io.github.journeykit.scoring.StrategyRegistry} to find one by name and {@link
 * io.github.journeykit.scoring.Prioritizer} to rank.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module io.github.journeykit.scoring {
  requires transitive io.github.journeykit.core;
  requires com.google.common;
  requires transitive io.github.journeykit.analytics;
  requires static org.immutables.value.annotations;

  exports io.github.journeykit.scoring;

  // Strategies of other modules are found by name, like the built-ins, by
  // StrategyRegistry.installed() (through core's registry mechanism, which asks ServiceLoader on
  // this module's behalf).
  uses io.github.journeykit.scoring.ScoringStrategy;
}
