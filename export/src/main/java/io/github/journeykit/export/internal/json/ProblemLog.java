package io.github.journeykit.export.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.journeykit.export.internal.problems.ProblemList;
import io.github.journeykit.export.json.FormatProblem;
import io.github.journeykit.export.json.JourneyJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The problems of one document in the order the reader finds them, each where the parser was or,
 * for the model's rules, at a member to be found when the whole document was read; their lines and
 * columns are counted once, at the end. Not public API.
 */
final class ProblemLog {
  /** A problem as found. */
  private static final class Found {
    final String pointer;

    /** Where it is; null until found, for a problem placed at {@link #placeAt}. */
    JsonLocation location;

    /** The member whose place the problem takes, once found; null if it has its place. */
    final String placeAt;

    final String rule;
    final String value;

    Found(String pointer, JsonLocation location, String placeAt, String rule, String value) {
      this.pointer = pointer;
      this.location = location;
      this.placeAt = placeAt;
      this.rule = rule;
      this.value = value;
    }
  }

  private final List<Found> problems = new ArrayList<>();

  /**
   * Records a problem.
   *
   * @param at the JSON Pointer of the member
   * @param location where the parser was, or null if unknown
   * @param rule what the document must satisfy
   * @param value the offending value as shown, or null
   * @throws StopReading after {@link JourneyJson#MAX_PROBLEMS} problems
   */
  void add(String at, JsonLocation location, String rule, String value) {
    record(new Found(at, location, null, rule, value));
  }

  /**
   * Records a problem that takes the place of the member at {@code placeAt}, found later: the
   * member a rule of the model names, or the object that lacks a member.
   *
   * @throws StopReading after {@link JourneyJson#MAX_PROBLEMS} problems
   */
  void addAt(String at, String placeAt, String rule, String value) {
    record(new Found(at, null, placeAt, rule, value));
  }

  private void record(Found found) {
    problems.add(found);
    if (problems.size() >= ProblemList.MAX_PROBLEMS) {
      problems.add(
          new Found(found.pointer, found.location, found.placeAt, ProblemList.STOPPED, null));
      throw new StopReading();
    }
  }

  /** The members whose places problems wait for. */
  Set<String> unplaced() {
    Set<String> members = new HashSet<>();
    for (Found found : problems) {
      if (found.location == null && found.placeAt != null) {
        members.add(found.placeAt);
      }
    }
    return members;
  }

  /** Gives the problems that wait for a member's place the place {@code members} found. */
  void place(MemberLocator.Places members) {
    for (Found found : problems) {
      if (found.location == null && found.placeAt != null) {
        found.location = members.near(found.placeAt);
      }
    }
  }

  /** Whether no problem was found. */
  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The problems found, with their lines and columns counted in {@code document}'s characters. */
  List<FormatProblem> formatProblems(Utf8Document document) {
    Set<String> unplaced = unplaced();
    if (!unplaced.isEmpty()) {
      place(MemberLocator.find(document, unplaced, Set.of()));
    }
    List<JsonLocation> locations = new ArrayList<>(problems.size());
    for (Found found : problems) {
      locations.add(found.location);
    }
    Utf8Document.Position[] positions = document.positions(locations);
    List<FormatProblem> list = new ArrayList<>(problems.size());
    for (int i = 0; i < positions.length; i++) {
      Found found = problems.get(i);
      list.add(
          FormatProblem.of(
              found.pointer,
              positions[i].line(),
              positions[i].column(),
              found.rule,
              Optional.ofNullable(found.value)));
    }
    return list;
  }
}
