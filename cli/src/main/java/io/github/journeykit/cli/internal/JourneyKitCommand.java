package io.github.journeykit.cli.internal;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code journeykit}: the commands, one of which must be given. Not public API. */
@Command(
    name = "journeykit",
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Customer journey maps from the command line: report on journeys and what customers said"
          + " and did, check and convert journey documents, start a new one, and compare two"
          + " versions. Paths are relative to the current directory."
    },
    commandListHeading = "%nCommands:%n",
    footer = {"", "Run 'journeykit COMMAND --help' for the flags of a command."},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.DONE_LINE, ExitCodes.CANNOT_WRITE_LINE, ExitCodes.BAD_INPUT_LINE})
final class JourneyKitCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private HelpOption help;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "a command must be given: one of " + String.join(", ", spec.subcommands().keySet()));
  }
}
