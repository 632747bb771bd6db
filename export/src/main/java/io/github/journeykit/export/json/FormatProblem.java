package io.github.journeykit.export.json;

import io.github.journeykit.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem in a JSON document: where it is (a JSON Pointer, RFC 6901, and a line and column),
 * the rule the document breaks, and the offending value.
 *
 * <pre>{@code
 * try {
 *   JourneyJson.read(json);
 * } catch (JourneyFormatException e) {
 *   for (FormatProblem p : e.problems()) {
 *     System.out.println(p.pointer() + " at line " + p.line() + ": " + p.rule());
 *   }
 * }
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class FormatProblem {
  FormatProblem() {}

  /**
   * A problem.
   *
   * @param pointer the JSON Pointer of the offending member, such as {@code
   *     /stages/0/touchpoints/1/name}; empty for the document as a whole
   * @param line the line, counted from 1, or -1 if unknown
   * @param column the column, counted from 1, or -1 if unknown
   * @param rule what the document must satisfy, phrased as "must ..."
   * @param value the offending value as shown in messages, or empty
   * @return the problem
   */
  public static FormatProblem of(
      String pointer, int line, int column, String rule, Optional<String> value) {
    return ImmutableFormatProblem.of(pointer, line, column, rule, value);
  }

  /**
   * The JSON Pointer of the offending member; for a member that is missing, the pointer it would
   * have.
   *
   * @return the pointer, empty for the document as a whole
   */
  @Value.Parameter
  public abstract String pointer();

  /**
   * The line of the offending value (for a rule of the model, of the member it names); for a
   * missing member, of the object that lacks it.
   *
   * @return the line, counted from 1, or -1 if unknown
   */
  @Value.Parameter
  public abstract int line();

  /**
   * The column of the offending value, in UTF-16 characters as Java counts a string's length,
   * whether the document came as text or as bytes.
   *
   * @return the column, counted from 1, or -1 if unknown
   */
  @Value.Parameter
  public abstract int column();

  /**
   * The rule, phrased as "must ...".
   *
   * @return the rule
   */
  @Value.Parameter
  public abstract String rule();

  /**
   * The offending value as shown in messages (truncated, with control characters escaped).
   *
   * @return the value, or empty where there is no single value
   */
  @Value.Parameter
  public abstract Optional<String> value();

  /**
   * The message, such as {@code /stages/0/name (line 5, column 15): must not be blank (was " ")}.
   *
   * @return the message
   */
  @Override
  public String toString() {
    return (pointer().isEmpty() ? "(document)" : pointer())
        + " (line "
        + line()
        + ", column "
        + column()
        + "): "
        + rule()
        + value().map(v -> " (was " + v + ")").orElse("");
  }
}
