package io.github.journeykit.core.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.Problems;
import java.util.List;

/**
 * Thrown when a value would break the model's rules. It lists every problem found, each with its
 * path, so that one attempt shows everything to fix.
 *
 * <pre>{@code
 * try {
 *   Journey.builder("j", "Open an account").addStage(stage).addMoment(moment).build();
 * } catch (ValidationException e) {
 *   e.violations().forEach(System.out::println);
 *   // moments[0].touchpointId: must name a touchpoint of the journey (was "missing")
 * }
 * }</pre>
 */
public class ValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What was being validated. */
  private final String subject;

  /** Every problem found; never empty. */
  private final ImmutableList<Violation> violations;

  /**
   * An exception for {@code subject} listing {@code violations}.
   *
   * @param subject what was being validated, such as {@code Journey "open-account"}
   * @param violations every problem found; at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public ValidationException(String subject, List<Violation> violations) {
    super(message(subject, violations));
    this.subject = subject;
    this.violations = ImmutableList.copyOf(violations);
  }

  /**
   * What was being validated, such as {@code Journey "open-account"}.
   *
   * @return the subject
   */
  public String subject() {
    return subject;
  }

  /**
   * Every problem found, in the order of the value's fields.
   *
   * @return the violations; never empty
   */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(String subject, List<Violation> violations) {
    requireNonNull(subject, "subject");
    requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations: must not be empty");
    }
    return Problems.message(subject + " is invalid", violations);
  }
}
