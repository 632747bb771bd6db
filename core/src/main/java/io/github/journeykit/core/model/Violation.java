package io.github.journeykit.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * One broken rule: where it broke (a path such as {@code stages[2].touchpoints[0].id}), the rule,
 * and the offending value.
 *
 * <pre>{@code
 * try {
 *   journey.withoutTouchpoint("form");
 * } catch (ValidationException e) {
 *   for (Violation v : e.violations()) {
 *     System.out.println(v.path() + " -> " + v.rule());
 *   }
 * }
 * }</pre>
 */
public final class Violation {
  private static final int MAX_SHOWN = 80;

  private final String path;
  private final String rule;
  private final Optional<String> value;

  private Violation(String path, String rule, Optional<String> value) {
    this.path = path;
    this.rule = rule;
    this.value = value;
  }

  /**
   * A violation of {@code rule} at {@code path} by {@code value}.
   *
   * @param path where the rule broke, relative to the value being validated
   * @param rule what the value must satisfy, phrased as "must ..."
   * @param value the offending value, shown in messages (truncated, with control characters
   *     escaped)
   * @return the violation
   */
  public static Violation of(String path, String rule, Object value) {
    requireNonNull(path, "path");
    requireNonNull(rule, "rule");
    requireNonNull(value, "value");
    return new Violation(path, rule, Optional.of(show(value)));
  }

  /**
   * A violation of {@code rule} at {@code path} where there is no single value to show, such as a
   * missing field.
   *
   * @param path where the rule broke, relative to the value being validated
   * @param rule what must hold, phrased as "must ..."
   * @return the violation
   */
  public static Violation of(String path, String rule) {
    requireNonNull(path, "path");
    requireNonNull(rule, "rule");
    return new Violation(path, rule, Optional.empty());
  }

  /**
   * This violation with {@code prefix} in front of its path, as seen from an enclosing value.
   *
   * @param prefix the path of the nested value, such as {@code stages[2]}
   * @return the violation with the longer path
   */
  public Violation under(String prefix) {
    requireNonNull(prefix, "prefix");
    return new Violation(path.isEmpty() ? prefix : prefix + "." + path, rule, value);
  }

  /**
   * Where the rule broke, such as {@code stages[2].touchpoints[0].id}.
   *
   * @return the path, empty for the value as a whole
   */
  public String path() {
    return path;
  }

  /**
   * The rule, phrased as "must ...".
   *
   * @return the rule
   */
  public String rule() {
    return rule;
  }

  /**
   * The offending value as shown in messages.
   *
   * @return the shown value, or empty where there is no single value
   */
  public Optional<String> value() {
    return value;
  }

  /**
   * The message, such as {@code name: must not be blank (was " ")}.
   *
   * @return the message
   */
  @Override
  public String toString() {
    String where = path.isEmpty() ? "" : path + ": ";
    return where + rule + value.map(v -> " (was " + v + ")").orElse("");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation
        && ((Violation) other).path.equals(path)
        && ((Violation) other).rule.equals(rule)
        && ((Violation) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, rule, value);
  }

  private static String show(Object value) {
    if (!(value instanceof CharSequence)) {
      return String.valueOf(value);
    }
    String text = value.toString();
    StringBuilder shown = new StringBuilder("\"");
    int end = Math.min(text.length(), MAX_SHOWN);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        shown.append('\\').append(c);
      } else if (Character.isISOControl(c)) {
        shown.append(String.format("\\u%04x", (int) c));
      } else {
        shown.append(c);
      }
    }
    shown.append('"');
    if (text.length() > MAX_SHOWN) {
      shown.append("... (").append(text.length()).append(" characters)");
    }
    return shown.toString();
  }
}
