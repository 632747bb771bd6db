package io.github.journeykit.core.diff;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.ElementKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One difference between two versions of a journey: an element added, removed, moved or changed, or
 * a change to the journey's own fields (title, vision, state, tags, governance, suppressions). It
 * carries everything a renderer shows: the element's kind, id and label, where it was and where it
 * is, and for a change the fields with their values before and after as text.
 *
 * <pre>{@code
 * for (Change change : JourneyDiff.between(before, after).changes()) {
 *   System.out.println(change); // CHANGED touchpoint call "Call the helpline" at ...: owner ...
 * }
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Change {
  Change() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return ImmutableChange.builder();
  }

  /**
   * Added, removed, moved or changed.
   *
   * @return the kind of change
   */
  public abstract ChangeKind kind();

  /**
   * The kind of element that changed.
   *
   * @return the element's kind, or empty for a change to the journey's own fields
   */
  public abstract Optional<ElementKind> elementKind();

  /**
   * The id of the element that changed.
   *
   * @return the element's id, or empty for a change to the journey's own fields
   */
  public abstract Optional<String> elementId();

  /**
   * The element's name as people read it: a stage's, touchpoint's, persona's or KPI's name, a gap's
   * or action's title, what a moment that matters is about; the journey's title for a change to the
   * journey itself. Taken from the later version, or the earlier one for a removal.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * Where the element was, such as {@code stages[1].touchpoints[0]}.
   *
   * @return the path in the earlier version; empty for an addition and for the journey itself
   */
  public abstract Optional<String> beforePath();

  /**
   * Where the element is.
   *
   * @return the path in the later version; empty for a removal and for the journey itself
   */
  public abstract Optional<String> afterPath();

  /**
   * The fields that differ, in the order the element declares them.
   *
   * @return the changed fields; empty unless {@link #kind()} is {@link ChangeKind#CHANGED}
   */
  public abstract List<FieldChange> fields();

  /**
   * Whether this is a change to the journey's own fields rather than to one of its elements.
   *
   * @return true if {@link #elementKind()} is empty
   */
  public boolean isJourneyChange() {
    return elementKind().isEmpty();
  }

  @Value.Check
  final void check() {
    Problems problems = Problems.of("Change", elementId().orElse("journey"));
    elementId().ifPresent(id -> problems.id("elementId", id));
    problems
        .check(
            elementKind().isPresent() == elementId().isPresent(),
            "elementKind",
            "must be present exactly when elementId is",
            elementKind().orElse(null))
        .text("label", label());
    boolean journey = isJourneyChange();
    boolean changed = kind() == ChangeKind.CHANGED;
    problems
        .check(
            !journey || changed,
            "kind",
            "must be CHANGED for a change to the journey's own fields",
            kind())
        .check(
            beforePath().isPresent() == (!journey && kind() != ChangeKind.ADDED),
            "beforePath",
            journey
                ? "must be empty for a change to the journey itself"
                : "must be present unless the element was added",
            beforePath().orElse(null))
        .check(
            afterPath().isPresent() == (!journey && kind() != ChangeKind.REMOVED),
            "afterPath",
            journey
                ? "must be empty for a change to the journey itself"
                : "must be present unless the element was removed",
            afterPath().orElse(null))
        .check(
            fields().isEmpty() != changed,
            "fields",
            changed ? "must name at least one field" : "must be empty unless the kind is CHANGED",
            fields().size())
        .throwIfAny();
  }

  /**
   * One line such as {@code ADDED touchpoint alert "Get a text" at stages[0].touchpoints[0]} or
   * {@code CHANGED KPI nps "Net promoter score" at kpis[0]: current: "31" -> "38"}.
   *
   * @return the change in words
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(kind()).append(' ');
    if (isJourneyChange()) {
      text.append("journey \"").append(label()).append('"');
    } else {
      text.append(elementKind().get().word())
          .append(' ')
          .append(elementId().get())
          .append(" \"")
          .append(label())
          .append('"');
    }
    switch (kind()) {
      case ADDED:
        text.append(" at ").append(afterPath().get());
        break;
      case REMOVED:
        text.append(" from ").append(beforePath().get());
        break;
      case MOVED:
        text.append(" from ").append(beforePath().get()).append(" to ").append(afterPath().get());
        break;
      default:
        afterPath().ifPresent(path -> text.append(" at ").append(path));
        text.append(": ")
            .append(fields().stream().map(FieldChange::toString).collect(Collectors.joining("; ")));
    }
    return text.toString();
  }

  /** Builds a {@link Change}; kind and label are required. */
  interface Builder {
    /**
     * Sets the kind of change.
     *
     * @param kind added, removed, moved or changed
     * @return this builder
     */
    Builder kind(ChangeKind kind);

    /**
     * Sets the kind of element; leave it unset for a change to the journey itself.
     *
     * @param elementKind the element's kind
     * @return this builder
     */
    Builder elementKind(ElementKind elementKind);

    /**
     * Sets the element's id; leave it unset for a change to the journey itself.
     *
     * @param elementId the id
     * @return this builder
     */
    Builder elementId(String elementId);

    /**
     * Sets the label.
     *
     * @param label the element's name or title
     * @return this builder
     */
    Builder label(String label);

    /**
     * Sets where the element was.
     *
     * @param beforePath the path in the earlier version
     * @return this builder
     */
    Builder beforePath(String beforePath);

    /**
     * Sets where the element is.
     *
     * @param afterPath the path in the later version
     * @return this builder
     */
    Builder afterPath(String afterPath);

    /**
     * Adds a changed field.
     *
     * @param field the field change
     * @return this builder
     */
    Builder addField(FieldChange field);

    /**
     * Adds changed fields.
     *
     * @param fields the field changes
     * @return this builder
     */
    Builder addAllFields(Iterable<? extends FieldChange> fields);

    /**
     * Builds the change.
     *
     * @return the change
     * @throws io.github.journeykit.core.model.ValidationException if a rule is broken
     */
    Change build();
  }
}
