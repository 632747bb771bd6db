package io.github.journeykit.analytics.observation;

import com.datadoghq.sketch.ddsketch.DDSketch;
import io.github.journeykit.analytics.internal.stats.QuantileSketch;
import java.util.Map;

/**
 * The values of a {@link RunningStatistics} that are not half points from -10 to 10: their answer
 * counts by whole part, and a small table of distinct values and their counts until the first
 * distinct value it has no room for, then a quantile sketch of them all. Kept apart from the
 * statistics' own fields, which every update reads, as survey answers never reach it.
 */
final class ValuesOffGrid {
  // Values from 0 to 10 counted by their whole part, the rest of the answer counts; null until the
  // first such value, as the values of a percentage or a duration lie mostly beyond 10.
  private long[] answers;
  // Distinct values and their counts, in order of arrival; null until the first value, and again
  // once the sketch holds them.
  private double[] values;
  private long[] counts;
  private int held;
  // Every value off the grid once the table had no room for one; null until then.
  private DDSketch sketch;

  /** Values off the grid that {@code sketch} holds, with their answer counts, taken as they are. */
  static ValuesOffGrid of(DDSketch sketch, long[] answers) {
    ValuesOffGrid values = new ValuesOffGrid();
    values.sketch = sketch;
    values.answers = answers;
    return values;
  }

  /**
   * Counts {@code count} times a value off the grid: in the answer counts if it lies from 0 to 10,
   * and in the sketch if there is one, else in the table, or in a sketch started from the table if
   * the table has no room for it.
   */
  void add(double value, long count) {
    if (value >= 0 && value <= 10) {
      answers()[(int) value] += count;
    }
    if (sketch != null) {
      QuantileSketch.add(sketch, value, count);
    } else {
      addToTable(value, count);
    }
  }

  /** Adds what {@code other} holds. */
  void merge(ValuesOffGrid other) {
    if (other.sketch != null) {
      sketch().mergeWith(other.sketch);
    } else if (sketch != null) {
      other.addTableTo(sketch);
    } else if (held + other.heldNotIn(this) > MetricStatistics.OTHER_VALUES_HELD) {
      other.addTableTo(sketch());
    } else {
      for (int i = 0; i < other.held; i++) {
        addToTable(other.values[i], other.counts[i]);
      }
    }
    if (other.answers != null) {
      long[] mine = answers();
      for (int i = 0; i < mine.length; i++) {
        mine[i] += other.answers[i];
      }
    }
  }

  /** How many of these values lie from {@code point} to below {@code point + 1}, 0 to 10. */
  long answerCount(int point) {
    return answers == null ? 0 : answers[point];
  }

  /** The sketch of every value off the grid, or null while the table holds them. */
  DDSketch sketchOrNull() {
    return sketch;
  }

  /** Puts the table's values and counts into {@code table}; only while there is no sketch. */
  void putTableInto(Map<Double, Long> table) {
    for (int i = 0; i < held; i++) {
      table.put(values[i], counts[i]);
    }
  }

  private void addToTable(double value, long count) {
    int at = indexOf(value);
    if (at >= 0) {
      counts[at] += count;
    } else if (held < MetricStatistics.OTHER_VALUES_HELD) {
      if (values == null) {
        values = new double[MetricStatistics.OTHER_VALUES_HELD];
        counts = new long[MetricStatistics.OTHER_VALUES_HELD];
      }
      values[held] = value;
      counts[held] = count;
      held++;
    } else {
      QuantileSketch.add(sketch(), value, count);
    }
  }

  /** How many of the values in this table are not in {@code other}'s. */
  private int heldNotIn(ValuesOffGrid other) {
    int missing = 0;
    for (int i = 0; i < held; i++) {
      if (other.indexOf(values[i]) < 0) {
        missing++;
      }
    }
    return missing;
  }

  /** Where the table holds {@code value}, or -1. */
  private int indexOf(double value) {
    for (int i = 0; i < held; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    return -1;
  }

  /** The answer counts, allocated on first use. */
  private long[] answers() {
    if (answers == null) {
      answers = new long[MetricStatistics.ANSWER_POINTS];
    }
    return answers;
  }

  /** The sketch, started from the table if there is none yet. */
  private DDSketch sketch() {
    if (sketch == null) {
      DDSketch started = QuantileSketch.create();
      addTableTo(started);
      sketch = started;
      values = null;
      counts = null;
      held = 0;
    }
    return sketch;
  }

  /** Adds the values of the table to {@code into}; only while there is no sketch. */
  private void addTableTo(DDSketch into) {
    for (int i = 0; i < held; i++) {
      QuantileSketch.add(into, values[i], counts[i]);
    }
  }
}
