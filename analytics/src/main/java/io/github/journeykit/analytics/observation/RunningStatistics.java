package io.github.journeykit.analytics.observation;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.google.common.primitives.Longs;
import io.github.journeykit.analytics.internal.stats.Moments;
import io.github.journeykit.analytics.internal.stats.QuantileSketch;
import io.github.journeykit.core.model.DataNature;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Scale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The mutable accumulator behind {@link MetricStatistics}: primitive fields, updated by Welford's
 * method and merged by Chan's formula, so that adding a value allocates nothing. Confined to one
 * thread at a time.
 *
 * <p>Whole answers from 0 to 10 are held exactly by the answer counts, other half points from -10
 * to 10 by counts on a grid, and other values by a small table of distinct values and their counts.
 * The first distinct value that the table has no room for starts a quantile sketch of all values,
 * those counted so far included, and from then on every value goes into it; merging with statistics
 * that have a sketch, or whose tables together overflow, starts one the same way. The table and the
 * sketch are kept off the path of whole answers, which stays small enough for the JIT to inline
 * into a reader's loop.
 */
final class RunningStatistics {
  private static final Comparator<DataSource> BY_ID =
      Comparator.comparing(DataSource::id)
          .thenComparing(DataSource::kind)
          .thenComparing(DataSource::nature, Comparator.comparing(DataNature::ordinal))
          .thenComparing(s -> s.description().orElse(""));

  /** The scale values were checked against, or null where none was. */
  final Scale scale;

  private final Moments moments = new Moments();
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;
  private final long[] answers = new long[MetricStatistics.ANSWER_POINTS];
  // Half points from -10 to 10 other than whole answers from 0 to 10, counted by their index on
  // the grid (MetricStatistics.halfPointIndex) while there is no sketch: a survey scale's points
  // cost an increment, as whole answers do. Null until the first such value: most metrics (NPS,
  // CSAT) never see one, and a reader touches many statistics in turn, so each one's memory counts.
  private long[] halfPoints;
  // Distinct values off that grid and their counts, in order of arrival; null until the first such
  // value, and again once the sketch holds every value.
  private double[] otherValues;
  private long[] otherCounts;
  private int others;
  // Null while the answer counts and the table hold every value.
  private DDSketch sketch;
  // The first and last times as seconds and nanoseconds of the epoch, so that adding a value
  // allocates no Instant; timed says whether any value had a time.
  private boolean timed;
  private long firstSecond;
  private int firstNano;
  private long lastSecond;
  private int lastNano;
  private DataSource lastSource;
  private final List<DataSource> sources = new ArrayList<>(1);

  RunningStatistics(Scale scale) {
    this.scale = scale;
  }

  /** An accumulator holding what {@code statistics} hold. */
  static RunningStatistics of(MetricStatistics statistics) {
    RunningStatistics running = new RunningStatistics(null);
    statistics.otherValues().forEach(running::addToQuantiles);
    running.moments.merge(statistics.count(), statistics.mean().orElse(0), statistics.m2());
    running.min = statistics.min().orElse(Double.POSITIVE_INFINITY);
    running.max = statistics.max().orElse(Double.NEGATIVE_INFINITY);
    for (int i = 0; i < running.answers.length; i++) {
      running.answers[i] = statistics.answerCounts().get(i);
    }
    running.sketch = statistics.sketch().map(QuantileSketch::thawed).orElse(null);
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
    boolean answer = value >= 0 && value <= 10;
    if (sketch != null || !(answer && value == (int) value)) {
      addToQuantiles(value, 1);
    }
    if (answer) {
      answers[(int) value]++;
    }
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
    if (other.sketch != null) {
      sketch().mergeWith(other.sketch);
    } else if (sketch != null) {
      other.addValuesTo(sketch);
    } else if (others + other.othersNotIn(this) > MetricStatistics.OTHER_VALUES_HELD) {
      other.addValuesTo(sketch());
    } else {
      if (other.halfPoints != null) {
        long[] grid = halfPoints();
        for (int i = 0; i < grid.length; i++) {
          grid[i] += other.halfPoints[i];
        }
      }
      for (int i = 0; i < other.others; i++) {
        addOffGrid(other.otherValues[i], other.otherCounts[i]);
      }
    }
    for (int i = 0; i < answers.length; i++) {
      answers[i] += other.answers[i];
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

  /**
   * Counts {@code count} times a value that the answer counts alone do not hold exactly: on the
   * grid of half points, in the table of other values, or in the sketch if there is one or the
   * table has no room for it. The answer counts must not yet count them. Kept small, and the
   * table's search out of it, so that the JIT inlines the whole of {@code add} into a reader's
   * loop.
   */
  private void addToQuantiles(double value, long count) {
    int index = MetricStatistics.halfPointIndex(value);
    if (index >= 0 && sketch == null) {
      halfPoints()[index] += count;
    } else {
      addOffGrid(value, count);
    }
  }

  /** {@link #addToQuantiles} of a value off the grid of half points, or of any once sketched. */
  private void addOffGrid(double value, long count) {
    if (sketch == null) {
      int held = indexOfOther(value);
      if (held >= 0) {
        otherCounts[held] += count;
        return;
      }
      if (others < MetricStatistics.OTHER_VALUES_HELD) {
        if (otherValues == null) {
          otherValues = new double[MetricStatistics.OTHER_VALUES_HELD];
          otherCounts = new long[MetricStatistics.OTHER_VALUES_HELD];
        }
        otherValues[others] = value;
        otherCounts[others] = count;
        others++;
        return;
      }
    }
    QuantileSketch.add(sketch(), value, count);
  }

  /** How many of the values in this table are not in {@code other}'s. */
  private int othersNotIn(RunningStatistics other) {
    int missing = 0;
    for (int i = 0; i < others; i++) {
      if (other.indexOfOther(otherValues[i]) < 0) {
        missing++;
      }
    }
    return missing;
  }

  /** The grid of half points, allocated on first use. */
  private long[] halfPoints() {
    if (halfPoints == null) {
      halfPoints = new long[MetricStatistics.HALF_POINTS];
    }
    return halfPoints;
  }

  /** Where the table holds {@code value}, or -1. */
  private int indexOfOther(double value) {
    for (int i = 0; i < others; i++) {
      if (otherValues[i] == value) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The sketch of all values, started from the answer counts and the table if there is none yet.
   */
  private DDSketch sketch() {
    if (sketch == null) {
      DDSketch started = QuantileSketch.create();
      addValuesTo(started);
      sketch = started;
      halfPoints = null;
      otherValues = null;
      otherCounts = null;
      others = 0;
    }
    return sketch;
  }

  /** Adds every value counted so far to {@code into}; only while there is no sketch. */
  private void addValuesTo(DDSketch into) {
    MetricStatistics.exactValues(Longs.asList(answers), otherValues())
        .forEach((value, count) -> QuantileSketch.add(into, value, count));
  }

  private SortedMap<Double, Long> otherValues() {
    SortedMap<Double, Long> table = new TreeMap<>();
    for (int i = 0; halfPoints != null && i < halfPoints.length; i++) {
      if (halfPoints[i] > 0) {
        table.put(MetricStatistics.halfPointAt(i), halfPoints[i]);
      }
    }
    for (int i = 0; i < others; i++) {
      table.put(otherValues[i], otherCounts[i]);
    }
    return table;
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
    for (long answer : answers) {
      statistics.addAnswerCount(answer);
    }
    if (sketch != null) {
      statistics.sketch(QuantileSketch.frozen(sketch));
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
