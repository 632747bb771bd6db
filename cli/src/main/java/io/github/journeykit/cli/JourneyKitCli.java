package io.github.journeykit.cli;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.cli.internal.Commands;
import io.github.journeykit.cli.internal.Streams;
import io.github.journeykit.cli.internal.Terminal;
import java.io.PrintStream;

/**
 * The {@code journeykit} command line: {@code report}, {@code validate}, {@code convert}, {@code
 * new} and {@code diff}, each with {@code --help}. Paths resolve against the current directory.
 * Exit status: 0 done, 1 the output could not be written, 2 bad input or flags. Progress bars are
 * drawn on the error stream, on a terminal only.
 *
 * <pre>{@code
 * // java -jar cli/target/journeykit.jar validate my-map.json
 * int status = JourneyKitCli.run(new String[] {"validate", "my-map.json"}, System.out, System.err);
 * }</pre>
 */
public final class JourneyKitCli {
  private JourneyKitCli() {}

  /**
   * Runs a command and exits with its status when that is not 0.
   *
   * @param args the command and its flags; see {@code --help}
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs a command. Progress bars are drawn only when the program runs on a terminal.
   *
   * @param args the command and its flags
   * @param out where results go
   * @param err where progress and error messages go
   * @return the exit status: 0 done, 1 the output could not be written, 2 bad input or flags
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return Commands.journeykit(
        requireNonNull(args, "args"),
        new Streams(requireNonNull(out, "out"), requireNonNull(err, "err"), Terminal.detect()));
  }

  /**
   * Runs the {@code report} command as a program of its own: under the defaults' name, writing
   * where they say without {@code --out}, and on their samples without {@code --journey}. Progress
   * bars are drawn only when the program runs on a terminal.
   *
   * @param defaults the name, output directory and samples
   * @param args the flags of {@code report}
   * @param out where the summary goes
   * @param err where progress and error messages go
   * @return the exit status: 0 done, 1 the output could not be written, 2 bad input or flags
   */
  public static int report(
      ReportDefaults defaults, String[] args, PrintStream out, PrintStream err) {
    return report(defaults, args, out, err, Terminal.detect());
  }

  /**
   * Runs the {@code report} command as a program of its own, drawing progress bars on {@code err}
   * only if {@code terminal}.
   *
   * @param defaults the name, output directory and samples
   * @param args the flags of {@code report}
   * @param out where the summary goes
   * @param err where progress and error messages go
   * @param terminal whether {@code err} is a terminal, which gets progress bars
   * @return the exit status: 0 done, 1 the output could not be written, 2 bad input or flags
   */
  public static int report(
      ReportDefaults defaults, String[] args, PrintStream out, PrintStream err, boolean terminal) {
    return Commands.report(
        requireNonNull(defaults, "defaults"),
        requireNonNull(args, "args"),
        new Streams(requireNonNull(out, "out"), requireNonNull(err, "err"), terminal));
  }
}
