package io.github.journeykit.scoring;

import static io.github.journeykit.core.fixtures.ApiTesting.testMethods;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.journeykit.analytics.fixtures.Answers;
import io.github.journeykit.analytics.observation.MetricStatistics;
import io.github.journeykit.analytics.observation.ObservationStatistics;
import io.github.journeykit.analytics.observation.RespondentAnswers;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import io.github.journeykit.core.score.ScoreSheet;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every public entry point rejects null arguments and every value has consistent equality. */
class PublicApiTest {
  private static final Journey JOURNEY = SampleJourneys.broadbandFault();
  private static final ScoringContext CONTEXT = ScoringContext.of(JOURNEY);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "x")
        .setDefault(Journey.class, JOURNEY)
        .setDefault(Touchpoint.class, JOURNEY.touchpoint("call").get())
        .setDefault(Stage.class, JOURNEY.stage("report").get())
        .setDefault(ActionItem.class, JOURNEY.action("eta-sms").get())
        .setDefault(MomentThatMatters.class, JOURNEY.moment("first-call").get())
        .setDefault(Subject.class, Subject.ACTION)
        .setDefault(ScoringContext.class, CONTEXT)
        .setDefault(ScoringStrategy.class, ScoringStrategies.rice())
        .setDefault(Scorer.class, (Scorer<Object>) (s, c) -> java.util.Optional.empty())
        .setDefault(Metric.class, Metric.CSAT)
        .setDefault(Scale.class, Scale.LIKERT_7)
        .setDefault(ZoneId.class, ZoneOffset.UTC)
        .setDefault(Instant.class, Answers.FIRST)
        .setDefault(DataSource.class, Answers.PULSE)
        .setDefault(MetricStatistics.class, MetricStatistics.of(1))
        .setDefault(ObservationStatistics.class, ObservationStatistics.empty())
        .setDefault(ScoreSheet.class, ScoreSheet.builder().label("s").build())
        .setDefault(ProgressListener.class, ProgressListener.none())
        .setDefault(CancellationCheck.class, CancellationCheck.never())
        .setDefault(Rollup.class, Rollup.MEAN)
        .setDefault(IntervalMethod.class, IntervalMethod.WALD)
        .setDefault(IceForm.class, IceForm.MEAN)
        .setDefault(double[].class, new double[] {1})
        .setDefault(RespondentAnswers.class, RespondentAnswers.empty());
  }

  @Test
  void staticFactoriesRejectNulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            ScoringStrategies.class,
            ScoringStrategy.class,
            StrategyRegistry.class,
            ScoringContext.class,
            Prioritizer.class,
            WeightedComposite.class,
            ExperienceCriterion.class,
            ServqualResult.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void instanceMethodsRejectNulls() {
    NullPointerTester tester = tester();
    StrategyRegistry registry = StrategyRegistry.builtIns();
    for (String name : registry.names()) {
      testMethods(tester, ScoringStrategy.class, registry.get(name));
    }
    testMethods(
        tester,
        ScoringStrategy.class,
        ScoringStrategy.of("mine", Subject.ACTION, (a, c) -> java.util.Optional.empty()));
    WeightedComposite<Touchpoint> composite =
        WeightedComposite.builder("c", Subject.TOUCHPOINT)
            .add(ScoringStrategies.emotion(), 1)
            .build();
    testMethods(tester, WeightedComposite.class, composite);
    testMethods(
        tester,
        WeightedComposite.Builder.class,
        WeightedComposite.builder("c", Subject.TOUCHPOINT));
    testMethods(tester, StrategyRegistry.class, registry);
    testMethods(tester, ServqualStrategy.class, ScoringStrategies.servqualPublished(Map.of()));
    testMethods(tester, ServqualStrategy.class, ScoringStrategies.servqualPooled(Map.of()));
    testMethods(tester, Subject.class, Subject.TOUCHPOINT);
    testMethods(tester, Prioritizer.class, Prioritizer.by(ScoringStrategies.rice()));
    Ranking ranking = Prioritizer.by(ScoringStrategies.rice()).rank(CONTEXT);
    testMethods(tester, Ranking.class, ranking);
    testMethods(tester, Normalization.class, Normalization.MIN_MAX);
    testMethods(tester, ExperienceCriterion.Builder.class, ExperienceCriterion.builder());
  }

  @Test
  void equalValuesAreEqualAndHashAlike() {
    new EqualsTester()
        .addEqualityGroup(CONTEXT, ScoringContext.of(JOURNEY))
        .addEqualityGroup(ScoringContext.of(SampleJourneys.openAccount()))
        .addEqualityGroup(
            ExperienceCriterion.of("c", Metric.COST, 1),
            ExperienceCriterion.of("c", Metric.COST, 1))
        .addEqualityGroup(ExperienceCriterion.of("c", Metric.COST, 2))
        .testEquals();
    Ranking ranking = Prioritizer.by(ScoringStrategies.rice()).rank(CONTEXT);
    new EqualsTester()
        .addEqualityGroup(ranking, Prioritizer.by(ScoringStrategies.rice()).rank(CONTEXT))
        .addEqualityGroup(Prioritizer.by(ScoringStrategies.rice()).worstFirst().rank(CONTEXT))
        .addEqualityGroup(
            ranking.items().get(0),
            Prioritizer.by(ScoringStrategies.rice()).rank(CONTEXT).items().get(0))
        .addEqualityGroup(ranking.items().get(1))
        .testEquals();
  }
}
