package io.github.journeykit.core.internal;

import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by a builder when required fields were never set: a {@link ValidationException} like
 * every other broken rule, with one violation per missing field. Not public API: callers catch
 * {@code ValidationException}.
 *
 * <p>The value style names this type, and the generated builders call its constructor with the
 * names of the fields that are missing.
 */
public final class MissingFields extends ValidationException {
  private static final long serialVersionUID = 1L;

  /** The rule, as messages state it. */
  public static final String RULE = "must be set";

  /**
   * An exception listing {@code fields}, for the value whose builder is calling.
   *
   * @param fields the names of the required fields that were not set
   */
  public MissingFields(String... fields) {
    super(
        builtType(),
        Arrays.stream(fields).map(f -> Violation.of(f, RULE)).collect(Collectors.toList()));
  }

  /**
   * An exception for a default value that depends on itself, which the builder reports with a
   * sentence.
   *
   * @param message the builder's sentence
   */
  public MissingFields(String message) {
    super(builtType(), List.of(Violation.of("value", message)));
  }

  /**
   * The simple name of the value whose generated builder is calling ({@code ImmutableStage.Builder}
   * builds a {@code Stage}); on an error path only.
   */
  private static String builtType() {
    return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(
            frames ->
                frames
                    .map(StackWalker.StackFrame::getDeclaringClass)
                    .map(type -> type.getEnclosingClass() == null ? type : type.getEnclosingClass())
                    .map(Class::getSimpleName)
                    .filter(name -> name.startsWith("Immutable") && name.length() > 9)
                    .map(name -> name.substring("Immutable".length()))
                    .findFirst())
        .orElse("A value");
  }
}
