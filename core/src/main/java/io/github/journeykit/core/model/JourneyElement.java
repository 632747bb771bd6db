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
  private final String path;
  private final Object value;

  JourneyElement(ElementKind kind, String id, String path, Object value) {
    this.kind = kind;
    this.id = id;
    this.path = path;
    this.value = value;
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
    return path;
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
    return other instanceof JourneyElement
        && ((JourneyElement) other).kind == kind
        && ((JourneyElement) other).path.equals(path)
        && ((JourneyElement) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, path, value);
  }

  /**
   * A short form such as {@code touchpoint form at stages[1].touchpoints[0]}.
   *
   * @return the element in words
   */
  @Override
  public String toString() {
    return kind.word() + " " + id + " at " + path;
  }
}
