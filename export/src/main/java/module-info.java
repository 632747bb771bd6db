/**
 * JourneyKit's exporters: renderings of journeys (JSON, CSV, Markdown, Mermaid, SVG, HTML), and the
 * versioned JSON format that reads back.
 *
 * <p>Start with {@link io.github.journeykit.export.Exporters} and {@link
 * io.github.journeykit.export.json.JourneyJson}.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module io.github.journeykit.export {
  requires transitive io.github.journeykit.core;
  requires com.google.common;
  requires static org.immutables.value.annotations;
  requires com.fasterxml.jackson.core;
  requires de.siegmar.fastcsv;
  requires java.xml;

  exports io.github.journeykit.export;
  exports io.github.journeykit.export.json;

  // Exporters of other jars, found by ExporterRegistry.installed() (through core's registry
  // mechanism, which asks ServiceLoader on this module's behalf).
  uses io.github.journeykit.export.JourneyExporter;
}
