package io.github.journeykit.cli.internal;

import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.Exporters;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.json.FormatProblem;
import io.github.journeykit.export.json.JourneyFormatException;
import io.github.journeykit.export.json.JourneyJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * Journey journey = JourneyFileFormat.readJourney(Path.of("my-map.json"));
 * JourneyFileFormat.of(Path.of("copy.json")).write(journey, Path.of("copy.json"));
 * }</pre>
 */
public enum JourneyFileFormat {
  /** The versioned JourneyKit JSON document. */
  JSON("json") {
    @Override
    Journey read(InputStream in) throws IOException {
      return JourneyJson.read(in);
    }

    @Override
    void write(Journey journey, OutputStream out) throws IOException {
      Exporters.json().write(MapReport.of(journey), out);
    }
  };

  private final String extension;

  JourneyFileFormat(String extension) {
    this.extension = extension;
  }

  /**
   * The extension of the format's files, without the dot.
   *
   * @return the extension, such as {@code json}
   */
  public String extension() {
    return extension;
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
      if (lower.endsWith("." + format.extension)) {
        return format;
      }
    }
    throw new BadInputException(
        file
            + ": the file name must end in "
            + Arrays.stream(values()).map(f -> "." + f.extension).collect(Collectors.joining(", "))
            + ", which names the journey format to use (was \""
            + name
            + "\")");
  }

  /** Reads a journey in this format; bad input throws {@link JourneyFormatException}. */
  abstract Journey read(InputStream in) throws IOException;

  /** Writes a journey in this format. */
  abstract void write(Journey journey, OutputStream out) throws IOException;

  /**
   * Reads a journey from a file, in the format its extension names.
   *
   * @param file the file
   * @return the journey
   * @throws JourneyFormatException listing every problem of the document
   * @throws BadInputException if the extension names no format or the file cannot be read
   */
  public static Journey readDocument(Path file) throws BadInputException {
    JourneyFileFormat format = of(file);
    if (Files.isDirectory(file)) {
      throw new BadInputException("cannot read " + file + ": a directory, not a file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return format.read(in);
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + IoFailures.reason(e));
    }
  }

  /**
   * Reads a journey from a file, in the format its extension names; every problem of the document
   * is bad input.
   *
   * @param file the file
   * @return the journey
   * @throws BadInputException listing every problem with its place, or why the file cannot be read
   */
  public static Journey readJourney(Path file) throws BadInputException {
    try {
      return readDocument(file);
    } catch (JourneyFormatException e) {
      throw new BadInputException(problems(file, e.problems()));
    }
  }

  /**
   * Every problem of a document, one a line, each with its place, the rule and the value.
   *
   * @param file the document
   * @param problems its problems
   * @return the text, beginning with a line that names the file and counts the problems
   */
  public static String problems(Path file, List<FormatProblem> problems) {
    return file
        + " is not a valid journey document ("
        + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
        + "):"
        + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
  }

  /**
   * Writes a file to start a map from in this format: a minimal valid journey whose texts are
   * placeholders.
   *
   * @param file the file
   * @throws IOException if the file cannot be written
   */
  public void writeStarter(Path file) throws IOException {
    write(NewCommand.starter(), file);
  }

  /**
   * Writes a journey into a file in this format, whole or not at all: into a new file beside it
   * first, which then takes its place.
   *
   * @param journey the journey
   * @param file the file; replaced if it exists
   * @throws IOException if the file cannot be written or put in place
   */
  public void write(Journey journey, Path file) throws IOException {
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
        write(journey, out);
      }
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
