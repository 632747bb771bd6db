package io.github.journeykit.core;

import static io.github.journeykit.core.fixtures.ApiTesting.testMethods;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.journeykit.core.audit.ActivationReport;
import io.github.journeykit.core.audit.AuditConfig;
import io.github.journeykit.core.audit.AuditContext;
import io.github.journeykit.core.audit.AuditRegistry;
import io.github.journeykit.core.audit.AuditRule;
import io.github.journeykit.core.audit.AuditRules;
import io.github.journeykit.core.audit.Finding;
import io.github.journeykit.core.audit.GapVerdict;
import io.github.journeykit.core.audit.GovernanceSummary;
import io.github.journeykit.core.audit.Share;
import io.github.journeykit.core.diff.ActionProgress;
import io.github.journeykit.core.diff.Change;
import io.github.journeykit.core.diff.FieldChange;
import io.github.journeykit.core.diff.JourneyDiff;
import io.github.journeykit.core.diff.KpiMovement;
import io.github.journeykit.core.diff.PainPointChange;
import io.github.journeykit.core.diff.Progress;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ActionKind;
import io.github.journeykit.core.model.Channel;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.DataSourceKind;
import io.github.journeykit.core.model.Enabler;
import io.github.journeykit.core.model.EnablerKind;
import io.github.journeykit.core.model.Estimates;
import io.github.journeykit.core.model.Evidence;
import io.github.journeykit.core.model.EvidenceKind;
import io.github.journeykit.core.model.ExperienceGap;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.GapType;
import io.github.journeykit.core.model.Governance;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyElement;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.KpiKind;
import io.github.journeykit.core.model.KpiReading;
import io.github.journeykit.core.model.Location;
import io.github.journeykit.core.model.Measurement;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Polarity;
import io.github.journeykit.core.model.Portfolio;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Severity;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Stakeholder;
import io.github.journeykit.core.model.SubJourneyLink;
import io.github.journeykit.core.model.Suppression;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.score.ConfidenceInterval;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.core.score.Score;
import io.github.journeykit.core.score.ScoreSheet;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every public entry point rejects null arguments and every value has consistent equality. */
class PublicApiTest {
  private static final List<Class<?>> VALUE_TYPES =
      List.of(
          Scale.class,
          Channel.class,
          Metric.class,
          Enabler.class,
          DataSource.class,
          Evidence.class,
          Measurement.class,
          ExperienceGap.class,
          Touchpoint.class,
          Stage.class,
          Persona.class,
          MomentThatMatters.class,
          Gap.class,
          Location.class,
          ActionItem.class,
          Kpi.class,
          KpiReading.class,
          Stakeholder.class,
          Governance.class,
          Journey.class,
          Portfolio.class,
          SubJourneyLink.class,
          Violation.class,
          Estimates.class,
          Score.class,
          ScoreSheet.class,
          Contribution.class,
          ConfidenceInterval.class,
          AuditConfig.class,
          AuditContext.class,
          AuditRegistry.class,
          ActivationReport.class,
          GapVerdict.class,
          GovernanceSummary.class,
          Share.class,
          JourneyDiff.class,
          Change.class,
          FieldChange.class,
          Progress.class,
          KpiMovement.class,
          ActionProgress.class,
          PainPointChange.class);

