package io.github.journeykit.core.audit;

import static io.github.journeykit.core.audit.BuiltInRule.governance;
import static io.github.journeykit.core.audit.BuiltInRule.signalling;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Severity;
import java.util.Comparator;
import java.util.List;

/**
 * The audit rules JourneyKit ships, one factory each. Each rule's documentation gives its id, the
 * activation gap of HOED Research its findings signal (and why), and its default severity; rules
 * that signal no activation gap check governance and follow-up (Gartner, "What you need are strong
 * governance and oversight") and go into the governance group of an {@link ActivationReport}.
 *
 * <pre>{@code
 * List<Finding> unowned = AuditRules.touchpointWithoutOwner()
 *     .inspect(journey, AuditContext.of(LocalDate.of(2026, 11, 23)));
 * AuditRules.builtIns();  // all of them, by id
 * }</pre>
 */
public final class AuditRules {
  private static final AuditRule JOURNEY_WITHOUT_OWNER =
      governance(
          "journey-without-owner",
          Severity.HIGH,
          "The journey map has an owner",
          Inspections::journeyWithoutOwner);
  private static final AuditRule REVIEW_OVERDUE =
      governance(
          "review-overdue",
          Severity.MEDIUM,
          "The map has a review cadence and its last review plus the cadence is not past",
          Inspections::reviewOverdue);
  private static final AuditRule STAGE_WITHOUT_OWNER =
      signalling(
          GapType.ORGANISATIONAL,
          "stage-without-owner",
          Severity.MEDIUM,
          "Every stage has an owner",
          Inspections::stageWithoutOwner);
  private static final AuditRule TOUCHPOINT_WITHOUT_OWNER =
      signalling(
          GapType.ORGANISATIONAL,
          "touchpoint-without-owner",
          Severity.MEDIUM,
          "Every touchpoint has an owner",
          Inspections::touchpointWithoutOwner);
  private static final AuditRule TOUCHPOINT_WITHOUT_ENABLERS =
      signalling(
          GapType.ORGANISATIONAL,
          "touchpoint-without-enablers",
          Severity.LOW,
          "Every touchpoint shows the processes, people, data, technology or capabilities behind"
              + " it",
          Inspections::touchpointWithoutEnablers);
  private static final AuditRule ACTION_WITHOUT_OWNER =
      signalling(
          GapType.ORGANISATIONAL,
          "action-without-owner",
          Severity.MEDIUM,
          "Every open action has an owner",
          Inspections::actionWithoutOwner);
  private static final AuditRule ACTION_OVERDUE =
      signalling(
          GapType.ORGANISATIONAL,
          "action-overdue",
          Severity.HIGH,
          "No open action is past its due date",
          Inspections::actionOverdue);
  private static final AuditRule TOUCHPOINT_RARELY_REACHED =
      signalling(
          GapType.LEADERSHIP_UNDERSTANDING,
          "touchpoint-rarely-reached",
          Severity.MEDIUM,
          "Every touchpoint of the map is reached by a fair share of the cases of the event log",
          Inspections::touchpointRarelyReached);
  private static final AuditRule AD_HOC_STEP_COMMON =
      signalling(
          GapType.CUSTOMER_EXPECTATIONS,
          "ad-hoc-step-common",
          Severity.MEDIUM,
          "No step that many cases of the event log take is missing from the map",
          Inspections::adHocStepCommon);
  private static final AuditRule REPEATED_CONTACTS =
      signalling(
          GapType.ORGANISATIONAL,
          "repeated-contacts",
          Severity.HIGH,
          "Customers do not come back to a touchpoint more often than the threshold allows",
          Inspections::repeatedContacts);
  private static final AuditRule MEASUREMENT_STALE =
      signalling(
          GapType.LEADERSHIP_UNDERSTANDING,
          "measurement-stale",
          Severity.MEDIUM,
          "Every current measurement is dated and younger than the staleness threshold",
          Inspections::measurementStale);
  private static final AuditRule MEASUREMENT_WITHOUT_SAMPLE_SIZE =
      signalling(
          GapType.LEADERSHIP_UNDERSTANDING,
          "measurement-without-sample-size",
          Severity.LOW,
          "Every current measurement says how many responses it rests on",
          Inspections::measurementWithoutSampleSize);
  private static final AuditRule MEASUREMENT_WITHOUT_SOURCE =
      signalling(
          GapType.LEADERSHIP_UNDERSTANDING,
          "measurement-without-source",
          Severity.MEDIUM,
          "Every current measurement names its data source",
          Inspections::measurementWithoutSource);
  private static final AuditRule SINGLE_QUANTITATIVE_SOURCE =
      signalling(
          GapType.LEADERSHIP_UNDERSTANDING,
          "single-quantitative-source",
          Severity.LOW,
          "The map's quantitative data does not all come from one source",
          Inspections::singleQuantitativeSource);
  private static final AuditRule OUTPUT_KPIS_DOMINATE =
      signalling(
          GapType.LEADERSHIP_UNDERSTANDING,
          "output-kpis-dominate",
          Severity.MEDIUM,
          "Output measures make up less of the KPI set than the configured threshold",
          Inspections::outputKpisDominate);
  private static final AuditRule CLAIMS_WITHOUT_EVIDENCE =
      signalling(
          GapType.LEADERSHIP_UNDERSTANDING,
          "claims-without-evidence",
          Severity.MEDIUM,
          "Claims without evidence make up less of the map's claims than the configured threshold",
          Inspections::claimsWithoutEvidence);
  private static final AuditRule JOURNEY_WITHOUT_VISION =
      signalling(
          GapType.CUSTOMER_EXPECTATIONS,
          "journey-without-vision",
          Severity.MEDIUM,
          "The map states an experience vision",
          Inspections::journeyWithoutVision);
  private static final AuditRule EXPECTATIONS_NOT_MEASURED =
      signalling(
          GapType.CUSTOMER_EXPECTATIONS,
          "expectations-not-measured",
          Severity.MEDIUM,
          "Customers' expectations are measured at one touchpoint at least",
          Inspections::expectationsNotMeasured);
  private static final AuditRule MOMENT_WITHOUT_EVIDENCE =
      signalling(
          GapType.CUSTOMER_EXPECTATIONS,
          "moment-without-evidence",
          Severity.MEDIUM,
          "Every moment that matters has evidence, or a measurement at its touchpoint",
          Inspections::momentWithoutEvidence);
  private static final AuditRule CURRENT_STATE_WITHOUT_DESIRED_STATE =
      signalling(
          GapType.CUSTOMER_EXPECTATIONS,
          "current-state-without-desired-state",
          Severity.MEDIUM,
          "A current-state journey has a desired-state counterpart",
          Inspections::currentStateWithoutDesiredState);
  private static final AuditRule SKILLS_GAP_WITHOUT_TRAINING =
      signalling(
          GapType.EMPLOYEE_KNOWLEDGE_AND_SKILLS,
          "skills-gap-without-training",
          Severity.MEDIUM,
          "Every employee knowledge and skills gap has a training action",
          Inspections::skillsGapWithoutTraining);
  private static final AuditRule PAIN_POINT_WITHOUT_GAP_OR_ACTION =
      governance(
          "pain-point-without-gap-or-action",
          Severity.HIGH,
          "Every pain point has a gap at it or an action that addresses it or its moments",
          Inspections::painPointWithoutGapOrAction);
  private static final AuditRule GAP_WITHOUT_ACTION =
      governance(
          "gap-without-action",
          Severity.HIGH,
          "Every gap has an action, not dropped, that addresses it",
          Inspections::gapWithoutAction);
  private static final AuditRule ACTION_WITHOUT_KPI =
      governance(
          "action-without-kpi",
          Severity.LOW,
          "Every action that is not dropped names a KPI",
          Inspections::actionWithoutKpi);

