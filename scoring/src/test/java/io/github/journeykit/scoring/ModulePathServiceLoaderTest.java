package io.github.journeykit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.JdkTools;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A strategy in a module of its own, declared with {@code provides}, is found by name on the real
 * module path: the test compiles the module with the JDK's {@code javac} and loads it in a layer.
 */
class ModulePathServiceLoaderTest {
  private static final String MODULE_INFO =
      "module example.plugin {\n"
          + "  requires io.github.journeykit.scoring;\n"
          + "  provides io.github.journeykit.scoring.ScoringStrategy with"
          + " example.plugin.StageCount;\n"
          + "}\n";

  private static final String PROVIDER =
      "package example.plugin;\n"
          + "import io.github.journeykit.core.model.*;\n"
          + "import io.github.journeykit.core.score.Score;\n"
          + "import io.github.journeykit.scoring.*;\n"
          + "import java.util.Optional;\n"
          + "public final class StageCount implements ScoringStrategy<Journey> {\n"
          + "  public String name() { return \"stage-count\"; }\n"
          + "  public Subject<Journey> subject() { return Subject.JOURNEY; }\n"
          + "  public Optional<Score> score(Journey journey, ScoringContext context) {\n"
          + "    return Optional.of(Score.builder().label(\"Stages\").scale(Scale.atLeast(0))\n"
          + "        .value(journey.stages().size()).build());\n"
          + "  }\n"
          + "}\n";

  @Test
  void aProvidedStrategyIsFoundByName(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("src");
    JdkTools.write(source, "module-info.java", MODULE_INFO);
    JdkTools.write(source, "example/plugin/StageCount.java", PROVIDER);
    Path classes = dir.resolve("classes");
    JdkTools.javac(source, classes, "--module-path", System.getProperty("jdk.module.path"));

    ModuleLayer boot = ModuleLayer.boot();
    Configuration configuration =
        boot.configuration()
            .resolveAndBind(ModuleFinder.of(classes), ModuleFinder.of(), Set.of("example.plugin"));
    ModuleLayer layer =
        boot.defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());
    StrategyRegistry registry = StrategyRegistry.installed(layer.findLoader("example.plugin"));

    ScoringStrategy<Journey> stageCount = registry.get("stage-count", Subject.JOURNEY);
    assertEquals("example.plugin", stageCount.getClass().getModule().getName());
    Journey journey = SampleJourneys.broadbandFault();
    assertEquals(4, stageCount.score(journey, ScoringContext.of(journey)).get().value());
    assertEquals(
        List.of("experience-gap-journey", "experience-gap-weighted", "experience-score"),
        registry.all(Subject.JOURNEY).stream()
            .map(ScoringStrategy::name)
            .filter(n -> n.startsWith("experience"))
            .collect(java.util.stream.Collectors.toList()));
    assertTrue(registry.names().contains("stage-count"));
    assertEquals(registry.names(), StrategyRegistry.installed(layer).names(), "found in the layer");
  }
}
