package io.github.journeykit.export.internal.json;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The member names of one JSON object, to find a repeated one. Not public API.
 *
 * <p>The reader keeps one per nesting level and reuses it from object to object: a large document
 * holds hundreds of thousands of small objects, and a hash set for each (as Jackson's own duplicate
 * detection makes) would cost more than reading them. Names are compared in an array while they are
 * few, and in a hash set once an object has many (a score sheet's scores, say).
 */
final class MemberNames {
  private static final int FEW = 16;

  private final String[] few = new String[FEW];

  /**
   * The hash of each name in {@link #few}: most names differ, and then an int comparison says so.
   */
  private final int[] hashes = new int[FEW];

  private int count;
  private Set<String> many;

  /** Forgets the names of the previous object. */
  void clear() {
    count = 0;
    many = null;
  }

  /**
   * Adds the name of the next member.
   *
   * @return false if the object already had a member of that name
   */
  boolean add(String name) {
    if (many != null) {
      return many.add(name);
    }
    int hash = name.hashCode();
    for (int i = 0; i < count; i++) {
      if (hashes[i] == hash && few[i].equals(name)) {
        return false;
      }
    }
    if (count < FEW) {
      hashes[count] = hash;
      few[count++] = name;
      return true;
    }
    many = new HashSet<>(Arrays.asList(few));
    return many.add(name);
  }
}
