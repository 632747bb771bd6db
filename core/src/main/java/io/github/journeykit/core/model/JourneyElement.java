package io.github.journeykit.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * An element of a journey found by id, with where it is: its kind, id, path (such as {@code
 * stages[1].touchpoints[0]}) and the element itself.
 *
 * <pre>{@code
 * JourneyElement found = journey.find("form").orElseThrow();
 * found.path();                   // "stages[1].touchpoints[0]"
 * Touchpoint form = found.as(Touchpoint.class);
 * }</pre>
 */
public final class JourneyElement {
  private final ElementKind kind;
  private final String id;
  private final Object value;
  private final int index;
  private final int touchpointIndex;

  /**
   * An element at {@code index} of its list; for a touchpoint, {@code index} is its stage's and
   * {@code touchpointIndex} its place in the stage (otherwise -1). The path is spelled out only
   * when asked for, so indexing a large journey allocates no strings.
   */
  JourneyElement(ElementKind kind, String id, Object value, int index, int touchpointIndex) {
    this.kind = kind;
    this.id = id;
    this.value = value;
    this.index = index;
    this.touchpointIndex = touchpointIndex;
  }

  /**
   * The kind of element.
   *
   * @return the kind
   */
  public ElementKind kind() {
    return kind;
  }

  /**
   * The element's id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Where the element is in the journey, such as {@code stages[1].touchpoints[0]}.
   *
   * @return the path
   */
  public String path() {
    String path = kind.listName() + "[" + index + "]";
    return kind == ElementKind.TOUCHPOINT ? path + ".touchpoints[" + touchpointIndex + "]" : path;
  }

  /** The position in the element's list; for a touchpoint, its stage's position. */
  int index() {
    return index;
  }

  /**
   * The element: a {@link Persona}, {@link Stage}, {@link Touchpoint}, {@link MomentThatMatters},
   * {@link Gap}, {@link ActionItem} or {@link Kpi}, as {@link #kind()} says.
   *
   * @return the element
   */
  public Object value() {
    return value;
  }

  /**
   * The element as the given type.
   *
   * @param type the element's class
   * @param <T> the element's type
   * @return the element
   * @throws ClassCastException if the element is of another type
   */
  public <T> T as(Class<T> type) {
    requireNonNull(type, "type");
    return type.cast(value);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof JourneyElement)) {
      return false;
    }
    JourneyElement that = (JourneyElement) other;
    return that.kind == kind
        && that.index == index
        && that.touchpointIndex == touchpointIndex
        && that.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, index, touchpointIndex, value);
  }

  /**
   * A short form such as {@code touchpoint form at stages[1].touchpoints[0]}.
   *
   * @return the element in words
   */
  @Override
  public String toString() {
    return kind.word() + " " + id + " at " + path();
  }
}
