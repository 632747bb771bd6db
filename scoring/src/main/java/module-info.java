/** JourneyKit's scoring: strategies that turn journey data into scores and scores into a plan. */
module io.github.journeykit.scoring {
  requires transitive io.github.journeykit.core;
}
