package io.github.journeykit.analytics.internal.stats;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;
import com.datadoghq.sketch.ddsketch.mapping.IndexMapping;
import com.datadoghq.sketch.ddsketch.store.Bin;
import com.datadoghq.sketch.ddsketch.store.Store;
import io.github.journeykit.core.internal.Numbers;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;

/**
 * The one setting of the module's quantile sketches, their byte form, and a frozen sketch that
 * values hold. Every sketch is a DDSketch (C. Masson, J. E. Rim and H. K. Lee, "DDSketch: a fast
 * and fully-mergeable quantile sketch with relative-error guarantees", PVLDB 12(12), 2019) of
 * relative accuracy {@link #RELATIVE_ACCURACY} with unbounded dense stores, so that any two merge
 * bucket by bucket. Not public API.
 *
 * <p>A sketch answers a quantile {@code q} of {@code n} values with the value of the bucket that
 * holds the value of 0-based position {@code floor(q (n - 1))} in ascending order (the lower
 * quantile), within {@link #RELATIVE_ACCURACY} of that value.
 */
public final class QuantileSketch {
  /** The relative accuracy of every sketch: a quantile is within 1% of the value it stands for. */
  public static final double RELATIVE_ACCURACY = 0.01;

  /** The largest magnitude a sketch holds: values beyond it count as this value with their sign. */
  private static final double LARGEST;

  /** The smallest and largest bucket index that the sketches' mapping gives. */
  private static final int LOWEST_INDEX;

  private static final int HIGHEST_INDEX;

  static {
    IndexMapping mapping = create().getIndexMapping();
    LARGEST = mapping.maxIndexableValue();
    LOWEST_INDEX = mapping.index(mapping.minIndexableValue());
    HIGHEST_INDEX = mapping.index(LARGEST);
  }

  // Never changed after construction; bins hold the buckets for equality: the count at zero, the
  // number of buckets of negative values, then index and count of each bucket of negative values
  // and of positive values, in ascending order of index.
  private final DDSketch sketch;
  private final double[] bins;

  private QuantileSketch(DDSketch sketch) {
    this.sketch = sketch;
    this.bins = bins(sketch);
  }

  /** A new, empty, mutable sketch with the module's setting. */
  public static DDSketch create() {
    return DDSketches.unboundedDense(RELATIVE_ACCURACY);
  }

  /**
   * Adds {@code value} to a sketch of {@link #create}; a value beyond the largest the sketch holds,
   * about 1.78e308, counts as that value with its sign.
   */
  public static void add(DDSketch sketch, double value, double count) {
    sketch.accept(Math.max(-LARGEST, Math.min(LARGEST, value)), count);
  }

  /** A frozen copy of {@code sketch}, which stays as it is when {@code sketch} changes. */
  public static QuantileSketch frozen(DDSketch sketch) {
    return new QuantileSketch(sketch.copy());
  }

