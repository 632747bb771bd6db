package io.github.journeykit.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.JdkTools;
import java.io.File;
import java.nio.file.Path;
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
          + "import io.github.journeykit.analytics.*;\n"
          + "import io.github.journeykit.analytics.observation.*;\n"
          + "import java.util.List;\n"
          + "public class Consumer {\n"
          + "  static String use(Journey journey) {\n"
          + "    Observation answer ="
          + " Observation.builder().touchpointId(\"x\").metric(Metric.CSAT)\n"
          + "        .value(4).build();\n"
          + "    IngestionResult result = Ingestion.against(journey).run(List.of(answer));\n"
          + "    Rejection<Observation> rejection = result.rejections().get(0);\n"
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
    JdkTools.write(dir.resolve("src"), "Consumer.java", CONSUMER);
    // The test's own module path and class path, which hold scoring, core and Guava, less
    // Immutables.
    String classPath =
        JdkTools.testPath().stream()
            .filter(entry -> !entry.contains("immutables"))
            .collect(Collectors.joining(File.pathSeparator));
    assertTrue(classPath.contains("scoring"), classPath);
    JdkTools.javac(dir.resolve("src"), dir.resolve("classes"), "--class-path", classPath);
  }
}
