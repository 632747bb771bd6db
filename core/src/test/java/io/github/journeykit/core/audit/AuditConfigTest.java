package io.github.journeykit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.journeykit.core.model.Severity;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AuditConfigTest {
  @Test
  void defaultsComeFromTheSeeds() {
    AuditConfig defaults = AuditConfig.defaults();
    assertEquals(Period.ofDays(180), defaults.staleAfter());
    assertEquals(0.8, defaults.outputKpiShareThreshold());
    assertEquals(0.5, defaults.unevidencedClaimShareThreshold());
    assertEquals(0.05, defaults.rareReachThreshold());
    assertEquals(0.1, defaults.commonAdHocShareThreshold());
    assertEquals(0.2, defaults.repeatRateThreshold());
    assertEquals(30, defaults.minimumCases());
    assertEquals(Map.of(), defaults.severities());
    assertEquals(defaults, AuditConfig.builder().build());
    assertEquals(
        "AuditConfig[stale after P180D, output KPIs 0.8, unevidenced claims 0.5, rare reach 0.05,"
            + " common ad hoc 0.1, repeat rate 0.2, minimum cases 30, 0 severities]",
        defaults.toString());
    AuditContext context = AuditContext.of(LocalDate.of(2026, 11, 23));
    assertEquals(defaults, context.config());
    assertEquals(Optional.empty(), context.portfolio());
    assertEquals("AuditContext[as of 2026-11-23]", context.toString());
  }

  @Test
  void thresholdsAreCheckedTogether() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                AuditConfig.builder()
                    .staleAfter(Period.ZERO)
                    .outputKpiShareThreshold(0)
                    .unevidencedClaimShareThreshold(1.5)
                    .rareReachThreshold(0)
                    .commonAdHocShareThreshold(2)
                    .repeatRateThreshold(-1)
                    .minimumCases(0)
                    .putSeverity("Not A Key", Severity.LOW)
                    .build());
    assertEquals(
        List.of(
            "staleAfter",
            "outputKpiShareThreshold",
            "unevidencedClaimShareThreshold",
            "rareReachThreshold",
            "commonAdHocShareThreshold",
            "repeatRateThreshold",
            "minimumCases",
            "severities.Not A Key"),
        e.violations().stream().map(Violation::path).collect(Collectors.toList()));
    AuditConfig strict =
        AuditConfig.builder()
            .from(AuditConfig.defaults())
            .staleAfter(Period.ofDays(90))
            .outputKpiShareThreshold(0.5)
            .unevidencedClaimShareThreshold(1)
            .putSeverity("touchpoint-without-enablers", Severity.HIGH)
            .build();
    assertEquals(Map.of("touchpoint-without-enablers", Severity.HIGH), strict.severities());
  }
}
