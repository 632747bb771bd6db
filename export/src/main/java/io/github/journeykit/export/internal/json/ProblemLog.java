package io.github.journeykit.export.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.journeykit.export.json.FormatProblem;
import io.github.journeykit.export.json.JourneyJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The problems of one document in the order the reader finds them, each where the parser was; their
 * lines and columns are counted once, at the end. Not public API.
 */
final class ProblemLog {
  /** A problem as found. */
  private static final class Found {
    final String pointer;
    final JsonLocation location;
    final String rule;
    final String value;

    Found(String pointer, JsonLocation location, String rule, String value) {
      this.pointer = pointer;
      this.location = location;
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
    problems.add(new Found(at, location, rule, value));
    if (problems.size() >= JourneyJson.MAX_PROBLEMS) {
      problems.add(
          new Found(
              at,
              location,
              "must have fewer than " + JourneyJson.MAX_PROBLEMS + " problems; reading stopped",
              null));
      throw new StopReading();
    }
  }

  int size() {
    return problems.size();
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The problems found, with their lines and columns counted in {@code document}'s characters. */
  List<FormatProblem> formatProblems(Utf8Document document) {
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
