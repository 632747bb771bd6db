package io.github.journeykit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.journeykit.core.fixtures.DirectoryContents;
import io.github.journeykit.core.fixtures.JdkTools;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExporterRegistryTest {
  private static final MapReport REPORT = MapReport.of(SampleJourneys.broadbandFault());

  /** An exporter with a given name that writes one line, or fails. */
  private static final class Fixed implements JourneyExporter {
    private final String name;
    private final boolean fails;

    Fixed(String name, boolean fails) {
      this.name = name;
      this.fails = fails;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String fileExtension() {
      return name + ".txt";
    }

    @Override
    public String mediaType() {
      return "text/plain";
    }

    @Override
    public void write(MapReport report, Writer out) throws IOException {
      out.write("half of " + name);
      if (fails) {
        throw new IOException("disk full while writing " + name);
      }
      out.flush();
    }
  }

  @Test
  void findsTheSixBuiltInsByName() {
    ExporterRegistry registry = ExporterRegistry.builtIns();
    assertEquals(List.of("csv", "html", "json", "markdown", "mermaid", "svg"), registry.names());
    for (JourneyExporter exporter : Exporters.builtIns()) {
      assertEquals(exporter, registry.get(exporter.name()));
    }
    assertEquals(
        registry.names(),
        registry.all().stream().map(JourneyExporter::name).collect(Collectors.toList()));
    assertFalse(registry.find("pdf").isPresent());
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> registry.get("pdf"));
    assertEquals(
        "name: must be one of csv, html, json, markdown, mermaid, svg (was \"pdf\")",
        unknown.getMessage());
  }

  @Test
  void rejectsDuplicateAndMalformedNamesAllAtOnce() {
    List<JourneyExporter> exporters = new ArrayList<>(Exporters.builtIns());
    exporters.add(new Fixed("svg", false));
    exporters.add(new Fixed("Bad Name", false));
    ValidationException e =
        assertThrows(ValidationException.class, () -> ExporterRegistry.of(exporters));
    assertEquals("ExporterRegistry", e.subject());
    String fixed = ExporterRegistryTest.class.getName() + "$Fixed";
    assertEquals(
        List.of(
            "exporters[6].name: must be unique: added"
                + " io.github.journeykit.export.internal.svg.SvgJourneyMapExporter (exporters[4])"
                + " and added "
                + fixed
                + " both use it (was \"svg\")",
            "exporters[7].name: " + Problems.KEY_RULE + " (added " + fixed + ") (was \"Bad Name\")",
            "exporters[7].fileExtension: must be lower-case letters and digits, dot-separated,"
                + " without a leading dot (was \"Bad Name.txt\")"),
        e.violations().stream().map(Violation::toString).collect(Collectors.toList()));
    ValidationException added =
        assertThrows(
            ValidationException.class,
            () -> ExporterRegistry.builtIns().with(new Fixed("json", false)));
    assertEquals(
        "exporters[0].name: must be unique: built-in"
            + " io.github.journeykit.export.internal.json.JsonExporter and added "
            + fixed
            + " both use it (was \"json\")",
        added.violations().get(0).toString());
  }

  @Test
  void addsExportersOfOnesOwnInNameOrder() {
    ExporterRegistry registry =
        ExporterRegistry.of(Exporters.svg()).with(new Fixed("outline", false), Exporters.csv());
    assertEquals(List.of("csv", "outline", "svg"), registry.names());
    assertEquals(registry.names(), ExporterRegistry.of(registry.all()).names());
    assertEquals("ExporterRegistry[csv, outline, svg]", registry.toString());
  }

  @Test
  void findsAUserExporterThroughServiceLoader(@TempDir Path dir) throws Exception {
    Path jar = userExporterJar(dir);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
      ExporterRegistry registry = ExporterRegistry.installed(loader);
      assertEquals(
          List.of("csv", "html", "json", "markdown", "mermaid", "outline", "svg"),
          registry.names());
      JourneyExporter outline = registry.get("outline");
      assertEquals("com.example.OutlineExporter", outline.getClass().getName());
      assertEquals(
          SampleJourneys.openAccount().outline(),
          outline.render(MapReport.of(SampleJourneys.openAccount())));
    }
  }

  @Test
  void installedWithoutProvidersHasTheBuiltIns() {
    assertEquals(ExporterRegistry.builtIns().names(), ExporterRegistry.installed().names());
    assertEquals(
        ExporterRegistry.builtIns().names(),
        ExporterRegistry.installed(ModuleLayer.boot()).names());
  }

  /** Compiles a user exporter and packs it with its service file, as another jar would ship it. */
  private static Path userExporterJar(Path dir) throws IOException, InterruptedException {
    JdkTools.write(
        dir.resolve("src"),
        "com/example/OutlineExporter.java",
        String.join(
            "\n",
            "package com.example;",
            "import io.github.journeykit.export.JourneyExporter;",
            "import io.github.journeykit.export.MapReport;",
            "public final class OutlineExporter implements JourneyExporter {",
            "  public String name() { return \"outline\"; }",
            "  public String fileExtension() { return \"txt\"; }",
            "  public String mediaType() { return \"text/plain; charset=UTF-8\"; }",
            "  public void write(MapReport report, java.io.Writer out) throws java.io.IOException"
                + " {",
            "    out.write(report.journey().outline());",
            "    out.flush();",
            "  }",
            "}"));
    Path classes = dir.resolve("classes");
    JdkTools.javac(dir.resolve("src"), classes, "-classpath", JdkTools.testPathString());
    Path jar = dir.resolve("outline-exporter.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(
          new JarEntry("META-INF/services/io.github.journeykit.export.JourneyExporter"));
      out.write("com.example.OutlineExporter\n".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new JarEntry("com/example/OutlineExporter.class"));
      out.write(Files.readAllBytes(classes.resolve("com/example/OutlineExporter.class")));
    }
    return jar;
  }

  @Test
  void writesEveryFormatIntoTheDirectory(@TempDir Path dir) throws IOException {
    Map<String, Path> written = ExporterRegistry.builtIns().writeAll(REPORT, dir);
    assertEquals(ExporterRegistry.builtIns().names(), List.copyOf(written.keySet()));
    for (JourneyExporter exporter : Exporters.builtIns()) {
      Path file = dir.resolve("broadband-fault." + exporter.fileExtension());
      assertEquals(file, written.get(exporter.name()));
      assertEquals(exporter.render(REPORT), Files.readString(file, StandardCharsets.UTF_8));
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(6, files.count(), "no temporary file is left");
    }
  }

  @Test
  void replacesNothingWhenAFormatFailsAndNamesIt(@TempDir Path dir) throws IOException {
    Path old = dir.resolve("broadband-fault.json");
    Files.writeString(old, "the old version");
    List<JourneyExporter> exporters = new ArrayList<>(Exporters.builtIns());
    exporters.add(new Fixed("broken", true));
    exporters.add(new Fixed("worse", true));
    ExportFailedException e =
        assertThrows(
            ExportFailedException.class,
            () -> ExporterRegistry.of(exporters).writeAll(REPORT, dir));
    assertEquals(List.of("broken", "worse"), List.copyOf(e.failures().keySet()));
    assertEquals("disk full while writing broken", e.getCause().getMessage());
    assertEquals(1, e.getSuppressed().length);
    assertTrue(
        e.getMessage()
            .startsWith(
                "Could not write journey \"broadband-fault\" to "
                    + dir
                    + " in 2 formats; nothing was replaced:\n  - broken: java.io.IOException:"),
        e.getMessage());
    assertEquals("the old version", Files.readString(old));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(old), files.collect(Collectors.toList()), "no temporary file is left");
    }
  }

  static Stream<String> formats() {
    return ExporterRegistry.builtIns().names().stream();
  }

  @ParameterizedTest
  @MethodSource("formats")
  void aTargetThatCannotBeReplacedLeavesEveryFileAsItWas(String blocked, @TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "mine");
    for (JourneyExporter exporter : Exporters.builtIns()) {
      Path target = dir.resolve(ExporterRegistry.fileName("broadband-fault", exporter));
      if (exporter.name().equals(blocked)) {
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside.txt"), "a directory, not a file");
      } else {
        Files.writeString(target, "the old " + exporter.name());
      }
    }
    Map<String, String> before = DirectoryContents.of(dir);

    ExportFailedException e =
        assertThrows(
            ExportFailedException.class, () -> ExporterRegistry.builtIns().writeAll(REPORT, dir));

    assertEquals(List.of(blocked), List.copyOf(e.failures().keySet()));
    assertTrue(
        e.getMessage().contains("in 1 format; nothing was replaced:\n  - " + blocked + ": "),
        e.getMessage());
    assertTrue(e.getMessage().contains("a directory is in the way"), e.getMessage());
    assertEquals(
        before, DirectoryContents.of(dir), "every file is as it was, and no other file is left");
  }

  @Test
  void aTargetThatCannotBeReplacedLeavesNoNewFile(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("broadband-fault.svg").resolve("inside"));
    Map<String, String> before = DirectoryContents.of(dir);
    assertThrows(
        ExportFailedException.class, () -> ExporterRegistry.builtIns().writeAll(REPORT, dir));
    assertEquals(before, DirectoryContents.of(dir));
  }

  @Test
  void newFilesGetTheUmasksPermissionsAndReplacedOnesKeepTheirs(@TempDir Path dir)
      throws IOException {
    assumeTrue(
        Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class),
        "the file system has POSIX permissions");
    Set<PosixFilePermission> ordinary =
        Files.getPosixFilePermissions(Files.createFile(dir.resolve("ordinary.txt")));
    Path json = dir.resolve("broadband-fault.json");
    Set<PosixFilePermission> chosen = PosixFilePermissions.fromString("rw-rw----");
    Files.writeString(json, "the old version");
    Files.setPosixFilePermissions(json, chosen);

    Map<String, Path> written = ExporterRegistry.builtIns().writeAll(REPORT, dir);

    for (Map.Entry<String, Path> file : written.entrySet()) {
      assertEquals(
          file.getKey().equals("json") ? chosen : ordinary,
          Files.getPosixFilePermissions(file.getValue()),
          file.getKey());
    }
  }

  @Test
  void writesSeveralReportsAllOrNone(@TempDir Path dir) throws IOException {
    MapReport other = MapReport.of(SampleJourneys.openAccount());
    ExporterRegistry registry = ExporterRegistry.of(List.of(Exporters.json(), Exporters.svg()));

    Map<String, Map<String, Path>> written = registry.writeAll(List.of(REPORT, other), dir);

    assertEquals(List.of("broadband-fault", "open-account"), List.copyOf(written.keySet()));
    assertEquals(dir.resolve("open-account.svg"), written.get("open-account").get("svg"));
    assertEquals(
        Set.of(
            "broadband-fault.json", "broadband-fault.svg", "open-account.json", "open-account.svg"),
        DirectoryContents.of(dir).keySet());

    Files.delete(dir.resolve("open-account.svg"));
    Files.createDirectory(dir.resolve("open-account.svg"));
    Map<String, String> before = DirectoryContents.of(dir);
    ExportFailedException e =
        assertThrows(
            ExportFailedException.class, () -> registry.writeAll(List.of(REPORT, other), dir));
    assertEquals(List.of("open-account.svg"), List.copyOf(e.failures().keySet()));
    assertTrue(
        e.getMessage()
            .startsWith(
                "Could not write 2 journeys to " + dir + ": 1 file failed; nothing was replaced:"),
        e.getMessage());
    assertEquals(before, DirectoryContents.of(dir));
  }

  @Test
  void refusesTwoReportsOfOneJourney(@TempDir Path dir) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ExporterRegistry.builtIns().writeAll(List.of(REPORT, REPORT), dir));
    assertEquals(
        "reports[1].journey.id: must differ from the id of every other report's journey (was"
            + " \"broadband-fault\", as in reports[0])",
        e.getMessage());
  }

  @Test
  void refusesAMissingDirectory(@TempDir Path dir) {
    assertThrows(
        IOException.class, () -> ExporterRegistry.builtIns().writeAll(REPORT, dir.resolve("none")));
  }

  @Test
  void fileNamesAreSafeOnEverySystem() {
    Journey journey = SampleJourneys.openAccount();
    assertEquals("open-account.svg", ExporterRegistry.fileName(journey.id(), Exporters.svg()));
    assertEquals("crm%3A42.json", ExporterRegistry.fileName("crm:42", Exporters.json()));
  }

  @Test
  void writesToAStreamWithoutClosingIt() throws IOException {
    boolean[] closed = {false};
    OutputStream out =
        new OutputStream() {
          @Override
          public void write(int b) {}

          @Override
          public void close() {
            closed[0] = true;
          }
        };
    for (JourneyExporter exporter : Exporters.builtIns()) {
      exporter.write(REPORT, out);
    }
    assertFalse(closed[0]);
  }
}
