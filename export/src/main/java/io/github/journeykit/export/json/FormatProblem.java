package io.github.journeykit.export.json;

import io.github.journeykit.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem in a document: where it is (in a JSON document a JSON Pointer, RFC 6901; in an XML
 * document such as CJML an element path; and a line and column), the rule the document breaks, and
 * the offending value.
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
   * @param pointer the location of the offending member: a JSON Pointer such as {@code
   *     /stages/0/touchpoints/1/name}, or an element path such as {@code
   *     /CJML/plannedJourney/touchpoints/plannedCommunicationPoint[2]/touchpointID}; empty for the
   *     document as a whole
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
   * Where the offending member is: in a JSON document its JSON Pointer; in an XML document its
   * element path from the root, each step an element's name with its position among same-named
   * siblings in brackets where it has any ({@code [1]} first), and {@code /@name} for an attribute.
   * For a member that is missing, the location it would have.
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