  private static final List<AuditRule> BUILT_INS =
      ImmutableList.sortedCopyOf(
          Comparator.comparing(AuditRule::id),
          List.of(
              JOURNEY_WITHOUT_OWNER,
              REVIEW_OVERDUE,
              STAGE_WITHOUT_OWNER,
              TOUCHPOINT_WITHOUT_OWNER,
              TOUCHPOINT_WITHOUT_ENABLERS,
              ACTION_WITHOUT_OWNER,
              ACTION_OVERDUE,
              MEASUREMENT_STALE,
              MEASUREMENT_WITHOUT_SAMPLE_SIZE,
              MEASUREMENT_WITHOUT_SOURCE,
              SINGLE_QUANTITATIVE_SOURCE,
              OUTPUT_KPIS_DOMINATE,
              CLAIMS_WITHOUT_EVIDENCE,
              JOURNEY_WITHOUT_VISION,
              EXPECTATIONS_NOT_MEASURED,
              MOMENT_WITHOUT_EVIDENCE,
              CURRENT_STATE_WITHOUT_DESIRED_STATE,
              SKILLS_GAP_WITHOUT_TRAINING,
              PAIN_POINT_WITHOUT_GAP_OR_ACTION,
              GAP_WITHOUT_ACTION,
              ACTION_WITHOUT_KPI,
              TOUCHPOINT_RARELY_REACHED,
              AD_HOC_STEP_COMMON,
              REPEATED_CONTACTS));

