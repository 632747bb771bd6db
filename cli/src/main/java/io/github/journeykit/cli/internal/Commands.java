package io.github.journeykit.cli.internal;

import io.github.journeykit.cli.ReportDefaults;
import io.github.journeykit.export.ExporterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the commands: parses the flags, runs the command, and turns what went wrong into a message
 * on the error stream and an exit status (2 bad input or flags, 1 the output could not be written).
 * Not public API.
 *
 * <pre>{@code
 * int status = Commands.journeykit(new String[] {"validate", "my-map.json"},
 *     new Streams(System.out, System.err, Terminal.detect()));
 * }</pre>
 */
public final class Commands {
  /** The name of the command line program, which begins its messages. */
  public static final String NAME = "journeykit";

  /** Where {@code journeykit report} writes without {@code --out}. */
  public static final String DEFAULT_OUT = "journeykit-output";

  private Commands() {}

  /**
   * Runs the {@code journeykit} command.
   *
   * @param args the command and its flags
   * @param streams where to print
   * @return the exit status
   */
  public static int journeykit(String[] args, Streams streams) {
    CommandLine line = new CommandLine(new JourneyKitCommand());
    add(
        line,
        report(ReportDefaults.of(NAME + " report", Path.of(DEFAULT_OUT)), streams),
        new CommandLine(new ValidateCommand(streams)),
        new CommandLine(new ConvertCommand(streams)),
        new CommandLine(new NewCommand(streams)),
        new CommandLine(new DiffCommand(streams)),
        new CommandLine(new CommandLine.HelpCommand()));
    return execute(line, args, streams);
  }

  /**
   * Runs the {@code report} command alone, as a program of its own under the defaults' name.
   *
   * @param defaults the name, the output directory, and what it runs on without {@code --journey}
   * @param args its flags
   * @param streams where to print
   * @return the exit status
   */
  public static int report(ReportDefaults defaults, String[] args, Streams streams) {
    return execute(report(defaults, streams), args, streams);
  }

  private static CommandLine report(ReportDefaults defaults, Streams streams) {
    ReportCommand command = new ReportCommand(defaults, streams);
    CommandLine line = new CommandLine(command);
    line.setCommandName(ReportJob.commandName(defaults));
    UsageMessageSpec usage = line.getCommandSpec().usageMessage();
    usage.description(command.description());
    line.setDefaultValueProvider(
        option -> {
          if (option.isOption()) {
            String flag = ((OptionSpec) option).longestName();
            if (flag.equals("--out")) {
              return defaults.out().toString();
            }
            if (flag.equals("--formats")) {
              return String.join(",", ExporterRegistry.installed().names());
            }
          }
          return null;
        });
    return line;
  }

  private static void add(CommandLine line, CommandLine... subcommands) {
    for (CommandLine subcommand : subcommands) {
      line.addSubcommand(subcommand.getCommandName(), subcommand);
    }
  }

  private static int execute(CommandLine line, String[] args, Streams streams) {
    PrintWriter out = new PrintWriter(streams.out(), true);
    PrintWriter err = new PrintWriter(streams.err(), true);
    line.setOut(out);
    line.setErr(err);
    line.setParameterExceptionHandler(
        (ParameterException e, String[] given) -> {
          String name = e.getCommandLine().getCommandSpec().qualifiedName();
          err.println(name + ": " + e.getMessage());
          UnmatchedArgumentException.printSuggestions(e, err);
          err.println("See '" + name + " --help'.");
          return ExitCodes.BAD_INPUT;
        });
    line.setExecutionExceptionHandler(
        (e, failed, parsed) -> {
          String name = failed.getCommandSpec().qualifiedName();
          if (e instanceof BadInputException) {
            err.println(name + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
          }
          if (e instanceof IOException) {
            err.println(name + ": " + IoFailures.describe((IOException) e));
            return ExitCodes.CANNOT_WRITE;
          }
          if (e instanceof UncheckedIOException) {
            err.println(name + ": " + IoFailures.describe(((UncheckedIOException) e).getCause()));
            return ExitCodes.CANNOT_WRITE;
          }
          throw e;
        });
    try {
      return line.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
