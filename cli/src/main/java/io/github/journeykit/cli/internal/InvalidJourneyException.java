package io.github.journeykit.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A file that is not a valid journey document, or a journey its format cannot hold: every problem,
 * each as its reader or writer says it, with its place (JSON Pointer, line and column; or sheet and
 * cell), the rule and the value. Not public API.
 */
public final class InvalidJourneyException extends BadInputException {
  private static final long serialVersionUID = 1L;

  /**
   * The problems of a file.
   *
   * @param file the file
   * @param problems its problems, each as text
   */
  public InvalidJourneyException(Path file, List<?> problems) {
    super(
        file
            + " is not a valid journey document ("
            + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
            + "):"
            + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
  }
}
