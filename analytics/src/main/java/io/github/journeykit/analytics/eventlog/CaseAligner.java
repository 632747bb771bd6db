package io.github.journeykit.analytics.eventlog;

import io.github.journeykit.core.path.DeviationKind;
import java.util.Arrays;

/**
 * Aligns one case's steps to the designed journey and names each deviation. Reused from case to
 * case by one thread: its arrays grow to the longest case and are never shrunk.
 *
 * <p>The plan is cut at the furthest stage the case reached by any of its events: what the case
 * never reached is drop-off, which the funnel counts, not a deviation. The alignment is the
 * cheapest way to walk the plan's steps and the case's events together (an edit distance, O(steps x
 * events)): an event that takes the plan's next step costs nothing, a required step left out costs
 * 1 (an optional one nothing), an event that takes no step of the plan where it stands costs 1.
 * Fitness is {@code 1 - cost / worst}, the worst being every event unmatched and every required
 * step left out. Ties go to taking a step, then to leaving out an optional step, then to leaving an
 * event unmatched, then to leaving out a required step, so the alignment is the same every time.
 *
 * <p>Each event the alignment leaves unmatched is ad hoc (it maps to no touchpoint), repeated (its
 * step was taken before), or out of order (its step is taken later, or left out where the plan has
 * it); a required step left out and not taken out of order is missing; every failed event is
 * failing.
 */
final class CaseAligner {
  private static final byte SYNC = 0;
  private static final byte SKIP = 1;
  private static final byte EXTRA = 2;

  private final Plan plan;
  private int[] costs = new int[256];
  private byte[] moves = new byte[512];
  private int[] moveEvent = new int[512];
  private int[] moveStep = new int[512];
  private int[] syncedAt = new int[64];
  private boolean[] skipped = new boolean[64];
  private boolean[] takenLate = new boolean[64];

  /** The deviations of the case aligned last: kind, subject code and event position. */
  DeviationKind[] kinds = new DeviationKind[64];

  int[] subjects = new int[64];
  int[] positions = new int[64];
  int deviations;

  /** The cost of the case aligned last, its worst cost, and the steps of the plan it was cut at. */
  int cost;

  int worst;
  int steps;

  CaseAligner(Plan plan) {
    this.plan = plan;
  }

  /**
   * Aligns the case whose events have {@code codes} (a touchpoint's number, or below 0 an ad hoc
   * activity) and {@code failed} flags, {@code n} of them, in time order.
   */
  void align(int[] codes, boolean[] failed, int n) {
    int furthest = -1;
    for (int j = 0; j < n; j++) {
      if (codes[j] >= 0) {
        furthest = Math.max(furthest, plan.stageOf(codes[j]));
      }
    }
    int m = furthest < 0 ? 0 : plan.firstStepOfStage[furthest + 1];
    steps = m;
    int width = n + 1;
    if (costs.length < (m + 1) * width) {
      costs = new int[Math.max(2 * costs.length, (m + 1) * width)];
    }
    // costs[i * width + j]: the least cost of aligning steps i.. with events j.., filled from the
    // end, so that the alignment can be walked from the start taking the earliest match.
    int[] d = costs;
    int last = m * width;
    for (int j = 0; j <= n; j++) {
      d[last + j] = n - j;
    }
    for (int i = m - 1; i >= 0; i--) {
      int skip = plan.optional[i] ? 0 : 1;
      int row = i * width;
      int below = row + width;
      d[row + n] = d[below + n] + skip;
      for (int j = n - 1; j >= 0; j--) {
        int best = d[below + j] + skip;
        int extra = d[row + j + 1] + 1;
        if (extra < best) {
          best = extra;
        }
        int code = codes[j];
        if (code >= 0 && plan.stepOf[code] == i && d[below + j + 1] < best) {
          best = d[below + j + 1];
        }
        d[row + j] = best;
      }
    }
    cost = d[0];
    int required = 0;
    for (int i = 0; i < m; i++) {
      if (!plan.optional[i]) {
        required++;
      }
    }
    worst = n + required;
    walk(codes, n, m, width);
    classify(codes, failed, n, m);
  }

