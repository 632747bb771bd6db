package io.github.journeykit.core.diff;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One field of an element that differs between two versions, with both values as text so that any
 * renderer can show them. A value that is absent (an unset owner, an empty list) is empty.
 *
 * <pre>{@code
 * FieldChange owner = FieldChange.of("owner", Optional.empty(), Optional.of("Contact centre"));
 * owner.toString(); // owner: none -> "Contact centre"
 * // a KPI that gained a reading shows just the new one:
 * // readings: none -> "2026-11-30: 48"
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class FieldChange {
  FieldChange() {}

  /**
   * A changed field.
   *
   * @param field the field's name, such as {@code owner} or {@code governance.reviewCadence}
   * @param before the value before as text, or empty if it was absent
   * @param after the value after as text, or empty if it is absent
   * @return the field change
   * @throws io.github.journeykit.core.model.ValidationException if the name is blank
   */
  public static FieldChange of(String field, Optional<String> before, Optional<String> after) {
    requireNonNull(field, "field");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    return ImmutableFieldChange.of(field, before, after);
  }

  /**
   * The field's name, as the element's accessor names it ({@code owner}, {@code measurements});
   * fields of the journey's governance are prefixed with {@code governance.}.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String field();

  /**
   * The value before, as text. A text field reads as it is; in lists (joined with {@code "; "}) and
   * in composite values, text is quoted, with {@code \} and {@code "} escaped, and numbers are
   * written in full, so that different values read differently. A KPI's {@code readings} are
   * compared reading by reading: before holds only the readings the later version no longer has as
   * they were, such as {@code 2026-03-31: 45}, and {@link #after()} only those that are new or
   * changed.
   *
   * @return the text, or empty if the value was absent
   */
  @Value.Parameter
  public abstract Optional<String> before();

  /**
   * The value after, as text.
   *
   * @return the text, or empty if the value is absent
   */
  @Value.Parameter
  public abstract Optional<String> after();

  @Value.Check
  final void check() {
    Problems.of("FieldChange", field()).text("field", field()).throwIfAny();
  }

  /**
   * A short form such as {@code owner: "Sales" -> "Contact centre"}.
   *
   * @return the field change in words
   */
  @Override
  public String toString() {
    return field() + ": " + shown(before()) + " -> " + shown(after());
  }

  private static String shown(Optional<String> value) {
    return value.map(v -> "\"" + v + "\"").orElse("none");
  }
}