  private static NullPointerTester tester() {
    Journey journey = SampleJourneys.broadbandFault();
    return new NullPointerTester()
        .setDefault(String.class, "x")
        .setDefault(Scale.class, Scale.LIKERT_7)
        .setDefault(Channel.class, Channel.WEB)
        .setDefault(Metric.class, Metric.CSAT)
        .setDefault(URI.class, URI.create("https://x.example"))
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 1))
        .setDefault(Period.class, Period.ofMonths(1))
        .setDefault(Touchpoint.class, journey.touchpoint("call").get())
        .setDefault(Stage.class, journey.stage("fix").get())
        .setDefault(Journey.class, journey)
        .setDefault(Location.class, Location.journey())
        .setDefault(Governance.class, Governance.none())
        .setDefault(Score.class, score(1))
        .setDefault(Measurement.class, Measurement.of(Metric.CSAT, 3, Scale.CSAT_ANSWER))
        .setDefault(Evidence.class, Evidence.quote("q"))
        .setDefault(Enabler.class, Enabler.of(EnablerKind.DATA, "d"))
        .setDefault(DataSource.class, DataSource.of("s", DataSourceKind.SURVEY))
        .setDefault(Persona.class, Persona.of("p", "P"))
        .setDefault(Stakeholder.class, Stakeholder.of("a", "b"))
        .setDefault(SubJourneyLink.class, SubJourneyLink.of("a", "b", "c"))
        .setDefault(Contribution.class, Contribution.of("f", 1))
        .setDefault(ConfidenceInterval.class, ConfidenceInterval.of(1, 2, 0.95, "t"))
        .setDefault(Gap.class, Gap.of("g", GapType.ORGANISATIONAL, "G", Location.journey()))
        .setDefault(MomentThatMatters.class, MomentThatMatters.of("m", "call", Polarity.MAKE, "W"))
        .setDefault(ActionItem.class, ActionItem.of("a", "A", ActionKind.FIX))
        .setDefault(Kpi.class, Kpi.builder("k", "K", KpiKind.OUTCOME).build())
        .setDefault(KpiReading.class, KpiReading.of(LocalDate.of(2026, 1, 1), 1))
        .setDefault(EvidenceKind.class, EvidenceKind.QUOTE)
        .setDefault(GapType.class, GapType.ORGANISATIONAL)
        .setDefault(AuditContext.class, AuditContext.of(LocalDate.of(2026, 1, 1)))
        .setDefault(AuditConfig.class, AuditConfig.defaults())
        .setDefault(AuditRule.class, AuditRules.gapWithoutAction())
        .setDefault(Finding.class, finding())
        .setDefault(Share.class, Share.of(1, 2))
        .setDefault(ClassLoader.class, PublicApiTest.class.getClassLoader())
        .setDefault(ModuleLayer.class, ModuleLayer.boot())
        .setDefault(FieldChange.class, FieldChange.of("f", Optional.of("a"), Optional.empty()));
  }

  @Test
  void staticFactoriesRejectNulls() {
    NullPointerTester tester = tester();
    VALUE_TYPES.forEach(tester::testAllPublicStaticMethods);
    tester.testAllPublicConstructors(ValidationException.class);
  }

  @Test
  void instanceMethodsRejectNulls() {
    NullPointerTester tester = tester();
    Journey journey = SampleJourneys.broadbandFault();
    testMethods(tester, Journey.class, journey);
    journey.stages().forEach(s -> testMethods(tester, Stage.class, s));
    journey.touchpoints().forEach(t -> testMethods(tester, Touchpoint.class, t));
    journey.moments().forEach(m -> testMethods(tester, MomentThatMatters.class, m));
    journey.gaps().forEach(g -> testMethods(tester, Gap.class, g));
    journey.actions().forEach(a -> testMethods(tester, ActionItem.class, a));
    journey.kpis().forEach(k -> testMethods(tester, Kpi.class, k));
    testMethods(
        tester,
        Kpi.class,
        Kpi.builder("k", "K", KpiKind.OUTCOME).reading(LocalDate.of(2026, 1, 1), 1).build());
    testMethods(tester, Governance.class, journey.governance());
    testMethods(tester, JourneyElement.class, journey.find("call").get());
    testMethods(tester, Scale.class, Scale.LIKERT_7);
    testMethods(tester, ExperienceGap.class, ExperienceGap.at(journey.touchpoint("call").get()));
    testMethods(tester, Violation.class, Violation.of("p", "r", "v"));
    testMethods(tester, Evidence.class, Evidence.quote("q"));
    testMethods(tester, Suppression.class, Suppression.of("r", "e", "why"));
    testMethods(tester, Finding.class, finding());
    testMethods(tester, AuditRegistry.class, AuditRegistry.builtIns());
    testMethods(tester, AuditRule.class, AuditRules.gapWithoutAction());
    AuditContext today = AuditContext.of(SampleJourneys.TODAY);
    testMethods(tester, ActivationReport.class, AuditRegistry.builtIns().report(journey, today));
    Journey future = SampleJourneys.broadbandFaultFuture();
    testMethods(tester, JourneyDiff.class, JourneyDiff.between(journey, future));
    testMethods(tester, Progress.class, Progress.between(journey, future));
    testMethods(
        tester,
        Portfolio.class,
        Portfolio.builder("p", "P")
            .addJourney(journey)
            .addJourney(SampleJourneys.broadbandFaultFuture())
            .build());
    testMethods(
        tester, ScoreSheet.class, ScoreSheet.builder().label("L").putScore("a", score(1)).build());
  }

  @Test
  void buildersRejectNulls() {
    NullPointerTester tester = tester();
    testMethods(tester, Journey.Builder.class, Journey.builder());
    testMethods(tester, Stage.Builder.class, Stage.builder());
    testMethods(tester, Touchpoint.Builder.class, Touchpoint.builder());
    testMethods(tester, Persona.Builder.class, Persona.builder());
    testMethods(tester, Measurement.Builder.class, Measurement.builder());
    testMethods(tester, Evidence.Builder.class, Evidence.builder());
    testMethods(tester, Enabler.Builder.class, Enabler.builder());
    testMethods(tester, DataSource.Builder.class, DataSource.builder());
    testMethods(tester, MomentThatMatters.Builder.class, MomentThatMatters.builder());
    testMethods(tester, Gap.Builder.class, Gap.builder());
    testMethods(tester, ActionItem.Builder.class, ActionItem.builder());
    testMethods(tester, Kpi.Builder.class, Kpi.builder());
    testMethods(tester, Governance.Builder.class, Governance.builder());
    testMethods(tester, Portfolio.Builder.class, Portfolio.builder());
    testMethods(tester, Scale.Builder.class, Scale.builder());
    testMethods(tester, Score.Builder.class, Score.builder());
    testMethods(tester, ScoreSheet.Builder.class, ScoreSheet.builder());
    testMethods(tester, Contribution.Builder.class, Contribution.builder());
    testMethods(tester, Finding.Builder.class, Finding.builder());
    testMethods(tester, AuditConfig.Builder.class, AuditConfig.builder());
    testMethods(tester, AuditContext.Builder.class, AuditContext.builder());
  }

  @Test
  void equalValuesAreEqualAndHashAlike() {
    new EqualsTester()
        .addEqualityGroup(SampleJourneys.broadbandFault(), SampleJourneys.broadbandFault())
        .addEqualityGroup(SampleJourneys.openAccount(), SampleJourneys.openAccount())
        .addEqualityGroup(SampleJourneys.openAccount().withTitle("Open an account"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Scale.of(1, 7, 4), Scale.LIKERT_7)
        .addEqualityGroup(Scale.of(1, 7))
        .addEqualityGroup(Scale.builder().min(1).max(7).baseline(4).higherIsBetter(false).build())
        .addEqualityGroup(Scale.LIKERT_7.withUnit("points"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Channel.of("web"), Channel.WEB)
        .addEqualityGroup(Channel.APP)
        .addEqualityGroup(Metric.CSAT, Metric.of("csat"))
        .addEqualityGroup(Location.touchpoint("a"), Location.touchpoint("a"))
        .addEqualityGroup(Location.stage("a"))
        .addEqualityGroup(Location.journey())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Touchpoint.of("a", "A", Channel.WEB), Touchpoint.of("a", "A", Channel.WEB))
        .addEqualityGroup(Touchpoint.of("a", "A", Channel.APP))
        .addEqualityGroup(
            Touchpoint.builder("a", "A", Channel.WEB)
                .addMeasurement(Measurement.of(Metric.CSAT, 3, Scale.CSAT_ANSWER))
                .build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Evidence.quote("q"), Evidence.quote("q"))
        .addEqualityGroup(Evidence.quote("q").withCaption("c"))
        .addEqualityGroup(
            DataSource.of("s", DataSourceKind.SURVEY), DataSource.of("s", DataSourceKind.SURVEY))
        .addEqualityGroup(DataSource.of("s", DataSourceKind.CRM))
        .addEqualityGroup(Enabler.of(EnablerKind.DATA, "d"), Enabler.of(EnablerKind.DATA, "d"))
        .addEqualityGroup(Persona.of("p", "P"), Persona.of("p", "P"))
        .addEqualityGroup(Stakeholder.of("a", "b"), Stakeholder.of("a", "b"))
        .addEqualityGroup(SubJourneyLink.of("a", "b", "c"), SubJourneyLink.of("a", "b", "c"))
        .addEqualityGroup(
            Gap.of("g", GapType.ORGANISATIONAL, "G", Location.journey()),
            Gap.of("g", GapType.ORGANISATIONAL, "G", Location.journey()))
        .addEqualityGroup(
            MomentThatMatters.of("m", "t", Polarity.MAKE, "W"),
            MomentThatMatters.of("m", "t", Polarity.MAKE, "W"))
        .addEqualityGroup(
            ActionItem.of("a", "A", ActionKind.FIX), ActionItem.of("a", "A", ActionKind.FIX))
        .addEqualityGroup(
            Kpi.builder("k", "K", KpiKind.OUTCOME).build(),
            Kpi.builder("k", "K", KpiKind.OUTCOME).build())
        .addEqualityGroup(
            Kpi.builder("k", "K", KpiKind.OUTCOME).reading(LocalDate.of(2026, 1, 1), 1).build(),
            Kpi.builder("k", "K", KpiKind.OUTCOME).build().withReading(LocalDate.of(2026, 1, 1), 1))
        .addEqualityGroup(
            KpiReading.of(LocalDate.of(2026, 1, 1), 1), KpiReading.of(LocalDate.of(2026, 1, 1), 1))
        .addEqualityGroup(KpiReading.of(LocalDate.of(2026, 1, 2), 1))
        .addEqualityGroup(Violation.of("p", "r", "v"), Violation.of("p", "r", "v"))
        .addEqualityGroup(Violation.of("p", "r"))
        .addEqualityGroup(score(1), score(1))
        .addEqualityGroup(score(2))
        .addEqualityGroup(
            ConfidenceInterval.of(1, 2, 0.95, "t"), ConfidenceInterval.of(1, 2, 0.95, "t"))
        .addEqualityGroup(Contribution.of("f", 1), Contribution.of("f", 1))
        .addEqualityGroup(Suppression.of("r", "why"), Suppression.of("r", "why"))
        .addEqualityGroup(Suppression.of("r", "e", "why"))
        .addEqualityGroup(finding(), finding())
        .addEqualityGroup(finding().withSuppressedBecause("why"))
        .addEqualityGroup(Share.of(1, 2), Share.of(1, 2))
        .addEqualityGroup(Share.of(2, 4))
        .addEqualityGroup(
            ExperienceGap.at(SampleJourneys.broadbandFault().touchpoint("call").get()),
            ExperienceGap.at(SampleJourneys.broadbandFault().touchpoint("call").get()))
        .addEqualityGroup(
            ExperienceGap.at(SampleJourneys.broadbandFault().touchpoint("case").get()))
        .addEqualityGroup(
            FieldChange.of("f", Optional.of("a"), Optional.empty()),
            FieldChange.of("f", Optional.of("a"), Optional.empty()))
        .addEqualityGroup(
            AuditContext.of(SampleJourneys.TODAY), AuditContext.of(SampleJourneys.TODAY))
        .testEquals();
    Journey current = SampleJourneys.broadbandFault();
    Journey future = SampleJourneys.broadbandFaultFuture();
    AuditContext today = AuditContext.of(SampleJourneys.TODAY);
    new EqualsTester()
        .addEqualityGroup(
            JourneyDiff.between(current, future), JourneyDiff.between(current, future))
        .addEqualityGroup(JourneyDiff.between(future, current))
        .addEqualityGroup(
            AuditRegistry.builtIns().report(current, today),
            AuditRegistry.builtIns().report(SampleJourneys.broadbandFault(), today))
        .addEqualityGroup(AuditRegistry.builtIns().report(future, today))
        .testEquals();
    Journey journey = SampleJourneys.broadbandFault();
    new EqualsTester()
        .addEqualityGroup(
            journey.find("call").get(), SampleJourneys.broadbandFault().find("call").get())
        .addEqualityGroup(journey.find("case").get())
        .testEquals();
  }

  private static Finding finding() {
    return Finding.builder()
        .ruleId("rule")
        .severity(Severity.LOW)
        .message("m")
        .suggestedFix("f")
        .build();
  }

  private static Score score(double value) {
    return Score.builder().value(value).scale(Scale.atLeast(0)).label("S").build();
  }
}
