package io.github.journeykit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.path.PathSummary;
import io.github.journeykit.export.fixtures.SampleReports;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MapReportTest {
  @Test
  void carriesThePathSummaryOfItsJourney() {
    MapReport report = SampleReports.broadbandFaultWithPaths();
    assertEquals(Optional.of(SampleReports.broadbandFaultPaths()), report.paths());
    assertEquals(Optional.empty(), SampleReports.broadbandFault().paths());
    assertEquals(
        "MapReport[broadband-fault, scores RICE, 2 findings, paths of 1000 cases]",
        report.toString());
  }

  @Test
  void refusesTheSummaryOfAnotherJourney() {
    PathSummary other =
        PathSummary.builder()
            .journeyId("open-account")
            .cases(0)
            .events(0)
            .adHocEvents(0)
            .conformingCases(0)
            .variantCount(0)
            .build();
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                MapReport.builder().journey(SampleJourneys.broadbandFault()).paths(other).build());
    assertEquals(
        List.of(
            Violation.of(
                "paths.journeyId",
                "must be the id of the report's journey (\"broadband-fault\")",
                "open-account")),
        e.violations());
  }
}
