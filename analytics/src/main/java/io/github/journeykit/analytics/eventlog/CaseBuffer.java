package io.github.journeykit.analytics.eventlog;

import java.util.Arrays;

/**
 * The events of one case, gathered to be sorted by time (ties in input order) and analysed as a
 * whole. Reused from case to case by one thread.
 */
final class CaseBuffer {
  int[] codes = new int[32];
  long[] nanos = new long[32];
  boolean[] failed = new boolean[32];
  int size;

  void clear() {
    size = 0;
  }

  void add(int code, long time, boolean fail) {
    if (size == codes.length) {
      codes = Arrays.copyOf(codes, 2 * size);
      nanos = Arrays.copyOf(nanos, 2 * size);
      failed = Arrays.copyOf(failed, 2 * size);
    }
    codes[size] = code;
    nanos[size] = time;
    failed[size] = fail;
    size++;
  }

  /** Sorts the events by time, keeping the input order of events at the same time. */
  void sortByTime() {
    // Cases are short and usually in order already: insertion sort is stable and linear then.
    for (int i = 1; i < size; i++) {
      long time = nanos[i];
      if (time >= nanos[i - 1]) {
        continue;
      }
      int code = codes[i];
      boolean fail = failed[i];
      int j = i - 1;
      while (j >= 0 && nanos[j] > time) {
        nanos[j + 1] = nanos[j];
        codes[j + 1] = codes[j];
        failed[j + 1] = failed[j];
        j--;
      }
      nanos[j + 1] = time;
      codes[j + 1] = code;
      failed[j + 1] = fail;
    }
  }

  /** Sorts, analyses and clears the case. */
  void flushInto(PathAccumulator accumulator) {
    sortByTime();
    accumulator.addCase(codes, nanos, failed, size);
    size = 0;
  }
}