  private AuditRules() {}

  /**
   * Every built-in rule, sorted by id.
   *
   * @return the rules
   */
  public static List<AuditRule> builtIns() {
    return BUILT_INS;
  }

  /**
   * {@code journey-without-owner}, governance, {@link Severity#HIGH}: the map's governance names no
   * owner. Gartner: maps fail for lack of governance and oversight, and an ownerless map is not
   * kept current.
   *
   * @return the rule
   */
  public static AuditRule journeyWithoutOwner() {
    return JOURNEY_WITHOUT_OWNER;
  }

  /**
   * {@code review-overdue}, governance, {@link Severity#MEDIUM}: the map has no review cadence, has
   * never been reviewed, or its last review plus the cadence lies before the audit's date. Gartner:
   * maps must be kept current; Walters: "treat journey map as a verb".
   *
   * @return the rule
   */
  public static AuditRule reviewOverdue() {
    return REVIEW_OVERDUE;
  }

  /**
   * {@code stage-without-owner}, {@link GapType#ORGANISATIONAL}, {@link Severity#MEDIUM}: a stage
   * has no owner. A stage nobody owns has no one in the structure to carry out its fixes, the
   * organisational gap of HOED Research.
   *
   * @return the rule
   */
  public static AuditRule stageWithoutOwner() {
    return STAGE_WITHOUT_OWNER;
  }

  /**
   * {@code touchpoint-without-owner}, {@link GapType#ORGANISATIONAL}, {@link Severity#MEDIUM}: a
   * touchpoint has no owner. Its issues fall between silos, the organisational gap of HOED
   * Research.
   *
   * @return the rule
   */
  public static AuditRule touchpointWithoutOwner() {
    return TOUCHPOINT_WITHOUT_OWNER;
  }

  /**
   * {@code touchpoint-without-enablers}, {@link GapType#ORGANISATIONAL}, {@link Severity#LOW}: a
   * touchpoint lists no enabler. HOED Research closes the organisational gap by linking the map to
   * the processes, people, data, technology and capabilities behind each step, the "line of sight"
   * to the systems that cause its issues.
   *
   * @return the rule
   */
  public static AuditRule touchpointWithoutEnablers() {
    return TOUCHPOINT_WITHOUT_ENABLERS;
  }

  /**
   * {@code action-without-owner}, {@link GapType#ORGANISATIONAL}, {@link Severity#MEDIUM}: a
   * proposed, planned or in-progress action has no owner. Walters asks for champions who shepherd
   * each project to completion; without one the organisation cannot carry the fix out.
   *
   * @return the rule
   */
  public static AuditRule actionWithoutOwner() {
    return ACTION_WITHOUT_OWNER;
  }

  /**
   * {@code action-overdue}, {@link GapType#ORGANISATIONAL}, {@link Severity#HIGH}: an open action's
   * due date lies before the audit's date. The organisation is not delivering the fixes the map
   * found, and customers keep meeting the problem.
   *
   * @return the rule
   */
  public static AuditRule actionOverdue() {
    return ACTION_OVERDUE;
  }

  /**
   * {@code measurement-stale}, {@link GapType#LEADERSHIP_UNDERSTANDING}, {@link Severity#MEDIUM}: a
   * current measurement (the latest of its metric at a touchpoint) is undated, or was collected
   * more than {@link AuditConfig#staleAfter()} before the audit's date. HOED Research: the
   * leadership gap "most often occurs when data about customer experiences isn't frequently
   * gathered".
   *
   * @return the rule
   */
  public static AuditRule measurementStale() {
    return MEASUREMENT_STALE;
  }

