package io.github.journeykit.core.audit;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionKind;
import io.github.journeykit.core.model.ActionStatus;
import io.github.journeykit.core.model.DataNature;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.ElementKind;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Governance;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyElement;
import io.github.journeykit.core.model.JourneyState;
import io.github.journeykit.core.model.KpiKind;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Portfolio;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.path.DeviationCount;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.core.path.PathSummary;
import io.github.journeykit.core.path.TouchpointUse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** The inspections of the built-in rules; {@link AuditRules} documents each one. */
final class Inspections {
  private Inspections() {}

  // ------------------------------------------------------------------ governance and ownership

  static List<Finding> journeyWithoutOwner(AuditRule rule, Journey journey, AuditContext context) {
    return whole(
        rule,
        journey.governance().owner().isEmpty(),
        "Nobody owns the journey map \"" + journey.title() + "\"",
        "Name the person accountable for keeping the map current and turning it into action");
  }

  static List<Finding> reviewOverdue(AuditRule rule, Journey journey, AuditContext context) {
    Governance governance = journey.governance();
    LocalDate asOf = context.asOf();
    switch (GovernanceMeasures.reviewStatus(governance, asOf)) {
      case ON_SCHEDULE:
        return List.of();
      case OVERDUE:
        LocalDate due = governance.nextReviewDue().get();
        return whole(
            rule,
            true,
            "The map's review was due on "
                + due
                + ", "
                + ChronoUnit.DAYS.between(due, asOf)
                + " days before "
                + asOf,
            "Review the map with its stakeholders, bring it up to date and record the review");
      default:
        return governance.reviewCadence().isEmpty()
            ? whole(
                rule,
                true,
                "The map has no review cadence, so nobody knows when it is due to be brought up"
                    + " to date",
                "Set a review cadence, such as every three months, and record each review")
            : whole(
                rule,
                true,
                "The map is to be reviewed every "
                    + governance.reviewCadence().get()
                    + " but has never been reviewed",
                "Review the map with its stakeholders and record the date");
    }
  }

  static List<Finding> stageWithoutOwner(AuditRule rule, Journey journey, AuditContext context) {
    return each(
        rule,
        journey,
        ElementKind.STAGE,
        Stage.class,
        s -> s.owner().isEmpty(),
        s -> "Nobody owns the stage \"" + s.name() + "\"",
        s -> "Name the team accountable for the stage \"" + s.name() + "\" and its fixes");
  }

  static List<Finding> touchpointWithoutOwner(
      AuditRule rule, Journey journey, AuditContext context) {
    return each(
        rule,
        journey,
        ElementKind.TOUCHPOINT,
        Touchpoint.class,
        t -> t.owner().isEmpty(),
        t -> "Nobody owns the touchpoint \"" + t.name() + "\"",
        t -> "Name the team accountable for \"" + t.name() + "\"");
  }

  static List<Finding> touchpointWithoutEnablers(
      AuditRule rule, Journey journey, AuditContext context) {
    return each(
        rule,
        journey,
        ElementKind.TOUCHPOINT,
        Touchpoint.class,
        t -> t.enablers().isEmpty(),
        t ->
            "The touchpoint \""
                + t.name()
                + "\" shows none of the processes, people, data, technology or capabilities"
                + " behind it",
        t -> "Link the enablers behind \"" + t.name() + "\", for a line of sight to its causes");
  }

  // ----------------------------------------------------------------------- data and evidence

  static List<Finding> measurementStale(AuditRule rule, Journey journey, AuditContext context) {
    LocalDate asOf = context.asOf();
    return eachMeasurement(
        rule,
        journey,
        m -> !GovernanceMeasures.isFresh(m, asOf, context.config().staleAfter()),
        c ->
            c.measurement.collected().isPresent()
                ? describe(c)
                    + " was collected on "
                    + c.measurement.collected().get()
                    + ", more than "
                    + context.config().staleAfter()
                    + " before "
                    + asOf
                : describe(c) + " has no collection date, so nobody can tell whether it is current",
        c ->
            "Measure "
                + c.measurement.metric()
                + " at \""
                + c.touchpoint().name()
                + "\" again, and record when the data was collected");
  }

  static List<Finding> measurementWithoutSampleSize(
      AuditRule rule, Journey journey, AuditContext context) {
    return eachMeasurement(
        rule,
        journey,
        m -> m.sampleSize().isEmpty(),
        c -> describe(c) + " does not say how many responses it rests on",
        c -> "Record the sample size, so that readers can judge how far to trust the number");
  }

