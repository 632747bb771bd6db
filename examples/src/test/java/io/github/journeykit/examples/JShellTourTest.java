package io.github.journeykit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the JShell tour in the JDK's own {@code jshell}, as the README starts it. */
class JShellTourTest {
  private static final Path TOUR = Path.of("jshell", "tour.jsh");

  @Test
  void theTourBuildsScoresAuditsAndExportsAJourney() throws Exception {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "jshell").toString(),
            "--class-path",
            System.getProperty("java.class.path"),
            "--feedback",
            "concise",
            TOUR.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    // JShell stays open after the script, as it does for a reader; end of input closes it.
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "jshell finished");
    assertEquals(0, process.exitValue(), output);
    assertFalse(output.contains("Error:") || output.contains("Exception"), output);

    for (String expected :
        List.of(
            "CURRENT journey fault \"Get a fault fixed\"",
            "Experience gap -2.7 [-6..6] baseline 0",
            "NPS 20 [-100..100] baseline 0 (n=10, 95% CI [-30.326, 61.0952] adjusted-wald)",
            "#1 callback: RICE 9000 (RICE = 9000 x 1 x 1 / 1 = 9000); ahead of notes (7200) by"
                + " 1800",
            "EMPLOYEE_KNOWLEDGE_AND_SKILLS CLOSED",
            "journey\n  title Get a fault fixed\n  section Report the fault\n"
                + "    Call the helpline: 2: phone\n",
            "# Get a fault fixed\n",
            "| 1 | Offer a call-back | Fix | Proposed | no owner |  | Callers wait 14 minutes |  |"
                + " 9000 |")) {
      assertTrue(output.contains(expected), "the tour printed " + expected + ":\n" + output);
    }
  }

  @Test
  void theReadmeStartsTheTourFromTheRepositoryRoot() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("\n## A JShell tour\n");
    assertTrue(section >= 0, "README has a section A JShell tour");
    int start = readme.indexOf("```sh\n", section) + "```sh\n".length();
    String command = readme.substring(start, readme.indexOf("```", start)).strip();
    assertFalse(command.contains("\n"), "one command: " + command);
    assertTrue(command.endsWith(" examples/" + TOUR.toString().replace('\\', '/')), command);
    assertTrue(Files.isRegularFile(TOUR));
  }
}
