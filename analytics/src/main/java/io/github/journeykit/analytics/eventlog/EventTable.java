package io.github.journeykit.analytics.eventlog;

import io.github.journeykit.analytics.internal.csv.ByteKeyMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The events of a log whose cases come in any order, held column by column until the end: each
 * event's case number, step code, time and failed flag, about 17 bytes an event, plus the case ids,
 * given as text (from {@link Event}s) or as UTF-8 bytes (from a file); a table holds one kind. At
 * the end the events are grouped by case (keeping input order), each case sorted by time and
 * analysed, large logs in slices at once on the common {@link ForkJoinPool}.
 *
 * <p>Ad hoc activities are numbered in this table; the accumulators that analyse it number them the
 * same way.
 */
final class EventTable {
  /** Logs of at least this many events are analysed in slices at once. */
  private static final int PARALLEL_EVENTS = 1 << 17;

  private final Map<String, Integer> caseNumbers = new HashMap<>();
  private final ByteKeyMap<Integer> caseBytes = new ByteKeyMap<>();
  int cases;
  private int[] caseOf = new int[1024];
  private int[] codes = new int[1024];
  private long[] nanos = new long[1024];
  private boolean[] failed = new boolean[1024];
  private int size;

  /** The ad hoc activities, numbered in order of appearance, as {@link PathAccumulator} codes. */
  final AdHocActivities adHoc = new AdHocActivities();

  /** The number of the case {@code caseId}, numbering it if it is new. */
  int caseNumber(String caseId) {
    Integer number = caseNumbers.get(caseId);
    if (number == null) {
      number = cases++;
      caseNumbers.put(caseId, number);
    }
    return number;
  }

  /** The number of the case whose id is {@code bytes[from..to)} in UTF-8, numbering it if new. */
  int caseNumber(byte[] bytes, int from, int to) {
    Integer number = caseBytes.get(bytes, from, to);
    if (number == null) {
      number = cases++;
      caseBytes.put(bytes, from, to, number);
    }
    return number;
  }

  /** The code of an ad hoc activity, numbering it if it is new. */
  int adHoc(String activity) {
    return adHoc.code(activity);
  }

  void add(int caseNumber, int code, long time, boolean fail) {
    if (size == caseOf.length) {
      int grown = size + (size >> 1);
      caseOf = Arrays.copyOf(caseOf, grown);
      codes = Arrays.copyOf(codes, grown);
      nanos = Arrays.copyOf(nanos, grown);
      failed = Arrays.copyOf(failed, grown);
    }
    caseOf[size] = caseNumber;
    codes[size] = code;
    nanos[size] = time;
    failed[size] = fail;
    size++;
  }

  /** Adds the events of {@code later}, which came after this table's, whose cases are by id. */
  void append(EventTable later) {
    int[] caseMap = new int[later.cases];
    later.caseNumbers.forEach((id, number) -> caseMap[number] = caseNumber(id));
    later.caseBytes.forEach((id, number) -> caseMap[number] = caseNumber(id, 0, id.length));
    int[] adHocMap = later.adHoc.codesIn(adHoc);
    for (int i = 0; i < later.size; i++) {
      add(
          caseMap[later.caseOf[i]],
          PathAccumulator.remap(later.codes[i], adHocMap),
          later.nanos[i],
          later.failed[i]);
    }
  }

  /** Groups the events by case, sorts each case by time and analyses it. */
  PathAccumulator analyse(Plan plan) {
    // Counting sort by case, stable: the events of a case stay in input order.
    int[] start = new int[cases + 1];
    for (int i = 0; i < size; i++) {
      start[caseOf[i] + 1]++;
    }
    for (int c = 0; c < cases; c++) {
      start[c + 1] += start[c];
    }
    int[] order = new int[size];
    int[] next = Arrays.copyOf(start, cases);
    for (int i = 0; i < size; i++) {
      order[next[caseOf[i]]++] = i;
    }
    int slices =
        size < PARALLEL_EVENTS
            ? 1
            : Math.max(
                1, Math.min(4 * (ForkJoinPool.getCommonPoolParallelism() + 1), cases / 1024));
    if (slices == 1) {
      return analyse(plan, start, order, 0, cases);
    }
    PathAccumulator[] parts =
        IntStream.range(0, slices)
            .parallel()
            .mapToObj(
                s ->
                    analyse(
                        plan,
                        start,
                        order,
                        (int) ((long) cases * s / slices),
                        (int) ((long) cases * (s + 1) / slices)))
            .toArray(PathAccumulator[]::new);
    PathAccumulator all = accumulator(plan);
    for (PathAccumulator part : parts) {
      all.merge(part);
    }
    return all;
  }

  private PathAccumulator analyse(Plan plan, int[] start, int[] order, int from, int to) {
    PathAccumulator accumulator = accumulator(plan);
    CaseBuffer buffer = new CaseBuffer();
    for (int c = from; c < to; c++) {
      for (int k = start[c]; k < start[c + 1]; k++) {
        int i = order[k];
        buffer.add(codes[i], nanos[i], failed[i]);
      }
      buffer.flushInto(accumulator);
    }
    return accumulator;
  }

  /** An accumulator that numbers this table's ad hoc activities as the table does. */
  PathAccumulator accumulator(Plan plan) {
    PathAccumulator accumulator = new PathAccumulator(plan);
    adHoc.codesIn(accumulator.adHoc);
    return accumulator;
  }
}
