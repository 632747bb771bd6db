/**
 * JourneyKit's exporters: renderings of journeys (JSON, CSV, Markdown, Mermaid, SVG, HTML), the
 * versioned JSON format that reads back, the spreadsheet grid (XLSX, CSV) that reads back, and the
 * CJML interchange format.
 *
 * <p>Start with {@link io.github.journeykit.export.Exporters}, {@link
 * io.github.journeykit.export.json.JourneyJson}, {@link
 * io.github.journeykit.export.grid.JourneyGrid} and {@link io.github.journeykit.export.cjml.Cjml}.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module io.github.journeykit.export {
  requires transitive io.github.journeykit.core;
  requires com.google.common;
  requires static org.immutables.value.annotations;
  requires com.fasterxml.jackson.core;
  requires de.siegmar.fastcsv;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires org.apache.commons.compress;
  requires java.xml;

  exports io.github.journeykit.export;
  exports io.github.journeykit.export.json;
  exports io.github.journeykit.export.grid;
  exports io.github.journeykit.export.cjml;

  // Exporters of other jars, found by ExporterRegistry.installed() (through core's registry
  // mechanism, which asks ServiceLoader on this module's behalf).
  uses io.github.journeykit.export.JourneyExporter;
}
