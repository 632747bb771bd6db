package io.github.journeykit.core.diff;

import io.github.journeykit.core.model.ElementKind;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.JourneyElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the changes between two versions of a journey, matching elements by id and kind.
 *
 * <p>The order is fixed: first the change to the journey's own fields, then every element of the
 * later version in journey order (moved before changed where both apply), then the removed elements
 * in the earlier version's journey order.
 *
 * <p>An element has moved when a touchpoint is in another stage, or when it is not among the
 * longest run of kept elements of its list (or its stage) that stayed in the same relative order;
 * of two adjacent elements that swapped places, the later one of the earlier version is the one
 * that moved.
 */
final class ChangeFinder {
  private final Journey before;
  private final Journey after;

  private ChangeFinder(Journey before, Journey after) {
    this.before = before;
    this.after = after;
  }

  static List<Change> between(Journey before, Journey after) {
    return new ChangeFinder(before, after).changes();
  }

  private List<Change> changes() {
    List<Change> changes = new ArrayList<>();
    List<FieldChange> journeyFields = ElementFields.JOURNEY.compare(before, after);
    if (!journeyFields.isEmpty()) {
      changes.add(
          Change.builder()
              .kind(ChangeKind.CHANGED)
              .label(after.title())
              .addAllFields(journeyFields)
              .build());
    }
    Set<String> moved = moved();
    for (JourneyElement element : after.elements()) {
      JourneyElement was = kept(element, before);
      if (was == null) {
        changes.add(change(ChangeKind.ADDED, element).afterPath(element.path()).build());
        continue;
      }
      if (moved.contains(element.id())) {
        changes.add(
            change(ChangeKind.MOVED, element)
                .beforePath(was.path())
                .afterPath(element.path())
                .build());
      }
      List<FieldChange> fields =
          ElementFields.of(element.kind()).compare(was.value(), element.value());
      if (!fields.isEmpty()) {
        changes.add(
            change(ChangeKind.CHANGED, element)
                .beforePath(was.path())
                .afterPath(element.path())
                .addAllFields(fields)
                .build());
      }
    }
    for (JourneyElement element : before.elements()) {
      if (kept(element, after) == null) {
        changes.add(change(ChangeKind.REMOVED, element).beforePath(element.path()).build());
      }
    }
    return changes;
  }

  private static Change.Builder change(ChangeKind kind, JourneyElement element) {
    return Change.builder()
        .kind(kind)
        .elementKind(element.kind())
        .elementId(element.id())
        .label(ElementFields.of(element.kind()).label(element.value()));
  }

  /** The element of the other version with the same id and kind, or null. */
  private static JourneyElement kept(JourneyElement element, Journey other) {
    return other.find(element.id()).filter(match -> match.kind() == element.kind()).orElse(null);
  }

  /** The ids of the kept elements that moved. */
  private Set<String> moved() {
    Map<String, List<String>> oldOrder = new LinkedHashMap<>();
    Map<String, List<String>> newOrder = new LinkedHashMap<>();
    Set<String> moved = new HashSet<>();
    for (JourneyElement element : after.elements()) {
      JourneyElement was = kept(element, before);
      if (was != null) {
        String list = list(after, element);
        if (list.equals(list(before, was))) {
          newOrder.computeIfAbsent(list, k -> new ArrayList<>()).add(element.id());
        } else {
          moved.add(element.id());
        }
      }
    }
    for (JourneyElement element : before.elements()) {
      JourneyElement is = kept(element, after);
      if (is != null && !moved.contains(element.id())) {
        oldOrder.computeIfAbsent(list(before, element), k -> new ArrayList<>()).add(element.id());
      }
    }
    newOrder.forEach((list, ids) -> moved.addAll(outOfOrder(oldOrder.get(list), ids)));
    return moved;
  }

  /** The list that holds the element: its stage for a touchpoint, else the journey's list. */
  private static String list(Journey journey, JourneyElement element) {
    return element.kind() == ElementKind.TOUCHPOINT
        ? "stage " + journey.stageOf(element.id()).get().id()
        : element.kind().name();
  }

  /**
   * The ids of {@code after} outside one longest subsequence that keeps the order of {@code
   * before}, where both hold the same ids.
   */
  private static List<String> outOfOrder(List<String> before, List<String> after) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < before.size(); i++) {
      position.put(before.get(i), i);
    }
    int n = after.size();
    int[] tails = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      int value = position.get(after.get(i));
      int low = 0;
      int high = length;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (position.get(after.get(tails[middle])) < value) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      previous[i] = low > 0 ? tails[low - 1] : -1;
      tails[low] = i;
      length = Math.max(length, low + 1);
    }
    boolean[] inOrder = new boolean[n];
    for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
      inOrder[i] = true;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!inOrder[i]) {
        out.add(after.get(i));
      }
    }
    return out;
  }
}