  /**
   * A frozen copy of {@code sketch} that also holds {@code counts[i]} times each {@code values[i]}
   * for each {@code i} below {@code counts.length} ({@code values} may be longer; a count of 0 adds
   * nothing): one copy, where freezing a copy with the values added would make two.
   */
  public static QuantileSketch frozen(DDSketch sketch, double[] values, long[] counts) {
    DDSketch copy = sketch.copy();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        add(copy, values[i], counts[i]);
      }
    }
    return new QuantileSketch(copy);
  }

  /** A mutable copy of this sketch. */
  public DDSketch thawed() {
    return sketch.copy();
  }

  /** How many values the sketch holds. */
  public double count() {
    return sketch.getCount();
  }

  /** The lower quantile {@code q}, within the relative accuracy; the sketch must hold values. */
  public double valueAt(double q) {
    return sketch.getValueAtQuantile(q);
  }

  /** Writes this sketch as {@link #write(DataOutput, DDSketch)} does. */
  public void write(DataOutput out) throws IOException {
    write(out, sketch);
  }

  /** A frozen sketch as {@link #write(DataOutput, DDSketch)} wrote it. */
  public static QuantileSketch readFrozen(DataInput in) throws IOException {
    return new QuantileSketch(read(in));
  }

  /**
   * Writes a sketch as its buckets: the count at zero, then the number of buckets of positive
   * values and the index and count of each, in ascending order, then those of negative values. Not
   * in DDSketch's own encoding, whose index mapping reads back with its gamma rounded and then no
   * longer merges with the module's sketches.
   */
  public static void write(DataOutput out, DDSketch sketch) throws IOException {
    out.writeDouble(zeroCount(sketch));
    writeStore(out, sketch.getPositiveValueStore());
    writeStore(out, sketch.getNegativeValueStore());
  }

  private static void writeStore(DataOutput out, Store store) throws IOException {
    out.writeInt(size(store));
    Iterator<Bin> bins = store.getAscendingIterator();
    while (bins.hasNext()) {
      Bin bin = bins.next();
      out.writeInt(bin.getIndex());
      out.writeDouble(bin.getCount());
    }
  }

  /**
   * A mutable sketch as {@link #write(DataOutput, DDSketch)} wrote it.
   *
   * @throws IllegalArgumentException naming the field, its rule and its value if a count is not a
   *     finite positive number, or a bucket's index is outside the mapping's or not above the one
   *     before
   */
  public static DDSketch read(DataInput in) throws IOException {
    DDSketch sketch = create();
    double zeros = in.readDouble();
    if (!(zeros >= 0 && zeros < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "sketch.zeroCount: must be a finite number, 0 or more (was " + zeros + ")");
    }
    if (zeros > 0) {
      sketch.accept(0, zeros);
    }
    readStore(in, sketch.getPositiveValueStore(), "sketch.positive");
    readStore(in, sketch.getNegativeValueStore(), "sketch.negative");
    return sketch;
  }

  private static void readStore(DataInput in, Store store, String field) throws IOException {
    int size = in.readInt();
    if (size < 0 || size > HIGHEST_INDEX - LOWEST_INDEX + 1) {
      throw new IllegalArgumentException(
          field
              + ".size: must be a number of buckets from 0 to "
              + (HIGHEST_INDEX - LOWEST_INDEX + 1)
              + " (was "
              + size
              + ")");
    }
    int previous = LOWEST_INDEX - 1;
    for (int i = 0; i < size; i++) {
      int index = in.readInt();
      double count = in.readDouble();
      if (index <= previous || index > HIGHEST_INDEX) {
        throw new IllegalArgumentException(
            field
                + "["
                + i
                + "].index: must be above "
                + previous
                + " and at most "
                + HIGHEST_INDEX
                + " (was "
                + index
                + ")");
      }
      if (!(count > 0 && count < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            field + "[" + i + "].count: must be a finite number above 0 (was " + count + ")");
      }
      store.add(index, count);
      previous = index;
    }
  }

  private static double[] bins(DDSketch sketch) {
    Store negative = sketch.getNegativeValueStore();
    Store positive = sketch.getPositiveValueStore();
    int negatives = size(negative);
    double[] bins = new double[2 + 2 * (negatives + size(positive))];
    bins[0] = zeroCount(sketch);
    bins[1] = negatives;
    fill(bins, fill(bins, 2, negative), positive);
    return bins;
  }

  private static int fill(double[] bins, int from, Store store) {
    int at = from;
    Iterator<Bin> ascending = store.getAscendingIterator();
    while (ascending.hasNext()) {
      Bin bin = ascending.next();
      bins[at++] = bin.getIndex();
      bins[at++] = bin.getCount();
    }
    return at;
  }

  private static int size(Store store) {
    return (int) store.getAscendingStream().count();
  }

  private static double zeroCount(DDSketch sketch) {
    return sketch.getCount()
        - sketch.getPositiveValueStore().getTotalCount()
        - sketch.getNegativeValueStore().getTotalCount();
  }

  /** Whether {@code other} is a frozen sketch with the same buckets and counts. */
  @Override
  public boolean equals(Object other) {
    return other instanceof QuantileSketch && Arrays.equals(bins, ((QuantileSketch) other).bins);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bins);
  }

  /** A short form such as {@code QuantileSketch[n=120, 37 buckets]}. */
  @Override
  public String toString() {
    return "QuantileSketch[n=" + Numbers.show(count()) + ", " + (bins.length - 2) / 2 + " buckets]";
  }
}
