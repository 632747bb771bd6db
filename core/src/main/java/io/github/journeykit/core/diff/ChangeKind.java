package io.github.journeykit.core.diff;

/**
 * What happened to an element between two versions of a journey.
 *
 * <pre>{@code
 * List<Change> added = diff.changes(ChangeKind.ADDED);
 * }</pre>
 */
public enum ChangeKind {
  /** The element is in the later version only. */
  ADDED,
  /** The element is in the earlier version only. */
  REMOVED,
  /**
   * The element changed place: a touchpoint went to another stage, or an element changed its order
   * relative to the elements kept around it. Elements that only shift because others were added or
   * removed before them have not moved.
   */
  MOVED,
  /** One or more of the element's own fields changed. */
  CHANGED
}
