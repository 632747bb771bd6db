package io.github.journeykit.core.audit;

import java.util.Comparator;
import java.util.List;

/**
 * The order of an audit's findings: journey-wide ones first, then by path in journey order
 * (personas, stages each followed by its touchpoints, moments, gaps, actions, KPIs; indexes
 * compared as numbers), then by rule id.
 */
final class FindingOrder implements Comparator<Finding> {
  static final FindingOrder INSTANCE = new FindingOrder();

  /** The lists of a journey, in the order {@link io.github.journeykit.core.model.Journey} walks. */
  private static final List<String> LISTS =
      List.of("personas", "stages", "moments", "gaps", "actions", "kpis");

  private FindingOrder() {}

  @Override
  public int compare(Finding a, Finding b) {
    int byPath = comparePaths(a.path(), b.path());
    return byPath != 0 ? byPath : a.ruleId().compareTo(b.ruleId());
  }

  static int comparePaths(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(!a.isEmpty(), !b.isEmpty());
    }
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int bySegment = compareSegments(left[i], right[i], i == 0);
      if (bySegment != 0) {
        return bySegment;
      }
    }
    return Integer.compare(left.length, right.length);
  }

  private static int compareSegments(String a, String b, boolean top) {
    String nameA = name(a);
    String nameB = name(b);
    int byName =
        top
            ? Comparator.comparingInt(FindingOrder::rank)
                .thenComparing(Comparator.naturalOrder())
                .compare(nameA, nameB)
            : nameA.compareTo(nameB);
    return byName != 0 ? byName : Integer.compare(index(a), index(b));
  }

  private static int rank(String list) {
    int rank = LISTS.indexOf(list);
    return rank < 0 ? LISTS.size() : rank;
  }

  private static String name(String segment) {
    int bracket = segment.indexOf('[');
    return bracket < 0 ? segment : segment.substring(0, bracket);
  }

  private static int index(String segment) {
    int bracket = segment.indexOf('[');
    if (bracket < 0 || !segment.endsWith("]")) {
      return -1;
    }
    try {
      return Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
