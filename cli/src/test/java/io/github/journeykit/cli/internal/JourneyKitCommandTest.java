package io.github.journeykit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyKitCommandTest {
  private static final List<String> COMMANDS =
      List.of("report", "validate", "convert", "new", "diff");

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    CommandRun run = CommandRun.journeykit("--help");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("Usage: journeykit [-h] COMMAND\n"), run.out());
    for (String command : COMMANDS) {
      assertTrue(run.out().contains("\n  " + command + " "), command);
    }
    assertTrue(
        run.out()
            .contains(
                "Exit codes:\n  0   done\n  1   the output could not be written; files that were"
                    + " there are as they were\n  2   bad input or flags; nothing was written\n"),
        run.out());
    assertEquals("", run.err());
  }

  @Test
  void eachCommandHasItsHelpBothWays() {
    for (String command : COMMANDS) {
      CommandRun flag = CommandRun.journeykit(command, "--help");
      CommandRun help = CommandRun.journeykit("help", command);
      assertEquals(0, flag.status(), command);
      assertEquals(flag.out(), help.out(), command);
      assertTrue(flag.out().contains("Usage: journeykit " + command + " "), flag.out());
      assertTrue(flag.out().contains("Exit codes:"), flag.out());
    }
  }

  @Test
  void aCommandMustBeGivenAndKnown() {
    CommandRun none = CommandRun.journeykit();
    assertEquals(2, none.status());
    assertEquals(
        "journeykit: a command must be given: one of report, validate, convert, new, diff, help\n"
            + "See 'journeykit --help'.\n",
        none.err());

    CommandRun unknown = CommandRun.journeykit("valdate", "map.json");
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().startsWith("journeykit: Unmatched arguments"), unknown.err());
    assertTrue(unknown.err().contains("validate"), "suggests the command meant: " + unknown.err());
  }
}
