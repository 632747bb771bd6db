package io.github.journeykit.cli.internal;

import io.github.journeykit.core.model.Journey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code convert}: a journey from one file format into another, each chosen by the file's
 * extension. Not public API.
 */
@Command(
    name = "convert",
    header = "Converts a journey from one file format into another.",
    description = {
      "Reads a journey in the format its file's extension names and writes it in the format the"
          + " other file's extension names, replacing that file whole or leaving it as it was. A"
          + " grid or CJML holds part of a journey: what it cannot hold is left out, and said so."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.DONE_LINE, ExitCodes.CANNOT_WRITE_LINE, ExitCodes.BAD_INPUT_LINE})
final class ConvertCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "IN",
      converter = Arguments.FileName.class,
      description = {"the journey to read: " + JourneyFileFormat.NAMES})
  private Path in;

  @Parameters(
      index = "1",
      paramLabel = "OUT",
      converter = Arguments.FileName.class,
      description = {"the file to write: " + JourneyFileFormat.NAMES})
  private Path out;

  @Mixin private HelpOption help;

  private final Streams streams;

  ConvertCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws BadInputException, IOException {
    JourneyFileFormat format = JourneyFileFormat.of(out);
    Journey journey = JourneyFileFormat.readJourney(in);
    format.write(journey, out);
    streams
        .out()
        .println(
            "Wrote journey \""
                + journey.id()
                + "\" from "
                + in
                + " to "
                + out.toAbsolutePath()
                + " ("
                + format
                + ")");
    if (!format.holdsEveryField() && !JourneyFileFormat.readJourney(out).equals(journey)) {
      streams
          .out()
          .println(
              "The "
                  + format
                  + " holds part of a journey: the fields it has no place for were left out"
                  + " (the README lists what it holds)");
    }
    return ExitCodes.OK;
  }
}
