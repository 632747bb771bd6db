package io.github.journeykit.core.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's JShell snippets in the JDK's own {@code jshell}, as a reader would. */
class ReadmeSnippetTest {
  private static final Path README = Path.of("..", "README.md");
  private static final String MARK = "---- outline ----";

  @Test
  void firstJourneySnippetIsShortAndRunsAsWritten(@TempDir Path dir) throws Exception {
    String snippet = javaBlockAfter("### A first journey");
    List<String> lines = snippet.lines().collect(Collectors.toList());
    assertTrue(lines.size() <= 15, "the snippet has " + lines.size() + " lines");
    String expected = lines.get(lines.size() - 1).replaceFirst("^// ", "");

    String script =
        snippet
            + "\nSystem.out.println(\""
            + MARK
            + "\");\nSystem.out.print(journey.outline());\n"
            + javaBlockAfter("### Finding and changing things")
            + "\n"
            + "System.out.println(moved.stage(\"apply\").get().touchpoints().get(0).id());\n"
            + "/exit\n";
    List<String> output = jshell(dir, script);

    int mark = output.indexOf(MARK);
    assertTrue(mark > 0, "the snippet ran to the end:\n" + String.join("\n", output));
    assertEquals(expected, output.get(mark - 1));
    List<String> outline =
        SampleJourneys.openAccount()
            .outline()
            .lines()
            .map(String::strip)
            .collect(Collectors.toList());
    assertEquals(
        outline,
        output.subList(mark + 1, mark + 1 + outline.size()),
        "the README builds the same journey as the test fixtures");
    assertEquals("advert", output.get(output.size() - 1));
  }

  private static String javaBlockAfter(String heading) throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int at = readme.indexOf("\n" + heading + "\n");
    assertTrue(at >= 0, "README has a section " + heading);
    int start = readme.indexOf("```java\n", at) + "```java\n".length();
    int end = readme.indexOf("```", start);
    return readme.substring(start, end);
  }

  private static List<String> jshell(Path dir, String script) throws Exception {
    Path file = dir.resolve("snippet.jsh");
    Files.writeString(file, script, StandardCharsets.UTF_8);
    String classPath =
        Stream.of("jdk.module.path", "java.class.path")
            .map(System::getProperty)
            .filter(p -> p != null && !p.isEmpty())
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "jshell").toString(),
                "--class-path",
                classPath,
                "--feedback",
                "concise",
                file.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "jshell finished");
    assertFalse(output.contains("Error:") || output.contains("Exception"), output);
    return output.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
