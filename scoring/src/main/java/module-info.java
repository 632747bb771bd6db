/**
 * JourneyKit's scoring: strategies that turn journey data into scores and scores into a plan.
 *
 * <p>Start with {@link io.github.journeykit.scoring.ScoringStrategies} for the built-in strategies,
 * {@link io.github.journeykit.scoring.StrategyRegistry} to find one by name, {@link
 * io.github.journeykit.scoring.Prioritizer} to rank, and {@link
 * io.github.journeykit.scoring.observe.Ingestion} to turn live observations into measurements.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module io.github.journeykit.scoring {
  requires transitive io.github.journeykit.core;
  requires static org.immutables.value.annotations;

  exports io.github.journeykit.scoring;
  exports io.github.journeykit.scoring.observe;

  // Strategies of other modules are found by name, like the built-ins.
  uses io.github.journeykit.scoring.ScoringStrategy;
}
