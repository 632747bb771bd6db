package io.github.journeykit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.JdkTools;
import io.github.journeykit.core.fixtures.SampleJourneys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every Java block of the README in order in one session of the JDK's own {@code jshell}, as a
 * reader pastes them, and compares what each prints with what the README shows: the {@code //}
 * lines that follow a statement, and the output block that follows a code block.
 */
class ReadmeTest {
  private static final String MARK = "@@readme ";

  /** One piece of a Java block and what the README says it prints, if it says. */
  private record Segment(Readme.Block block, String code, List<String> expected) {}

  @Test
  void everyJavaBlockRunsInOneSessionAndPrintsWhatTheReadmeShows(@TempDir Path dir)
      throws Exception {
    List<Segment> segments = new ArrayList<>();
    for (Readme.Block block : Readme.blocks("java")) {
      segments.addAll(segments(block));
    }
    StringBuilder script = new StringBuilder();
    for (int i = 0; i < segments.size(); i++) {
      script.append(segments.get(i).code());
      script.append("System.out.println(\"").append(MARK).append(i).append("\");\n");
    }
    List<String> printed = jshell(dir, script.toString());
    String all = String.join("\n", printed);

    Map<Integer, List<String>> bySegment = new LinkedHashMap<>();
    List<String> current = new ArrayList<>();
    for (String line : printed) {
      if (line.startsWith(MARK)) {
        bySegment.put(Integer.parseInt(line.substring(MARK.length()).strip()), current);
        current = new ArrayList<>();
      } else {
        current.add(line);
      }
    }
    assertEquals(segments.size(), bySegment.size(), "every block ran to its end:\n" + all);
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      if (!segment.expected().isEmpty()) {
        Readme.assertPrinted(
            segment.expected(),
            bySegment.get(i),
            "the java block at README line " + segment.block().line());
      }
    }
  }

  @Test
  void theFirstJourneyIsShortAndIsTheSampleOfTheTests(@TempDir Path dir) throws Exception {
    Readme.Block first = Readme.blockAfter("### A first journey", "java");
    assertTrue(first.lines().size() <= 15, "the snippet has " + first.lines().size() + " lines");
    List<String> printed = jshell(dir, first.text() + "System.out.print(journey.outline());\n");
    List<String> outline =
        SampleJourneys.openAccount().outline().lines().collect(Collectors.toList());
    assertEquals(outline, printed.subList(printed.size() - outline.size(), printed.size()));
  }

  /** Runs {@code script} in {@code jshell} in {@code dir}; what it printed, line by line. */
  private static List<String> jshell(Path dir, String script) throws Exception {
    Path file = dir.resolve("readme.jsh");
    Files.writeString(file, script + "/exit\n", StandardCharsets.UTF_8);
    String printed =
        JdkTools.run(
                "jshell",
                List.of(
                    "--class-path",
                    JdkTools.testPathString(),
                    "--feedback",
                    "concise",
                    file.toString()),
                "",
                dir)
            .succeeded()
            .output();
    assertFalse(printed.contains("Error:") || printed.contains("Exception"), printed);
    return printed.lines().collect(Collectors.toList());
  }

  /**
   * Cuts a block after each run of {@code //} lines that follows code: the run is what the code
   * before it prints. The output block after the code block, if any, is what its last piece prints.
   */
  private static List<Segment> segments(Readme.Block block) {
    List<Segment> segments = new ArrayList<>();
    StringBuilder code = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (String line : block.lines()) {
      boolean comment = line.strip().startsWith("//");
      if (comment && code.length() > 0) {
        expected.add(line.strip().substring(2).strip());
        continue;
      }
      if (!expected.isEmpty()) {
        segments.add(new Segment(block, code.toString(), expected));
        code = new StringBuilder();
        expected = new ArrayList<>();
      }
      code.append(line).append('\n');
    }
    List<String> last =
        !expected.isEmpty()
            ? expected
            : Readme.outputOf(block).map(Readme.Block::lines).orElse(List.of());
    segments.add(new Segment(block, code.toString(), last));
    return segments;
  }
}