  /**
   * Walks the alignment from the start: a match where one is as cheap as anything else (so a step
   * matches its earliest event), else an optional step left out, else an unmatched event, else a
   * required step left out. An optional step is left out before an event is left unmatched, so that
   * a step taken twice after one is matched at its first event and repeated at the second, not out
   * of order at the first.
   */
  private void walk(int[] codes, int n, int m, int width) {
    if (moves.length < n + m) {
      moves = new byte[2 * (n + m)];
      moveEvent = new int[2 * (n + m)];
      moveStep = new int[2 * (n + m)];
    }
    int[] d = costs;
    int count = 0;
    int i = 0;
    int j = 0;
    while (i < m || j < n) {
      int here = d[i * width + j];
      byte move;
      if (i < m
          && j < n
          && codes[j] >= 0
          && plan.stepOf[codes[j]] == i
          && d[(i + 1) * width + j + 1] == here) {
        move = SYNC;
      } else if (i < m && plan.optional[i] && d[(i + 1) * width + j] == here) {
        move = SKIP;
      } else if (j < n && d[i * width + j + 1] + 1 == here) {
        move = EXTRA;
      } else {
        move = SKIP;
      }
      moves[count] = move;
      moveStep[count] = i;
      moveEvent[count] = j;
      count++;
      if (move != EXTRA) {
        i++;
      }
      if (move != SKIP) {
        j++;
      }
    }
    moveCount = count;
  }

  private int moveCount;

  private void classify(int[] codes, boolean[] failed, int n, int m) {
    if (syncedAt.length < m) {
      syncedAt = new int[2 * m];
      skipped = new boolean[2 * m];
      takenLate = new boolean[2 * m];
    }
    Arrays.fill(syncedAt, 0, m, -1);
    Arrays.fill(skipped, 0, m, false);
    Arrays.fill(takenLate, 0, m, false);
    for (int k = 0; k < moveCount; k++) {
      if (moves[k] == SYNC) {
        syncedAt[moveStep[k]] = moveEvent[k];
      } else if (moves[k] == SKIP) {
        skipped[moveStep[k]] = true;
      }
    }
    deviations = 0;
    for (int k = 0; k < moveCount; k++) {
      if (moves[k] != EXTRA) {
        continue;
      }
      int event = moveEvent[k];
      int code = codes[event];
      if (code < 0) {
        add(DeviationKind.AD_HOC, code, event);
        continue;
      }
      int step = plan.stepOf[code];
      if (step < m && syncedAt[step] >= 0 && syncedAt[step] < event) {
        add(DeviationKind.REPEATED, code, event);
      } else {
        if (step < m && skipped[step]) {
          takenLate[step] = true;
        }
        add(DeviationKind.OUT_OF_ORDER, code, event);
      }
    }
    // A step left out is missing where the next move of the alignment stands.
    for (int k = 0; k < moveCount; k++) {
      if (moves[k] == SKIP && !plan.optional[moveStep[k]] && !takenLate[moveStep[k]]) {
        add(DeviationKind.MISSING, plan.touchpointOfStep[moveStep[k]], nextEvent(k, n));
      }
    }
    for (int j = 0; j < n; j++) {
      if (failed[j]) {
        add(DeviationKind.FAILING, codes[j], j);
      }
    }
  }

  /** The position of the first event at or after move {@code k}, or {@code n} after the last. */
  private int nextEvent(int k, int n) {
    for (int a = k; a < moveCount; a++) {
      if (moves[a] != SKIP) {
        return moveEvent[a];
      }
    }
    return n;
  }

  private void add(DeviationKind kind, int subject, int position) {
    if (deviations == kinds.length) {
      kinds = Arrays.copyOf(kinds, 2 * deviations);
      subjects = Arrays.copyOf(subjects, 2 * deviations);
      positions = Arrays.copyOf(positions, 2 * deviations);
    }
    kinds[deviations] = kind;
    subjects[deviations] = subject;
    positions[deviations] = position;
    deviations++;
  }

  /** The fitness of the case aligned last, in [0, 1]. */
  double fitness() {
    return worst == 0 ? 1 : 1 - (double) cost / worst;
  }
}
