package io.github.journeykit.export;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.export.internal.files.StagedFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * Exporters by name: the built-ins, and those that other jars add through {@link ServiceLoader}.
 * Names are unique; exporters are kept in name order, so every listing is deterministic.
 *
 * <p>{@link #writeAll} writes a report, or several, in every format of the registry into a
 * directory, as {@code <journey-id>.<extension>} files: each one first into a temporary file beside
 * it, and then all moved into place, or none.
 *
 * <pre>{@code
 * ExporterRegistry registry = ExporterRegistry.load();   // built-ins plus ServiceLoader providers
 * registry.names();                                       // [csv, html, json, markdown, mermaid, svg]
 * registry.get("svg").write(MapReport.of(journey), writer);
 * registry.writeAll(MapReport.of(journey), Path.of("maps"));
 * }</pre>
 */
public final class ExporterRegistry {
  private static final Pattern EXTENSION =
      Pattern.compile("[a-z0-9]{1,16}(\\.[a-z0-9]{1,16}){0,3}");

  private final ImmutableMap<String, JourneyExporter> byName;

  private ExporterRegistry(ImmutableMap<String, JourneyExporter> byName) {
    this.byName = byName;
  }

  /**
   * The six built-in exporters.
   *
   * @return the registry
   */
  public static ExporterRegistry builtIns() {
    return of(Exporters.builtIns());
  }

  /**
   * The built-in exporters and every {@link JourneyExporter} that {@link ServiceLoader} finds for
   * this module (on the module path, through {@code provides}, and on the class path of the thread
   * context class loader, through {@code META-INF/services}).
   *
   * @return the registry
   * @throws IllegalArgumentException if two exporters have the same name, or one breaks the naming
   *     rules
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static ExporterRegistry load() {
    return withProviders(ServiceLoader.load(JourneyExporter.class));
  }

  /**
   * The built-in exporters and every {@link JourneyExporter} that {@link ServiceLoader} finds
   * through {@code loader}.
   *
   * @param loader the class loader to search
   * @return the registry
   * @throws IllegalArgumentException if two exporters have the same name, or one breaks the naming
   *     rules
   */
  public static ExporterRegistry load(ClassLoader loader) {
    requireNonNull(loader, "loader");
    return withProviders(ServiceLoader.load(JourneyExporter.class, loader));
  }

  private static ExporterRegistry withProviders(ServiceLoader<JourneyExporter> providers) {
    List<JourneyExporter> all = new ArrayList<>(Exporters.builtIns());
    providers.forEach(all::add);
    return of(all);
  }

  /**
   * A registry of exactly the given exporters.
   *
   * @param exporters the exporters
   * @return the registry
   * @throws IllegalArgumentException listing every exporter whose name is taken twice, is not a key
   *     ({@code [a-z][A-Za-z0-9_-]{0,63}}), or whose file extension or media type is not usable
   */
  public static ExporterRegistry of(Collection<? extends JourneyExporter> exporters) {
    requireNonNull(exporters, "exporters");
    List<JourneyExporter> sorted = new ArrayList<>(exporters);
    sorted.forEach(e -> requireNonNull(e, "exporters[]"));
    sorted.sort(Comparator.comparing(JourneyExporter::name));
    List<String> problems = new ArrayList<>();
    Map<String, JourneyExporter> byName = new LinkedHashMap<>();
    for (JourneyExporter exporter : sorted) {
      String name = exporter.name();
      String who = exporter.getClass().getName();
      if (!Problems.isKey(name)) {
        problems.add(who + ": name " + Problems.KEY_RULE + " (was \"" + name + "\")");
      }
      if (!EXTENSION.matcher(exporter.fileExtension()).matches()) {
        problems.add(
            who
                + ": fileExtension must be lower-case letters and digits, dot-separated, without a"
                + " leading dot (was \""
                + exporter.fileExtension()
                + "\")");
      }
      if (exporter.mediaType().isBlank()) {
        problems.add(who + ": mediaType must not be blank");
      }
      JourneyExporter first = byName.putIfAbsent(name, exporter);
      if (first != null) {
        problems.add(
            who
                + ": name \""
                + name
                + "\" must be unique; "
                + first.getClass().getName()
                + " has it too");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Exporters are invalid ("
              + problems.size()
              + "):\n  - "
              + String.join("\n  - ", problems));
    }
    return new ExporterRegistry(ImmutableMap.copyOf(byName));
  }

  /**
   * The names of the exporters, in alphabetical order.
   *
   * @return the names
   */
  public List<String> names() {
    return byName.keySet().asList();
  }

  /**
   * The exporters, in the order of their names.
   *
   * @return the exporters
   */
  public List<JourneyExporter> exporters() {
    return byName.values().asList();
  }

  /**
   * The exporter with the given name.
   *
   * @param name the format's name, such as {@code svg}
   * @return the exporter, if the registry has one by that name
   */
  public Optional<JourneyExporter> find(String name) {
    requireNonNull(name, "name");
    return Optional.ofNullable(byName.get(name));
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
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "name: must be one of "
                        + String.join(", ", names())
                        + " (was \""
                        + name
                        + "\")"));
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
   * Stages every file, then places them all; failures are named by format when {@code byFormat},
   * by file name otherwise.
   */
  private Map<String, Map<String, Path>> write(
      List<MapReport> reports, Path directory, boolean byFormat) throws IOException {
    requireNonNull(directory, "directory");
    Map<String, String> failureNames = new HashMap<>();
    Map<String, Map<String, Path>> written = new LinkedHashMap<>();
    try (StagedFiles files = StagedFiles.in(directory)) {
      Map<String, Exception> failures = new LinkedHashMap<>();
      for (MapReport report : reports) {
        for (JourneyExporter exporter : exporters()) {
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
        for (JourneyExporter exporter : exporters()) {
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
      message.append(" in ").append(failures.size() == 1 ? "1 format" : failures.size() + " formats");
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
    return "ExporterRegistry" + names();
  }
}
