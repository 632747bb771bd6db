package io.github.journeykit.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionKind;
import io.github.journeykit.core.model.ActionStatus;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.DataSourceKind;
import io.github.journeykit.core.model.Enabler;
import io.github.journeykit.core.model.EnablerKind;
import io.github.journeykit.core.model.Evidence;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Governance;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyState;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.KpiKind;
import io.github.journeykit.core.model.Location;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Polarity;
import io.github.journeykit.core.model.Portfolio;
import io.github.journeykit.core.model.Suppression;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.path.DeviationCount;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.core.path.PathSummary;
import io.github.journeykit.core.path.TouchpointUse;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each built-in rule on a journey that triggers it (with the findings it must give, in order) and
 * on one that does not. Journeys are the samples with small edits; the date is {@link
 * SampleJourneys#TODAY} unless a case says otherwise.
 */
class AuditRulesTest {
  private static final AuditContext TODAY = AuditContext.of(SampleJourneys.TODAY);
  private static final Journey BROADBAND = SampleJourneys.broadbandFault();
  private static final Journey OPEN_ACCOUNT = SampleJourneys.openAccount();

  /** One rule, a journey that triggers it with the findings expected, and a clean journey. */
  private static final class Case {
    final AuditRule rule;
    final Journey triggering;
    final List<String> expected;
    final Journey clean;
    final AuditContext context;
    final AuditContext cleanContext;

    Case(AuditRule rule, Journey triggering, List<String> expected, Journey clean) {
      this(rule, triggering, expected, clean, TODAY, TODAY);
    }

    Case(
        AuditRule rule,
        Journey triggering,
        List<String> expected,
        Journey clean,
        AuditContext context,
        AuditContext cleanContext) {
      this.rule = rule;
      this.triggering = triggering;
      this.expected = expected;
      this.clean = clean;
      this.context = context;
      this.cleanContext = cleanContext;
    }
  }

  /**
   * What 100 customers did on the broadband journey: each touchpoint reached by 60 of them, the
   * status page by {@code statusPage}, the helpline called again by {@code callsAgain} of its 60,
   * and {@code tweets} cases tweeting about the outage, a step not on the map.
   */
  private static AuditContext withPaths(int statusPage, int callsAgain, int tweets) {
    PathSummary.Builder paths =
        PathSummary.builder()
            .journeyId(BROADBAND.id())
            .cases(100)
            .events(2000)
            .adHocEvents(tweets)
            .conformingCases(100 - Math.max(callsAgain, tweets))
            .meanFitness(0.9)
            .variantCount(12);
    if (callsAgain > 0) {
      paths.putCasesByDeviationKind(DeviationKind.REPEATED, callsAgain);
      paths.addDeviation(DeviationCount.of(DeviationKind.REPEATED, "call", callsAgain, callsAgain));
    }
    if (tweets > 0) {
      paths.putCasesByDeviationKind(DeviationKind.AD_HOC, tweets);
      paths.addDeviation(
          DeviationCount.of(DeviationKind.AD_HOC, "Tweet about the outage", tweets, tweets));
    }
    for (Touchpoint touchpoint : BROADBAND.touchpoints()) {
      int reached = touchpoint.id().equals("status-page") ? statusPage : 60;
      int repeated = touchpoint.id().equals("call") ? callsAgain : 0;
      paths.addTouchpoint(
          TouchpointUse.of(touchpoint.id(), 100, reached, repeated, reached + repeated, 0));
    }
    return AuditContext.builder().asOf(SampleJourneys.TODAY).addPath(paths.build()).build();
  }

  private static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    // Governance and follow-up
    cases.add(
        new Case(
            AuditRules.journeyWithoutOwner(),
            BROADBAND.withGovernance(Governance.none()),
            List.of(
                "HIGH journey-without-owner: Nobody owns the journey map \"Get a broadband fault"
                    + " fixed\""),
            BROADBAND));
    cases.add(
        new Case(
            AuditRules.reviewOverdue(),
            BROADBAND.withGovernance(
                Governance.builder()
                    .from(BROADBAND.governance())
                    .lastReviewed(LocalDate.of(2026, 6, 30))
                    .build()),
            List.of(
                "MEDIUM review-overdue: The map's review was due on 2026-09-30, 54 days before"
                    + " 2026-11-23"),
            BROADBAND));
    cases.add(
        new Case(
            AuditRules.painPointWithoutGapOrAction(),
            BROADBAND,
            List.of(
                "HIGH pain-point-without-gap-or-action at stages[0].touchpoints[0]: The pain point"
                    + " \"Check the service status page\" (emotion -1) has no gap and no action"),
            BROADBAND.withGap(
                Gap.of(
                    "status-unclear",
                    GapType.EXPERIENCE,
                    "The status page does not say when service returns",
                    Location.touchpoint("status-page")))));
    cases.add(
        new Case(
            AuditRules.gapWithoutAction(),
            // A dropped action does not count as one that addresses the gap.
            BROADBAND.withAction(
                ActionItem.builder("withdraw-ads", "Withdraw the same-day adverts", ActionKind.FIX)
                    .addGapId("promise-gap")
                    .status(ActionStatus.DROPPED)
                    .build()),
            List.of(
                "HIGH gap-without-action at gaps[1]: No action addresses the gap \"Adverts promise"
                    + " same-day fixes; the median is three days\""),
            BROADBAND.withAction(
                ActionItem.builder("withdraw-ads", "Withdraw the same-day adverts", ActionKind.FIX)
                    .addGapId("promise-gap")
                    .build())));
    cases.add(
        new Case(
            AuditRules.actionWithoutKpi(),
            BROADBAND,
            List.of(
                "LOW action-without-kpi at actions[2]: The action \"Teach agents to read line"
                    + " tests\" names no KPI that shows whether it worked",
                "LOW action-without-kpi at actions[3]: The action \"Monthly call listening for"
                    + " leaders\" names no KPI that shows whether it worked"),
            action(
                action(BROADBAND, "line-test-training", a -> a.status(ActionStatus.DROPPED)),
                "exec-listening",
                a -> a.addKpiId("repeat-contact"))));
    // Organisational gap
    cases.add(
        new Case(
            AuditRules.stageWithoutOwner(),
            BROADBAND,
            List.of(
                "MEDIUM stage-without-owner at stages[2]: Nobody owns the stage \"Get it fixed\""),
            BROADBAND.withStage(BROADBAND.stage("fix").get().withOwner("Field operations"))));
    cases.add(
        new Case(
            AuditRules.touchpointWithoutOwner(),
            OPEN_ACCOUNT,
            List.of(
                "MEDIUM touchpoint-without-owner at stages[0].touchpoints[0]: Nobody owns the"
                    + " touchpoint \"See an advert\"",
                "MEDIUM touchpoint-without-owner at stages[1].touchpoints[0]: Nobody owns the"
                    + " touchpoint \"Fill in the online form\""),
            BROADBAND));
    cases.add(
        new Case(
            AuditRules.touchpointWithoutEnablers(),
            BROADBAND,
            List.of(
                "LOW touchpoint-without-enablers at stages[3].touchpoints[0]: The touchpoint"
                    + " \"Receive a fix confirmation\" shows none of the processes, people, data,"
                    + " technology or capabilities behind it"),
            touchpoint(
                BROADBAND,
                "sms-confirm",
                t -> t.addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Messaging platform")))));
    cases.add(
        new Case(
            AuditRules.actionWithoutOwner(),
            BROADBAND,
            List.of(
                "MEDIUM action-without-owner at actions[2]: The action \"Teach agents to read line"
                    + " tests\" has no owner"),
            action(BROADBAND, "line-test-training", a -> a.owner("Contact centre lead"))));
    cases.add(
        new Case(
            AuditRules.actionOverdue(),
            action(BROADBAND, "case-handoff", a -> a.due(LocalDate.of(2026, 11, 1))),
            List.of(
                "HIGH action-overdue at actions[0]: The action \"Carry the case notes to every"
                    + " hand-off\" was due on 2026-11-01 and is still IN_PROGRESS"),
            // Done actions are not overdue, whatever their due date.
            action(
                BROADBAND,
                "case-handoff",
                a -> a.due(LocalDate.of(2026, 11, 1)).status(ActionStatus.DONE))));
    // Leadership understanding gap
    cases.add(
        new Case(
            AuditRules.measurementStale(),
            touchpoint(
                OPEN_ACCOUNT,
                "form",
                t -> t.addMeasurement(dated(Metric.CSAT, 2, LocalDate.of(2026, 5, 26)))),
            List.of(
                "MEDIUM measurement-stale at stages[1].touchpoints[0].measurements[0]: The emotion"
                    + " measurement at \"Fill in the online form\" has no collection date, so"
                    + " nobody can tell whether it is current",
                "MEDIUM measurement-stale at stages[1].touchpoints[0].measurements[1]: The csat"
                    + " measurement at \"Fill in the online form\" was collected on 2026-05-26,"
                    + " more than P180D before 2026-11-23"),
            // 180 days before 2026-11-23 is 2026-05-27: still fresh. Older measurements of a
            // metric are its history, not what the map claims today.
            touchpoint(
                BROADBAND,
                "status-page",
                t ->
                    t.addMeasurement(dated(Metric.CSAT, 2, LocalDate.of(2026, 5, 27)))
                        .addMeasurement(dated(Metric.EMOTION, -2, LocalDate.of(2024, 1, 1))))));
    cases.add(
        new Case(
            AuditRules.measurementWithoutSampleSize(),
            OPEN_ACCOUNT,
            List.of(
                "LOW measurement-without-sample-size at stages[1].touchpoints[0].measurements[0]:"
                    + " The emotion measurement at \"Fill in the online form\" does not say how"
                    + " many responses it rests on"),
            BROADBAND));
    cases.add(
        new Case(
            AuditRules.measurementWithoutSource(),
            OPEN_ACCOUNT,
            List.of(
                "MEDIUM measurement-without-source at stages[1].touchpoints[0].measurements[0]: The"
                    + " emotion measurement at \"Fill in the online form\" does not say where its"
                    + " data comes from"),
            BROADBAND));
    cases.add(
        new Case(
            AuditRules.singleQuantitativeSource(),
            touchpoint(
                OPEN_ACCOUNT,
                "form",
                t -> t.addDataSource(DataSource.of("onboarding-survey", DataSourceKind.SURVEY))),
            List.of(
                "LOW single-quantitative-source: All quantitative data in the map comes from one"
                    + " source: onboarding-survey (SURVEY)"),
            BROADBAND));
    cases.add(
        new Case(
            AuditRules.outputKpisDominate(),
            // 4 of 5 KPIs are output measures: 80%, at the threshold.
            kpis(OPEN_ACCOUNT, 4, 1),
            List.of(
                "MEDIUM output-kpis-dominate: Output measures, such as calls answered or handle"
                    + " time, make up 4/5 (80%) of the map's KPIs (threshold 80%)"),
            // 3 of 4: 75%.
            kpis(OPEN_ACCOUNT, 3, 1)));
    cases.add(
        new Case(
            AuditRules.claimsWithoutEvidence(),
            OPEN_ACCOUNT,
            List.of(
                "MEDIUM claims-without-evidence: 2/2 (100%) of the map's claims (gaps and moments"
                    + " that matter) have no evidence: they are assumptions (threshold 50%)"),
            // Evidence at the form backs both the gap and the moment located there.
            touchpoint(
                OPEN_ACCOUNT,
                "form",
                t -> t.addEvidence(Evidence.quote("I gave up after twenty minutes")))));
    // Customer expectations gap
    cases.add(
        new Case(
            AuditRules.journeyWithoutVision(),
            OPEN_ACCOUNT,
            List.of(
                "MEDIUM journey-without-vision: The map states no experience vision for \"Open a"
                    + " current account\""),
            BROADBAND));
    cases.add(
        new Case(
            AuditRules.expectationsNotMeasured(),
            OPEN_ACCOUNT,
            List.of(
                "MEDIUM expectations-not-measured: The map measures customers' expectations at no"
                    + " touchpoint"),
            BROADBAND));
    cases.add(
        new Case(
            AuditRules.momentWithoutEvidence(),
            BROADBAND.withMoment(
                MomentThatMatters.of(
                    "case-lost", "case", Polarity.BREAK, "A lost case means a second call")),
            List.of(
                "MEDIUM moment-without-evidence at moments[2]: Nothing backs the moment that"
                    + " matters at \"Open a fault case\": no evidence, and no measurement at the"
                    + " touchpoint"),
            BROADBAND));
    cases.add(
        new Case(
            AuditRules.currentStateWithoutDesiredState(),
            OPEN_ACCOUNT,
            List.of(
                "MEDIUM current-state-without-desired-state: The current-state map names no"
                    + " desired-state counterpart"),
            // A desired-state map needs no counterpart of its own.
            OPEN_ACCOUNT.withState(JourneyState.FUTURE)));
    // Employee knowledge and skills gap
    cases.add(
        new Case(
            AuditRules.skillsGapWithoutTraining(),
            action(BROADBAND, "line-test-training", a -> a.kind(ActionKind.COMMUNICATION)),
            List.of(
                "MEDIUM skills-gap-without-training at gaps[4]: No training addresses the employee"
                    + " knowledge and skills gap \"Tier-1 agents cannot read line test results\""),
            BROADBAND));
    // What customers did: 2 of 100 reach the status page (threshold 5%), 30 of the 60 that call
    // call again (threshold 20%), 15 of 100 tweet (threshold 10%); the clean log stays within.
    AuditContext busy = withPaths(2, 30, 15);
    AuditContext calm = withPaths(40, 5, 3);
    cases.add(
        new Case(
            AuditRules.touchpointRarelyReached(),
            BROADBAND,
            List.of(
                "MEDIUM touchpoint-rarely-reached at stages[0].touchpoints[0]: 2/100 (2%) of the"
                    + " cases reach the touchpoint \"Check the service status page\" (threshold"
                    + " 5%): the map shows a step customers do not take"),
            BROADBAND,
            busy,
            calm));
    cases.add(
        new Case(
            AuditRules.repeatedContacts(),
            BROADBAND,
            List.of(
                "HIGH repeated-contacts at stages[1].touchpoints[0]: 30/60 (50%) of the cases that"
                    + " reach \"Call the helpline\" come back to it (threshold 20%): failure"
                    + " demand"),
            BROADBAND,
            busy,
            calm));
    cases.add(
        new Case(
            AuditRules.adHocStepCommon(),
            BROADBAND,
            List.of(
                "MEDIUM ad-hoc-step-common: 15/100 (15%) of the cases take the step \"Tweet about"
                    + " the outage\", which is not on the map (threshold 10%)"),
            BROADBAND,
            busy,
            calm));
    return cases;
  }

  /** One dynamic test per case, named after its rule. */
  private static Stream<DynamicTest> perRule(Consumer<Case> check) {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.rule.id(), () -> check.accept(c)));
  }

  @TestFactory
  Stream<DynamicTest> eachRuleFindsWhatItShouldAndNothingOnACleanJourney() {
    return perRule(
        c -> {
          List<Finding> found = c.rule.inspect(c.triggering, c.context);
          assertEquals(c.expected, strings(found));
          for (Finding f : found) {
            assertEquals(c.rule.id(), f.ruleId());
            assertEquals(c.rule.defaultSeverity(), f.severity());
            assertEquals(c.rule.activationGap(), f.activationGap());
            assertFalse(f.suggestedFix().isBlank());
          }
          assertEquals(List.of(), c.rule.inspect(c.clean, c.cleanContext));
        });
  }

  /**
   * The journey suppresses the rule at the element of its first finding (or for the journey as a
   * whole): the audit keeps that finding, with the reason, and leaves the others as they were.
   */
  @TestFactory
  Stream<DynamicTest> eachRuleCanBeSuppressedWithAReason() {
    String reason = "Accepted until the relaunch in March";
    return perRule(
        c -> {
          List<Finding> found = c.rule.inspect(c.triggering, c.context);
          Optional<String> suppressedAt = found.get(0).elementId();
          Journey suppressing =
              c.triggering.withSuppression(
                  suppressedAt
                      .map(id -> Suppression.of(c.rule.id(), id, reason))
                      .orElse(Suppression.of(c.rule.id(), reason)));
          List<Finding> audited = AuditRegistry.of(List.of(c.rule)).audit(suppressing, c.context);
          assertEquals(found.size(), audited.size());
          for (Finding f : audited) {
            assertEquals(
                f.elementId().equals(suppressedAt) ? Optional.of(reason) : Optional.empty(),
                f.suppressedBecause(),
                f.toString());
          }
          assertTrue(audited.get(0).isSuppressed());
        });
  }

  @Test
  void whatCustomersDidIsJudgedOnlyWithEnoughCasesAndForItsOwnJourney() {
    AuditContext busy = withPaths(2, 30, 15);
    AuditContext demanding =
        AuditContext.builder()
            .asOf(SampleJourneys.TODAY)
            .config(AuditConfig.builder().minimumCases(101).build())
            .addAllPaths(busy.paths())
            .build();
    for (AuditRule rule :
        List.of(
            AuditRules.touchpointRarelyReached(),
            AuditRules.repeatedContacts(),
            AuditRules.adHocStepCommon())) {
      assertEquals(1, rule.inspect(BROADBAND, busy).size(), rule.id());
      assertEquals(List.of(), rule.inspect(BROADBAND, demanding), rule.id());
      assertEquals(List.of(), rule.inspect(OPEN_ACCOUNT, busy), rule.id() + " on another journey");
      assertEquals(List.of(), rule.inspect(BROADBAND, TODAY), rule.id() + " without a log");
    }
    ValidationException twice =
        assertThrows(
            ValidationException.class,
            () ->
                AuditContext.builder()
                    .asOf(SampleJourneys.TODAY)
                    .addAllPaths(busy.paths())
                    .addPath(busy.paths().get(0))
                    .build());
    assertEquals(
        "AuditContext is invalid: paths[1]: must summarise a journey no other summary does (was"
            + " \"broadband-fault\")",
        twice.getMessage());
  }

  @Test
  void everyBuiltInRuleHasACase() {
    assertEquals(
        AuditRules.builtIns().stream().map(AuditRule::id).collect(Collectors.toSet()),
        cases().stream().map(c -> c.rule.id()).collect(Collectors.toSet()));
    assertEquals(AuditRules.builtIns().size(), cases().size(), "one case per rule");
  }

  @Test
  void builtInRulesSignalTheseGapsWithTheseSeverities() {
    assertEquals(
        List.of(
            "action-overdue ORGANISATIONAL HIGH",
            "action-without-kpi governance LOW",
            "action-without-owner ORGANISATIONAL MEDIUM",
            "ad-hoc-step-common CUSTOMER_EXPECTATIONS MEDIUM",
            "claims-without-evidence LEADERSHIP_UNDERSTANDING MEDIUM",
            "current-state-without-desired-state CUSTOMER_EXPECTATIONS MEDIUM",
            "expectations-not-measured CUSTOMER_EXPECTATIONS MEDIUM",
            "gap-without-action governance HIGH",
            "journey-without-owner governance HIGH",
            "journey-without-vision CUSTOMER_EXPECTATIONS MEDIUM",
            "measurement-stale LEADERSHIP_UNDERSTANDING MEDIUM",
            "measurement-without-sample-size LEADERSHIP_UNDERSTANDING LOW",
            "measurement-without-source LEADERSHIP_UNDERSTANDING MEDIUM",
            "moment-without-evidence CUSTOMER_EXPECTATIONS MEDIUM",
            "output-kpis-dominate LEADERSHIP_UNDERSTANDING MEDIUM",
            "pain-point-without-gap-or-action governance HIGH",
            "repeated-contacts ORGANISATIONAL HIGH",
            "review-overdue governance MEDIUM",
            "single-quantitative-source LEADERSHIP_UNDERSTANDING LOW",
            "skills-gap-without-training EMPLOYEE_KNOWLEDGE_AND_SKILLS MEDIUM",
            "stage-without-owner ORGANISATIONAL MEDIUM",
            "touchpoint-rarely-reached LEADERSHIP_UNDERSTANDING MEDIUM",
            "touchpoint-without-enablers ORGANISATIONAL LOW",
            "touchpoint-without-owner ORGANISATIONAL MEDIUM"),
        AuditRules.builtIns().stream()
            .map(
                r ->
                    r.id()
                        + " "
                        + r.activationGap().map(GapType::name).orElse("governance")
                        + " "
                        + r.defaultSeverity())
            .collect(Collectors.toList()));
    for (AuditRule rule : AuditRules.builtIns()) {
      assertFalse(rule.description().isBlank(), rule.id());
      assertEquals(
          "AuditRule["
              + rule.id()
              + " "
              + rule.activationGap().map(GapType::name).orElse("governance")
              + " "
              + rule.defaultSeverity()
              + "]",
          rule.toString());
    }
  }

  @Test
  void theDesiredStateIsLookedUpInThePortfolioWhenThereIsOne() {
    AuditRule rule = AuditRules.currentStateWithoutDesiredState();
    Portfolio alone =
        Portfolio.builder("retail", "Retail banking").addJourney(OPEN_ACCOUNT).build();
    assertEquals(
        List.of(
            "MEDIUM current-state-without-desired-state: The portfolio \"Retail banking\" holds"
                + " no desired-state map of this journey"),
        strings(rule.inspect(OPEN_ACCOUNT, context(alone))));
    Portfolio both =
        Portfolio.builder("service", "Service")
            .addJourney(BROADBAND)
            .addJourney(SampleJourneys.broadbandFaultFuture())
            .build();
    assertEquals(List.of(), rule.inspect(BROADBAND, context(both)));
    // The desired-state map may be the one that names the counterpart.
    Journey unnamed = Journey.builder().from(OPEN_ACCOUNT).build();
    Journey desired =
        Journey.builder()
            .from(OPEN_ACCOUNT)
            .id("open-account-future")
            .state(JourneyState.FUTURE)
            .counterpartId("open-account")
            .build();
    Portfolio named =
        Portfolio.builder("retail", "Retail").addJourney(unnamed).addJourney(desired).build();
    assertEquals(List.of(), rule.inspect(unnamed, context(named)));
  }

  @Test
  void theReviewRuleSaysWhatIsMissing() {
    AuditRule rule = AuditRules.reviewOverdue();
    Governance owned = Governance.builder().owner("Head of service").build();
    assertEquals(
        List.of(
            "MEDIUM review-overdue: The map has no review cadence, so nobody knows when it is due"
                + " to be brought up to date"),
        strings(rule.inspect(BROADBAND.withGovernance(owned), TODAY)));
    Governance neverReviewed =
        Governance.builder().from(owned).reviewCadence(Period.ofMonths(3)).build();
    assertEquals(
        List.of(
            "MEDIUM review-overdue: The map is to be reviewed every P3M but has never been"
                + " reviewed"),
        strings(rule.inspect(BROADBAND.withGovernance(neverReviewed), TODAY)));
    Governance dueToday =
        Governance.builder()
            .from(neverReviewed)
            .lastReviewed(SampleJourneys.TODAY.minusMonths(3))
            .build();
    assertEquals(List.of(), rule.inspect(BROADBAND.withGovernance(dueToday), TODAY));
    assertEquals(1, rule.inspect(BROADBAND.withGovernance(dueToday), context(1)).size());
  }

  private static AuditContext context(Portfolio portfolio) {
    return AuditContext.builder().asOf(SampleJourneys.TODAY).portfolio(portfolio).build();
  }

  /** The context one or more days after {@link SampleJourneys#TODAY}. */
  private static AuditContext context(int daysLater) {
    return AuditContext.of(SampleJourneys.TODAY.plusDays(daysLater));
  }

  private static List<String> strings(List<Finding> findings) {
    return findings.stream().map(Finding::toString).collect(Collectors.toList());
  }

  // ------------------------------------------------------------------------------ edits

  private static Journey touchpoint(
      Journey journey, String id, UnaryOperator<Touchpoint.Builder> edit) {
    return journey.withTouchpoint(
        journey.stageOf(id).get().id(),
        edit.apply(Touchpoint.builder().from(journey.touchpoint(id).get())).build());
  }

  private static Measurement dated(Metric metric, double value, LocalDate collected) {
    return Measurement.builder()
        .metric(metric)
        .value(value)
        .scale(metric.usualScale().get())
        .sampleSize(100)
        .collected(collected)
        .source(DataSource.of("pulse", DataSourceKind.SURVEY))
        .build();
  }

  /** The journey with {@code outputs} output KPIs and {@code outcomes} outcome KPIs. */
  private static Journey kpis(Journey journey, int outputs, int outcomes) {
    Journey with = journey;
    for (int i = 0; i < outputs + outcomes; i++) {
      with =
          with.withKpi(
              Kpi.builder("kpi-" + i, "KPI " + i, i < outputs ? KpiKind.OUTPUT : KpiKind.OUTCOME)
                  .build());
    }
    return with;
  }

  private static Journey action(
      Journey journey, String id, UnaryOperator<ActionItem.Builder> edit) {
    return journey.withAction(
        edit.apply(ActionItem.builder().from(journey.action(id).get())).build());
  }
}
