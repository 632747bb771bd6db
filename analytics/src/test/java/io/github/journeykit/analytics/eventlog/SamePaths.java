package io.github.journeykit.analytics.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.journeykit.core.path.DurationSummary;
import io.github.journeykit.core.path.FunnelStage;
import io.github.journeykit.core.path.PathSummary;
import java.time.Duration;
import java.util.Optional;

/**
 * Two summaries of the same cases agree: every count exactly, the quantiles exactly (the sketches
 * merge bucket by bucket), and the means, standard deviations and mean fitness within 1e-9 relative
 * (they are merged by Chan's formula, in another order than one pass adds them).
 */
final class SamePaths {
  private SamePaths() {}

  static void assertSame(PathSummary expected, PathSummary actual) {
    assertEquals(expected.journeyId(), actual.journeyId());
    assertEquals(expected.cases(), actual.cases());
    assertEquals(expected.events(), actual.events());
    assertEquals(expected.adHocEvents(), actual.adHocEvents());
    assertEquals(expected.firstEvent(), actual.firstEvent());
    assertEquals(expected.lastEvent(), actual.lastEvent());
    assertEquals(expected.conformingCases(), actual.conformingCases());
    assertEquals(expected.meanFitness().isPresent(), actual.meanFitness().isPresent());
    expected
        .meanFitness()
        .ifPresent(f -> close(f, actual.meanFitness().getAsDouble(), "mean fitness"));
    assertEquals(expected.casesByDeviationKind(), actual.casesByDeviationKind());
    assertEquals(expected.deviations(), actual.deviations());
    assertEquals(expected.variants(), actual.variants());
    assertEquals(expected.variantCount(), actual.variantCount());
    assertEquals(expected.touchpoints(), actual.touchpoints());
    assertEquals(expected.funnel().size(), actual.funnel().size());
    for (int s = 0; s < expected.funnel().size(); s++) {
      FunnelStage e = expected.funnel().get(s);
      FunnelStage a = actual.funnel().get(s);
      assertEquals(e.stageId(), a.stageId());
      assertEquals(e.reached(), a.reached());
      assertEquals(e.previous(), a.previous());
      assertEquals(e.first(), a.first());
      assertEquals(e.droppedTo(), a.droppedTo());
      same(e.toNextStage(), a.toNextStage(), e.stageId() + " to the next stage");
      same(e.toEnd(), a.toEnd(), e.stageId() + " to the end");
    }
  }

  private static void same(
      Optional<DurationSummary> expected, Optional<DurationSummary> actual, String what) {
    assertEquals(expected.isPresent(), actual.isPresent(), what);
    if (expected.isEmpty()) {
      return;
    }
    DurationSummary e = expected.get();
    DurationSummary a = actual.get();
    assertEquals(e.count(), a.count(), what);
    close(seconds(e.mean()), seconds(a.mean()), what + " mean");
    close(seconds(e.standardDeviation()), seconds(a.standardDeviation()), what + " deviation");
    assertEquals(e.median(), a.median(), what + " median");
    assertEquals(e.p90(), a.p90(), what + " p90");
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  /** Within 1e-9 relative, or a nanosecond, the resolution of a duration. */
  private static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, Math.max(1e-9, Math.abs(expected) * 1e-9), what);
  }
}
