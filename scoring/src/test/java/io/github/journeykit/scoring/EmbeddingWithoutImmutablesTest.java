package io.github.journeykit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project that embeds scoring without Immutables compiles its use of every value type without a
 * warning: public value types carry a bare {@code @Value.Immutable}, whose class-file annotation
 * names no attribute that the project's compiler would fail to find.
 */
class EmbeddingWithoutImmutablesTest {
  private static final String CONSUMER =
      "import io.github.journeykit.core.model.*;\n"
          + "import io.github.journeykit.scoring.*;\n"
          + "import io.github.journeykit.scoring.observe.*;\n"
          + "import java.util.List;\n"
          + "public class Consumer {\n"
          + "  static String use(Journey journey) {\n"
          + "    Observation answer ="
          + " Observation.builder().touchpointId(\"x\").metric(Metric.CSAT)\n"
          + "        .value(4).build();\n"
          + "    IngestionResult result = Ingestion.against(journey).run(List.of(answer));\n"
          + "    Rejection rejection = result.rejections().get(0);\n"
          + "    ObservationStatistics statistics = result.statistics();\n"
          + "    MetricStatistics numbers = MetricStatistics.of(1, 2);\n"
          + "    ScoringContext context = ScoringContext.of(journey, statistics);\n"
          + "    Ranking ranking = Prioritizer.by(ScoringStrategies.rice()).rank(context);\n"
          + "    RankedItem first = ranking.items().get(0);\n"
          + "    ExperienceCriterion cost = ExperienceCriterion.of(\"cost\", Metric.COST, 1);\n"
          + "    return rejection + \" \" + numbers + \" \" + first + \" \" + cost;\n"
          + "  }\n"
          + "}\n";

  @Test
  void compilesWithoutWarnings(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("Consumer.java");
    Files.writeString(source, CONSUMER, StandardCharsets.UTF_8);
    // The test's own module path (or class path), which holds scoring, core and Guava, less
    // Immutables.
    String path = System.getProperty("jdk.module.path", System.getProperty("java.class.path"));
    String classPath =
        Arrays.stream(path.split(File.pathSeparator))
            .filter(entry -> !entry.contains("immutables"))
            .collect(Collectors.joining(File.pathSeparator));
    assertTrue(classPath.contains("scoring"), classPath);
    Process javac =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-Xlint:all",
                "-Werror",
                "-proc:none",
                "--class-path",
                classPath,
                "-d",
                dir.resolve("classes").toString(),
                source.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(javac.waitFor(2, TimeUnit.MINUTES), "javac finished");
    assertEquals("", output);
    assertEquals(0, javac.exitValue());
  }
}