  /**
   * {@code measurement-without-sample-size}, {@link GapType#LEADERSHIP_UNDERSTANDING}, {@link
   * Severity#LOW}: a current measurement does not say how many responses it rests on, so leaders
   * cannot tell a finding from an anecdote.
   *
   * @return the rule
   */
  public static AuditRule measurementWithoutSampleSize() {
    return MEASUREMENT_WITHOUT_SAMPLE_SIZE;
  }

  /**
   * {@code measurement-without-source}, {@link GapType#LEADERSHIP_UNDERSTANDING}, {@link
   * Severity#MEDIUM}: a current measurement names no data source. Gartner: maps built on
   * "incomplete or incorrect data sources" fail; HOED Research: leaders then act on "circumstantial
   * information rather than more concrete insights".
   *
   * @return the rule
   */
  public static AuditRule measurementWithoutSource() {
    return MEASUREMENT_WITHOUT_SOURCE;
  }

  /**
   * {@code single-quantitative-source}, {@link GapType#LEADERSHIP_UNDERSTANDING}, {@link
   * Severity#LOW}: all quantitative data sources of the map (those of touchpoints and of
   * measurements) are one and the same. One lens gives leaders a partial picture (Gartner and
   * "Customer Journey Mapping": gather data through surveys, social listening, live chat and more).
   *
   * @return the rule
   */
  public static AuditRule singleQuantitativeSource() {
    return SINGLE_QUANTITATIVE_SOURCE;
  }

  /**
   * {@code output-kpis-dominate}, {@link GapType#LEADERSHIP_UNDERSTANDING}, {@link
   * Severity#MEDIUM}: output KPIs make up at least {@link AuditConfig#outputKpiShareThreshold()}
   * (0.8 by default) of the KPI set. Towers: KPI sets are "usually" 80% output metrics while the
   * measures of successful customer outcomes are a small proportion, and "what you measure is what
   * you get": leaders steer by outputs rather than by what customers experience.
   *
   * @return the rule
   */
  public static AuditRule outputKpisDominate() {
    return OUTPUT_KPIS_DOMINATE;
  }

  /**
   * {@code claims-without-evidence}, {@link GapType#LEADERSHIP_UNDERSTANDING}, {@link
   * Severity#MEDIUM}: the gaps and moments that matter without evidence (their own or their
   * touchpoint's) make up at least {@link AuditConfig#unevidencedClaimShareThreshold()} (0.5 by
   * default) of them. A claim without evidence is an assumption ("Customer Journey Mapping", on
   * experience scores); HOED Research closes the leadership gap with "evidential education".
   *
   * @return the rule
   */
  public static AuditRule claimsWithoutEvidence() {
    return CLAIMS_WITHOUT_EVIDENCE;
  }

  /**
   * {@code journey-without-vision}, {@link GapType#CUSTOMER_EXPECTATIONS}, {@link Severity#MEDIUM}:
   * the map states no experience vision. HOED Research: companies that close the customer
   * expectations gap "have defined a brand-aligned experience vision".
   *
   * @return the rule
   */
  public static AuditRule journeyWithoutVision() {
    return JOURNEY_WITHOUT_VISION;
  }

  /**
   * {@code expectations-not-measured}, {@link GapType#CUSTOMER_EXPECTATIONS}, {@link
   * Severity#MEDIUM}: no touchpoint has an expectation measurement. HOED Research: closing the gap
   * takes measuring the experience and comprehensively understanding expectations; Gartner maps the
   * gap between expectations and perceptions.
   *
   * @return the rule
   */
  public static AuditRule expectationsNotMeasured() {
    return EXPECTATIONS_NOT_MEASURED;
  }

  /**
   * {@code moment-without-evidence}, {@link GapType#CUSTOMER_EXPECTATIONS}, {@link
   * Severity#MEDIUM}: a moment that matters has no evidence, and its touchpoint has neither
   * evidence nor a measurement. The map claims to know what makes or breaks the journey for
   * customers without showing it (Walters, "The 'What's Next' of Customer Journey Mapping").
   *
   * @return the rule
   */
  public static AuditRule momentWithoutEvidence() {
    return MOMENT_WITHOUT_EVIDENCE;
  }

