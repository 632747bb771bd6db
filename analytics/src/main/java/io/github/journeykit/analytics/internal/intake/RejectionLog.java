package io.github.journeykit.analytics.internal.intake;

import io.github.journeykit.analytics.Rejection;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rejections of one reading: counted, the first few kept with their reasons, or in a strict
 * reading the first thrown. Not public API: every reader of the module (observations, events; from
 * values, CSV and XES) rejects through one, so that a rejection reads the same everywhere. Confined
 * to one thread at a time.
 *
 * @param <T> the type of the items read
 */
public final class RejectionLog<T> {
  private final boolean strict;
  private final int keep;
  private final List<Rejection<T>> kept = new ArrayList<>();

  /**
   * The text of each kept rejection's row as read, before a rejection cuts a long one (null for an
   * item): moved on, a rejection is made again from it, so that a long row keeps its length.
   */
  private final List<String> rowTexts = new ArrayList<>();

  private long rejected;

  /**
   * A log that throws on the first rejection if {@code strict}, else counts them and keeps the
   * first {@code keep}.
   */
  public RejectionLog(boolean strict, int keep) {
    this.strict = strict;
    this.keep = keep;
  }

  /**
   * Whether the next rejection is kept with its reasons (or thrown), so that a reader need describe
   * it only then.
   */
  public boolean keepsNext() {
    return strict || kept.size() < keep;
  }

  /** Counts a rejection that is not kept: see {@link #keepsNext()}. */
  public void countUnkept() {
    rejected++;
  }

  /**
   * Rejects an item, throwing in a strict reading.
   *
   * @param kind what the item is, such as {@code Event}
   * @param item the item
   * @param position its position in the input, or -1 where not known
   * @param problems every rule it breaks
   */
  public void reject(String kind, T item, long position, List<Violation> problems) {
    if (strict) {
      throw new ValidationException(
          (position >= 0 ? kind + " #" + position : kind) + " " + item, problems);
    }
    rejected++;
    if (kept.size() < keep) {
      kept.add(Rejection.of(item, position, problems));
      rowTexts.add(null);
    }
  }

  /**
   * Rejects a row of a file, throwing in a strict reading.
   *
   * @param file the file's name
   * @param line the line the row starts on, from 1
   * @param position the row's position among the rows after the header, from 0
   * @param row the row's text
   * @param problems every rule it breaks
   */
  public void rejectRow(
      String file, long line, long position, String row, List<Violation> problems) {
    if (strict) {
      // Thrown as it would be kept, its long row cut alike: a strict reading in parts throws the
      // rejection a part kept.
      throw exception(Rejection.ofRow(file, line, position, row, problems));
    }
    rejected++;
    if (kept.size() < keep) {
      kept.add(Rejection.ofRow(file, line, position, row, problems));
      rowTexts.add(row);
    }
  }

  /** How many items or rows were rejected. */
  public long rejected() {
    return rejected;
  }

  /** The kept rejections, in the order they came. */
  public List<Rejection<T>> kept() {
    return kept;
  }

  /** The first rejection kept, if any. */
  public Optional<Rejection<T>> first() {
    return kept.isEmpty() ? Optional.empty() : Optional.of(kept.get(0));
  }

  /**
   * Moves the kept rejections of rows on by {@code lines} lines and {@code rows} rows: for a part
   * of a file read on its own, once the parts before it are read.
   */
  public void rebase(long lines, long rows) {
    for (int i = 0; i < kept.size(); i++) {
      Rejection<T> rejection = kept.get(i);
      kept.set(
          i,
          Rejection.ofRow(
              rejection.file().orElse(""),
              rejection.line().orElse(0) + lines,
              rejection.position().orElse(0) + rows,
              rowTexts.get(i),
              rejection.reasons()));
    }
  }

  /** Adds the rejections of {@code later}, a log of input that came after this one's. */
  public void addAll(RejectionLog<T> later) {
    rejected += later.rejected;
    for (int i = 0; i < later.kept.size() && kept.size() < keep; i++) {
      kept.add(later.kept.get(i));
      rowTexts.add(later.rowTexts.get(i));
    }
  }

  /**
   * Checks the counts of a reading's result: none negative, and at least as many rejected as kept.
   *
   * @param type the result's type, such as {@code IngestionResult}
   * @throws ValidationException naming every count that breaks a rule
   */
  public static void checkCounts(String type, long accepted, long rejected, int kept) {
    Problems.of(type)
        .check(accepted >= 0, "accepted", "must not be negative", accepted)
        .check(
            rejected >= kept,
            "rejected",
            "must count at least the rejections kept (" + kept + ")",
            rejected)
        .throwIfAny();
  }

  /**
   * The exception of a strict reading for a rejected row, as a lenient one keeps it (its text cut
   * to {@link Rejection#ROW_SHOWN} characters), such as {@code events.csv:17 (c-1,,yesterday) is
   * invalid (2 problems): ...}.
   *
   * @param rejection the rejected row
   * @return the exception
   */
  public static ValidationException exception(Rejection<?> rejection) {
    return new ValidationException(
        rejection.file().orElse("")
            + ":"
            + rejection.line().orElse(0)
            + " ("
            + rejection.row().orElse("")
            + ")",
        rejection.reasons());
  }
}
