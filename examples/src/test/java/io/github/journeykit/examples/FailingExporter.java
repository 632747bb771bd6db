package io.github.journeykit.examples;

import io.github.journeykit.export.JourneyExporter;
import io.github.journeykit.export.MapReport;
import java.io.IOException;
import java.io.Writer;

/** An exporter that another jar could add, which fails: the demo must then leave nothing behind. */
public final class FailingExporter implements JourneyExporter {
  /** The exporter, for {@link java.util.ServiceLoader}. */
  public FailingExporter() {}

  @Override
  public String name() {
    return "failing";
  }

  @Override
  public String fileExtension() {
    return "fail";
  }

  @Override
  public String mediaType() {
    return "text/plain";
  }

  @Override
  public void write(MapReport report, Writer out) throws IOException {
    out.write("half a file");
    throw new IOException("disk full");
  }
}
