package io.github.journeykit.scoring;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import java.util.List;
import java.util.function.Function;

/**
 * The kind of element a {@link ScoringStrategy} scores: touchpoints, stages, whole journeys, action
 * items or moments that matter. A typed key: {@code Subject<ActionItem>} scores action items.
 *
 * <pre>{@code
 * List<ActionItem> actions = Subject.ACTION.in(journey);
 * String id = Subject.ACTION.idOf(actions.get(0));
 * }</pre>
 *
 * @param <T> the type of the scored elements
 */
public final class Subject<T> {
  /** The touchpoints of a journey, stage by stage. */
  public static final Subject<Touchpoint> TOUCHPOINT =
      new Subject<>("touchpoint", Touchpoint.class, Journey::touchpoints, Touchpoint::id);

  /** The stages of a journey. */
  public static final Subject<Stage> STAGE =
      new Subject<>("stage", Stage.class, Journey::stages, Stage::id);

  /** The journey itself. */
  public static final Subject<Journey> JOURNEY =
      new Subject<>("journey", Journey.class, List::of, Journey::id);

  /** The action items of a journey. */
  public static final Subject<ActionItem> ACTION =
      new Subject<>("action", ActionItem.class, Journey::actions, ActionItem::id);

  /** The moments that matter of a journey. */
  public static final Subject<MomentThatMatters> MOMENT =
      new Subject<>("moment", MomentThatMatters.class, Journey::moments, MomentThatMatters::id);

  private final String name;
  private final Class<T> type;
  private final Function<Journey, List<T>> elements;
  private final Function<T, String> id;

  private Subject(
      String name, Class<T> type, Function<Journey, List<T>> elements, Function<T, String> id) {
    this.name = name;
    this.type = type;
    this.elements = elements;
    this.id = id;
  }

  /**
   * The subject's name, such as {@code action}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The type of the scored elements.
   *
   * @return the class, such as {@code ActionItem.class}
   */
  public Class<T> type() {
    return type;
  }

  /**
   * The elements of this kind in a journey, in journey order.
   *
   * @param journey the journey
   * @return its touchpoints, stages, actions or moments, or the journey itself
   */
  public List<T> in(Journey journey) {
    return elements.apply(requireNonNull(journey, "journey"));
  }

  /**
   * The id of an element, by which score sheets and rankings name it.
   *
   * @param element the element
   * @return its id
   */
  public String idOf(T element) {
    return id.apply(requireNonNull(element, "element"));
  }

  /**
   * The name.
   *
   * @return the name, such as {@code action}
   */
  @Override
  public String toString() {
    return name;
  }
}
