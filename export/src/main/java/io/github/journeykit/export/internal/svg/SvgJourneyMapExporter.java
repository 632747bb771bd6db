package io.github.journeykit.export.internal.svg;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.internal.BuiltInExporter;
import io.github.journeykit.export.internal.view.ScoredReport;
import java.io.IOException;
import java.io.Writer;

/**
 * The {@code svg} exporter: the journey map as a standalone SVG document, written with the JDK's
 * StAX writer. Not public API: use {@code Exporters.svg()}.
 */
public final class SvgJourneyMapExporter extends BuiltInExporter {
  /** The svg exporter. */
  public SvgJourneyMapExporter() {
    super("svg", "svg", "image/svg+xml");
  }

  @Override
  public void write(MapReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    SvgJourneyMap.write(ScoredReport.of(report), out, true);
  }
}
