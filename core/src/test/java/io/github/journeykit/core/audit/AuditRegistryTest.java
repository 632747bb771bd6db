package io.github.journeykit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Severity;
import io.github.journeykit.core.model.Suppression;
import io.github.journeykit.core.model.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AuditRegistryTest {
  private static final AuditContext TODAY = AuditContext.of(SampleJourneys.TODAY);

  /** A rule of one's own: it returns whatever it is told to. */
  private static final class FixedRule implements AuditRule {
    private final String id;
    private final Optional<GapType> gap;
    private final java.util.function.BiFunction<AuditRule, Journey, List<Finding>> findings;

    FixedRule(
        String id,
        Optional<GapType> gap,
        java.util.function.BiFunction<AuditRule, Journey, List<Finding>> findings) {
      this.id = id;
      this.gap = gap;
      this.findings = findings;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String description() {
      return "A rule for tests";
    }

    @Override
    public Optional<GapType> activationGap() {
      return gap;
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.LOW;
    }

    @Override
    public List<Finding> inspect(Journey journey, AuditContext context) {
      return findings.apply(this, journey);
    }
  }

  private static FixedRule rule(String id, java.util.function.Function<AuditRule, Finding> f) {
    return new FixedRule(id, Optional.empty(), (rule, journey) -> List.of(f.apply(rule)));
  }

  @Test
  void builtInsRunInTheOrderOfTheirIds() {
    List<String> ids =
        AuditRegistry.builtIns().all().stream().map(AuditRule::id).collect(Collectors.toList());
    List<String> sorted = new ArrayList<>(ids);
    Collections.sort(sorted);
    assertEquals(sorted, ids);
    assertEquals(ids, AuditRegistry.builtIns().names());
    assertEquals(AuditRules.builtIns(), AuditRegistry.builtIns().all());
    assertSame(
        AuditRules.touchpointWithoutOwner(),
        AuditRegistry.builtIns().find("touchpoint-without-owner").get());
    assertSame(
        AuditRules.touchpointWithoutOwner(),
        AuditRegistry.builtIns().get("touchpoint-without-owner"));
    assertEquals(Optional.empty(), AuditRegistry.builtIns().find("no-such-rule"));
    assertTrue(AuditRegistry.builtIns().toString().startsWith("AuditRegistry[action-overdue, "));
  }

  @Test
  void anUnknownIdNamesEveryKnownOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> AuditRegistry.builtIns().get("no-such-rule"));
    assertEquals(
        "id: must be one of "
            + String.join(", ", AuditRegistry.builtIns().names())
            + " (was \"no-such-rule\")",
        e.getMessage());
  }

  @Test
  void aRuleOfOnesOwnJoinsInItsPlace() {
    AuditRule own = rule("brand-voice", r -> r.finding().message("M").suggestedFix("F").build());
    AuditRegistry registry = AuditRegistry.builtIns().with(own);
    assertEquals(AuditRules.builtIns().size() + 1, registry.all().size());
    assertEquals(
        List.of("ad-hoc-step-common", "brand-voice", "claims-without-evidence"),
        registry.all().subList(3, 6).stream().map(AuditRule::id).collect(Collectors.toList()));
    assertTrue(
        registry.audit(SampleJourneys.broadbandFault(), TODAY).stream()
            .anyMatch(f -> f.ruleId().equals("brand-voice")));
    assertEquals(List.of(own), AuditRegistry.of(List.of(own)).all());
    assertEquals(List.of(own), AuditRegistry.of(own).all());
    assertEquals(List.of(own), AuditRegistry.of().with(List.of(own)).all());
  }

  @Test
  void twoRulesWithOneIdAreRejected() {
    AuditRule impostor =
        rule("touchpoint-without-owner", r -> r.finding().message("M").suggestedFix("F").build());
    ValidationException e =
        assertThrows(ValidationException.class, () -> AuditRegistry.builtIns().with(impostor));
    assertEquals("AuditRegistry", e.subject());
    assertEquals(
        "rules[0].id: must be unique: built-in io.github.journeykit.core.audit.BuiltInRule and"
            + " added io.github.journeykit.core.audit.AuditRegistryTest$FixedRule both use it (was"
            + " \"touchpoint-without-owner\")",
        e.violations().get(0).toString());
    ValidationException badIds =
        assertThrows(
            ValidationException.class,
            () ->
                AuditRegistry.of(
                    rule("Brand Voice", r -> null),
                    new FixedRule(null, Optional.empty(), (r, j) -> List.of()),
                    impostor,
                    impostor));
    assertEquals(
        List.of("rules[0].id", "rules[1].id", "rules[3].id"),
        badIds.violations().stream().map(v -> v.path()).collect(Collectors.toList()));
    assertEquals(
        "rules[3].id: must be unique: added"
            + " io.github.journeykit.core.audit.AuditRegistryTest$FixedRule (rules[2]) and added"
            + " io.github.journeykit.core.audit.AuditRegistryTest$FixedRule both use it (was"
            + " \"touchpoint-without-owner\")",
        badIds.violations().get(2).toString());
  }

  @Test
  void theConfigurationSetsSeveritiesAndTheJourneySuppressesFindings() {
    Journey journey = SampleJourneys.broadbandFault();
    AuditContext context =
        AuditContext.builder()
            .asOf(SampleJourneys.TODAY)
            .config(
                AuditConfig.builder().putSeverity("stage-without-owner", Severity.CRITICAL).build())
            .build();
    List<Finding> findings = AuditRegistry.builtIns().audit(journey, context);
    Finding stage = only(findings, "stage-without-owner");
    assertEquals(Severity.CRITICAL, stage.severity());
    Finding enablers = only(findings, "touchpoint-without-enablers");
    assertEquals(
        Optional.of("Confirmation texts run on the shared messaging platform, mapped elsewhere"),
        enablers.suppressedBecause());
    // A suppression for one element does not cover another, nor the journey as a whole.
    Journey suppressed =
        journey
            .withSuppression(Suppression.of("stage-without-owner", "notice", "Not this one"))
            .withSuppression(Suppression.of("claims-without-evidence", "Evidence is in the wiki"));
    List<Finding> after = AuditRegistry.builtIns().audit(suppressed, TODAY);
    assertEquals(Optional.empty(), only(after, "stage-without-owner").suppressedBecause());
    assertEquals(
        Optional.of("Evidence is in the wiki"),
        only(after, "claims-without-evidence").suppressedBecause());
    assertEquals(findings.size(), after.size(), "suppressed findings are kept");
  }

  @Test
  void findingsComeJourneyWideFirstThenInJourneyOrderThenByRule() {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "kpis[0]",
                "stages[10]",
                "actions[2]",
                "stages[2].touchpoints[1]",
                "stages[2]",
                "",
                "stages[2].touchpoints[0].measurements[10]",
                "stages[2].touchpoints[0].measurements[9]",
                "moments[0]",
                "personas[1]",
                "gaps[3]"));
    paths.sort(FindingOrder::comparePaths);
    assertEquals(
        List.of(
            "",
            "personas[1]",
            "stages[2]",
            "stages[2].touchpoints[0].measurements[9]",
            "stages[2].touchpoints[0].measurements[10]",
            "stages[2].touchpoints[1]",
            "stages[10]",
            "moments[0]",
            "gaps[3]",
            "actions[2]",
            "kpis[0]"),
        paths);
    List<Finding> findings = AuditRegistry.builtIns().audit(SampleJourneys.broadbandFault(), TODAY);
    assertEquals(
        List.of(
            "claims-without-evidence ",
            "pain-point-without-gap-or-action stages[0].touchpoints[0]",
            "stage-without-owner stages[2]",
            "touchpoint-without-enablers stages[3].touchpoints[0]",
            "gap-without-action gaps[1]",
            "action-without-kpi actions[2]",
            "action-without-owner actions[2]",
            "action-without-kpi actions[3]"),
        findings.stream().map(f -> f.ruleId() + " " + f.path()).collect(Collectors.toList()));
  }

  @Test
  void everyRuleRunsAndEveryFailureIsNamed() {
    AuditRule throwing =
        new FixedRule(
            "throwing",
            Optional.empty(),
            (r, j) -> {
              throw new IllegalArgumentException("boom");
            });
    AuditRule foreign =
        rule(
            "foreign",
            r ->
                Finding.builder()
                    .ruleId("other")
                    .severity(Severity.LOW)
                    .message("M")
                    .suggestedFix("F")
                    .build());
    AuditRule ghost =
        rule(
            "ghost",
            r ->
                r.finding()
                    .elementId("ghost")
                    .path("stages[9]")
                    .message("M")
                    .suggestedFix("F")
                    .build());
    AuditRule misplaced =
        rule(
            "misplaced",
            r ->
                r.finding()
                    .elementId("call")
                    .path("stages[0]")
                    .message("M")
                    .suggestedFix("F")
                    .build());
    AuditRule gap =
        rule(
            "wrong-gap",
            r ->
                r.finding()
                    .activationGap(GapType.ORGANISATIONAL)
                    .message("M")
                    .suggestedFix("F")
                    .build());
    AuditRule nothing = new FixedRule("null-list", Optional.empty(), (r, j) -> null);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                AuditRegistry.builtIns()
                    .with(throwing)
                    .with(foreign)
                    .with(ghost)
                    .with(misplaced)
                    .with(gap)
                    .with(nothing)
                    .audit(SampleJourneys.broadbandFault(), TODAY));
    String prefix = " (io.github.journeykit.core.audit.AuditRegistryTest$FixedRule): ";
    assertEquals(
        "The audit of journey \"broadband-fault\" failed in 6 rules:"
            + "\n  - foreign"
            + prefix
            + "java.lang.IllegalStateException: returned a finding of rule \"other\""
            + "\n  - ghost"
            + prefix
            + "java.lang.IllegalStateException: returned a finding about \"ghost\", which is not"
            + " an element of the journey"
            + "\n  - misplaced"
            + prefix
            + "java.lang.IllegalStateException: returned a finding about \"call\" at stages[0],"
            + " which is not within its path stages[1].touchpoints[0]"
            + "\n  - null-list"
            + prefix
            + "java.lang.IllegalStateException: returned null instead of a list of findings"
            + "\n  - throwing"
            + prefix
            + "java.lang.IllegalArgumentException: boom"
            + "\n  - wrong-gap"
            + prefix
            + "java.lang.IllegalStateException: returned a finding that signals ORGANISATIONAL"
            + " where the rule signals no gap",
        e.getMessage());
    assertEquals("returned a finding of rule \"other\"", e.getCause().getMessage());
    assertEquals(5, e.getSuppressed().length);
  }

  @Test
  void theReportGroupsTheAuditsFindings() {
    Journey journey = SampleJourneys.broadbandFault();
    ActivationReport report = AuditRegistry.builtIns().report(journey, TODAY);
    assertEquals(AuditRegistry.builtIns().audit(journey, TODAY), report.findings());
    assertEquals(GovernanceSummary.of(journey, TODAY), report.governance());
    assertEquals("broadband-fault", report.journeyId());
    assertEquals(SampleJourneys.TODAY, report.asOf());
  }

  private static Finding only(List<Finding> findings, String ruleId) {
    List<Finding> of =
        findings.stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toList());
    assertEquals(1, of.size(), ruleId);
    return of.get(0);
  }
}
