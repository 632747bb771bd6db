package io.github.journeykit.analytics.eventlog;

/**
 * The events of a log sorted by case, analysed a case at a time as they come: a case ends when the
 * next one begins, so the memory held is one case's events, and for each case that ended a hash of
 * its id (8 bytes in a table kept at most half full) to tell when one appears again.
 */
final class SortedCases {
  private final PathAccumulator accumulator;
  private final CaseBuffer buffer = new CaseBuffer();
  private long[] seen = new long[1024];
  private int seenCount;
  private boolean open;

  SortedCases(PathAccumulator accumulator) {
    this.accumulator = accumulator;
  }

  /**
   * Whether the case with the id hash {@code hash} ended before: an event of it now would split it.
   * A hash is 64 bits, so two ids of one log share one only by a chance of about {@code cases^2 /
   * 2^65}.
   */
  boolean ended(long hash) {
    int mask = seen.length - 1;
    for (int i = mix(hash) & mask; seen[i] != 0; i = (i + 1) & mask) {
      if (seen[i] == hash) {
        return true;
      }
    }
    return false;
  }

  /** Ends the case being read, if any, and begins the one with the id hash {@code hash}. */
  void begin(long hash) {
    end();
    open = true;
    remember(hash == 0 ? 1 : hash);
  }

  void add(int code, long nanos, boolean failed) {
    buffer.add(code, nanos, failed);
  }

  /** Ends the case being read: analyses it. */
  void end() {
    if (open) {
      buffer.flushInto(accumulator);
      open = false;
    }
  }

  PathAccumulator accumulator() {
    return accumulator;
  }

  PathAccumulator finish() {
    end();
    return accumulator;
  }

  private void remember(long hash) {
    if (2 * (seenCount + 1) > seen.length) {
      long[] old = seen;
      seen = new long[2 * old.length];
      seenCount = 0;
      for (long h : old) {
        if (h != 0) {
          put(h);
        }
      }
    }
    put(hash);
  }

  private void put(long hash) {
    int mask = seen.length - 1;
    int i = mix(hash) & mask;
    while (seen[i] != 0) {
      if (seen[i] == hash) {
        return;
      }
      i = (i + 1) & mask;
    }
    seen[i] = hash;
    seenCount++;
  }

  private static int mix(long hash) {
    long h = hash * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** A 64-bit hash of a case id given as text (FNV-1a over its characters), never 0. */
  static long hash(CharSequence id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      h ^= id.charAt(i);
      h *= 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }

  /** A 64-bit hash of a case id given as UTF-8 bytes, never 0. */
  static long hash(byte[] bytes, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= bytes[i] & 0xFF;
      h *= 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }
}
