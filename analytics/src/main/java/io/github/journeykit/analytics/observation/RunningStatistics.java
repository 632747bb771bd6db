package io.github.journeykit.analytics.observation;

import com.datadoghq.sketch.ddsketch.DDSketch;
import io.github.journeykit.analytics.internal.stats.Moments;
import io.github.journeykit.analytics.internal.stats.QuantileSketch;
import io.github.journeykit.core.model.DataNature;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.Scale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The mutable accumulator behind {@link MetricStatistics}: primitive fields, updated by Welford's
 * method and merged by Chan's formula, so that adding a value allocates nothing. Confined to one
 * thread at a time.
 *
 * <p>While every value is a whole answer from 0 to 10, the answer counts hold the values exactly
 * and there is no quantile sketch. The first other value starts a sketch of all values, the answers
 * counted so far included, and from then on every value goes into it; merging with statistics that
 * have a sketch starts one the same way. A sketch allocates only when its range of buckets grows.
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
  // Null while every value is a whole answer from 0 to 10.
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
      QuantileSketch.add(sketch(), value, 1);
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
      addAnswers(sketch, other.answers);
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

  /** The sketch of all values, started from the answer counts if there is none yet. */
  private DDSketch sketch() {
    if (sketch == null) {
      sketch = QuantileSketch.create();
      addAnswers(sketch, answers);
    }
    return sketch;
  }

  private static void addAnswers(DDSketch into, long[] counts) {
    for (int point = 0; point < counts.length; point++) {
      if (counts[point] > 0) {
        QuantileSketch.add(into, point, counts[point]);
      }
    }
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
