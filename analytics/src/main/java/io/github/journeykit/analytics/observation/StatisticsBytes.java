package io.github.journeykit.analytics.observation;

import io.github.journeykit.analytics.internal.stats.ByteForm;
import io.github.journeykit.analytics.internal.stats.QuantileSketch;
import io.github.journeykit.core.model.DataNature;
import io.github.journeykit.core.model.DataSource;
import io.github.journeykit.core.model.DataSourceKind;
import io.github.journeykit.core.model.Metric;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The byte form of {@link ObservationStatistics}: every field of each {@link MetricStatistics}, so
 * that the statistics read back equal those written. Version 2 adds, after the answer counts, the
 * other values held exactly and the quantile sketch, bucket by bucket; bytes of version 1 are
 * refused.
 */
final class StatisticsBytes {
  /** "JKO" and the form's version, 2. */
  static final int TAG = 0x4A4B4F02;

  private StatisticsBytes() {}

  static byte[] write(ObservationStatistics statistics) {
    return ByteForm.write(
        TAG,
        out -> {
          out.writeInt(statistics.byTouchpoint().size());
          for (Map.Entry<String, Map<Metric, MetricStatistics>> touchpoint :
              statistics.byTouchpoint().entrySet()) {
            ByteForm.writeText(out, touchpoint.getKey());
            out.writeInt(touchpoint.getValue().size());
            for (Map.Entry<Metric, MetricStatistics> metric : touchpoint.getValue().entrySet()) {
              ByteForm.writeText(out, metric.getKey().name());
              write(out, metric.getValue());
            }
          }
        });
  }

  static ObservationStatistics read(byte[] bytes) {
    return ByteForm.read(
        bytes,
        TAG,
        "observation statistics",
        in -> {
          Map<String, Map<Metric, MetricStatistics>> byTouchpoint = new HashMap<>();
          int touchpoints = in.readInt();
          for (int t = 0; t < touchpoints; t++) {
            Map<Metric, MetricStatistics> metrics = new HashMap<>();
            byTouchpoint.put(ByteForm.readText(in), metrics);
            int count = in.readInt();
            for (int m = 0; m < count; m++) {
              metrics.put(Metric.of(ByteForm.readText(in)), read(in));
            }
          }
          return ObservationStatistics.of(byTouchpoint);
        });
  }

  private static void write(DataOutput out, MetricStatistics statistics) throws IOException {
    out.writeLong(statistics.count());
    out.writeDouble(statistics.m2());
    if (statistics.count() > 0) {
      out.writeDouble(statistics.mean().getAsDouble());
      out.writeDouble(statistics.min().getAsDouble());
      out.writeDouble(statistics.max().getAsDouble());
    }
    for (long answers : statistics.answerCounts()) {
      out.writeLong(answers);
    }
    out.writeInt(statistics.otherValues().size());
    for (Map.Entry<Double, Long> other : statistics.otherValues().entrySet()) {
      out.writeDouble(other.getKey());
      out.writeLong(other.getValue());
    }
    out.writeBoolean(statistics.sketch().isPresent());
    if (statistics.sketch().isPresent()) {
      statistics.sketch().get().write(out);
    }
    boolean timed = statistics.firstObserved().isPresent();
    out.writeBoolean(timed);
    if (timed) {
      write(out, statistics.firstObserved().get());
      write(out, statistics.lastObserved().get());
    }
    out.writeInt(statistics.sources().size());
    for (DataSource source : statistics.sources()) {
      ByteForm.writeText(out, source.id());
      ByteForm.writeText(out, source.kind().name());
      ByteForm.writeText(out, source.nature().name());
      out.writeBoolean(source.description().isPresent());
      if (source.description().isPresent()) {
        ByteForm.writeText(out, source.description().get());
      }
    }
  }

  private static MetricStatistics read(DataInput in) throws IOException {
    long count = in.readLong();
    ImmutableMetricStatistics.Builder statistics =
        ImmutableMetricStatistics.builder().count(count).m2(in.readDouble());
    if (count > 0) {
      statistics.mean(in.readDouble()).min(in.readDouble()).max(in.readDouble());
    }
    for (int i = 0; i < MetricStatistics.ANSWER_POINTS; i++) {
      statistics.addAnswerCount(in.readLong());
    }
    int others = in.readInt();
    for (int i = 0; i < others; i++) {
      statistics.putOtherValue(in.readDouble(), in.readLong());
    }
    if (in.readBoolean()) {
      statistics.sketch(QuantileSketch.readFrozen(in));
    }
    if (in.readBoolean()) {
      statistics.firstObserved(readInstant(in)).lastObserved(readInstant(in));
    }
    int sources = in.readInt();
    for (int s = 0; s < sources; s++) {
      DataSource.Builder source =
          DataSource.builder()
              .id(ByteForm.readText(in))
              .kind(DataSourceKind.valueOf(ByteForm.readText(in)))
              .nature(DataNature.valueOf(ByteForm.readText(in)));
      if (in.readBoolean()) {
        source.description(ByteForm.readText(in));
      }
      statistics.addSource(source.build());
    }
    return statistics.build();
  }

  private static void write(DataOutput out, Instant instant) throws IOException {
    out.writeLong(instant.getEpochSecond());
    out.writeInt(instant.getNano());
  }

  private static Instant readInstant(DataInput in) throws IOException {
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }
}
