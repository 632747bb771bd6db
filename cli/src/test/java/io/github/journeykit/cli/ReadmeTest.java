package io.github.journeykit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's section on the command line shows what the command prints. */
class ReadmeTest {
  private static final Path README = Path.of("..", "README.md");

  @Test
  void theHelpShownIsTheHelpPrinted() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        JourneyKitCli.run(
            new String[] {"--help"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(0, status);
    assertEquals(
        firstOutputBlockAfter("## The command line"), out.toString(StandardCharsets.UTF_8));
  }

  /** The text of the first fenced block without a language after {@code heading}. */
  private static String firstOutputBlockAfter(String heading) throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int at = lines.indexOf(heading);
    assertTrue(at >= 0, "README has a heading " + heading);
    for (int i = at; i < lines.size(); i++) {
      if (lines.get(i).equals("```")) {
        StringBuilder block = new StringBuilder();
        for (int j = i + 1; !lines.get(j).startsWith("```"); j++) {
          block.append(lines.get(j)).append('\n');
        }
        return block.toString();
      }
      if (lines.get(i).startsWith("```")) {
        for (i++; !lines.get(i).startsWith("```"); i++) {
          // Skips a block with a language.
        }
      }
    }
    throw new AssertionError("an output block after " + heading);
  }
}
