package io.github.journeykit.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.JdkTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the JShell tour in the JDK's own {@code jshell}, as the README starts it. */
class JShellTourTest {
  private static final Path TOUR = Path.of("jshell", "tour.jsh");
  private static final String SECTION = "## A JShell tour";

  @Test
  void theTourBuildsScoresAuditsAndExportsAJourneyAsTheReadmeShows() throws Exception {
    // JShell stays open after the script, as it does for a reader; end of input closes it.
    String output =
        JdkTools.run(
                "jshell",
                List.of(
                    "--class-path",
                    System.getProperty("java.class.path"),
                    "--feedback",
                    "concise",
                    TOUR.toString()))
            .succeeded()
            .output();
    assertFalse(output.contains("Error:") || output.contains("Exception"), output);

    for (String expected :
        List.of(
            "CURRENT journey fault \"Get a fault fixed\"",
            "Experience gap -2.7 [-6..6] baseline 0",
            "NPS 20 [-100..100] baseline 0 (n=10, 95% CI [-30.326, 61.0952] adjusted-wald)",
            "#1 callback: RICE 9000 (RICE = 9000 x 1 x 1 / 1 = 9000); ahead of notes (7200) by"
                + " 1800",
            "EMPLOYEE_KNOWLEDGE_AND_SKILLS CLOSED",
            "PathSummary[fault: 4 cases, 25% conforming, 2 stages]",
            "FunnelStage[fix reached 2 of 3, step 66.6667%, dropped 1]",
            "journey\n  title Get a fault fixed\n  section Report the fault \u00b7 reached 3 of 4"
                + " (75%)\n    Call the helpline (1 missing, 1 repeated): 2: phone\n",
            "## What customers did",
            "# Get a fault fixed\n",
            "| 1 | Offer a call-back | Fix | Proposed | no owner |  | Callers wait 14 minutes |  |"
                + " 9000 |")) {
      assertTrue(output.contains(expected), "the tour printed " + expected + ":\n" + output);
    }
    Readme.Block command = Readme.blockAfter(SECTION, "sh");
    Readme.Block shown =
        Readme.outputOf(command)
            .orElseThrow(() -> new AssertionError("the README shows what the tour prints"));
    // The prompt JShell shows when the script is done is no output of the tour.
    List<String> printed =
        output.lines().filter(l -> !l.startsWith("jshell>")).collect(Collectors.toList());
    Readme.assertPrinted(shown.lines(), printed, "the JShell tour");
  }

  @Test
  void theReadmeStartsTheTourFromTheRepositoryRoot() {
    String command = Readme.blockAfter(SECTION, "sh").text().strip();
    assertFalse(command.contains("\n"), "one command: " + command);
    assertTrue(command.endsWith(" examples/" + TOUR.toString().replace('\\', '/')), command);
    assertTrue(Files.isRegularFile(TOUR));
  }
}
