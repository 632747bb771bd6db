package io.github.journeykit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.JdkTools;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project with a {@code module-info.java} that embeds JourneyKit compiles and runs on the module
 * path with JourneyKit's artifacts and their run-time dependencies only: no Immutables, no test
 * library. The module path is what the JDK resolves from the three modules' own descriptors.
 */
class NamedModuleConsumerTest {
  private static final Set<String> JOURNEYKIT =
      Set.of(
          "io.github.journeykit.core",
          "io.github.journeykit.scoring",
          "io.github.journeykit.export");

  private static final String CONSUMER_MODULE =
      "module com.example.consumer {\n"
          + "  requires io.github.journeykit.core;\n"
          + "  requires io.github.journeykit.scoring;\n"
          + "  requires io.github.journeykit.export;\n"
          + "  provides io.github.journeykit.export.JourneyExporter with"
          + " com.example.consumer.StageListExporter;\n"
          + "}\n";

  private static final String EXPORTER =
      "package com.example.consumer;\n"
          + "import io.github.journeykit.core.model.Stage;\n"
          + "import io.github.journeykit.export.*;\n"
          + "import java.io.IOException;\n"
          + "import java.io.Writer;\n"
          + "public final class StageListExporter implements JourneyExporter {\n"
          + "  public String name() { return \"stage-list\"; }\n"
          + "  public String fileExtension() { return \"txt\"; }\n"
          + "  public String mediaType() { return \"text/plain; charset=UTF-8\"; }\n"
          + "  public void write(MapReport report, Writer out) throws IOException {\n"
          + "    for (Stage stage : report.journey().stages()) out.write(stage.id() + \";\");\n"
          + "    out.flush();\n"
          + "  }\n"
          + "}\n";

  private static final String MAIN =
      "package com.example.consumer;\n"
          + "import io.github.journeykit.core.model.*;\n"
          + "import io.github.journeykit.core.score.Score;\n"
          + "import io.github.journeykit.scoring.*;\n"
          + "import io.github.journeykit.export.*;\n"
          + "import io.github.journeykit.export.json.JourneyJson;\n"
          + "import java.io.StringWriter;\n"
          + "public final class Main {\n"
          + "  public static void main(String[] args) throws Exception {\n"
          + "    Touchpoint form = Touchpoint.builder(\"form\", \"Fill in the form\","
          + " Channel.WEB)\n"
          + "        .addMeasurement(Measurement.of(Metric.EMOTION, -2, Scale.EMOTION)).build();\n"
          + "    Journey journey = Journey.builder(\"open\", \"Open an account\")\n"
          + "        .addStage(Stage.builder(\"apply\", \"Apply\").addTouchpoint(form).build())\n"
          + "        .addStage(Stage.builder(\"use\", \"Use\")\n"
          + "            .addTouchpoint(Touchpoint.of(\"card\", \"Use the card\","
          + " Channel.STORE)).build())\n"
          + "        .build();\n"
          + "    Score emotion = ScoringStrategies.emotion()\n"
          + "        .score(form, ScoringContext.of(journey)).orElseThrow();\n"
          + "    System.out.println(\"emotion \" + emotion.value());\n"
          + "    StringWriter out = new StringWriter();\n"
          + "    ExporterRegistry.installed().get(\"stage-list\").write(MapReport.of(journey),"
          + " out);\n"
          + "    System.out.println(\"stage-list \" + out);\n"
          + "    String json = Exporters.json().render(MapReport.of(journey));\n"
          + "    System.out.println(\"round trip \" + JourneyJson.read(json).equals(journey));\n"
          + "  }\n"
          + "}\n";

  private static List<Path> modulePath;

