package io.github.journeykit.analytics.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
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
  void valuesOffTheGridHaveNoSlot() {
    for (double value : new double[] {0.25, 9.75, -10.5, 10.5, 11, -11, 1e9, -0.1, 2.0000001}) {
      assertEquals(-1, RunningStatistics.slotOf(value), "slot of " + value);
    }
  }
}