  static List<Finding> measurementWithoutSource(
      AuditRule rule, Journey journey, AuditContext context) {
    return eachMeasurement(
        rule,
        journey,
        m -> m.source().isEmpty(),
        c -> describe(c) + " does not say where its data comes from",
        c -> "Name the data source behind it: a survey, analytics, CRM records or interviews");
  }

  static List<Finding> singleQuantitativeSource(
      AuditRule rule, Journey journey, AuditContext context) {
    Map<String, DataSource> quantitative = new LinkedHashMap<>();
    for (Touchpoint touchpoint : journey.touchpoints()) {
      List<DataSource> sources = new ArrayList<>(touchpoint.dataSources());
      touchpoint.measurements().forEach(m -> m.source().ifPresent(sources::add));
      for (DataSource source : sources) {
        if (source.nature() == DataNature.QUANTITATIVE) {
          quantitative.putIfAbsent(source.id(), source);
        }
      }
    }
    return whole(
        rule,
        quantitative.size() == 1,
        "All quantitative data in the map comes from one source: "
            + quantitative.values().stream().findFirst().map(DataSource::toString).orElse(""),
        "Check the numbers against a second quantitative source, such as analytics, CRM records"
            + " or another survey");
  }

  static List<Finding> claimsWithoutEvidence(
      AuditRule rule, Journey journey, AuditContext context) {
    Share evidenced = GovernanceMeasures.evidence(journey);
    Share assumptions = Share.of(evidenced.total() - evidenced.count(), evidenced.total());
    double threshold = context.config().unevidencedClaimShareThreshold();
    return whole(
        rule,
        assumptions.reaches(threshold),
        assumptions
            + " of the map's claims (gaps and moments that matter) have no evidence: they are"
            + " assumptions (threshold "
            + percent(threshold)
            + ")",
        "Attach evidence (quotes, recordings, studies, data) to the gaps and moments that"
            + " matter, the most severe first");
  }

  static List<Finding> outputKpisDominate(AuditRule rule, Journey journey, AuditContext context) {
    Share output = GovernanceMeasures.kpis(journey, KpiKind.OUTPUT);
    double threshold = context.config().outputKpiShareThreshold();
    return whole(
        rule,
        output.reaches(threshold),
        "Output measures, such as calls answered or handle time, make up "
            + output
            + " of the map's KPIs (threshold "
            + percent(threshold)
            + ")",
        "Add KPIs that show customers reaching a successful outcome, and make them the ones"
            + " that count");
  }

  // --------------------------------------------------------------------- customer expectations

  static List<Finding> journeyWithoutVision(AuditRule rule, Journey journey, AuditContext context) {
    return whole(
        rule,
        journey.vision().isEmpty(),
        "The map states no experience vision for \"" + journey.title() + "\"",
        "State the brand-aligned experience the journey should deliver, in the customer's words");
  }

  static List<Finding> expectationsNotMeasured(
      AuditRule rule, Journey journey, AuditContext context) {
    return whole(
        rule,
        journey.touchpoints().stream().allMatch(t -> t.latest(Metric.EXPECTATION).isEmpty()),
        "The map measures customers' expectations at no touchpoint",
        "Measure what customers expect beside what they perceive, to show where the experience"
            + " falls short of its promises");
  }

  static List<Finding> momentWithoutEvidence(
      AuditRule rule, Journey journey, AuditContext context) {
    return each(
        rule,
        journey,
        ElementKind.MOMENT,
        MomentThatMatters.class,
        m -> {
          Touchpoint at = journey.touchpoint(m.touchpointId()).get();
          return m.evidence().isEmpty() && at.evidence().isEmpty() && at.measurements().isEmpty();
        },
        m ->
            "Nothing backs the moment that matters at \""
                + journey.touchpoint(m.touchpointId()).get().name()
                + "\": no evidence, and no measurement at the touchpoint",
        m -> "Attach evidence (quotes, recordings, studies) or measure the touchpoint");
  }

  static List<Finding> currentStateWithoutDesiredState(
      AuditRule rule, Journey journey, AuditContext context) {
    if (journey.state() != JourneyState.CURRENT) {
      return List.of();
    }
    String fix = "Map the journey as it should be, and link the two maps with counterpartId";
    if (context.portfolio().isEmpty()) {
      return whole(
          rule,
          journey.counterpartId().isEmpty(),
          "The current-state map names no desired-state counterpart",
          fix);
    }
    Portfolio portfolio = context.portfolio().get();
    Optional<String> self = Optional.of(journey.id());
    boolean found =
        portfolio.journeys().stream()
            .anyMatch(
                j ->
                    j.state() == JourneyState.FUTURE
                        && (journey.counterpartId().equals(Optional.of(j.id()))
                            || j.counterpartId().equals(self)));
    return whole(
        rule,
        !found,
        "The portfolio \"" + portfolio.title() + "\" holds no desired-state map of this journey",
        fix);
  }

