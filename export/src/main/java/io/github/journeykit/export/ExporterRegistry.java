package io.github.journeykit.export;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.journeykit.core.internal.PluginKind;
import io.github.journeykit.core.internal.Plugins;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.export.internal.files.StagedFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * Exporters by name: the built-ins, those passed in, and those that other jars add through {@link
 * ServiceLoader}. Names are unique; exporters are kept in name order, so every listing is
 * deterministic.
 *
 * <p>The registry speaks the vocabulary of every JourneyKit registry ({@code AuditRegistry} of
 * core, {@code StrategyRegistry} of scoring): {@link #builtIns()}, {@link #installed()}, {@link
 * #of}, {@link #with}, {@link #names()}, {@link #all()}, {@link #find} and {@link #get}. Names must
 * be keys ({@code [a-z][A-Za-z0-9_-]{0,63}}) and unique, file extensions lower-case letters and
 * digits, and media types not blank: a {@link ValidationException} lists every problem at once,
 * each at its path (such as {@code exporters[2].name}), a clash naming both exporters' classes and
 * whether each is built in, a service provider or added. {@link #get} throws an {@link
 * IllegalArgumentException} naming every known format for an unknown one.
 *
 * <p>{@link #writeAll} writes a report, or several, in every format of the registry into a
 * directory, as {@code <journey-id>.<extension>} files: each one first into a temporary file beside
 * it, and then all moved into place, or none.
 *
 * <pre>{@code
 * ExporterRegistry registry = ExporterRegistry.installed(); // built-ins plus ServiceLoader providers
 * registry.names();                                          // [csv, html, json, markdown, mermaid, svg]
 * registry.get("svg").write(MapReport.of(journey), writer);
 * registry.writeAll(MapReport.of(journey), Path.of("maps"));
 * }</pre>
 */
public final class ExporterRegistry {
  private static final Pattern EXTENSION =
      Pattern.compile("[a-z0-9]{1,16}(\\.[a-z0-9]{1,16}){0,3}");
  private static final PluginKind<JourneyExporter> EXPORTERS =
      PluginKind.of(
              JourneyExporter.class, "ExporterRegistry", "exporters", "name", JourneyExporter::name)
          .checking(ExporterRegistry::checkFormat);
  private static final ExporterRegistry BUILT_INS =
      new ExporterRegistry(Plugins.builtIns(EXPORTERS, Exporters.builtIns()));

  private final Plugins<JourneyExporter> exporters;

  private ExporterRegistry(Plugins<JourneyExporter> exporters) {
    this.exporters = exporters;
  }

  /** Records a file extension that is no usable file name ending and a blank media type. */
  private static void checkFormat(JourneyExporter exporter, String path, Problems problems) {
    String extension = exporter.fileExtension();
    problems.check(
        extension != null && EXTENSION.matcher(extension).matches(),
        path + ".fileExtension",
        "must be lower-case letters and digits, dot-separated, without a leading dot",
        extension);
    String mediaType = exporter.mediaType();
    problems.check(
        mediaType != null && !mediaType.isBlank(),
        path + ".mediaType",
        "must not be blank",
        mediaType);
  }

  /**
   * The six built-in exporters.
   *
   * @return the registry
   */
  public static ExporterRegistry builtIns() {
    return BUILT_INS;
  }

  /**
   * The built-in exporters and every {@link JourneyExporter} that {@link ServiceLoader} finds for
   * this thread's context class loader: in modules that declare {@code provides
   * io.github.journeykit.export.JourneyExporter with ...}, and on the class path in {@code
   * META-INF/services/io.github.journeykit.export.JourneyExporter}.
   *
   * @return the registry
   * @throws ValidationException if a provider's name is taken, or it breaks the naming rules
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static ExporterRegistry installed() {
    return new ExporterRegistry(BUILT_INS.exporters.installed());
  }

  /**
   * The built-in exporters and every {@link JourneyExporter} that {@link ServiceLoader} finds
   * through {@code loader}.
   *
   * @param loader the class loader to search, such as one for a directory of plug-in jars
   * @return the registry
   * @throws ValidationException if a provider's name is taken, or it breaks the naming rules
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static ExporterRegistry installed(ClassLoader loader) {
    return new ExporterRegistry(BUILT_INS.exporters.installed(loader));
  }

  /**
   * The built-in exporters and the exporters the modules of {@code layer} (and its parents)
   * provide.
   *
   * @param layer the module layer to search
   * @return the registry
   * @throws ValidationException if a provider's name is taken, or it breaks the naming rules
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static ExporterRegistry installed(ModuleLayer layer) {
    return new ExporterRegistry(BUILT_INS.exporters.installed(layer));
  }

  /**
   * A registry of exactly the given exporters.
   *
   * @param exporters the exporters
   * @return the registry
   * @throws ValidationException listing every exporter whose name is taken twice or is not a key,
   *     or whose file extension or media type is not usable
   */
  public static ExporterRegistry of(JourneyExporter... exporters) {
    return of(Arrays.asList(exporters));
  }

  /**
   * A registry of exactly the given exporters.
   *
   * @param exporters the exporters
   * @return the registry
   * @throws ValidationException listing every exporter whose name is taken twice or is not a key,
   *     or whose file extension or media type is not usable
   */
  public static ExporterRegistry of(Iterable<? extends JourneyExporter> exporters) {
    return new ExporterRegistry(Plugins.of(EXPORTERS, exporters));
  }

  /**
   * This registry and more exporters.
   *
   * @param added the exporters to add
   * @return the new registry
   * @throws ValidationException listing every exporter whose name is taken or is not a key, or
   *     whose file extension or media type is not usable
   */
  public ExporterRegistry with(JourneyExporter... added) {
    return with(Arrays.asList(added));
  }

  /**
   * This registry and more exporters.
   *
   * @param added the exporters to add
   * @return the new registry
   * @throws ValidationException listing every exporter whose name is taken or is not a key, or
   *     whose file extension or media type is not usable
   */
  public ExporterRegistry with(Iterable<? extends JourneyExporter> added) {
    return new ExporterRegistry(exporters.with(added));
  }

  /**
   * The names of the exporters, in alphabetical order.
   *
   * @return the names
   */
  public List<String> names() {
    return exporters.names();
  }

  /**
   * The exporters, in the order of their names.
   *
   * @return the exporters
   */
  public List<JourneyExporter> all() {
    return exporters.all();
  }

  /**
   * The exporter with the given name.
   *
   * @param name the format's name, such as {@code svg}
   * @return the exporter, if the registry has one by that name
   */
  public Optional<JourneyExporter> find(String name) {
    return exporters.find(name);
  }

  /**
   * The exporter with the given name.
   *
   * @param name the format's name, such as {@code svg}
   * @return the exporter
   * @throws IllegalArgumentException naming the formats the registry has, if none is called {@code
   *     name}
   */
  public JourneyExporter get(String name) {
    return exporters.get(name);
  }

  /**
   * The file name of a journey in a format: {@code <journey-id>.<extension>}, with each {@code :}
   * of the id (allowed in ids, but not in file names on every system) written as {@code %3A}. Ids
   * that differ only in case give names that clash on case-insensitive file systems.
   *
   * @param journeyId the journey's id
   * @param exporter the format
   * @return the file name, such as {@code broadband-fault.svg}
   */
  public static String fileName(String journeyId, JourneyExporter exporter) {
    requireNonNull(journeyId, "journeyId");
    requireNonNull(exporter, "exporter");
    return journeyId.replace(":", "%3A") + "." + exporter.fileExtension();
  }

  /**
   * Writes the report in every format of this registry into {@code directory}, as {@link #fileName}
   * files: all of them, or none.
   *
   * <p>Each format is first written into a new temporary file in the directory. Only if every
   * format succeeds are the files moved into place: each existing file is renamed to a backup name
   * beside it and the new file renamed to its name, atomically where the file system allows it. If
   * a format fails, or a file cannot be placed (a directory in the way, say), the new files are
   * removed and every older version is renamed back, so that every existing file is as it was and
   * no new file remains; the exception names each format that failed. The backups are deleted once
   * every file is in place.
   *
   * <p>A new file gets the permissions that the process's umask gives any new file (such as {@code
   * rw-r--r--}); a file that replaces an older version keeps the older one's permissions.
   *
   * @param report what to write
   * @param directory an existing directory
   * @return the written files, by format name, in name order
   * @throws ExportFailedException naming each format that could not be written or placed, {@link
   *     ExportFailedException#failures() by format name}, and what was left as it was
   * @throws IOException if the directory does not exist or cannot be written to
   */
  public Map<String, Path> writeAll(MapReport report, Path directory) throws IOException {
    requireNonNull(report, "report");
    return write(List.of(report), directory, true).get(report.journey().id());
  }

  /**
   * Writes several reports in every format of this registry into {@code directory}, as {@link
   * #fileName} files, all or none, as {@link #writeAll(MapReport, Path)} writes one: if any format
   * of any report fails, every existing file is as it was and no new file remains.
   *
   * @param reports what to write; the ids of their journeys must differ
   * @param directory an existing directory
   * @return the written files, by journey id in the order of {@code reports}, then by format name
   *     in name order
   * @throws ExportFailedException naming each file that could not be written or placed, {@link
   *     ExportFailedException#failures() by file name}, and what was left as it was
   * @throws IOException if the directory does not exist or cannot be written to
   * @throws IllegalArgumentException if two reports are of journeys with the same id
   */
  public Map<String, Map<String, Path>> writeAll(List<MapReport> reports, Path directory)
      throws IOException {
    requireNonNull(reports, "reports");
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < reports.size(); i++) {
      String id = requireNonNull(reports.get(i), "reports[]").journey().id();
      Integer first = ids.putIfAbsent(id, i);
      if (first != null) {
        throw new IllegalArgumentException(
            "reports["
                + i
                + "].journey.id: must differ from the id of every other report's journey (was \""
                + id
                + "\", as in reports["
                + first
                + "])");
      }
    }
    return write(reports, directory, false);
  }

  /**
   * Stages every file, then places them all; failures are named by format when {@code byFormat}, by
   * file name otherwise.
   */
  private Map<String, Map<String, Path>> write(
      List<MapReport> reports, Path directory, boolean byFormat) throws IOException {
    requireNonNull(directory, "directory");
    Map<String, String> failureNames = new HashMap<>();
    Map<String, Map<String, Path>> written = new LinkedHashMap<>();
    try (StagedFiles files = StagedFiles.in(directory)) {
      Map<String, Exception> failures = new LinkedHashMap<>();
      for (MapReport report : reports) {
        for (JourneyExporter exporter : all()) {
          String file = fileName(report.journey().id(), exporter);
          String name = byFormat ? exporter.name() : file;
          failureNames.put(file, name);
          try {
            files.stage(file, out -> exporter.write(report, out));
          } catch (IOException | RuntimeException e) {
            failures.put(name, e);
          }
        }
      }
      if (!failures.isEmpty()) {
        throw failed(reports, directory, byFormat, failures, "nothing was replaced");
      }
      Map<String, Path> placed;
      try {
        placed = files.commit();
      } catch (StagedFiles.CommitException e) {
        throw failed(
            reports,
            directory,
            byFormat,
            Map.of(failureNames.get(e.fileName()), (Exception) e.getCause()),
            e.outcome());
      }
      for (MapReport report : reports) {
        Map<String, Path> formats = new LinkedHashMap<>();
        for (JourneyExporter exporter : all()) {
          formats.put(exporter.name(), placed.get(fileName(report.journey().id(), exporter)));
        }
        written.put(report.journey().id(), ImmutableMap.copyOf(formats));
      }
    }
    return ImmutableMap.copyOf(written);
  }

  private static ExportFailedException failed(
      List<MapReport> reports,
      Path directory,
      boolean byFormat,
      Map<String, Exception> failures,
      String outcome) {
    StringBuilder message = new StringBuilder("Could not write ");
    if (reports.size() == 1) {
      message.append("journey \"").append(reports.get(0).journey().id()).append('"');
    } else {
      message.append(reports.size()).append(" journeys");
    }
    message.append(" to ").append(directory);
    if (byFormat) {
      message
          .append(" in ")
          .append(failures.size() == 1 ? "1 format" : failures.size() + " formats");
    } else {
      message
          .append(": ")
          .append(failures.size() == 1 ? "1 file" : failures.size() + " files")
          .append(" failed");
    }
    message.append("; ").append(outcome).append(':');
    failures.forEach((name, e) -> message.append("\n  - ").append(name).append(": ").append(e));
    return new ExportFailedException(message.toString(), failures);
  }

  /**
   * A short form such as {@code ExporterRegistry[csv, html, json, markdown, mermaid, svg]}.
   *
   * @return the registry in words
   */
  @Override
  public String toString() {
    return exporters.toString();
  }
}
