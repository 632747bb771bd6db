package io.github.journeykit.analytics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.journeykit.core.model.Metric;
import java.util.Map;

/**
 * Compares ingestion results where one was merged from parts: everything must be equal except means
 * and sums of squares, which Chan's formula may round differently in the last digits. Quantile
 * sketches merge bucket by bucket with whole counts, so they are equal too.
 */
final class SameResults {
  private SameResults() {}

  static void assertSame(IngestionResult expected, IngestionResult actual) {
    assertEquals(expected.accepted(), actual.accepted(), "accepted");
    assertEquals(expected.rejected(), actual.rejected(), "rejected");
    assertEquals(expected.rejections(), actual.rejections());
    assertSame(expected.statistics(), actual.statistics());
  }

  static void assertSame(ObservationStatistics expected, ObservationStatistics actual) {
    assertEquals(expected.byTouchpoint().keySet(), actual.byTouchpoint().keySet());
    for (Map.Entry<String, Map<Metric, MetricStatistics>> entry :
        expected.byTouchpoint().entrySet()) {
      assertEquals(entry.getValue().keySet(), actual.byTouchpoint().get(entry.getKey()).keySet());
      for (Map.Entry<Metric, MetricStatistics> metric : entry.getValue().entrySet()) {
        MetricStatistics one = metric.getValue();
        MetricStatistics many = actual.get(entry.getKey(), metric.getKey()).get();
        String what = entry.getKey() + " " + metric.getKey();
        assertEquals(one.count(), many.count(), what);
        assertEquals(one.answerCounts(), many.answerCounts(), what);
        assertEquals(one.min(), many.min(), what);
        assertEquals(one.max(), many.max(), what);
        assertEquals(one.sketch(), many.sketch(), what);
        assertEquals(one.median(), many.median(), what);
        assertEquals(one.p90(), many.p90(), what);
        assertEquals(one.firstObserved(), many.firstObserved(), what);
        assertEquals(one.lastObserved(), many.lastObserved(), what);
        assertEquals(one.sources(), many.sources(), what);
        assertEquals(one.mean().isPresent(), many.mean().isPresent(), what);
        if (one.mean().isPresent()) {
          double mean = one.mean().getAsDouble();
          assertEquals(mean, many.mean().getAsDouble(), 1e-9 * Math.max(1, Math.abs(mean)), what);
        }
        assertEquals(one.m2(), many.m2(), 1e-9 * Math.max(1, one.m2()), what);
      }
    }
  }
}
