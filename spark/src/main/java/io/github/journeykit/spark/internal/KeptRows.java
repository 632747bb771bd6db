package io.github.journeykit.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The rejections a buffer carries: how many rows were rejected, and the first of them, as read from
 * the dataset, up to the number the analysis or ingestion keeps. Not public API.
 *
 * @param <R> the type of a row as read, before any rule is applied
 */
final class KeptRows<R extends Serializable> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many rows are kept: the analysis's or ingestion's number. */
  private final int keep;

  private long rejected;
  private final ArrayList<R> rows = new ArrayList<>();

  KeptRows(int keep) {
    this.keep = keep;
  }

  /** Counts a rejected row, keeping it while fewer than the number kept are. */
  void reject(R row) {
    rejected++;
    keep(row);
  }

  /** Counts {@code count} rejected rows, kept (or not) by {@link #keep}. */
  void count(long count) {
    rejected += count;
  }

  /** Keeps a row counted before, while fewer than the number kept are. */
  void keep(R row) {
    if (rows.size() < keep) {
      rows.add(row);
    }
  }

  /** Adds the rejections of {@code later}. */
  void addAll(KeptRows<R> later) {
    rejected += later.rejected;
    for (R row : later.rows) {
      keep(row);
    }
  }

  long rejected() {
    return rejected;
  }

  List<R> rows() {
    return rows;
  }
}