  /**
   * {@code current-state-without-desired-state}, {@link GapType#CUSTOMER_EXPECTATIONS}, {@link
   * Severity#MEDIUM}: a current-state journey has no desired-state counterpart. With a portfolio in
   * the {@link AuditContext}, the portfolio must hold a future-state journey that names it or that
   * it names; without one, the journey must name a counterpart. HOED Research: the vision needs a
   * strategy that brings it to life, and a map of the desired journey is where it starts.
   *
   * @return the rule
   */
  public static AuditRule currentStateWithoutDesiredState() {
    return CURRENT_STATE_WITHOUT_DESIRED_STATE;
  }

  /**
   * {@code skills-gap-without-training}, {@link GapType#EMPLOYEE_KNOWLEDGE_AND_SKILLS}, {@link
   * Severity#MEDIUM}: an employee knowledge and skills gap has no training action (not dropped)
   * that addresses it. HOED Research: the gap "occurs when employees lack the skills, knowledge or
   * tools" to deliver the improved experience; "Customer Journey Mapping" uses the map as a
   * training tool.
   *
   * @return the rule
   */
  public static AuditRule skillsGapWithoutTraining() {
    return SKILLS_GAP_WITHOUT_TRAINING;
  }

  /**
   * {@code touchpoint-rarely-reached}, {@link GapType#LEADERSHIP_UNDERSTANDING}, {@link
   * Severity#MEDIUM}: with a path summary of the journey in the {@link AuditContext} (of at least
   * {@link AuditConfig#minimumCases()} cases), a touchpoint that fewer than {@link
   * AuditConfig#rareReachThreshold()} of the cases reach. The map no longer shows the journey
   * customers take; Walters: "sharing your customer's real journey helps leaders".
   *
   * @return the rule
   */
  public static AuditRule touchpointRarelyReached() {
    return TOUCHPOINT_RARELY_REACHED;
  }

  /**
   * {@code ad-hoc-step-common}, {@link GapType#CUSTOMER_EXPECTATIONS}, {@link Severity#MEDIUM}:
   * with a path summary of the journey, a step that is not on the map and that at least {@link
   * AuditConfig#commonAdHocShareThreshold()} of the cases take, among the deviations the summary
   * lists. Customers need a step the designed journey does not offer.
   *
   * @return the rule
   */
  public static AuditRule adHocStepCommon() {
    return AD_HOC_STEP_COMMON;
  }

  /**
   * {@code repeated-contacts}, {@link GapType#ORGANISATIONAL}, {@link Severity#HIGH}: with a path
   * summary of the journey, a touchpoint reached by at least {@link AuditConfig#minimumCases()}
   * cases whose repeat rate is at least {@link AuditConfig#repeatRateThreshold()}: customers come
   * back because the first contact did not settle it, failure demand. Towers: "a failure to
   * properly coordinate and integrate different channels and touchpoints can lead to an incoherent
   * journey for the customer".
   *
   * @return the rule
   */
  public static AuditRule repeatedContacts() {
    return REPEATED_CONTACTS;
  }

  /**
   * {@code pain-point-without-gap-or-action}, governance, {@link Severity#HIGH}: a touchpoint below
   * its emotion baseline has no gap located at it and no action (not dropped) that addresses it or
   * one of its moments. Walters: "fix what's broken"; Gartner: maps fail when insight is not turned
   * into action.
   *
   * @return the rule
   */
  public static AuditRule painPointWithoutGapOrAction() {
    return PAIN_POINT_WITHOUT_GAP_OR_ACTION;
  }

  /**
   * {@code gap-without-action}, governance, {@link Severity#HIGH}: no action (not dropped)
   * addresses a gap. "Customer Journey Mapping": "build teams to work on closing any CX gaps".
   *
   * @return the rule
   */
  public static AuditRule gapWithoutAction() {
    return GAP_WITHOUT_ACTION;
  }

  /**
   * {@code action-without-kpi}, governance, {@link Severity#LOW}: an action that is not dropped
   * names no KPI, so nobody can tell whether it worked. "Customer Journey Mapping": "define a set
   * of key metrics, and most importantly, measure progress".
   *
   * @return the rule
   */
  public static AuditRule actionWithoutKpi() {
    return ACTION_WITHOUT_KPI;
  }
}
