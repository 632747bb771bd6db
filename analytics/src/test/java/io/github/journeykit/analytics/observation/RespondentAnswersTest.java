package io.github.journeykit.analytics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.journeykit.analytics.fixtures.Answers;
import io.github.journeykit.core.fixtures.SampleJourneys;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.progress.CancellationCheck;
import io.github.journeykit.core.progress.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each respondent's answers, kept only when asked, alike from values, streams and CSV parts. */
class RespondentAnswersTest {
  private static final Journey JOURNEY = SampleJourneys.broadbandFault();

  private static final String CSV =
      String.join(
          "\n",
          "touchpoint_id,metric,value,observed_at,source,respondent_id",
          "call,emotion,-1,2026-11-01T10:00:00Z,q3-pulse,r-1",
          "call,emotion,1,2026-11-01T10:01:00Z,q3-pulse,r-1",
          "call,emotion,2,2026-11-01T10:02:00Z,q3-pulse,r-2",
          "call,emotion,0,2026-11-01T10:03:00Z,q3-pulse,",
          "no-such-step,emotion,0,2026-11-01T10:04:00Z,q3-pulse,r-3",
          "");

  private static List<Observation> observations() {
    List<Observation> observations = new ArrayList<>();
    double[] values = {-1, 1, 2, 0};
    String[] respondents = {"r-1", "r-1", "r-2", null};
    for (int i = 0; i < values.length; i++) {
      Observation answer = Answers.at("call", Metric.EMOTION, values[i]).get(0);
      observations.add(
          respondents[i] == null
              ? answer
              : Observation.builder().from(answer).respondent(respondents[i]).build());
    }
    return observations;
  }

  @Test
  void keptOnlyWhenAsked() {
    assertTrue(Ingestion.against(JOURNEY).run(observations()).respondents().isEmpty());
    RespondentAnswers answers =
        Ingestion.against(JOURNEY).byRespondent().run(observations()).respondents().get();
    // r-1 answered -1 and 1 (mean 0), r-2 answered 2; the fourth answer names nobody.
    assertEquals(List.of("r-1", "r-2"), List.copyOf(answers.respondentIds()));
    assertEquals(0, answers.get("r-1", "call", Metric.EMOTION).get().mean().getAsDouble());
    assertEquals(2, answers.get("r-2", "call", Metric.EMOTION).get().mean().getAsDouble());
    assertEquals(1, answers.anonymous());
    assertTrue(answers.get("r-3", "call", Metric.EMOTION).isEmpty());
    assertEquals(
        "RespondentAnswers[2 respondents, 3 observations, 1 without a respondent]",
        answers.toString());
  }

  @Test
  void csvInOnePassAndInPartsAndStreamsAgree(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("answers.csv"), CSV);
    Ingestion ingestion = Ingestion.against(JOURNEY).byRespondent();
    RespondentAnswers values = ingestion.run(observations()).respondents().get();
    RespondentAnswers stream =
        observations().parallelStream().collect(ingestion.collector()).respondents().get();
    IngestionResult read = ingestion.readCsv(file);
    assertEquals(1, read.rejected());
    for (int parts = 1; parts <= 3; parts++) {
      RespondentAnswers inParts =
          ingestion
              .readCsv(file, parts, ProgressListener.none(), CancellationCheck.never())
              .respondents()
              .get();
      assertEquals(values.respondentIds(), inParts.respondentIds());
      assertEquals(values.anonymous(), inParts.anonymous());
      assertEquals(
          values.get("r-1", "call", Metric.EMOTION).get().mean(),
          inParts.get("r-1", "call", Metric.EMOTION).get().mean());
    }
    assertEquals(values, stream);
    assertEquals(values.respondentIds(), read.respondents().get().respondentIds());
    assertTrue(Ingestion.against(JOURNEY).readCsv(file).respondents().isEmpty());
  }

  @Test
  void mergeAddsRespondentsAndAnonymousCounts() {
    RespondentAnswers a =
        RespondentAnswers.of(
            Map.of(
                "r-1",
                ObservationStatistics.of(
                    Map.of("call", Map.of(Metric.CSAT, MetricStatistics.of(4))))),
            1);
    RespondentAnswers b =
        RespondentAnswers.of(
            Map.of(
                "r-1",
                ObservationStatistics.of(
                    Map.of("call", Map.of(Metric.CSAT, MetricStatistics.of(2))))),
            2);
    RespondentAnswers merged = a.merge(b);
    assertEquals(3, merged.get("r-1", "call", Metric.CSAT).get().mean().getAsDouble());
    assertEquals(3, merged.anonymous());
    assertEquals(merged, b.merge(a));
    assertEquals(a, a.merge(RespondentAnswers.empty()));
  }

  @Test
  void blankIdsAndNegativeCountsAreReportedTogether() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> RespondentAnswers.of(Map.of(" ", ObservationStatistics.empty()), -1));
    assertEquals(2, e.violations().size(), e.getMessage());
  }
}