  // ---------------------------------------------------------------- follow-up: gaps and actions

  static List<Finding> painPointWithoutGapOrAction(
      AuditRule rule, Journey journey, AuditContext context) {
    return each(
        rule,
        journey,
        ElementKind.TOUCHPOINT,
        Touchpoint.class,
        t ->
            t.isPainPoint()
                && journey.gapsAt(t.id()).isEmpty()
                && !followedUp(journey, t.id(), a -> true)
                && journey.momentsAt(t.id()).stream()
                    .noneMatch(m -> followedUp(journey, m.id(), a -> true)),
        t ->
            "The pain point \""
                + t.name()
                + "\" (emotion "
                + Numbers.show(t.emotion().getAsDouble())
                + ") has no gap and no action",
        t -> "Name the gap it shows, or plan an action that addresses it");
  }

  static List<Finding> gapWithoutAction(AuditRule rule, Journey journey, AuditContext context) {
    return each(
        rule,
        journey,
        ElementKind.GAP,
        Gap.class,
        g -> !followedUp(journey, g.id(), a -> true),
        g -> "No action addresses the gap \"" + g.title() + "\"",
        g -> "Plan an action, with an owner and a KPI, that closes the gap");
  }

  static List<Finding> skillsGapWithoutTraining(
      AuditRule rule, Journey journey, AuditContext context) {
    return each(
        rule,
        journey,
        ElementKind.GAP,
        Gap.class,
        g ->
            g.type() == GapType.EMPLOYEE_KNOWLEDGE_AND_SKILLS
                && !followedUp(journey, g.id(), a -> a.kind() == ActionKind.TRAINING),
        g -> "No training addresses the employee knowledge and skills gap \"" + g.title() + "\"",
        g -> "Plan training or coaching that gives employees the skills and knowledge it names");
  }

  static List<Finding> actionWithoutOwner(AuditRule rule, Journey journey, AuditContext context) {
    return each(
        rule,
        journey,
        ElementKind.ACTION,
        ActionItem.class,
        a -> a.status().isOpen() && a.owner().isEmpty(),
        a -> "The action \"" + a.title() + "\" has no owner",
        a -> "Name a champion who sees the action through and updates the map when it is done");
  }

  static List<Finding> actionWithoutKpi(AuditRule rule, Journey journey, AuditContext context) {
    return each(
        rule,
        journey,
        ElementKind.ACTION,
        ActionItem.class,
        a -> a.status() != ActionStatus.DROPPED && a.kpiIds().isEmpty(),
        a -> "The action \"" + a.title() + "\" names no KPI that shows whether it worked",
        a -> "Link a KPI, an outcome measure where possible, that proves the action's effect");
  }

  static List<Finding> actionOverdue(AuditRule rule, Journey journey, AuditContext context) {
    return each(
        rule,
        journey,
        ElementKind.ACTION,
        ActionItem.class,
        a -> a.isOverdue(context.asOf()),
        a ->
            "The action \""
                + a.title()
                + "\" was due on "
                + a.due().get()
                + " and is still "
                + a.status(),
        a -> "Finish the action, or agree a new due date and record why it slipped");
  }

  // -------------------------------------------------------------------------------- helpers

  /**
   * Whether an action that is not dropped, and is of the kind {@code kind} asks for, addresses the
   * element.
   */
  private static boolean followedUp(Journey journey, String elementId, Predicate<ActionItem> kind) {
    for (ActionItem action : journey.actionsAddressing(elementId)) {
      if (action.status() != ActionStatus.DROPPED && kind.test(action)) {
        return true;
      }
    }
    return false;
  }

  /** The elements of one kind, in journey order. */
  static List<JourneyElement> elements(Journey journey, ElementKind kind) {
    List<JourneyElement> elements = new ArrayList<>();
    for (JourneyElement element : journey.elements()) {
      if (element.kind() == kind) {
        elements.add(element);
      }
    }
    return elements;
  }

  // ---------------------------------------------------------------------- what customers did

  /** The path summary of {@code journey} in the context, if it holds enough cases to judge. */
  private static Optional<PathSummary> paths(Journey journey, AuditContext context) {
    return context.paths(journey.id()).filter(p -> p.cases() >= context.config().minimumCases());
  }

