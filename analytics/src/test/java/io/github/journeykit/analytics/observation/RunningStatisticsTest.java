package io.github.journeykit.analytics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datadoghq.sketch.ddsketch.DDSketch;
import io.github.journeykit.analytics.internal.stats.QuantileSketch;
import io.github.journeykit.core.model.Scale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunningStatisticsTest {
  @Test
  void everyHalfPointFromMinusTenToTenHasASlotOfItsOwn() {
    Set<Integer> slots = new HashSet<>();
    for (int twice = -20; twice <= 20; twice++) {
      int slot = RunningStatistics.slotOf(twice / 2.0);
      assertTrue(slot >= 0 && slot < 41, twice / 2.0 + " at " + slot);
      assertTrue(slots.add(slot), twice / 2.0 + " shares slot " + slot);
    }
    assertEquals(41, slots.size());
  }

  @Test
  void wholeAnswersComeFirstAndAnEmotionScaleFollowsThem() {
    for (int answer = 0; answer <= 10; answer++) {
      assertEquals(answer, RunningStatistics.slotOf(answer));
    }
    // -0.5, 0.5, -1, -1.5, 1.5, -2: the rest of the emotion scale from -2 to 2 in halves.
    double[] next = {-0.5, 0.5, -1, -1.5, 1.5, -2};
    for (int i = 0; i < next.length; i++) {
      assertEquals(11 + i, RunningStatistics.slotOf(next[i]), "slot of " + next[i]);
    }
    assertEquals(40, RunningStatistics.slotOf(-10));
  }

  @Test
  void theGridStartsWithTheSlotsOfTheScalesWholePoints() {
    assertEquals(11, RunningStatistics.slotsFor(null), "no scale: the whole answers");
    assertEquals(11, RunningStatistics.slotsFor(Scale.CSAT_ANSWER));
    assertEquals(11, RunningStatistics.slotsFor(Scale.NPS_ANSWER));
    assertEquals(11, RunningStatistics.slotsFor(Scale.PERCENT), "0 to 100: 0 to 10 on the grid");
    assertEquals(17, RunningStatistics.slotsFor(Scale.EMOTION), "-2 to 2: -2 takes slot 16");
    assertEquals(41, RunningStatistics.slotsFor(Scale.of(-10, 10)));
    assertEquals(11, RunningStatistics.slotsFor(Scale.of(20, 30)), "no point from -10 to 10");
    assertEquals(11, RunningStatistics.slotsFor(Scale.of(-30, -20)), "no point from -10 to 10");
    assertEquals(11, RunningStatistics.slotsFor(Scale.atLeast(1e300)), "no point from -10 to 10");
    assertEquals(26, RunningStatistics.slotsFor(Scale.atLeast(-5)), "-5 takes slot 25");
    assertEquals(41, RunningStatistics.slotsFor(Scale.of(-12, -5)), "-10 takes slot 40");
  }

  @Test
  void halfPointsBeyondTheScaleAreCountedOnTheGridAsWell() {
    // On a scale from 1 to 5, the grid starts with the whole answers only.
    RunningStatistics likert = holding(Scale.CSAT_ANSWER, 1, 2.5, -3, 5, 9.5, -3);
    MetricStatistics statistics = likert.snapshot();
    assertEquals(List.of(0L, 1L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 0L), statistics.answerCounts());
    assertEquals(Map.of(-3.0, 2L, 2.5, 1L, 9.5, 1L), statistics.otherValues());
    assertTrue(statistics.exactQuantiles());

    // Merged with statistics whose grid is shorter, and with statistics whose grid is longer.
    RunningStatistics grownIntoShort = new RunningStatistics(null);
    grownIntoShort.merge(holding(Scale.EMOTION, -2, 0.5));
    grownIntoShort.merge(likert);
    RunningStatistics shortIntoGrown = holding(Scale.CSAT_ANSWER, 1, 2.5, -3, 5, 9.5, -3);
    shortIntoGrown.merge(holding(Scale.EMOTION, -2, 0.5));
    shortIntoGrown.merge(new RunningStatistics(null));
    List<Long> answers = List.of(1L, 1L, 1L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 0L);
    Map<Double, Long> others = Map.of(-3.0, 2L, -2.0, 1L, 0.5, 1L, 2.5, 1L, 9.5, 1L);
    for (RunningStatistics merged : List.of(grownIntoShort, shortIntoGrown)) {
      MetricStatistics snapshot = merged.snapshot();
      assertEquals(answers, snapshot.answerCounts());
      assertEquals(others, snapshot.otherValues());
      assertEquals(8, snapshot.count());
    }
    assertEquals(answers, MetricStatistics.of(1, 2.5, -3, 5, 9.5, -3, -2, 0.5).answerCounts());
  }

  /** Statistics checked against {@code scale}, holding {@code values}. */
  private static RunningStatistics holding(Scale scale, double... values) {
    RunningStatistics statistics = new RunningStatistics(scale);
    for (double value : values) {
      statistics.add(value, null, null);
    }
    return statistics;
  }

  @Test
  void aSnapshotWithASketchHoldsEveryValueAndLeavesTheRunningStatisticsAsTheyWere() {
    RunningStatistics running = new RunningStatistics(null);
    List<Double> values = new ArrayList<>();
    // One distinct value off the grid more than the table holds starts the sketch.
    for (int i = 0; i <= MetricStatistics.OTHER_VALUES_HELD; i++) {
      values.add(100.25 + i);
    }
    values.addAll(List.of(7.0, 7.0, -0.5, 9.75));
    values.forEach(value -> running.add(value, null, null));
    MetricStatistics first = running.snapshot();
    assertEquals(first, running.snapshot(), "a second snapshot");
    // Half points after the sketch started count on the grid and reach the quantiles too.
    for (int i = 0; i < 40; i++) {
      running.add(-2, null, null);
      values.add(-2.0);
    }
    MetricStatistics second = running.snapshot();
    DDSketch direct = QuantileSketch.create();
    values.forEach(value -> QuantileSketch.add(direct, value, 1));
    assertEquals(values.size(), second.sketch().orElseThrow().count());
    assertEquals(Optional.of(QuantileSketch.frozen(direct)), second.sketch());
    assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 2L, 0L, 1L, 0L), second.answerCounts());
    assertEquals(-2.0, second.median().getAsDouble(), 0.02, "40 of 77 values are -2");
    assertEquals(MetricStatistics.OTHER_VALUES_HELD + 5, first.sketch().orElseThrow().count());
  }

  @Test
  void valuesOffTheGridHaveNoSlot() {
    for (double value : new double[] {0.25, 9.75, -10.5, 10.5, 11, -11, 1e9, -0.1, 2.0000001}) {
      assertEquals(-1, RunningStatistics.slotOf(value), "slot of " + value);
    }
  }
}
