package io.github.journeykit.analytics.eventlog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ad hoc activities met so far, numbered in order of appearance: activity {@code i} has the
 * step code {@code -1 - i}, below every touchpoint's number.
 */
final class AdHocActivities {
  private final List<String> names = new ArrayList<>();
  private final Map<String, Integer> numbers = new HashMap<>();

  /** The code of {@code activity}, numbering it if it is new. */
  int code(String activity) {
    Integer number = numbers.get(activity);
    if (number == null) {
      number = names.size();
      names.add(activity);
      numbers.put(activity, number);
    }
    return -1 - number;
  }

  /** How many activities are numbered. */
  int size() {
    return names.size();
  }

  /** The activity of a code below 0. */
  String name(int code) {
    return names.get(-1 - code);
  }

  /** The codes in {@code into} of these activities, by number: for merging. */
  int[] codesIn(AdHocActivities into) {
    int[] codes = new int[names.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = into.code(names.get(i));
    }
    return codes;
  }
}