  static List<Finding> touchpointRarelyReached(
      AuditRule rule, Journey journey, AuditContext context) {
    Optional<PathSummary> paths = paths(journey, context);
    if (paths.isEmpty()) {
      return List.of();
    }
    double threshold = context.config().rareReachThreshold();
    return each(
        rule,
        journey,
        ElementKind.TOUCHPOINT,
        Touchpoint.class,
        t ->
            paths
                .get()
                .touchpoint(t.id())
                .map(u -> u.reach().getAsDouble() < threshold)
                .orElse(false),
        t -> {
          TouchpointUse use = paths.get().touchpoint(t.id()).get();
          return Share.of(use.reached(), use.cases())
              + " of the cases reach the touchpoint \""
              + t.name()
              + "\" (threshold "
              + percent(threshold)
              + "): the map shows a step customers do not take";
        },
        t ->
            "Find out how customers get past \""
                + t.name()
                + "\", then redraw the step or retire it from the map");
  }

  static List<Finding> adHocStepCommon(AuditRule rule, Journey journey, AuditContext context) {
    Optional<PathSummary> paths = paths(journey, context);
    if (paths.isEmpty()) {
      return List.of();
    }
    double threshold = context.config().commonAdHocShareThreshold();
    long cases = paths.get().cases();
    List<Finding> findings = new ArrayList<>();
    for (DeviationCount deviation : paths.get().deviations()) {
      if (deviation.kind() == DeviationKind.AD_HOC && deviation.cases() >= threshold * cases) {
        findings.add(
            rule.finding()
                .message(
                    Share.of(deviation.cases(), cases)
                        + " of the cases take the step \""
                        + deviation.subject()
                        + "\", which is not on the map (threshold "
                        + percent(threshold)
                        + ")")
                .suggestedFix(
                    "Map \""
                        + deviation.subject()
                        + "\" as a touchpoint, or name the touchpoint it is in the activity map")
                .build());
      }
    }
    return findings;
  }

  static List<Finding> repeatedContacts(AuditRule rule, Journey journey, AuditContext context) {
    Optional<PathSummary> paths = paths(journey, context);
    if (paths.isEmpty()) {
      return List.of();
    }
    double threshold = context.config().repeatRateThreshold();
    int minimum = context.config().minimumCases();
    return each(
        rule,
        journey,
        ElementKind.TOUCHPOINT,
        Touchpoint.class,
        t ->
            paths
                .get()
                .touchpoint(t.id())
                .filter(u -> u.reached() >= minimum)
                .map(u -> u.repeatRate().getAsDouble() >= threshold)
                .orElse(false),
        t -> {
          TouchpointUse use = paths.get().touchpoint(t.id()).get();
          return Share.of(use.repeated(), use.reached())
              + " of the cases that reach \""
              + t.name()
              + "\" come back to it (threshold "
              + percent(threshold)
              + "): failure demand";
        },
        t ->
            "Find out why customers come back to \""
                + t.name()
                + "\" and fix the cause where it starts");
  }

  /** One finding about the whole journey if {@code flagged}, else none. */
  private static List<Finding> whole(
      AuditRule rule, boolean flagged, String message, String suggestedFix) {
    return flagged
        ? List.of(rule.finding().message(message).suggestedFix(suggestedFix).build())
        : List.of();
  }

  /** A finding at each element of {@code kind} that is {@code flagged}. */
  private static <T> List<Finding> each(
      AuditRule rule,
      Journey journey,
      ElementKind kind,
      Class<T> type,
      Predicate<? super T> flagged,
      Function<? super T, String> message,
      Function<? super T, String> suggestedFix) {
    List<Finding> findings = new ArrayList<>();
    for (JourneyElement element : elements(journey, kind)) {
      T value = element.as(type);
      if (flagged.test(value)) {
        findings.add(
            rule.findingAt(element)
                .message(message.apply(value))
                .suggestedFix(suggestedFix.apply(value))
                .build());
      }
    }
    return findings;
  }

  /** A finding at each current measurement that is {@code flagged}, at the measurement's path. */
  private static List<Finding> eachMeasurement(
      AuditRule rule,
      Journey journey,
      Predicate<Measurement> flagged,
      Function<GovernanceMeasures.CurrentMeasurement, String> message,
      Function<GovernanceMeasures.CurrentMeasurement, String> suggestedFix) {
    List<Finding> findings = new ArrayList<>();
    for (GovernanceMeasures.CurrentMeasurement current :
        GovernanceMeasures.currentMeasurements(journey)) {
      if (flagged.test(current.measurement)) {
        findings.add(
            rule.findingAt(current.touchpoint)
                .path(current.path)
                .message(message.apply(current))
                .suggestedFix(suggestedFix.apply(current))
                .build());
      }
    }
    return findings;
  }

  private static String describe(GovernanceMeasures.CurrentMeasurement current) {
    return "The "
        + current.measurement.metric()
        + " measurement at \""
        + current.touchpoint().name()
        + "\"";
  }

  private static String percent(double share) {
    return Numbers.show(share * 100) + "%";
  }
}
