package io.github.journeykit.core.internal;

import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Collects every broken rule of one value, then throws them together as one {@link
 * ValidationException}. Not public API.
 *
 * <p>Each check takes the path of the field, the value and states the rule, so that messages name
 * all three.
 */
public final class Problems {
  /** The rule for identifiers, as messages state it. */
  public static final String ID_RULE =
      "must be an identifier: a letter or digit, then letters, digits, '.', '_', ':' or '-',"
          + " at most 128 characters";

  /** The rule for keys, as messages state it. */
  public static final String KEY_RULE =
      "must be a key: a lower-case letter, then letters, digits, '_' or '-', at most 64"
          + " characters";

  private final String type;
  private final String id;
  private List<Violation> found;

  private Problems(String type, String id) {
    this.type = type;
    this.id = id;
  }

  /**
   * Starts collecting the problems of one value.
   *
   * @param type the simple name of the value's type, such as {@code Touchpoint}
   * @param id the value's id or name, shown to say which one failed
   * @return an empty collector
   */
  public static Problems of(String type, String id) {
    return new Problems(type, id);
  }

  /**
   * Starts collecting the problems of a value that has no id.
   *
   * @param type the simple name of the value's type
   * @return an empty collector
   */
  public static Problems of(String type) {
    return new Problems(type, null);
  }

  /**
   * Whether {@code value} is an identifier: a letter or digit, then letters, digits, '.', '_', ':'
   * or '-', at most 128 characters ({@code [A-Za-z0-9][A-Za-z0-9._:-]{0,127}}).
   *
   * @param value the candidate
   * @return true for an identifier
   */
  public static boolean isId(String value) {
    int length = value.length();
    if (length == 0 || length > 128 || !isAsciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code value} is a key of an open set: a lower-case letter, then letters, digits, '_'
   * or '-', at most 64 characters ({@code [a-z][A-Za-z0-9_-]{0,63}}).
   *
   * @param value the candidate
   * @return true for a key
   */
  public static boolean isKey(String value) {
    int length = value.length();
    if (length == 0 || length > 64 || value.charAt(0) < 'a' || value.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * The message of an exception that lists problems: {@code heading} and the one problem, or the
   * heading, their number and one problem a line.
   *
   * @param heading what is invalid, such as {@code Stage "apply" is invalid}
   * @param problems every problem, each shown by its {@code toString()}
   * @return the message
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public static String message(String heading, List<?> problems) {
    if (java.util.Objects.requireNonNull(problems, "problems").isEmpty()) {
      throw new IllegalArgumentException("problems: must not be empty");
    }
    StringBuilder message = new StringBuilder(heading);
    if (problems.size() == 1) {
      return message.append(": ").append(problems.get(0)).toString();
    }
    message.append(" (").append(problems.size()).append(" problems):");
    for (Object problem : problems) {
      message.append("\n  - ").append(problem);
    }
    return message.toString();
  }

  /** Records that {@code value} at {@code path} breaks {@code rule}; {@code value} may be null. */
  public Problems add(String path, String rule, Object value) {
    return add(value == null ? Violation.of(path, rule) : Violation.of(path, rule, value));
  }

  /** Records {@code violation} as it is. */
  public Problems add(Violation violation) {
    if (found == null) {
      found = new ArrayList<>();
    }
    found.add(violation);
    return this;
  }

  /** Records a problem unless {@code holds}. */
  public Problems check(boolean holds, String path, String rule, Object value) {
    if (!holds) {
      add(path, rule, value);
    }
    return this;
  }

  /** Requires an identifier. */
  public Problems id(String path, String value) {
    return check(isId(value), path, ID_RULE, value);
  }

  /** Requires a key of an open set. */
  public Problems key(String path, String value) {
    return check(isKey(value), path, KEY_RULE, value);
  }

  /** Requires an identifier, where it is given. */
  public Problems id(String path, Optional<String> value) {
    value.ifPresent(v -> id(path, v));
    return this;
  }

  /** Requires text that is not blank. */
  public Problems text(String path, String value) {
    return check(!value.isBlank(), path, "must not be blank", value);
  }

  /** Requires text that is not blank, where it is given. */
  public Problems text(String path, Optional<String> value) {
    value.ifPresent(v -> text(path, v));
    return this;
  }

  /** Requires identifiers in every element of a list. */
  public Problems ids(String path, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (!isId(values.get(i))) {
        add(path + "[" + i + "]", ID_RULE, values.get(i));
      }
    }
    return this;
  }

  /** Requires non-blank text in every element of a collection. */
  public Problems texts(String path, Iterable<String> values) {
    int i = 0;
    for (String value : values) {
      if (value.isBlank()) {
        add(path + "[" + i + "]", "must not be blank", value);
      }
      i++;
    }
    return this;
  }

  /** Requires a finite number (neither NaN nor infinite). */
  public Problems finite(String path, double value) {
    return check(Double.isFinite(value), path, "must be a finite number", value);
  }

  /** Requires a finite number, where it is given. */
  public Problems finite(String path, OptionalDouble value) {
    if (value.isPresent()) {
      finite(path, value.getAsDouble());
    }
    return this;
  }

  /** Requires a finite number on {@code scale}; NaN and infinities are reported once, as such. */
  public Problems onScale(String path, double value, Scale scale) {
    if (!Double.isFinite(value)) {
      return add(path, "must be a finite number", value);
    }
    if (!scale.contains(value)) {
      add(path, "must lie on the scale " + scale.range(), value);
    }
    return this;
  }

  /** Whether any problem was recorded. */
  public boolean any() {
    return found != null;
  }

  /**
   * Throws every recorded problem as one exception.
   *
   * @throws ValidationException if any problem was recorded
   */
  public void throwIfAny() {
    if (found != null) {
      throw new ValidationException(id == null ? type : type + " \"" + id + "\"", found);
    }
  }
}
