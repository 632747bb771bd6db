package io.github.journeykit.cli.internal;

import io.github.journeykit.cli.ReportDefaults;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * What one command printed and returned, run in this JVM as a user runs it: flags in, output,
 * messages and exit status out.
 *
 * @param status the exit status
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CommandRun(int status, String out, String err) {
  /** Runs the {@code journeykit} command off a terminal, as in a log or a pipe. */
  static CommandRun journeykit(String... args) {
    return journeykit(false, args);
  }

  /** Runs the {@code journeykit} command, on a terminal if {@code terminal}. */
  static CommandRun journeykit(boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Commands.journeykit(args, streams(out, err, terminal));
    return new CommandRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs the {@code report} command alone under {@code defaults}, off a terminal. */
  static CommandRun report(ReportDefaults defaults, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Commands.report(defaults, args, streams(out, err, false));
    return new CommandRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Streams streams(
      ByteArrayOutputStream out, ByteArrayOutputStream err, boolean terminal) {
    return new Streams(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        terminal);
  }

  /** Writes the broadband sample journey of the tests as a JSON document. */
  static Path broadband(Path dir) throws IOException {
    return write(SampleJourneys.broadbandFault(), dir.resolve("broadband-fault.json"));
  }

  /** Writes a journey as a JSON document. */
  static Path write(Journey journey, Path file) throws IOException {
    try {
      JourneyFileFormat.JSON.write(journey, file);
    } catch (InvalidJourneyException e) {
      throw new AssertionError("JSON holds every journey", e);
    }
    return file;
  }
}
