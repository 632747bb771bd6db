package io.github.journeykit.analytics.observation;

import com.datadoghq.sketch.ddsketch.DDSketch;
import io.github.journeykit.analytics.internal.stats.Moments;
import io.github.journeykit.analytics.internal.stats.QuantileSketch;
import io.github.journeykit.core.model.DataNature;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Scale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The mutable accumulator behind {@link MetricStatistics}: primitive fields, updated by Welford's
 * method and merged by Chan's formula, so that adding a value allocates nothing. Confined to one
 * thread at a time.
 *
 * <p>Every half point from -10 to 10 (whole answers, an emotion scale's half and negative points)
 * is counted on a grid, always, so that a survey answer costs one increment of one array and reads
 * nothing else; the answer counts are read off the grid. The grid starts as long as the scale's
 * whole points need and grows to every half point at the first value beyond it, so that the
 * statistics of a scale from 1 to 5 take no more memory than its answer counts: a reader updates
 * thousands of statistics in turn, and their size is what its updates cost (30 slots more than
 * those read made a million-row read about 4% slower). Values off the grid are held apart, in
 * {@link ValuesOffGrid}, which the statistics' own fields name by one reference only: an update
 * reads those fields, and every field more moves the next ones onto a cache line more. There a
 * small table holds distinct values and their counts. The first distinct value that the table has
 * no room for starts a quantile sketch of the values off the grid, the table's included, and from
 * then on every value off the grid goes into it (statistics made from a value with a sketch start
 * with every value in it and none on the grid); merging with statistics that have a sketch, or
 * whose tables together overflow, starts one the same way. A snapshot with a sketch adds the grid's
 * points to a copy of it, so that its quantiles are those of a sketch of all values (a DDSketch
 * with unbounded stores counts the same whatever the order of its values).
 */
final class RunningStatistics {
  private static final Comparator<DataSource> BY_ID =
      Comparator.comparing(DataSource::id)
          .thenComparing(DataSource::kind)
          .thenComparing(DataSource::nature, Comparator.comparing(DataNature::ordinal))
          .thenComparing(s -> s.description().orElse(""));

  /** How many half points there are from -10 to 10: -10, -9.5, ..., 10. */
  private static final int HALF_POINTS = 41;

  /** The half point counted at each slot of the grid ({@link #slotOf}). */
  private static final double[] HALF_POINT_AT = new double[HALF_POINTS];

  static {
    for (int twice = -20; twice <= 20; twice++) {
      HALF_POINT_AT[slotOf(twice / 2.0)] = twice / 2.0;
    }
  }

  /**
   * Where the grid counts {@code value}, or -1 if it is not a half point from -10 to 10. Whole
   * answers from 0 to 10 take slots 0 to 10, and the other half points follow by their distance
   * from 0 (-0.5, 0.5, -1, -1.5, 1.5, -2, ...), so that the points of a survey scale (0 to 10, 1 to
   * 5, -2 to 2 in halves) lie together at the start of the array: a reader touches many statistics
   * in turn, and each cache line more that an answer touches costs time.
   */
  static int slotOf(double value) {
    double twice = value * 2;
    int whole = (int) twice;
    if (whole != twice || whole < -20 || whole > 20) {
      return -1;
    }
    if (whole >= 0 && (whole & 1) == 0) {
      return whole >> 1;
    }
    // Below distance k lie k / 2 distances with two such points (odd) and (k - 1) / 2 with one
    // (even: only the negative one, the positive being a whole answer).
    int distance = Math.abs(whole);
    int before = 2 * (distance / 2) + (distance - 1) / 2;
    return MetricStatistics.ANSWER_POINTS + before + (whole > 0 ? 1 : 0);
  }

  /** The scale values were checked against, or null where none was. */
  final Scale scale;

  private final Moments moments;
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;
  // Every half point from -10 to 10, counted at its slot (slotOf), with a sketch or without: one
  // array for all of a survey's answers, as each array or field more that an answer reads is a
  // cache line more to touch for a reader that updates thousands of statistics in turn. As long
  // as the scale's whole points need (slotsFor) until a value lands beyond, then 41 long.
  private long[] grid;
  // The values off the grid, null until the first: one field here, so that the fields an update
  // reads lie together.
  private ValuesOffGrid offGrid;
  // The first and last times as seconds and nanoseconds of the epoch, so that adding a value
  // allocates no Instant; timed says whether any value had a time.
  private boolean timed;
  private long firstSecond;
  private int firstNano;
  private long lastSecond;
  private int lastNano;
  private DataSource lastSource;
  private final List<DataSource> sources;

  RunningStatistics(Scale scale) {
    this.scale = scale;
    // Allocated in the order an update reads them, so that they lie together: the grid right after
    // the moments, and the sources, read only for a new source, last.
    this.moments = new Moments();
    this.grid = new long[slotsFor(scale)];
    this.sources = new ArrayList<>(1);
  }

  /**
   * How many slots the whole points of {@code scale} from -10 to 10 take, the whole answers from 0
   * to 10 at least: 11 for a scale from 1 to 5 or from 0 to 10, 17 for one from -2 to 2 (which
   * holds its half points too).
   */
  static int slotsFor(Scale scale) {
    int slots = MetricStatistics.ANSWER_POINTS;
    if (scale != null) {
      double lowest = Math.max(-10, Math.ceil(scale.min()));
      double highest = Math.min(10, scale.max().orElse(10));
      for (double point = lowest; point <= highest; point++) {
        slots = Math.max(slots, slotOf(point) + 1);
      }
    }
    return slots;
  }

  /** An accumulator holding what {@code statistics} hold. */
  static RunningStatistics of(MetricStatistics statistics) {
    RunningStatistics running = new RunningStatistics(null);
    if (statistics.sketch().isPresent()) {
      // Every value so far is in the sketch and none on the grid, so their answer counts are kept
      // beside it.
      long[] answers = new long[MetricStatistics.ANSWER_POINTS];
      for (int i = 0; i < answers.length; i++) {
        answers[i] = statistics.answerCounts().get(i);
      }
      running.offGrid = ValuesOffGrid.of(statistics.sketch().get().thawed(), answers);
    } else {
      MetricStatistics.exactValues(statistics.answerCounts(), statistics.otherValues())
          .forEach(running::count);
    }
    running.moments.merge(statistics.count(), statistics.mean().orElse(0), statistics.m2());
    running.min = statistics.min().orElse(Double.POSITIVE_INFINITY);
    running.max = statistics.max().orElse(Double.NEGATIVE_INFINITY);
    if (statistics.firstObserved().isPresent() && statistics.lastObserved().isPresent()) {
      Instant first = statistics.firstObserved().get();
      Instant last = statistics.lastObserved().get();
      running.observedAt(
          first.getEpochSecond(), first.getNano(), last.getEpochSecond(), last.getNano());
    }
    running.sources.addAll(statistics.sources());
    return running;
  }

  /** Adds one value (Welford); {@code time} and {@code source} may be null. */
  void add(double value, Instant time, DataSource source) {
    if (time == null) {
      add(value, source);
    } else {
      add(value, time.getEpochSecond(), time.getNano(), source);
    }
  }

  /**
   * Adds one value taken at a time given as seconds and nanoseconds of the epoch, allocating
   * nothing; {@code source} may be null.
   */
  void add(double value, long epochSecond, int nano, DataSource source) {
    add(value, source);
    observedAt(epochSecond, nano, epochSecond, nano);
  }

  private void add(double value, DataSource source) {
    moments.add(value);
    if (value < min) {
      min = value;
    }
    if (value > max) {
      max = value;
    }
    count(value, 1);
    if (source != null && source != lastSource) {
      lastSource = source;
      if (!sources.contains(source)) {
        sources.add(source);
      }
    }
  }

  /** Adds the values {@code other} holds (Chan, Golub and LeVeque). */
  void merge(RunningStatistics other) {
    if (other.moments.count() == 0) {
      return;
    }
    moments.merge(other.moments);
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
    if (other.offGrid != null) {
      offGrid().merge(other.offGrid);
    }
    if (other.grid.length > grid.length) {
      grid = Arrays.copyOf(grid, other.grid.length);
    }
    for (int i = 0; i < other.grid.length; i++) {
      grid[i] += other.grid[i];
    }
    if (other.timed) {
      observedAt(other.firstSecond, other.firstNano, other.lastSecond, other.lastNano);
    }
    for (DataSource source : other.sources) {
      if (!sources.contains(source)) {
        sources.add(source);
      }
    }
  }

  /** Counts {@code count} times a value: on the grid, or off it. */
  private void count(double value, long count) {
    int index = slotOf(value);
    if (index >= 0) {
      if (index >= grid.length) {
        grid = Arrays.copyOf(grid, HALF_POINTS);
      }
      grid[index] += count;
    } else {
      offGrid().add(value, count);
    }
  }

  /** The values off the grid, allocated on first use. */
  private ValuesOffGrid offGrid() {
    if (offGrid == null) {
      offGrid = new ValuesOffGrid();
    }
    return offGrid;
  }

  /** The values other than whole answers from 0 to 10 with their counts; only without a sketch. */
  private SortedMap<Double, Long> otherValues() {
    SortedMap<Double, Long> table = new TreeMap<>();
    // The slots after the whole answers' (slotOf).
    for (int i = MetricStatistics.ANSWER_POINTS; i < grid.length; i++) {
      if (grid[i] > 0) {
        table.put(HALF_POINT_AT[i], grid[i]);
      }
    }
    if (offGrid != null) {
      offGrid.putTableInto(table);
    }
    return table;
  }

  /** How many values fell on the whole point {@code point} from 0 to 10, by their whole part. */
  private long answerCount(int point) {
    long count = grid[point];
    // The half point above it, if the grid has grown that far; 10.5 is off the grid.
    int half = point < MetricStatistics.ANSWER_POINTS - 1 ? slotOf(point + 0.5) : grid.length;
    if (half < grid.length) {
      count += grid[half];
    }
    return offGrid == null ? count : count + offGrid.answerCount(point);
  }

  private void observedAt(
      long earliestSecond, int earliestNano, long latestSecond, int latestNano) {
    if (!timed) {
      timed = true;
      firstSecond = earliestSecond;
      firstNano = earliestNano;
      lastSecond = latestSecond;
      lastNano = latestNano;
      return;
    }
    if (earliestSecond < firstSecond
        || (earliestSecond == firstSecond && earliestNano < firstNano)) {
      firstSecond = earliestSecond;
      firstNano = earliestNano;
    }
    if (latestSecond > lastSecond || (latestSecond == lastSecond && latestNano > lastNano)) {
      lastSecond = latestSecond;
      lastNano = latestNano;
    }
  }

  /** The statistics so far, as a value. */
  MetricStatistics snapshot() {
    long count = moments.count();
    ImmutableMetricStatistics.Builder statistics =
        ImmutableMetricStatistics.builder().count(count).m2(moments.m2());
    if (count > 0) {
      statistics.mean(moments.mean()).min(min).max(max);
    }
    long[] answers = new long[MetricStatistics.ANSWER_POINTS];
    for (int point = 0; point < answers.length; point++) {
      answers[point] = answerCount(point);
    }
    statistics.addAnswerCounts(answers);
    DDSketch sketch = offGrid == null ? null : offGrid.sketchOrNull();
    if (sketch != null) {
      // All values: the sketch's and the grid's.
      statistics.sketch(QuantileSketch.frozen(sketch, HALF_POINT_AT, grid));
    } else {
      statistics.putAllOtherValues(otherValues());
    }
    if (timed) {
      statistics
          .firstObserved(Instant.ofEpochSecond(firstSecond, firstNano))
          .lastObserved(Instant.ofEpochSecond(lastSecond, lastNano));
    }
    List<DataSource> sorted = new ArrayList<>(sources);
    sorted.sort(BY_ID);
    return statistics.addAllSources(sorted).build();
  }
}
