package io.github.journeykit.export.internal.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.internal.BuiltInExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * The {@code json} exporter: the JourneyKit JSON format, written with Jackson's streaming generator
 * straight to the caller's {@code Writer} or, as UTF-8, {@code OutputStream}. Not public API: use
 * {@code Exporters.json()}.
 */
public final class JsonExporter extends BuiltInExporter {
  /** The json exporter. */
  public JsonExporter() {
    super("json", "json", "application/json");
  }

  @Override
  public void write(MapReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    try (JsonGenerator generator = JsonFormat.FACTORY.createGenerator(out)) {
      JsonJourneyWriter.write(report, generator);
    }
  }

  @Override
  public void write(MapReport report, OutputStream out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    try (JsonGenerator generator = JsonFormat.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      JsonJourneyWriter.write(report, generator);
    }
  }
}
