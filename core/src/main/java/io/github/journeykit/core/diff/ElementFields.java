package io.github.journeykit.core.diff;

import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.ElementKind;
import io.github.journeykit.core.model.Gap;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Kpi;
import io.github.journeykit.core.model.KpiReading;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Persona;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The fields a diff compares for each kind of element, in the order the element declares them, and
 * the label that names an element. A stage's touchpoints and the journey's elements are not fields:
 * they are compared as elements of their own.
 *
 * @param <T> the element's type
 */
final class ElementFields<T> {
  static final ElementFields<Journey> JOURNEY =
      new ElementFields<>(Journey.class, Journey::title)
          .field("id", Journey::id)
          .field("title", Journey::title)
          .field("description", Journey::description)
          .field("vision", Journey::vision)
          .field("state", Journey::state)
          .field("counterpartId", Journey::counterpartId)
          .field("tags", Journey::tags)
          .field("governance.owner", j -> j.governance().owner())
          .field("governance.stakeholders", j -> j.governance().stakeholders())
          .field("governance.reviewCadence", j -> j.governance().reviewCadence())
          .field("governance.lastReviewed", j -> j.governance().lastReviewed())
          .field("governance.communicationPlan", j -> j.governance().communicationPlan())
          .field("suppressions", Journey::suppressions);

  private static final Map<ElementKind, ElementFields<?>> BY_KIND =
      new EnumMap<>(ElementKind.class);

  static {
    BY_KIND.put(
        ElementKind.PERSONA,
        new ElementFields<>(Persona.class, Persona::name)
            .field("name", Persona::name)
            .field("segment", Persona::segment)
            .field("description", Persona::description)
            .field("goals", Persona::goals));
    BY_KIND.put(
        ElementKind.STAGE,
        new ElementFields<>(Stage.class, Stage::name)
            .field("name", Stage::name)
            .field("goal", Stage::goal)
            .field("description", Stage::description)
            .field("owner", Stage::owner));
    BY_KIND.put(
        ElementKind.TOUCHPOINT,
        new ElementFields<>(Touchpoint.class, Touchpoint::name)
            .field("name", Touchpoint::name)
            .field("channel", Touchpoint::channel)
            .field("lane", Touchpoint::lane)
            .field("description", Touchpoint::description)
            .field("owner", Touchpoint::owner)
            .field("enablers", Touchpoint::enablers)
            .field("measurements", Touchpoint::measurements)
            .field("evidence", Touchpoint::evidence)
            .field("dataSources", Touchpoint::dataSources)
            .field("step", Touchpoint::step)
            .field("optional", Touchpoint::optional)
            .field("notes", Touchpoint::notes));
    BY_KIND.put(
        ElementKind.MOMENT,
        new ElementFields<>(MomentThatMatters.class, MomentThatMatters::whyItMatters)
            .field("touchpointId", MomentThatMatters::touchpointId)
            .field("polarity", MomentThatMatters::polarity)
            .field("whyItMatters", MomentThatMatters::whyItMatters)
            .field("currentRating", MomentThatMatters::currentRating)
            .field("targetRating", MomentThatMatters::targetRating)
            .field("ratingScale", MomentThatMatters::ratingScale)
            .field("evidence", MomentThatMatters::evidence));
    BY_KIND.put(
        ElementKind.GAP,
        new ElementFields<>(Gap.class, Gap::title)
            .field("type", Gap::type)
            .field("title", Gap::title)
            .field("description", Gap::description)
            .field("severity", Gap::severity)
            .field("location", Gap::location)
            .field("evidence", Gap::evidence));
    BY_KIND.put(
        ElementKind.ACTION,
        new ElementFields<>(ActionItem.class, ActionItem::title)
            .field("title", ActionItem::title)
            .field("kind", ActionItem::kind)
            .field("description", ActionItem::description)
            .field("gapIds", ActionItem::gapIds)
            .field("momentIds", ActionItem::momentIds)
            .field("touchpointIds", ActionItem::touchpointIds)
            .field("owner", ActionItem::owner)
            .field("status", ActionItem::status)
            .field("created", ActionItem::created)
            .field("due", ActionItem::due)
            .field("kpiIds", ActionItem::kpiIds)
            .field("estimates", ActionItem::estimates));
    BY_KIND.put(
        ElementKind.KPI,
        new ElementFields<>(Kpi.class, Kpi::name)
            .field("name", Kpi::name)
            .field("kind", Kpi::kind)
            .field("unit", Kpi::unit)
            .field("higherIsBetter", Kpi::higherIsBetter)
            .field("baseline", Kpi::baseline)
            .field("target", Kpi::target)
            .field("current", Kpi::current)
            .field("measured", Kpi::measured)
            .readings("readings", Kpi::readings)
            .field("owner", Kpi::owner));
  }

  private final Class<T> type;
  private final Function<? super T, String> label;
  private final Map<String, BiFunction<T, T, FieldChange>> fields = new LinkedHashMap<>();

  private ElementFields(Class<T> type, Function<? super T, String> label) {
    this.type = type;
    this.label = label;
  }

  /** The fields of elements of {@code kind}. */
  static ElementFields<?> of(ElementKind kind) {
    return BY_KIND.get(kind);
  }

  /** A field compared as a whole: a change shows its whole value before and after. */
  private ElementFields<T> field(String name, Function<? super T, ?> value) {
    fields.put(
        name,
        (before, after) -> {
          Object old = value.apply(before);
          Object now = value.apply(after);
          return Objects.equals(old, now)
              ? null
              : FieldChange.of(name, Texts.of(old), Texts.of(now));
        });
    return this;
  }

  /**
   * A series of readings compared reading by reading: a change shows, before, the readings that the
   * later version no longer has as they were, and after, the readings that are new or changed.
   */
  private ElementFields<T> readings(String name, Function<? super T, List<KpiReading>> value) {
    fields.put(
        name,
        (before, after) -> {
          List<KpiReading> old = value.apply(before);
          List<KpiReading> now = value.apply(after);
          List<KpiReading> gone = new ArrayList<>(old);
          gone.removeAll(now);
          List<KpiReading> come = new ArrayList<>(now);
          come.removeAll(old);
          return gone.isEmpty() && come.isEmpty()
              ? null
              : FieldChange.of(name, Texts.of(gone), Texts.of(come));
        });
    return this;
  }

  /** The names of the compared fields, in order. */
  Set<String> names() {
    return fields.keySet();
  }

  /** What people call {@code element}: its name or title. */
  String label(Object element) {
    return label.apply(type.cast(element));
  }

  /** The fields in which {@code after} differs from {@code before}, in declaration order. */
  List<FieldChange> compare(Object before, Object after) {
    T was = type.cast(before);
    T is = type.cast(after);
    List<FieldChange> changes = new ArrayList<>();
    for (BiFunction<T, T, FieldChange> field : fields.values()) {
      FieldChange change = field.apply(was, is);
      if (change != null) {
        changes.add(change);
      }
    }
    return changes;
  }
}
