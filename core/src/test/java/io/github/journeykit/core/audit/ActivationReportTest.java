package io.github.journeykit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Severity;
import io.github.journeykit.core.model.Suppression;
import io.github.journeykit.core.model.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActivationReportTest {
  @Test
  void theBroadbandJourneyTodayWorkedThrough() {
    ActivationReport report =
        AuditRegistry.builtIns()
            .report(SampleJourneys.broadbandFault(), AuditContext.of(SampleJourneys.TODAY));
    // Customer expectations: a vision is stated, expectations are measured at "call", both
    // moments have evidence or measurements, and the map names its desired state: no finding.
    // Organisational: stage "fix" and action "line-test-training" have no owner (2 MEDIUM);
    // "sms-confirm" has no enablers (LOW), suppressed by the map: 2 counted, none HIGH.
    // Leadership understanding: 5 of 7 claims lack evidence, 71% >= 50% (MEDIUM).
    // Employee knowledge and skills: "line-test-skills" has a training action: no finding.
    // Governance: "status-page" is a pain point (emotion -1 < 0) with no gap or action,
    // "promise-gap" has no action, two actions name no KPI.
    assertEquals(
        List.of(Verdict.CLOSED, Verdict.AT_RISK, Verdict.AT_RISK, Verdict.CLOSED),
        report.gaps().stream().map(GapVerdict::verdict).collect(Collectors.toList()));
    assertEquals(
        "Activation report for broadband-fault as of 2026-11-23: 8 findings (1 suppressed)\n"
            + "CUSTOMER_EXPECTATIONS CLOSED: No finding signals expectations the map neither"
            + " states nor measures.\n"
            + "ORGANISATIONAL AT_RISK: 2 findings, none high or critical, signal owners, enablers"
            + " or follow-through missing to carry out the fixes the map finds. 1 suppressed"
            + " finding is not counted.\n"
            + "  MEDIUM stage-without-owner at stages[2]: Nobody owns the stage \"Get it fixed\"\n"
            + "  LOW touchpoint-without-enablers at stages[3].touchpoints[0]: The touchpoint"
            + " \"Receive a fix confirmation\" shows none of the processes, people, data,"
            + " technology or capabilities behind it (suppressed: Confirmation texts run on the"
            + " shared messaging platform, mapped elsewhere)\n"
            + "  MEDIUM action-without-owner at actions[2]: The action \"Teach agents to read line"
            + " tests\" has no owner\n"
            + "LEADERSHIP_UNDERSTANDING AT_RISK: 1 finding, none high or critical, signals data"
            + " too stale, thin or unproven to show leaders what customers experience.\n"
            + "  MEDIUM claims-without-evidence: 5/7 (71%) of the map's claims (gaps and moments"
            + " that matter) have no evidence: they are assumptions (threshold 50%)\n"
            + "EMPLOYEE_KNOWLEDGE_AND_SKILLS CLOSED: No finding signals employees left without the"
            + " skills or knowledge the improved experience needs.\n"
            + "Governance findings: 4\n"
            + "  HIGH pain-point-without-gap-or-action at stages[0].touchpoints[0]: The pain point"
            + " \"Check the service status page\" (emotion -1) has no gap and no action\n"
            + "  HIGH gap-without-action at gaps[1]: No action addresses the gap \"Adverts promise"
            + " same-day fixes; the median is three days\"\n"
            + "  LOW action-without-kpi at actions[2]: The action \"Teach agents to read line"
            + " tests\" names no KPI that shows whether it worked\n"
            + "  LOW action-without-kpi at actions[3]: The action \"Monthly call listening for"
            + " leaders\" names no KPI that shows whether it worked\n"
            + "Governance: owner \"Head of service\"; owners 9/10 (90%); fresh 9/9 (100%);"
            + " evidence 2/7 (29%); outcome KPIs 2/3 (67%); review ON_SCHEDULE, next"
            + " 2026-12-30\n",
        report.summary());
    assertEquals(8, report.findings().size());
    assertEquals(7, report.activeFindings().size());
    assertEquals(1, report.suppressedFindings().size());
    assertEquals(4, report.governanceFindings().size());
    assertEquals(
        "ActivationReport[Activation report for broadband-fault as of 2026-11-23: 8 findings (1"
            + " suppressed)]",
        report.toString());
  }

  @Test
  void aSuppressedFindingDoesNotCountTowardTheVerdict() {
    // Five months on, the in-progress hand-off action is overdue: a HIGH organisational finding.
    Journey journey = SampleJourneys.broadbandFaultFuture();
    AuditContext later = AuditContext.of(LocalDate.of(2027, 4, 15));
    GapVerdict open =
        AuditRegistry.builtIns().report(journey, later).verdict(GapType.ORGANISATIONAL);
    assertEquals(Verdict.OPEN, open.verdict());
    assertEquals(
        "3 findings, 1 high or critical, signal owners, enablers or follow-through missing to"
            + " carry out the fixes the map finds. 1 suppressed finding is not counted.",
        open.sentence());
    Journey suppressed =
        journey.withSuppression(
            Suppression.of("action-overdue", "case-handoff", "Re-planned with the new CRM"));
    GapVerdict atRisk =
        AuditRegistry.builtIns().report(suppressed, later).verdict(GapType.ORGANISATIONAL);
    assertEquals(Verdict.AT_RISK, atRisk.verdict());
    assertEquals(4, atRisk.findings().size());
    assertEquals(2, atRisk.activeFindings().size());
    assertEquals(2, atRisk.suppressedFindings().size());
  }

  @Test
  void theVerdictFollowsTheMostSeriousFindingThatCounts() {
    Finding low = finding(Severity.LOW);
    Finding medium = finding(Severity.MEDIUM);
    Finding critical = finding(Severity.CRITICAL);
    GapType gap = GapType.EMPLOYEE_KNOWLEDGE_AND_SKILLS;
    assertEquals(Verdict.CLOSED, GapVerdict.of(gap, List.of()).verdict());
    assertEquals(Verdict.AT_RISK, GapVerdict.of(gap, List.of(low, medium)).verdict());
    assertEquals(Verdict.OPEN, GapVerdict.of(gap, List.of(low, critical)).verdict());
    GapVerdict quiet = GapVerdict.of(gap, List.of(critical.withSuppressedBecause("Known")));
    assertEquals(Verdict.CLOSED, quiet.verdict());
    assertEquals(
        "EMPLOYEE_KNOWLEDGE_AND_SKILLS CLOSED: No finding signals employees left without the"
            + " skills or knowledge the improved experience needs. 1 suppressed finding is not"
            + " counted.",
        quiet.toString());
    assertEquals(
        "2 findings, 2 high or critical, signal employees left without the skills or knowledge"
            + " the improved experience needs. 2 suppressed findings are not counted.",
        GapVerdict.of(
                gap,
                List.of(
                    critical,
                    critical,
                    low.withSuppressedBecause("a"),
                    low.withSuppressedBecause("b")))
            .sentence());
  }

  @Test
  void aVerdictIsOnAnActivationGapAndItsOwnFindings() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> GapVerdict.of(GapType.EXPERIENCE, List.of(finding(Severity.LOW))));
    assertEquals(
        List.of(
            "gap: must be one of the four activation gaps (was EXPERIENCE)",
            "findings[0].activationGap: must be EXPERIENCE (was EMPLOYEE_KNOWLEDGE_AND_SKILLS)"),
        e.violations().stream().map(Object::toString).collect(Collectors.toList()));
    ActivationReport report =
        AuditRegistry.builtIns()
            .report(SampleJourneys.openAccount(), AuditContext.of(SampleJourneys.TODAY));
    IllegalArgumentException wrong =
        assertThrows(IllegalArgumentException.class, () -> report.verdict(GapType.EXPERIENCE));
    assertEquals("gap must be one of the four activation gaps, was EXPERIENCE", wrong.getMessage());
  }

  private static Finding finding(Severity severity) {
    return Finding.builder()
        .ruleId("skills-gap-without-training")
        .severity(severity)
        .activationGap(GapType.EMPLOYEE_KNOWLEDGE_AND_SKILLS)
        .message("M")
        .suggestedFix("F")
        .build();
  }
}
