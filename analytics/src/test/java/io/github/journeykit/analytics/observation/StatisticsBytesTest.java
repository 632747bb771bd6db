package io.github.journeykit.analytics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datadoghq.sketch.ddsketch.DDSketch;
import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.analytics.fixtures.Answers;
import io.github.journeykit.analytics.internal.stats.ByteForm;
import io.github.journeykit.analytics.internal.stats.QuantileSketch;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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
  void quantileSketchesReadBackEqualThoseWritten() {
    // Hours to the next stage, 0.25 to 15 in quarters (40 of the 60 off the half points
    // from -10 to 10): a sketch;
    // emotion on
    // -2..2 in half points: other values held exactly; whole NPS answers: answer counts only.
    double[] hours = IntStream.rangeClosed(1, 60).mapToDouble(k -> k / 4.0).toArray();
    ObservationStatistics statistics =
        ObservationStatistics.of(
            Map.of(
                "call",
                Map.of(
                    Metric.HOURS_TO_NEXT_STAGE, MetricStatistics.of(hours),
                    Metric.EMOTION, MetricStatistics.of(-2, -1.5, 0, 0.5, 2),
                    Metric.NPS, MetricStatistics.of(9, 10, 3))));
    ObservationStatistics back = ObservationStatistics.fromBytes(statistics.toBytes());
    assertEquals(statistics, back);
    MetricStatistics time = back.get("call", Metric.HOURS_TO_NEXT_STAGE).get();
    assertFalse(time.exactQuantiles());
    assertEquals(statistics.get("call", Metric.HOURS_TO_NEXT_STAGE).get().p90(), time.p90());
    MetricStatistics emotion = back.get("call", Metric.EMOTION).get();
    assertTrue(emotion.exactQuantiles());
    assertEquals(Map.of(-2.0, 1L, -1.5, 1L, 0.5, 1L), emotion.otherValues());
    assertTrue(back.get("call", Metric.NPS).get().exactQuantiles());
    // Read back, a sketch goes on merging as the one written.
    MetricStatistics more = MetricStatistics.of(1.25, 9);
    assertEquals(
        statistics.get("call", Metric.HOURS_TO_NEXT_STAGE).get().merge(more).sketch(),
        time.merge(more).sketch());
  }

  @Test
  void otherBytesAreRefused() {
    assertThrows(ValidationException.class, () -> ObservationStatistics.fromBytes(new byte[3]));
    // The first version, without quantile sketches, is another form.
    byte[] first = ByteForm.write(0x4A4B4F01, out -> out.writeInt(0));
    ValidationException old =
        assertThrows(ValidationException.class, () -> ObservationStatistics.fromBytes(first));
    assertEquals(
        "must begin with the tag of observation statistics in this version",
        old.violations().get(0).rule());
    // A sketch that holds fewer values than the count says: tag, 1 touchpoint "t", 1 metric "nps",
    // count 2, m2 0, mean, min and max 4.5, eleven answer counts (two on 4), no other values, a
    // sketch of one 4.5.
    byte[] fewer =
        ByteForm.write(
            StatisticsBytes.TAG,
            out -> {
              out.writeInt(1);
              ByteForm.writeText(out, "t");
              out.writeInt(1);
              ByteForm.writeText(out, "nps");
              out.writeLong(2);
              out.writeDouble(0);
              for (int i = 0; i < 3; i++) {
                out.writeDouble(4.5);
              }
              for (int point = 0; point <= 10; point++) {
                out.writeLong(point == 4 ? 2 : 0);
              }
              out.writeInt(0);
              out.writeBoolean(true);
              QuantileSketch.write(out, sketchOf(4.5));
              out.writeBoolean(false);
              out.writeInt(0);
            });
    ValidationException e =
        assertThrows(ValidationException.class, () -> ObservationStatistics.fromBytes(fewer));
    assertEquals(
        List.of(Violation.of("sketch", "must hold count (2) values", 1.0)), e.violations());
  }

  private static DDSketch sketchOf(double value) {
    DDSketch sketch = QuantileSketch.create();
    QuantileSketch.add(sketch, value, 1);
    return sketch;
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
