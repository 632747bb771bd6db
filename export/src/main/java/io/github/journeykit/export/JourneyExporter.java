package io.github.journeykit.export;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link MapReport} in one format. Each exporter has a stable short name by which an
 * {@link ExporterRegistry} finds it ({@code json}, {@code csv}, {@code markdown}, {@code mermaid},
 * {@code svg}, {@code html} for the built-ins), a file extension and a media type.
 *
 * <p>Exporters stream: they write as they go rather than build the whole document in memory. They
 * flush what they write but never close the {@code Writer} or {@code OutputStream} they are given.
 * The same report always gives the same characters. Implementations must be thread-safe and keep no
 * state between calls.
 *
 * <p>To add a format, implement this interface and list the class in {@code
 * META-INF/services/io.github.journeykit.export.JourneyExporter} (or {@code provides} it in your
 * {@code module-info.java}); {@link ExporterRegistry#installed()} then finds it by name.
 *
 * <pre>{@code
 * public final class PlainTextExporter implements JourneyExporter {
 *   public String name() { return "text"; }
 *   public String fileExtension() { return "txt"; }
 *   public String mediaType() { return "text/plain; charset=UTF-8"; }
 *   public void write(MapReport report, Writer out) throws IOException {
 *     out.write(report.journey().outline());
 *     out.flush();
 *   }
 * }
 * }</pre>
 */
public interface JourneyExporter {
  /**
   * The format's stable short name: a lower-case letter, then letters, digits, {@code _} or {@code
   * -}.
   *
   * @return the name, such as {@code svg}
   */
  String name();

  /**
   * The extension of files in this format, without the dot.
   *
   * @return the extension, such as {@code svg} or {@code md}
   */
  String fileExtension();

  /**
   * The media type of the format, with its charset where it has one.
   *
   * @return the media type, such as {@code image/svg+xml}
   */
  String mediaType();

  /**
   * Writes the report in this format and flushes {@code out}, without closing it.
   *
   * @param report what to write
   * @param out where to write it
   * @throws IOException if {@code out} fails
   */
  void write(MapReport report, Writer out) throws IOException;

  /**
   * Writes the report in this format as UTF-8 and flushes {@code out}, without closing it. The
   * bytes are the UTF-8 encoding of what {@link #write(MapReport, Writer)} writes.
   *
   * @param report what to write
   * @param out where to write it
   * @throws IOException if {@code out} fails
   */
  default void write(MapReport report, OutputStream out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    write(report, writer);
    writer.flush();
  }

  /**
   * The report in this format, as a string: handy in JShell and tests.
   *
   * @param report what to render
   * @return the rendering
   */
  default String render(MapReport report) {
    requireNonNull(report, "report");
    StringWriter out = new StringWriter();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
