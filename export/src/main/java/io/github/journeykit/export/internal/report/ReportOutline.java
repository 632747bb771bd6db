package io.github.journeykit.export.internal.report;

import io.github.journeykit.core.audit.Finding;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ExperienceGap;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Governance;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyState;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.KpiKind;
import io.github.journeykit.core.model.Location;
import io.github.journeykit.core.model.LocationKind;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Stakeholder;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.path.Destination;
import io.github.journeykit.core.path.DeviationCount;
import io.github.journeykit.core.path.DeviationKind;
import io.github.journeykit.core.path.DurationSummary;
import io.github.journeykit.core.path.FunnelStage;
import io.github.journeykit.core.path.PathSummary;
import io.github.journeykit.core.path.TouchpointUse;
import io.github.journeykit.core.path.VariantCount;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.trend.ChangeVerdict;
import io.github.journeykit.core.trend.MetricTrend;
import io.github.journeykit.core.trend.Trends;
import io.github.journeykit.export.internal.view.ObservedPaths;
import io.github.journeykit.export.internal.view.ScoredReport;
import io.github.journeykit.export.internal.view.TrendWords;
import io.github.journeykit.export.internal.view.Words;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The sections of a journey report, in order, each written by one method into a {@link ReportSink}:
 * the Markdown and the HTML report share them. To add a section, add a method and call it from
 * {@link #write}. Not public API.
 */
final class ReportOutline {
  private final ScoredReport scored;
  private final ObservedPaths observed;
  private final Journey journey;
  private final ReportSink out;

  private ReportOutline(ScoredReport scored, ReportSink out) {
    this.scored = scored;
    this.observed = ObservedPaths.of(scored.report());
    this.journey = scored.journey();
    this.out = out;
  }

  /** Writes every section of the report. */
  static void write(ScoredReport scored, ReportSink out) throws IOException {
    ReportOutline outline = new ReportOutline(scored, out);
    outline.summary();
    outline.map();
    outline.stages();
    outline.paths();
    outline.trends();
    outline.moments();
    outline.gaps();
    outline.actions();
    outline.kpis();
    outline.findings();
  }

  private void summary() throws IOException {
    out.heading(1, journey.title());
    if (journey.description().isPresent()) {
      out.paragraph(journey.description().get());
    }
    List<String[]> fields = new ArrayList<>();
    fields.add(field("Journey", journey.id()));
    fields.add(
        field(
            "State",
            (journey.state() == JourneyState.CURRENT
                    ? "Current state (as it is)"
                    : "Desired state (as it should be)")
                + journey.counterpartId().map(id -> "; counterpart " + id).orElse("")));
    journey.vision().ifPresent(v -> fields.add(field("Experience vision", v)));
    if (!journey.personas().isEmpty()) {
      List<String> personas = new ArrayList<>();
      for (Persona persona : journey.personas()) {
        personas.add(persona.name() + persona.segment().map(s -> " (" + s + ")").orElse(""));
      }
      fields.add(field("Personas", String.join("; ", personas)));
    }
    Governance governance = journey.governance();
    fields.add(field("Owner", governance.owner().orElse("nobody: the map has no owner")));
    if (governance.reviewCadence().isPresent() || governance.lastReviewed().isPresent()) {
      fields.add(
          field(
              "Review",
              governance.reviewCadence().map(c -> "every " + c).orElse("no cadence")
                  + governance.lastReviewed().map(d -> ", last " + d).orElse(", never reviewed")
                  + governance.nextReviewDue().map(d -> ", next due " + d).orElse("")));
    }
    if (!governance.stakeholders().isEmpty()) {
      List<String> stakeholders = new ArrayList<>();
      for (Stakeholder stakeholder : governance.stakeholders()) {
        stakeholders.add(stakeholder.name() + ": " + stakeholder.role());
      }
      fields.add(field("Stakeholders", String.join("; ", stakeholders)));
    }
    governance.communicationPlan().ifPresent(p -> fields.add(field("Communication plan", p)));
    if (!journey.tags().isEmpty()) {
      fields.add(field("Tags", String.join(", ", journey.tags())));
    }
    long open = journey.actions().stream().filter(a -> a.status().isOpen()).count();
    fields.add(
        field(
            "At a glance",
            count(journey.stages().size(), "stage")
                + ", "
                + count(journey.touchpoints().size(), "touchpoint")
                + ", "
                + count(journey.painPoints().size(), "pain point")
                + ", "
                + count(journey.moments().size(), "moment that matters", "moments that matter")
                + ", "
                + count(journey.gaps().size(), "gap")
                + ", "
                + open
                + " open of "
                + count(journey.actions().size(), "action")
                + ", "
                + count(journey.kpis().size(), "KPI")));
    out.fields(fields);
  }

  private void map() throws IOException {
    out.heading(2, "Journey map");
    out.map(scored);
  }

  private void stages() throws IOException {
    out.heading(2, "Stages and touchpoints");
    boolean scoreColumn = scored.scoresTouchpoints();
    int number = 0;
    for (Stage stage : journey.stages()) {
      out.heading(3, ++number + ". " + stage.name());
      List<String[]> fields = new ArrayList<>();
      stage.goal().ifPresent(g -> fields.add(field("Customer goal", g)));
      stage.owner().ifPresent(o -> fields.add(field("Owner", o)));
      stage.description().ifPresent(d -> fields.add(field("Description", d)));
      if (!fields.isEmpty()) {
        out.fields(fields);
      }
      if (stage.touchpoints().isEmpty()) {
        out.paragraph("No touchpoints yet.");
        continue;
      }
      List<String> columns =
          new ArrayList<>(
              List.of(
                  "#",
                  "Touchpoint",
                  "Channel",
                  "Lane",
                  "Owner",
                  "Emotion",
                  "Expectation",
                  "Perception",
                  "Gap (P \u2212 E)"));
      if (scoreColumn) {
        columns.add("Score");
      }
      out.tableStart(columns);
      int order = 0;
      for (Touchpoint touchpoint : stage.touchpoints()) {
        List<String> cells = new ArrayList<>(columns.size());
        cells.add(Integer.toString(++order));
        cells.add(touchpoint.name() + moments(touchpoint));
        cells.add(touchpoint.channel().name());
        cells.add(Words.of(touchpoint.lane()));
        cells.add(touchpoint.owner().orElse(""));
        cells.add(Words.measurement(touchpoint.latest(Metric.EMOTION)));
        cells.add(Words.measurement(touchpoint.latest(Metric.EXPECTATION)));
        cells.add(Words.measurement(touchpoint.latest(Metric.PERCEPTION)));
        cells.add(Words.number(ExperienceGap.at(touchpoint).value()));
        if (scoreColumn) {
          cells.add(score(scored.score(touchpoint.id())));
        }
        out.row(cells, touchpoint.isPainPoint());
      }
      out.tableEnd();
    }
  }

  /** How the measured touchpoints moved over periods, when the report has trends. */
  private void trends() throws IOException {
    if (scored.report().trends().isEmpty()) {
      return;
    }
    Trends trends = scored.report().trends().get();
    out.heading(2, "Over time");
    out.paragraph(
        "Each measured touchpoint by "
            + trends.periodLength().toLowerCase(Locale.ROOT)
            + ", and the change from the last period but one to the last at "
            + Words.number(100 * trends.level())
            + "% confidence (Welch's t interval for means; for NPS the two scores' variances"
            + " summed). A change is clear when its interval leaves out zero.");
    if (trends.trends().isEmpty()) {
      out.paragraph("No touchpoint was measured.");
      return;
    }
    out.trendCharts(trends.trends());
    out.tableStart(List.of("Touchpoint", "Figure", "By period", "Change", "Interval", "Verdict"));
    for (MetricTrend trend : trends.trends()) {
      out.row(
          List.of(
              Words.element(journey, trend.touchpointId()),
              TrendWords.figure(trend),
              TrendWords.points(trend),
              TrendWords.difference(trend),
              TrendWords.interval(trend),
              TrendWords.verdict(trend)),
          trend.change().map(c -> c.verdict() == ChangeVerdict.WORSENED).orElse(false));
    }
    out.tableEnd();
  }

  /** What customers did, when the report has a path summary: funnel, conformance, paths, reach. */
  private void paths() throws IOException {
    if (observed.summary().isEmpty()) {
      return;
    }
    PathSummary paths = observed.summary().get();
    out.heading(2, "What customers did");
    List<String[]> fields = new ArrayList<>();
    fields.add(
        field(
            "Event log",
            count(paths.cases(), "case")
                + ", "
                + count(paths.events(), "event")
                + ", of which "
                + paths.adHocEvents()
                + " ad hoc (not on the map)"
                + paths.firstEvent().map(t -> ", from " + Words.instant(t)).orElse("")
                + paths.lastEvent().map(t -> " to " + Words.instant(t)).orElse("")));
    fields.add(
        field(
            "Kept to the designed journey",
            paths.cases() == 0
                ? "no cases"
                : Words.percent(paths.conformanceRate())
                    + " of cases ("
                    + paths.conformingCases()
                    + " of "
                    + paths.cases()
                    + "); mean fitness "
                    + Words.number(paths.meanFitness())));
    if (!paths.casesByDeviationKind().isEmpty()) {
      List<String> kinds = new ArrayList<>();
      for (DeviationKind kind : DeviationKind.values()) {
        if (paths.casesWith(kind) > 0) {
          kinds.add(kind.word() + " " + count(paths.casesWith(kind), "case"));
        }
      }
      fields.add(field("Departed from it", String.join("; ", kinds)));
    }
    fields.add(field("Paths", count(paths.variantCount(), "distinct path")));
    out.fields(fields);

    out.heading(3, "Funnel");
    if (paths.funnel().isEmpty()) {
      out.paragraph("No stages.");
    } else {
      out.funnel(observed.funnelBars());
      out.tableStart(
          List.of(
              "Stage",
              "Reached",
              "Step conversion",
              "Overall conversion",
              "Drop-off",
              "Where the dropped went",
              "Median to the next stage",
              "90th percentile to the next stage"));
      for (FunnelStage stage : paths.funnel()) {
        Optional<DurationSummary> next = stage.toNextStage();
        out.row(
            List.of(
                observed.stageName(stage.stageId()),
                Long.toString(stage.reached()),
                Words.percent(stage.stepConversion()),
                Words.percent(stage.overallConversion()),
                Long.toString(stage.dropOff()),
                droppedTo(stage.droppedTo()),
                next.map(d -> Words.duration(d.median())).orElse(""),
                next.map(d -> Words.duration(d.p90())).orElse("")),
            false);
      }
      out.tableEnd();
    }

    out.heading(3, "Most frequent deviations");
    if (paths.deviations().isEmpty()) {
      out.paragraph("None.");
    } else {
      out.tableStart(List.of("Kind", "Touchpoint or activity", "Cases", "Occurrences"));
      for (DeviationCount deviation : paths.deviations()) {
        out.row(
            List.of(
                Words.of(deviation.kind()),
                observed.subject(deviation),
                Long.toString(deviation.cases()),
                Long.toString(deviation.occurrences())),
            false);
      }
      out.tableEnd();
    }

    out.heading(3, "Most frequent paths");
    if (paths.variants().isEmpty()) {
      out.paragraph("None.");
    } else {
      out.tableStart(List.of("#", "Path", "Cases", "Share of cases"));
      int number = 0;
      for (VariantCount variant : paths.variants()) {
        List<String> steps = new ArrayList<>(variant.steps().size());
        variant.steps().forEach(step -> steps.add(observed.stepName(step)));
        out.row(
            List.of(
                Integer.toString(++number),
                steps.isEmpty() ? "no steps" : String.join(" \u2192 ", steps),
                Long.toString(variant.cases()),
                Words.percent(share(variant.cases(), paths.cases()))),
            false);
      }
      out.tableEnd();
      if (paths.variantCount() > paths.variants().size()) {
        out.paragraph(
            "The "
                + count(paths.variants().size(), "most frequent path", "most frequent paths")
                + " of "
                + paths.variantCount()
                + ".");
      }
    }

    out.heading(3, "Reach and repeats by touchpoint");
    if (paths.touchpoints().isEmpty()) {
      out.paragraph("None.");
      return;
    }
    out.tableStart(
        List.of(
            "Stage",
            "Touchpoint",
            "Reach",
            "Cases reached",
            "Repeat rate",
            "Cases repeating",
            "Events",
            "Failed events"));
    for (TouchpointUse use : paths.touchpoints()) {
      out.row(
          List.of(
              journey.stageOf(use.touchpointId()).map(Stage::name).orElse(""),
              observed.stepName(use.touchpointId()),
              Words.percent(use.reach()),
              Long.toString(use.reached()),
              Words.percent(use.repeatRate()),
              Long.toString(use.repeated()),
              Long.toString(use.events()),
              Long.toString(use.failed())),
          false);
    }
    out.tableEnd();
  }

  /** Where cases that dropped out went, most first: {@code 290 to Call the helpline; 52 ended}. */
  private String droppedTo(List<Destination> destinations) {
    List<String> words = new ArrayList<>(destinations.size());
    for (Destination destination : destinations) {
      words.add(
          destination.step().equals(Destination.END)
              ? destination.cases() + " ended their journey"
              : destination.cases() + " to " + observed.stepName(destination.step()));
    }
    return String.join("; ", words);
  }

  private static OptionalDouble share(long part, long whole) {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }

  private String moments(Touchpoint touchpoint) {
    StringBuilder marks = new StringBuilder();
    for (MomentThatMatters moment : journey.momentsAt(touchpoint.id())) {
      marks.append(" [").append(Words.of(moment.polarity())).append(" moment]");
    }
    return marks.toString();
  }

  private void moments() throws IOException {
    out.heading(2, "Moments that matter");
    if (journey.moments().isEmpty()) {
      out.paragraph("None named yet.");
      return;
    }
    out.tableStart(
        List.of("Moment", "At", "Make or break", "Rating now", "Target", "Why it matters"));
    for (MomentThatMatters moment : journey.moments()) {
      out.row(
          List.of(
              moment.id(),
              Words.element(journey, moment.touchpointId()),
              Words.of(moment.polarity()),
              Words.number(moment.currentRating()),
              Words.number(moment.targetRating())
                  + (moment.targetRating().isPresent()
                      ? " of " + moment.ratingScale().range()
                      : ""),
              moment.whyItMatters()),
          false);
    }
    out.tableEnd();
  }

  private void gaps() throws IOException {
    out.heading(2, "Gaps");
    if (journey.gaps().isEmpty()) {
      out.paragraph("None named yet.");
      return;
    }
    for (GapType type : GapType.values()) {
      List<Gap> gaps = journey.gaps(type);
      if (gaps.isEmpty()) {
        continue;
      }
      out.heading(
          3,
          type.isActivationGap()
              ? Words.of(type) + " gap"
              : "Experience gaps (perception below expectation)");
      out.tableStart(List.of("Gap", "Severity", "Where", "Description", "Actions"));
      for (Gap gap : gaps) {
        List<String> actions = new ArrayList<>();
        journey.actionsAddressing(gap.id()).forEach(a -> actions.add(a.title()));
        out.row(
            List.of(
                gap.title(),
                Words.of(gap.severity()),
                where(gap.location()),
                gap.description().orElse(""),
                actions.isEmpty() ? "none yet" : String.join("; ", actions)),
            false);
      }
      out.tableEnd();
    }
  }

  private String where(Location location) {
    if (location.kind() == LocationKind.JOURNEY) {
      return "Whole journey";
    }
    String id = location.elementId().get();
    return Words.of(location.kind()) + ": " + Words.element(journey, id);
  }

  private void actions() throws IOException {
    out.heading(
        2,
        scored
            .report()
            .scoreSheet()
            .map(sheet -> "Actions, ranked by " + sheet.label())
            .orElse("Actions"));
    if (journey.actions().isEmpty()) {
      out.paragraph("None planned yet.");
      return;
    }
    out.tableStart(
        List.of("Rank", "Action", "Kind", "Status", "Owner", "Due", "Addresses", "KPIs", "Score"));
    for (ScoredReport.RankedAction ranked : scored.rankedActions()) {
      ActionItem action = ranked.action();
      List<String> addresses = new ArrayList<>();
      for (List<String> ids :
          List.of(action.gapIds(), action.momentIds(), action.touchpointIds())) {
        ids.forEach(id -> addresses.add(Words.element(journey, id)));
      }
      List<String> kpis = new ArrayList<>();
      action.kpiIds().forEach(id -> kpis.add(Words.element(journey, id)));
      out.row(
          List.of(
              ranked.rank() > 0 ? Integer.toString(ranked.rank()) : "",
              action.title(),
              Words.of(action.kind()),
              Words.of(action.status()),
              action.owner().orElse("no owner"),
              action.due().map(Object::toString).orElse(""),
              String.join("; ", addresses),
              String.join("; ", kpis),
              score(ranked.score())),
          false);
    }
    out.tableEnd();
  }

  private void kpis() throws IOException {
    out.heading(2, "KPIs: outcomes and outputs");
    if (journey.kpis().isEmpty()) {
      out.warning("No KPIs: nothing shows whether the actions work.");
      return;
    }
    long outcomes = journey.kpis().stream().filter(k -> k.kind() == KpiKind.OUTCOME).count();
    long outputs = journey.kpis().size() - outcomes;
    out.paragraph(
        count((int) outcomes, "outcome measure")
            + " (successful customer outcomes), "
            + count((int) outputs, "output measure")
            + " (what the organisation does).");
    if (outputs > outcomes) {
      out.warning(
          "Output measures outnumber outcome measures: what you measure is what you get, so add"
              + " measures of successful customer outcomes.");
    }
    out.tableStart(
        List.of(
            "KPI",
            "Kind",
            "Baseline",
            "Current",
            "Target",
            "Better",
            "Progress",
            "Measured",
            "Owner"));
    for (Kpi kpi : journey.kpis()) {
      String unit = kpi.unit().map(u -> " " + u).orElse("");
      out.row(
          List.of(
              kpi.name(),
              Words.of(kpi.kind()),
              withUnit(Words.number(kpi.baseline()), unit),
              withUnit(Words.number(kpi.current()), unit),
              withUnit(Words.number(kpi.target()), unit),
              kpi.higherIsBetter() ? "Higher" : "Lower",
              kpi.progress().isPresent()
                  ? Words.number(Math.round(kpi.progress().getAsDouble() * 1000) / 10.0)
                      + "% of the way"
                      + (kpi.meetsTarget() ? ", target met" : "")
                  : "",
              kpi.measured().map(Object::toString).orElse(""),
              kpi.owner().orElse("")),
          false);
    }
    out.tableEnd();
    List<Kpi> measured = new ArrayList<>();
    journey.kpis().stream().filter(k -> !k.readings().isEmpty()).forEach(measured::add);
    if (!measured.isEmpty()) {
      out.heading(3, "Readings");
      out.readings(measured);
    }
  }

  private void findings() throws IOException {
    List<Finding> findings = scored.report().findings();
    if (findings.isEmpty()) {
      return;
    }
    out.heading(2, "Audit findings");
    out.tableStart(List.of("Severity", "Rule", "Where", "Finding", "Suggested fix", "Suppressed"));
    for (Finding finding : findings) {
      out.row(
          List.of(
              Words.of(finding.severity()),
              finding.ruleId(),
              finding.elementId().map(id -> Words.element(journey, id)).orElse("Whole journey"),
              finding.message(),
              finding.suggestedFix(),
              finding.suppressedBecause().orElse("")),
          false);
    }
    out.tableEnd();
  }

  private static String withUnit(String number, String unit) {
    return number.isEmpty() ? "" : number + unit;
  }

  private static String score(Optional<Score> score) {
    return score.map(s -> Words.number(s.value())).orElse("");
  }

  private static String[] field(String label, String value) {
    return new String[] {label, value};
  }

  private static String count(long n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
