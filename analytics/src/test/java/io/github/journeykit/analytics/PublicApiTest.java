package io.github.journeykit.analytics;

import static io.github.journeykit.core.fixtures.ApiTesting.testMethods;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.journeykit.analytics.eventlog.ActivityMap;
import io.github.journeykit.analytics.eventlog.Event;
import io.github.journeykit.analytics.eventlog.PathAnalysis;
import io.github.journeykit.analytics.eventlog.PathStatistics;
import io.github.journeykit.analytics.fixtures.Answers;
import io.github.journeykit.analytics.observation.Ingestion;
import io.github.journeykit.analytics.observation.IngestionResult;
import io.github.journeykit.analytics.observation.MetricStatistics;
import io.github.journeykit.analytics.observation.Observation;
import io.github.journeykit.analytics.observation.ObservationStatistics;
import io.github.journeykit.analytics.observation.RespondentAnswers;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every public entry point rejects null arguments and every value has consistent equality. */
class PublicApiTest {
  private static final Journey JOURNEY = SampleJourneys.broadbandFault();

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "x")
        .setDefault(Journey.class, JOURNEY)
        .setDefault(Touchpoint.class, JOURNEY.touchpoint("call").get())
        .setDefault(Metric.class, Metric.CSAT)
        .setDefault(ZoneId.class, ZoneOffset.UTC)
        .setDefault(Instant.class, Answers.FIRST)
        .setDefault(DataSource.class, Answers.PULSE)
        .setDefault(MetricStatistics.class, MetricStatistics.of(1))
        .setDefault(ObservationStatistics.class, ObservationStatistics.empty())
        .setDefault(RespondentAnswers.class, RespondentAnswers.empty())
        .setDefault(ProgressListener.class, ProgressListener.none())
        .setDefault(CancellationCheck.class, CancellationCheck.never())
        .setDefault(double[].class, new double[] {1})
        .setDefault(Path.class, Path.of("events.csv"))
        .setDefault(InputStream.class, new ByteArrayInputStream(new byte[0]))
        .setDefault(ActivityMap.class, ActivityMap.byTouchpointId())
        .setDefault(Event.class, Event.of("c", "call", Answers.FIRST))
        .setDefault(PathStatistics.class, PathAnalysis.of(JOURNEY).run(List.of()).statistics());
  }

  @Test
  void staticFactoriesRejectNulls() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            Rejection.class,
            Event.class,
            ActivityMap.class,
            PathAnalysis.class,
            Observation.class,
            MetricStatistics.class,
            ObservationStatistics.class,
            RespondentAnswers.class,
            Ingestion.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void instanceMethodsRejectNulls() {
    NullPointerTester tester = tester();
    testMethods(tester, Ingestion.class, Ingestion.against(JOURNEY));
    IngestionResult result =
        Ingestion.against(JOURNEY).run(Answers.at("call", Metric.EMOTION, 1, 2));
    testMethods(tester, ObservationStatistics.class, result.statistics());
    testMethods(
        tester,
        RespondentAnswers.class,
        Ingestion.against(JOURNEY)
            .byRespondent()
            .run(Answers.at("call", Metric.EMOTION, 1))
            .respondents()
            .get());
    testMethods(tester, MetricStatistics.class, MetricStatistics.of(1, 2));
    testMethods(tester, Observation.Builder.class, Observation.builder());
    testMethods(tester, Event.Builder.class, Event.builder());
    testMethods(tester, ActivityMap.class, ActivityMap.byTouchpointId());
    PathAnalysis analysis = PathAnalysis.of(JOURNEY);
    testMethods(tester, PathAnalysis.class, analysis);
    testMethods(tester, PathStatistics.class, analysis.run(List.of()).statistics());
  }

  @Test
  void equalValuesAreEqualAndHashAlike() {
    Observation answer = Answers.at("call", Metric.CSAT, 4).get(0);
    IngestionResult result =
        Ingestion.against(JOURNEY)
            .run(
                List.of(
                    Observation.builder().touchpointId("x").metric(Metric.CSAT).value(1).build()));
    List<Violation> reasons = List.of(Violation.of("row", "must be read"));
    new EqualsTester()
        .addEqualityGroup(answer, Answers.at("call", Metric.CSAT, 4).get(0))
        .addEqualityGroup(Answers.at("call", Metric.CSAT, 5).get(0))
        .addEqualityGroup(Observation.builder().from(answer).respondent("r-1").build())
        .addEqualityGroup(MetricStatistics.of(1, 2, 3), MetricStatistics.of(1, 2, 3))
        .addEqualityGroup(MetricStatistics.of(1, 2))
        .addEqualityGroup(MetricStatistics.empty(), MetricStatistics.of())
        .addEqualityGroup(
            ObservationStatistics.of(Map.of("a", Map.of(Metric.CSAT, MetricStatistics.of(4)))),
            ObservationStatistics.empty()
                .merge(
                    ObservationStatistics.of(
                        Map.of("a", Map.of(Metric.CSAT, MetricStatistics.of(4))))))
        .addEqualityGroup(ObservationStatistics.empty())
        .addEqualityGroup(
            result,
            Ingestion.against(JOURNEY)
                .run(
                    List.of(
                        Observation.builder()
                            .touchpointId("x")
                            .metric(Metric.CSAT)
                            .value(1)
                            .build())))
        .addEqualityGroup(result.rejections().get(0), result.rejections().get(0))
        .addEqualityGroup(
            Rejection.ofRow("a.csv", 2, 0, "x,y", reasons),
            Rejection.ofRow("a.csv", 2, 0, "x,y", reasons))
        .addEqualityGroup(Rejection.ofRow("a.csv", 3, 1, "x,y", reasons))
        .addEqualityGroup(Rejection.of("x", 0, reasons), Rejection.of("x", 0, reasons))
        .addEqualityGroup(Rejection.of("x", -1, reasons))
        .testEquals();
  }
}
