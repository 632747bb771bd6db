package io.github.journeykit.cli.internal;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.Exporters;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.cjml.Cjml;
import io.github.journeykit.export.grid.GridFormatException;
import io.github.journeykit.export.grid.JourneyGrid;
import io.github.journeykit.export.json.JourneyFormatException;
import io.github.journeykit.export.json.JourneyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The file formats a journey is read from and written to, each known by its file's extension: the
 * one place that maps a file to its reader and writer, for every command that reads or writes a
 * journey. Not public API.
 *
 * <pre>{@code
 * Journey journey = JourneyFileFormat.readJourney(Path.of("my-map.xlsx"));
 * JourneyFileFormat.of(Path.of("copy.json")).write(journey, Path.of("copy.json"));
 * }</pre>
 */
public enum JourneyFileFormat {
  /** The versioned JourneyKit JSON document: every field of the model. */
  JSON("JSON", "json") {
    @Override
    Journey read(Path file) throws IOException {
      try (InputStream in = Files.newInputStream(file)) {
        return JourneyJson.read(in);
      }
    }

    @Override
    void write(Journey journey, OutputStream out) throws IOException {
      Exporters.json().write(MapReport.of(journey), out);
    }
  },

  /** The spreadsheet grid as an XLSX workbook ({@link JourneyGrid}): part of a journey. */
  XLSX("XLSX grid", "xlsx") {
    @Override
    Journey read(Path file) throws IOException {
      return JourneyGrid.readXlsx(file);
    }

    @Override
    void write(Journey journey, OutputStream out) throws IOException {
      JourneyGrid.writeXlsx(journey, out);
    }

    /** The starter workbook: an example journey, a blank grid, and how to fill one in. */
    @Override
    void writeStarter(OutputStream out) throws IOException {
      JourneyGrid.writeStarterWorkbook(out);
    }
  },

  /** The spreadsheet grid as CSV ({@link JourneyGrid}): part of a journey. */
  CSV_GRID("CSV grid", "csv") {
    @Override
    Journey read(Path file) throws IOException {
      return JourneyGrid.readCsv(file);
    }

    @Override
    void write(Journey journey, OutputStream out) throws IOException {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      JourneyGrid.writeCsv(journey, writer);
      writer.flush();
    }
  },

  /** A CJML 2.0 document of the planned journey ({@link Cjml}): part of a journey. */
  CJML("CJML", "cjml.xml", "cjml") {
    @Override
    Journey read(Path file) throws IOException {
      return Cjml.readPlanned(file);
    }

    @Override
    void write(Journey journey, OutputStream out) throws IOException {
      Cjml.writePlanned(journey, out);
    }
  };

  /**
   * The formats in words, for the help of the commands (an annotation needs a constant): a test
   * checks that it names every format's extension.
   */
  static final String NAMES =
      "JSON (.json), an XLSX grid (.xlsx), a CSV grid (.csv) or CJML (.cjml.xml)";

  private final String title;
  private final List<String> extensions;

  JourneyFileFormat(String title, String... extensions) {
    this.title = title;
    this.extensions = List.of(extensions);
  }

  /**
   * The extension of the format's files, without the dot.
   *
   * @return the extension, such as {@code json}
   */
  public String extension() {
    return extensions.get(0);
  }

  /**
   * Whether the format holds every field of a journey; a grid and CJML hold part of one.
   *
   * @return true for JSON
   */
  public boolean holdsEveryField() {
    return this == JSON;
  }

  @Override
  public String toString() {
    return title;
  }

  /**
   * The format of a file, by its extension, whatever its case.
   *
   * @param file the file
   * @return its format
   * @throws BadInputException naming the file and the extensions known, if none is its own
   */
  public static JourneyFileFormat of(Path file) throws BadInputException {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    for (JourneyFileFormat format : values()) {
      for (String extension : format.extensions) {
        if (lower.endsWith("." + extension)) {
          return format;
        }
      }
    }
    throw new BadInputException(
        file
            + ": the file name must end in "
            + Arrays.stream(values())
                .map(
                    f ->
                        f.extensions.stream().map(e -> "." + e).collect(Collectors.joining(" or "))
                            + " ("
                            + f.title
                            + ")")
                .collect(Collectors.joining(", "))
            + ", which names the journey format to use (was \""
            + name
            + "\")");
  }

  /** Reads a journey in this format; bad input throws the reader's exception with its problems. */
  abstract Journey read(Path file) throws IOException;

  /** Writes a journey in this format. */
  abstract void write(Journey journey, OutputStream out) throws IOException;

  /** Writes a file to start a map from: the starter journey, unless the format has better. */
  void writeStarter(OutputStream out) throws IOException {
    write(NewCommand.starter(), out);
  }

  /**
   * Reads a journey from a file, in the format its extension names.
   *
   * @param file the file
   * @return the journey
   * @throws InvalidJourneyException listing every problem of the document with its place
   * @throws BadInputException if the extension names no format or the file cannot be read
   */
  public static Journey readJourney(Path file) throws BadInputException {
    JourneyFileFormat format = of(file);
    if (Files.isDirectory(file)) {
      throw new BadInputException("cannot read " + file + ": a directory, not a file");
    }
    try {
      return format.read(file);
    } catch (JourneyFormatException e) {
      throw new InvalidJourneyException(file, e.problems());
    } catch (GridFormatException e) {
      throw new InvalidJourneyException(file, e.problems());
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + IoFailures.reason(e));
    }
  }

  /**
   * Writes a journey into a file in this format, whole or not at all: into a new file beside it
   * first, which then takes its place.
   *
   * @param journey the journey
   * @param file the file; replaced if it exists
   * @throws InvalidJourneyException if the format cannot hold the journey (a grid's cell holds at
   *     most {@value JourneyGrid#MAX_CELL_LENGTH} characters); the file is as it was
   * @throws IOException if the file cannot be written or put in place
   */
  public void write(Journey journey, Path file) throws InvalidJourneyException, IOException {
    try {
      writeWhole(file, out -> write(journey, out));
    } catch (GridFormatException e) {
      throw new InvalidJourneyException(file, e.problems());
    }
  }

  /**
   * Writes a file to start a map from in this format: for XLSX the starter workbook, otherwise a
   * minimal valid journey whose texts are placeholders.
   *
   * @param file the file
   * @throws IOException if the file cannot be written
   */
  public void writeStarter(Path file) throws IOException {
    writeWhole(file, this::writeStarter);
  }

  /** What is written into a file. */
  @FunctionalInterface
  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static void writeWhole(Path file, Content content) throws IOException {
    Path target = file.toAbsolutePath();
    if (Files.isDirectory(target)) {
      throw new FileSystemException(
          target.toString(), null, "a directory is in the way, not a file");
    }
    if (!Files.isDirectory(target.getParent())) {
      throw new FileSystemException(
          target.toString(), null, "its directory " + target.getParent() + " does not exist");
    }
    // A new file, so that the umask gives it the permissions of any new file.
    Path temporary =
        target.resolveSibling(
            "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
    try {
      try (OutputStream out =
          Files.newOutputStream(
              temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        content.writeTo(out);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
