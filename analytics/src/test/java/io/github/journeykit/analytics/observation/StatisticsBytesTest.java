package io.github.journeykit.analytics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.fixtures.Answers;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Observation statistics in bytes and back; results and rejections made by other readers. */
class StatisticsBytesTest {
  @Test
  void statisticsReadBackEqualThoseWritten() {
    List<Observation> answers = new ArrayList<>(Answers.at("call", Metric.NPS, 9, 10, 3, 7));
    answers.addAll(Answers.at("chat", Metric.CSAT, 4, 5));
    ObservationStatistics statistics = ObservationStatistics.empty();
    for (Observation answer : answers) {
      statistics =
          statistics.merge(
              ObservationStatistics.of(
                  java.util.Map.of(
                      answer.touchpointId(),
                      java.util.Map.of(answer.metric(), MetricStatistics.of(answer.value())))));
    }
    assertEquals(statistics, ObservationStatistics.fromBytes(statistics.toBytes()));
    assertEquals(
        ObservationStatistics.empty(),
        ObservationStatistics.fromBytes(ObservationStatistics.empty().toBytes()));
  }

  @Test
  void otherBytesAreRefused() {
    assertThrows(ValidationException.class, () -> ObservationStatistics.fromBytes(new byte[3]));
  }

  @Test
  void aResultOfOnesOwnCountsAtLeastItsKeptRejections() {
    Rejection<Observation> record =
        Rejection.ofRecord("answers", "[tp=null]", List.of(Violation.of("tp", "must be given")));
    assertEquals("answers: [tp=null]: tp: must be given", record.toString());
    assertEquals(
        3, IngestionResult.of(ObservationStatistics.empty(), 5, 3, List.of(record)).rejected());
    assertThrows(
        ValidationException.class,
        () -> IngestionResult.of(ObservationStatistics.empty(), 5, 0, List.of(record)));
  }
}
