package io.github.journeykit.analytics.eventlog;

import com.datadoghq.sketch.ddsketch.DDSketch;
import io.github.journeykit.analytics.internal.stats.Moments;
import io.github.journeykit.analytics.internal.stats.QuantileSketch;
import io.github.journeykit.core.path.DeviationKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the analysis of whole cases adds up to: the mutable container behind {@link PathStatistics},
 * confined to one thread at a time, merged with the accumulator of other cases (of another part of
 * a file, another thread, another machine). Two accumulators merge only if they hold different
 * cases.
 *
 * <p>Steps are coded as ints: a touchpoint's number (0 and up, in journey order), an ad hoc
 * activity as {@code -1 - i} for its number {@code i} in this accumulator's list of activities, and
 * {@link #END} for the end of a journey.
 */
final class PathAccumulator {
  /** The code of the end of a journey, a destination of cases that dropped out. */
  static final int END = Integer.MIN_VALUE;

  final Plan plan;
  private final CaseAligner aligner;

  long cases;
  long events;
  long adHocEvents;
  long conforming;
  double fitnessSum;
  long firstNanos = Long.MAX_VALUE;
  long lastNanos = Long.MIN_VALUE;

  /** Funnel: cases that reached each stage, and where those that dropped out went, by stage. */
  final long[] reached;

  final List<Map<Integer, long[]>> droppedTo;

  /** Seconds from reaching each stage to reaching the next one, and to the end of the journey. */
  final Moments[] toNext;

  final Moments[] toEnd;
  final DDSketch[] toNextSketch;
  final DDSketch[] toEndSketch;

  /** Deviations by kind and subject code: cases and occurrences; cases by kind. */
  final Map<Long, long[]> deviations = new HashMap<>();

  final long[] casesByKind = new long[DeviationKind.values().length];

  /** Variants: steps in order, with their cases. */
  final Map<Variant, long[]> variants = new HashMap<>();

  /** Directly-follows: from and to codes, with count and seconds between. */
  final Map<Long, Moments> follows = new HashMap<>();

  /** Per touchpoint: cases that reached it, took it more than once, its events and failures. */
  final long[] touchpointCases;

  final long[] touchpointRepeats;
  final long[] touchpointEvents;
  final long[] touchpointFailures;

  /** The ad hoc activities, numbered in order of appearance. */
  final AdHocActivities adHoc = new AdHocActivities();

  // Per-case scratch.
  private int[] countAt;
  private int[] failedAt;
  private final Variant probe = new Variant();
  private long[] caseDeviationKeys = new long[16];

  PathAccumulator(Plan plan) {
    this.plan = plan;
    this.aligner = new CaseAligner(plan);
    int stages = plan.stages();
    reached = new long[stages];
    droppedTo = new ArrayList<>(stages);
    toNext = new Moments[stages];
    toEnd = new Moments[stages];
    toNextSketch = new DDSketch[stages];
    toEndSketch = new DDSketch[stages];
    for (int s = 0; s < stages; s++) {
      droppedTo.add(new HashMap<>());
      toNext[s] = new Moments();
      toEnd[s] = new Moments();
      toNextSketch[s] = QuantileSketch.create();
      toEndSketch[s] = QuantileSketch.create();
    }
    int touchpoints = plan.touchpoints();
    touchpointCases = new long[touchpoints];
    touchpointRepeats = new long[touchpoints];
    touchpointEvents = new long[touchpoints];
    touchpointFailures = new long[touchpoints];
    countAt = new int[touchpoints];
    failedAt = new int[touchpoints];
  }

  /** The code of an ad hoc activity, numbering it if it is new. */
  int adHoc(String activity) {
    return adHoc.code(activity);
  }

  /** The name of a step's code: a touchpoint id, an ad hoc activity, or the end. */
  String name(int code) {
    if (code == END) {
      return io.github.journeykit.core.path.Destination.END;
    }
    return code >= 0 ? plan.touchpointIds[code] : adHoc.name(code);
  }

  /** The aligner, which holds the deviations of the case added last. */
  CaseAligner aligner() {
    return aligner;
  }

  /**
   * Adds one whole case: its events' step codes, times (nanoseconds of the epoch) and failed flags,
   * {@code n} of them in time order, ties in input order.
   */
  void addCase(int[] codes, long[] nanos, boolean[] failed, int n) {
    cases++;
    events += n;
    if (n == 0) {
      return;
    }
    firstNanos = Math.min(firstNanos, nanos[0]);
    lastNanos = Math.max(lastNanos, nanos[n - 1]);
    funnel(codes, nanos, n);
    touchpoints(codes, failed, n);
    deviations(codes, failed, n);
    variant(codes, n);
    for (int j = 1; j < n; j++) {
      follows
          .computeIfAbsent(pair(codes[j - 1], codes[j]), k -> new Moments())
          .add(seconds(nanos[j] - nanos[j - 1]));
    }
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  /**
   * The eventual path: a case reaches a stage when it reached the stages before it, in order, and
   * then a touchpoint of it.
   */
  private void funnel(int[] codes, long[] nanos, int n) {
    int stages = plan.stages();
    int next = 0;
    int reachedAt = -1;
    long previousTime = 0;
    for (int j = 0; j < n && next < stages; j++) {
      int code = codes[j];
      if (code >= 0 && plan.stageOf(code) == next) {
        reached[next]++;
        if (next > 0) {
          double seconds = seconds(nanos[j] - previousTime);
          toNext[next - 1].add(seconds);
          toNextSketch[next - 1].accept(seconds);
        }
        double toTheEnd = seconds(nanos[n - 1] - nanos[j]);
        toEnd[next].add(toTheEnd);
        toEndSketch[next].accept(toTheEnd);
        previousTime = nanos[j];
        reachedAt = j;
        next++;
      }
    }
    if (next < stages) {
      // Where the case went after the event that reached the stage before: the first event not of
      // that stage, else the end.
      int destination = END;
      for (int j = reachedAt + 1; j < n; j++) {
        int code = codes[j];
        if (code < 0 || next == 0 || plan.stageOf(code) != next - 1) {
          destination = code;
          break;
        }
      }
      add(droppedTo.get(next), destination, 1);
    }
  }

  private void touchpoints(int[] codes, boolean[] failed, int n) {
    for (int j = 0; j < n; j++) {
      int code = codes[j];
      if (code >= 0) {
        countAt[code]++;
        if (failed[j]) {
          failedAt[code]++;
        }
      } else {
        adHocEvents++;
      }
    }
    for (int j = 0; j < n; j++) {
      int code = codes[j];
      if (code >= 0 && countAt[code] > 0) {
        touchpointCases[code]++;
        if (countAt[code] > 1) {
          touchpointRepeats[code]++;
        }
        touchpointEvents[code] += countAt[code];
        touchpointFailures[code] += failedAt[code];
        countAt[code] = 0;
        failedAt[code] = 0;
      }
    }
  }

  private void deviations(int[] codes, boolean[] failed, int n) {
    CaseAligner a = aligner;
    a.align(codes, failed, n);
    fitnessSum += a.fitness();
    int count = a.deviations;
    if (count == 0) {
      conforming++;
      return;
    }
    if (caseDeviationKeys.length < count) {
      caseDeviationKeys = new long[2 * count];
    }
    long[] keys = caseDeviationKeys;
    for (int k = 0; k < count; k++) {
      keys[k] = key(a.kinds[k], a.subjects[k]);
    }
    Arrays.sort(keys, 0, count);
    int lastKind = -1;
    for (int k = 0; k < count; k++) {
      long[] totals = deviations.computeIfAbsent(keys[k], x -> new long[2]);
      totals[1]++;
      if (k == 0 || keys[k] != keys[k - 1]) {
        totals[0]++;
        int kind = first(keys[k]);
        if (kind != lastKind) {
          casesByKind[kind]++;
          lastKind = kind;
        }
      }
    }
  }

  static long key(DeviationKind kind, int subject) {
    return pair(kind.ordinal(), subject);
  }

  /**
   * Two ints as one key of a hash map, ordered by {@code a} first. {@link Long#hashCode()} of
   * {@code a << 32 | b} is {@code a ^ b}, which puts many pairs of small step codes in one bucket
   * (a tree of them, once eight share it), so {@code b} is kept mixed with {@code a}: see {@link
   * #first} and {@link #second}.
   */
  static long pair(int a, int b) {
    return ((long) a << 32) | ((b ^ (a * 0x9E3779B9)) & 0xFFFFFFFFL);
  }

  /** The first int of a {@link #pair}. */
  static int first(long pair) {
    return (int) (pair >> 32);
  }

  /** The second int of a {@link #pair}. */
  static int second(long pair) {
    return (int) pair ^ (first(pair) * 0x9E3779B9);
  }

  private void variant(int[] codes, int n) {
    probe.use(codes, n);
    long[] count = variants.get(probe);
    if (count == null) {
      variants.put(probe.copy(), new long[] {1});
    } else {
      count[0]++;
    }
  }

  /** Adds what {@code other}, an accumulator of other cases of the same journey, holds. */
  void merge(PathAccumulator other) {
    int[] codes = other.adHoc.codesIn(adHoc);
    cases += other.cases;
    events += other.events;
    adHocEvents += other.adHocEvents;
    conforming += other.conforming;
    fitnessSum += other.fitnessSum;
    firstNanos = Math.min(firstNanos, other.firstNanos);
    lastNanos = Math.max(lastNanos, other.lastNanos);
    for (int s = 0; s < reached.length; s++) {
      reached[s] += other.reached[s];
      Map<Integer, long[]> into = droppedTo.get(s);
      other.droppedTo.get(s).forEach((code, n) -> add(into, remap(code, codes), n[0]));
      toNext[s].merge(other.toNext[s]);
      toEnd[s].merge(other.toEnd[s]);
      toNextSketch[s].mergeWith(other.toNextSketch[s]);
      toEndSketch[s].mergeWith(other.toEndSketch[s]);
    }
    other.deviations.forEach(
        (key, totals) -> {
          int subject = remap(second(key), codes);
          long[] into = deviations.computeIfAbsent(pair(first(key), subject), k -> new long[2]);
          into[0] += totals[0];
          into[1] += totals[1];
        });
    for (int k = 0; k < casesByKind.length; k++) {
      casesByKind[k] += other.casesByKind[k];
    }
    other.variants.forEach(
        (variant, n) -> {
          Variant mapped = variant.remapped(codes);
          long[] into = variants.get(mapped);
          if (into == null) {
            variants.put(mapped, new long[] {n[0]});
          } else {
            into[0] += n[0];
          }
        });
    other.follows.forEach(
        (key, moments) -> {
          int from = remap(first(key), codes);
          int to = remap(second(key), codes);
          follows.computeIfAbsent(pair(from, to), k -> new Moments()).merge(moments);
        });
    for (int t = 0; t < touchpointCases.length; t++) {
      touchpointCases[t] += other.touchpointCases[t];
      touchpointRepeats[t] += other.touchpointRepeats[t];
      touchpointEvents[t] += other.touchpointEvents[t];
      touchpointFailures[t] += other.touchpointFailures[t];
    }
  }

  private static void add(Map<Integer, long[]> into, int code, long n) {
    into.computeIfAbsent(code, k -> new long[1])[0] += n;
  }

  /**
   * The code in this accumulator of {@code code} of another, whose ad hoc codes map by {@code
   * codes}.
   */
  static int remap(int code, int[] codes) {
    return code >= 0 || code == END ? code : codes[-1 - code];
  }

  /** A sequence of step codes, usable as a key; {@link #probe} is reused for lookups. */
  static final class Variant {
    int[] codes;
    int length;
    int hash;

    void use(int[] source, int n) {
      codes = source;
      length = n;
      int h = 1;
      for (int j = 0; j < n; j++) {
        h = 31 * h + source[j];
      }
      hash = h;
    }

    Variant copy() {
      Variant copy = new Variant();
      copy.use(Arrays.copyOf(codes, length), length);
      return copy;
    }

    Variant remapped(int[] adHocCodes) {
      int[] mapped = new int[length];
      for (int j = 0; j < length; j++) {
        mapped[j] = remap(codes[j], adHocCodes);
      }
      Variant copy = new Variant();
      copy.use(mapped, length);
      return copy;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Variant)) {
        return false;
      }
      Variant that = (Variant) other;
      return hash == that.hash && Arrays.equals(codes, 0, length, that.codes, 0, that.length);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
