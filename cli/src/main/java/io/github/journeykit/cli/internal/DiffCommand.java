package io.github.journeykit.cli.internal;

import io.github.journeykit.core.diff.JourneyDiff;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code diff}: what changed between two versions of a map, as {@link JourneyDiff} says it. */
@Command(
    name = "diff",
    header = "Prints what changed between two versions of a journey map.",
    description = {
      "Compares two versions of a journey map and prints every change (added, removed, moved,"
          + " changed, each with its path) and what the changes mean: KPIs toward or away from"
          + " their target, actions that changed status, gaps opened and closed, pain points"
          + " relieved and new."
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:done, whether or not the versions differ", ExitCodes.BAD_INPUT_LINE})
final class DiffCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "OLD",
      converter = Arguments.FileName.class,
      description = {"the earlier version: " + JourneyFileFormat.NAMES})
  private Path earlier;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      converter = Arguments.FileName.class,
      description = {"the later version: " + JourneyFileFormat.NAMES})
  private Path later;

  @Mixin private HelpOption help;

  private final Streams streams;

  DiffCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws BadInputException {
    JourneyDiff diff =
        JourneyDiff.between(
            JourneyFileFormat.readJourney(earlier), JourneyFileFormat.readJourney(later));
    streams.out().print(diff.summary());
    return ExitCodes.OK;
  }
}
