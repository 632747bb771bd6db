/** JourneyKit's exporters: renderings of journeys, and the JSON format that reads back. */
module io.github.journeykit.export {
  requires transitive io.github.journeykit.core;
}