  /**
   * Resolves JourneyKit's three modules against the test's class path, less Immutables, as the JDK
   * would at run time: the modules it finds are what a consumer puts on its module path.
   */
  @BeforeAll
  static void resolveTheModulePath() {
    List<Path> candidates = new ArrayList<>();
    for (String entry : JdkTools.testPath()) {
      Path path = Path.of(entry);
      if (entry.contains("immutables") || !Files.exists(path)) {
        continue;
      }
      try {
        ModuleFinder.of(path).findAll();
        candidates.add(path);
      } catch (FindException notAModule) {
        // A test library that is no valid automatic module is no dependency of JourneyKit's.
      }
    }
    Configuration resolved =
        Configuration.resolve(
            ModuleFinder.ofSystem(),
            List.of(Configuration.empty()),
            ModuleFinder.of(candidates.toArray(Path[]::new)),
            JOURNEYKIT);
    modulePath =
        resolved.modules().stream()
            .map(ResolvedModule::reference)
            .map(ModuleReference::location)
            .flatMap(java.util.Optional::stream)
            .filter(uri -> uri.getScheme().equals("file"))
            .map(URI::getPath)
            .map(Path::of)
            .filter(p -> !p.startsWith(Path.of(System.getProperty("java.home"))))
            .distinct()
            .collect(Collectors.toList());
  }

  @Test
  void theModulePathHoldsJourneyKitAndItsRunTimeDependenciesOnly() {
    Set<String> names = new TreeSet<>();
    for (Path entry : modulePath) {
      ModuleFinder.of(entry).findAll().forEach(m -> names.add(m.descriptor().name()));
    }
    assertTrue(names.containsAll(JOURNEYKIT), names.toString());
    assertFalse(names.stream().anyMatch(n -> n.contains("immutables")), names.toString());
    assertFalse(names.stream().anyMatch(n -> n.contains("junit")), names.toString());
  }

  @Test
  void aNamedModuleCompilesAndRunsWithAStrategyItsOwnExporterAndJson(@TempDir Path dir)
      throws Exception {
    Path source = dir.resolve("src");
    JdkTools.write(source, "module-info.java", CONSUMER_MODULE);
    JdkTools.write(source, "com/example/consumer/StageListExporter.java", EXPORTER);
    JdkTools.write(source, "com/example/consumer/Main.java", MAIN);
    Path classes = dir.resolve("classes");
    JdkTools.javac(source, classes, "--module-path", modulePath());

    List<String> printed =
        JdkTools.run(
                "java",
                List.of(
                    "--module-path",
                    classes + File.pathSeparator + modulePath(),
                    "--module",
                    "com.example.consumer/com.example.consumer.Main"))
            .succeeded()
            .lines();
    assertEquals(List.of("emotion -2.0", "stage-list apply;use;", "round trip true"), printed);
  }

  @Test
  void theReadmeModuleDeclarationCompiles(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Readme.FILE, StandardCharsets.UTF_8);
    int start = readme.indexOf("module com.example.scoring {");
    assertTrue(start >= 0, "README declares module com.example.scoring");
    Path source = dir.resolve("src");
    JdkTools.write(
        source, "module-info.java", readme.substring(start, readme.indexOf("}", start) + 1));
    JdkTools.write(
        source,
        "com/example/scoring/CostPerReach.java",
        "package com.example.scoring;\n"
            + "import io.github.journeykit.core.model.*;\n"
            + "import io.github.journeykit.core.score.Score;\n"
            + "import io.github.journeykit.scoring.*;\n"
            + "import java.util.Optional;\n"
            + "public final class CostPerReach implements ScoringStrategy<ActionItem> {\n"
            + "  public String name() { return \"cost-per-reach\"; }\n"
            + "  public Subject<ActionItem> subject() { return Subject.ACTION; }\n"
            + "  public Optional<Score> score(ActionItem action, ScoringContext context) {\n"
            + "    var cost = action.estimate(Estimates.COST);\n"
            + "    var reach = action.estimate(Estimates.REACH);\n"
            + "    return cost.isPresent() && reach.isPresent() && reach.getAsDouble() > 0\n"
            + "        ? Optional.of(Score.builder().label(\"Cost per reach\")\n"
            + "            .scale(Scale.atLeast(0)).value(cost.getAsDouble() /"
            + " reach.getAsDouble())\n"
            + "            .build())\n"
            + "        : Optional.empty();\n"
            + "  }\n"
            + "}\n");
    JdkTools.javac(source, dir.resolve("classes"), "--module-path", modulePath());
  }

  private static String modulePath() {
    return modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
