package io.github.journeykit.export;

import static io.github.journeykit.core.fixtures.ApiTesting.testMethods;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.journeykit.core.audit.Finding;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Severity;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import io.github.journeykit.export.fixtures.SampleReports;
import io.github.journeykit.export.grid.GridFormatException;
import io.github.journeykit.export.grid.GridProblem;
import io.github.journeykit.export.grid.JourneyGrid;
import io.github.journeykit.export.json.FormatProblem;
import io.github.journeykit.export.json.JourneyFormatException;
import io.github.journeykit.export.json.JourneyJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every public entry point of the module rejects null arguments; values have consistent equality.
 */
class PublicApiTest {
  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Journey.class, SampleJourneys.openAccount())
        .setDefault(MapReport.class, MapReport.of(SampleJourneys.openAccount()))
        .setDefault(JourneyExporter.class, Exporters.json())
        .setDefault(Path.class, Path.of("target"))
        .setDefault(ScoreSheet.class, sheet())
        .setDefault(Finding.class, finding())
        .setDefault(String.class, "{}");
  }

  @Test
  void staticMethodsRejectNulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            MapReport.class,
            Exporters.class,
            ExporterRegistry.class,
            JourneyJson.class,
            FormatProblem.class,
            JourneyGrid.class,
            GridProblem.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicConstructors(JourneyFormatException.class);
    tester.testAllPublicConstructors(GridFormatException.class);
    tester.testAllPublicConstructors(ExportFailedException.class);
  }

  @Test
  void instanceMethodsRejectNulls() {
    NullPointerTester tester = tester();
    for (JourneyExporter exporter : Exporters.builtIns()) {
      testMethods(tester, JourneyExporter.class, exporter);
    }
    testMethods(tester, ExporterRegistry.class, ExporterRegistry.builtIns());
    testMethods(tester, MapReport.Builder.class, MapReport.builder());
  }

  @Test
  void equalValuesAreEqualAndHashAlike() {
    new EqualsTester()
        .addEqualityGroup(SampleReports.broadbandFault(), SampleReports.broadbandFault())
        .addEqualityGroup(
            MapReport.of(SampleJourneys.openAccount()), MapReport.of(SampleJourneys.openAccount()))
        .addEqualityGroup(
            MapReport.builder().journey(SampleJourneys.openAccount()).scoreSheet(sheet()).build())
        .addEqualityGroup(
            MapReport.builder().journey(SampleJourneys.openAccount()).addFinding(finding()).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            FormatProblem.of("/id", 1, 2, "must be a string", Optional.of("1")),
            FormatProblem.of("/id", 1, 2, "must be a string", Optional.of("1")))
        .addEqualityGroup(FormatProblem.of("/id", 1, 3, "must be a string", Optional.of("1")))
        .addEqualityGroup(FormatProblem.of("/id", 1, 2, "must be a string", Optional.empty()))
        .addEqualityGroup(FormatProblem.of("", 1, 2, "must be a string", Optional.of("1")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            GridProblem.of("Journey", "B2", "must not be empty", Optional.empty()),
            GridProblem.of("Journey", "B2", "must not be empty", Optional.empty()))
        .addEqualityGroup(GridProblem.of("Journey", "B3", "must not be empty", Optional.empty()))
        .addEqualityGroup(GridProblem.of("Example", "B2", "must not be empty", Optional.empty()))
        .addEqualityGroup(GridProblem.of("Journey", "B2", "must not be empty", Optional.of("1")))
        .testEquals();
  }

  @Test
  void exceptionsRefuseEmptyProblemLists() {
    assertThrows(IllegalArgumentException.class, () -> new JourneyFormatException(List.of()));
    assertThrows(IllegalArgumentException.class, () -> new GridFormatException(List.of()));
    assertThrows(IllegalArgumentException.class, () -> new ExportFailedException("m", Map.of()));
  }

  @Test
  void valuesReadWellInJShell() {
    assertEquals(
        "MapReport[broadband-fault, scores RICE, 2 findings]",
        SampleReports.broadbandFault().toString());
    assertEquals(
        "/stages/0/name (line 5, column 15): must not be blank (was \" \")",
        FormatProblem.of("/stages/0/name", 5, 15, "must not be blank", Optional.of("\" \""))
            .toString());
    assertEquals(
        "ExporterRegistry[csv, html, json, markdown, mermaid, svg]",
        ExporterRegistry.builtIns().toString());
    assertEquals("SvgJourneyMapExporter[svg]", Exporters.svg().toString());
  }

  private static ScoreSheet sheet() {
    return ScoreSheet.builder()
        .label("S")
        .putScore("form", Score.builder().value(1).scale(Scale.atLeast(0)).label("S").build())
        .build();
  }

  private static Finding finding() {
    return Finding.builder()
        .ruleId("rule")
        .severity(Severity.LOW)
        .message("m")
        .suggestedFix("f")
        .build();
  }
}
