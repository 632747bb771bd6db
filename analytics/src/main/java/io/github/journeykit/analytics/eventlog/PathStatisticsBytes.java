package io.github.journeykit.analytics.eventlog;

import io.github.journeykit.analytics.internal.stats.ByteForm;
import io.github.journeykit.analytics.internal.stats.Moments;
import io.github.journeykit.analytics.internal.stats.QuantileSketch;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The byte form of {@link PathStatistics}: every field of its accumulator, the running moments with
 * their shifts and the quantile sketches bucket by bucket, so that statistics read back summarise,
 * merge and apply as those written. The plan is not written but named (the journey's id, its stages
 * and touchpoints) and checked against the analysis that reads them.
 */
final class PathStatisticsBytes {
  /** "JKP" and the form's version, 1. */
  static final int TAG = 0x4A4B5001;

  private static final String WHAT = "path statistics";

  private PathStatisticsBytes() {}

  static byte[] write(PathAccumulator totals) {
    return ByteForm.write(
        TAG,
        out -> {
          Plan plan = totals.plan;
          ByteForm.writeText(out, plan.journeyId);
          writeTexts(out, plan.stageIds);
          writeTexts(out, plan.touchpointIds);
          out.writeInt(totals.adHoc.size());
          for (int i = 0; i < totals.adHoc.size(); i++) {
            ByteForm.writeText(out, totals.adHoc.name(-1 - i));
          }
          out.writeLong(totals.cases);
          out.writeLong(totals.events);
          out.writeLong(totals.adHocEvents);
          out.writeLong(totals.conforming);
          out.writeDouble(totals.fitnessSum);
          out.writeLong(totals.firstNanos);
          out.writeLong(totals.lastNanos);
          for (int s = 0; s < plan.stages(); s++) {
            out.writeLong(totals.reached[s]);
            Map<Integer, long[]> dropped = totals.droppedTo.get(s);
            out.writeInt(dropped.size());
            for (Map.Entry<Integer, long[]> entry : dropped.entrySet()) {
              out.writeInt(entry.getKey());
              out.writeLong(entry.getValue()[0]);
            }
            totals.toNext[s].write(out);
            totals.toEnd[s].write(out);
            QuantileSketch.write(out, totals.toNextSketch[s]);
            QuantileSketch.write(out, totals.toEndSketch[s]);
          }
          out.writeInt(totals.deviations.size());
          for (Map.Entry<Long, long[]> entry : totals.deviations.entrySet()) {
            out.writeLong(entry.getKey());
            out.writeLong(entry.getValue()[0]);
            out.writeLong(entry.getValue()[1]);
          }
          writeLongs(out, totals.casesByKind);
          out.writeInt(totals.variants.size());
          for (Map.Entry<PathAccumulator.Variant, long[]> entry : totals.variants.entrySet()) {
            PathAccumulator.Variant variant = entry.getKey();
            out.writeInt(variant.length);
            for (int j = 0; j < variant.length; j++) {
              out.writeInt(variant.codes[j]);
            }
            out.writeLong(entry.getValue()[0]);
          }
          out.writeInt(totals.follows.size());
          for (Map.Entry<Long, Moments> entry : totals.follows.entrySet()) {
            out.writeLong(entry.getKey());
            entry.getValue().write(out);
          }
          writeLongs(out, totals.touchpointCases);
          writeLongs(out, totals.touchpointRepeats);
          writeLongs(out, totals.touchpointEvents);
          writeLongs(out, totals.touchpointFailures);
        });
  }

  static PathAccumulator read(byte[] bytes, Plan plan) {
    return ByteForm.read(
        bytes,
        TAG,
        WHAT,
        in -> {
          String journeyId = ByteForm.readText(in);
          String[] stageIds = readTexts(in);
          String[] touchpointIds = readTexts(in);
          if (!journeyId.equals(plan.journeyId)
              || !Arrays.equals(stageIds, plan.stageIds)
              || !Arrays.equals(touchpointIds, plan.touchpointIds)) {
            throw new ValidationException(
                "The byte form of " + WHAT,
                List.of(
                    Violation.of(
                        "bytes",
                        "must hold statistics of journey \""
                            + plan.journeyId
                            + "\" with the analysis's stages and touchpoints",
                        journeyId)));
          }
          PathAccumulator totals = new PathAccumulator(plan);
          int adHoc = in.readInt();
          for (int i = 0; i < adHoc; i++) {
            // Numbered in the order written, so that the codes written mean the same here.
            totals.adHoc(ByteForm.readText(in));
          }
          totals.cases = in.readLong();
          totals.events = in.readLong();
          totals.adHocEvents = in.readLong();
          totals.conforming = in.readLong();
          totals.fitnessSum = in.readDouble();
          totals.firstNanos = in.readLong();
          totals.lastNanos = in.readLong();
          for (int s = 0; s < plan.stages(); s++) {
            totals.reached[s] = in.readLong();
            Map<Integer, long[]> dropped = totals.droppedTo.get(s);
            int destinations = in.readInt();
            for (int d = 0; d < destinations; d++) {
              dropped.put(in.readInt(), new long[] {in.readLong()});
            }
            totals.toNext[s] = Moments.read(in);
            totals.toEnd[s] = Moments.read(in);
            totals.toNextSketch[s] = QuantileSketch.read(in);
            totals.toEndSketch[s] = QuantileSketch.read(in);
          }
          int deviations = in.readInt();
          for (int d = 0; d < deviations; d++) {
            totals.deviations.put(in.readLong(), new long[] {in.readLong(), in.readLong()});
          }
          readLongs(in, totals.casesByKind);
          int variants = in.readInt();
          for (int v = 0; v < variants; v++) {
            int[] codes = new int[in.readInt()];
            for (int j = 0; j < codes.length; j++) {
              codes[j] = in.readInt();
            }
            PathAccumulator.Variant variant = new PathAccumulator.Variant();
            variant.use(codes, codes.length);
            totals.variants.put(variant, new long[] {in.readLong()});
          }
          int follows = in.readInt();
          for (int f = 0; f < follows; f++) {
            totals.follows.put(in.readLong(), Moments.read(in));
          }
          readLongs(in, totals.touchpointCases);
          readLongs(in, totals.touchpointRepeats);
          readLongs(in, totals.touchpointEvents);
          readLongs(in, totals.touchpointFailures);
          return totals;
        });
  }

  private static void writeTexts(DataOutput out, String[] texts) throws IOException {
    out.writeInt(texts.length);
    for (String text : texts) {
      ByteForm.writeText(out, text);
    }
  }

  private static String[] readTexts(DataInput in) throws IOException {
    String[] texts = new String[in.readInt()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = ByteForm.readText(in);
    }
    return texts;
  }

  private static void writeLongs(DataOutput out, long[] values) throws IOException {
    out.writeInt(values.length);
    for (long value : values) {
      out.writeLong(value);
    }
  }

  private static void readLongs(DataInput in, long[] into) throws IOException {
    int length = in.readInt();
    if (length != into.length) {
      throw new IOException("expected " + into.length + " counts, found " + length);
    }
    for (int i = 0; i < length; i++) {
      into[i] = in.readLong();
    }
  }
}
