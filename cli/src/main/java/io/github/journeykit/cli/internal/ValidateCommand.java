package io.github.journeykit.cli.internal;

import io.github.journeykit.core.model.Journey;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code validate}: every problem of a journey document, or one line saying that it is valid. Not
 * public API.
 */
@Command(
    name = "validate",
    header = "Lists every problem of a journey document, or says it is valid.",
    description = {
      "Checks a journey (JSON, a spreadsheet grid as XLSX or CSV, or CJML) and prints every"
          + " problem, each with its place (JSON Pointer, line and column; or sheet and cell), the"
          + " rule and the value; or one line saying that it is valid."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:the journey is valid",
      "2:the journey is not valid, or the file cannot be read"
    })
final class ValidateCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "FILE",
      converter = Arguments.FileName.class,
      description = {"the journey: " + JourneyFileFormat.NAMES})
  private Path file;

  @Mixin private HelpOption help;

  private final Streams streams;

  ValidateCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws BadInputException {
    Journey journey;
    try {
      journey = JourneyFileFormat.readJourney(file);
    } catch (InvalidJourneyException e) {
      // The problems are what was asked for: they go to the output, the status says "invalid".
      streams.out().println(e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    streams.out().println(file + ": valid, " + journey);
    return ExitCodes.OK;
  }
}
