package io.github.journeykit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every element of one journey by id, built in one pass; the journey's reference checks and
 * look-ups use it, so neither is quadratic.
 */
final class JourneyIndex {
  private final List<Stage> stages;
  private final Map<String, JourneyElement> byId;
  private final ImmutableList<Touchpoint> touchpoints;
  private final ImmutableList.Builder<JourneyElement> inOrder = ImmutableList.builder();
  private final ImmutableList<JourneyElement> elements;
  private final List<Violation> duplicates = new ArrayList<>();
  private final Map<String, Set<ElementKind>> kindsOfDuplicates = new HashMap<>();

  private JourneyIndex(Journey journey) {
    stages = journey.stages();
    int size =
        journey.personas().size()
            + stages.size()
            + journey.moments().size()
            + journey.gaps().size()
            + journey.actions().size()
            + journey.kpis().size();
    int touchpointCount = 0;
    for (Stage stage : stages) {
      touchpointCount += stage.touchpoints().size();
    }
    byId = new HashMap<>((size + touchpointCount) * 4 / 3 + 1);
    ImmutableList.Builder<Touchpoint> ordered =
        ImmutableList.builderWithExpectedSize(touchpointCount);

    add(ElementKind.PERSONA, journey.personas(), Persona::id);
    for (int s = 0; s < stages.size(); s++) {
      Stage stage = stages.get(s);
      put(new JourneyElement(ElementKind.STAGE, stage.id(), stage, s, -1));
      List<Touchpoint> inStage = stage.touchpoints();
      for (int t = 0; t < inStage.size(); t++) {
        Touchpoint touchpoint = inStage.get(t);
        put(new JourneyElement(ElementKind.TOUCHPOINT, touchpoint.id(), touchpoint, s, t));
        ordered.add(touchpoint);
      }
    }
    add(ElementKind.MOMENT, journey.moments(), MomentThatMatters::id);
    add(ElementKind.GAP, journey.gaps(), Gap::id);
    add(ElementKind.ACTION, journey.actions(), ActionItem::id);
    add(ElementKind.KPI, journey.kpis(), Kpi::id);
    touchpoints = ordered.build();
    elements = inOrder.build();
  }

  static JourneyIndex of(Journey journey) {
    return new JourneyIndex(journey);
  }

  private <T> void add(ElementKind kind, List<T> elements, Function<T, String> id) {
    for (int i = 0; i < elements.size(); i++) {
      T element = elements.get(i);
      put(new JourneyElement(kind, id.apply(element), element, i, -1));
    }
  }

  private void put(JourneyElement element) {
    inOrder.add(element);
    JourneyElement first = byId.putIfAbsent(element.id(), element);
    if (first != null) {
      kindsOfDuplicates
          .computeIfAbsent(element.id(), k -> EnumSet.of(first.kind()))
          .add(element.kind());
      duplicates.add(
          Violation.of(
              element.path() + ".id",
              "must be unique in the journey; "
                  + first.path()
                  + " (a "
                  + first.kind().word()
                  + ") has the same id",
              element.id()));
    }
  }

  /** The element with {@code id}; the first one where the id is not unique. */
  JourneyElement get(String id) {
    return byId.get(id);
  }

  /**
   * Whether some element with {@code id} is of {@code kind}; where an id is not unique, any of its
   * elements counts, so that one duplicate is not also reported as a broken reference.
   */
  boolean has(String id, ElementKind kind) {
    JourneyElement first = byId.get(id);
    return first != null
        && (first.kind() == kind || kindsOfDuplicates.getOrDefault(id, Set.of()).contains(kind));
  }

  /** The stage holding the touchpoint with {@code touchpointId}. */
  Stage stageOf(String touchpointId) {
    JourneyElement element = byId.get(touchpointId);
    return element != null && element.kind() == ElementKind.TOUCHPOINT
        ? stages.get(element.index())
        : null;
  }

  /** Every element in journey order. */
  ImmutableList<JourneyElement> elements() {
    return elements;
  }

  /** All touchpoints in journey order. */
  ImmutableList<Touchpoint> touchpoints() {
    return touchpoints;
  }

  /** Ids used more than once, as violations at the later uses. */
  List<Violation> duplicates() {
    return duplicates;
  }
}
