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
  private final Map<String, JourneyElement> byId;
  private final Map<String, Stage> stageOfTouchpoint;
  private final ImmutableList<Touchpoint> touchpoints;
  private final List<Violation> duplicates = new ArrayList<>();
  private final Map<String, Set<ElementKind>> kindsOfDuplicates = new HashMap<>();

  private JourneyIndex(Journey journey) {
    int size =
        journey.personas().size()
            + journey.stages().size()
            + journey.moments().size()
            + journey.gaps().size()
            + journey.actions().size()
            + journey.kpis().size();
    for (Stage stage : journey.stages()) {
      size += stage.touchpoints().size();
    }
    byId = new HashMap<>(size * 2);
    stageOfTouchpoint = new HashMap<>();
    ImmutableList.Builder<Touchpoint> ordered = ImmutableList.builder();

    add(ElementKind.PERSONA, "personas", journey.personas(), Persona::id);
    for (int s = 0; s < journey.stages().size(); s++) {
      Stage stage = journey.stages().get(s);
      String stagePath = "stages[" + s + "]";
      put(ElementKind.STAGE, stage.id(), stagePath, stage);
      for (int t = 0; t < stage.touchpoints().size(); t++) {
        Touchpoint touchpoint = stage.touchpoints().get(t);
        put(
            ElementKind.TOUCHPOINT,
            touchpoint.id(),
            stagePath + ".touchpoints[" + t + "]",
            touchpoint);
        stageOfTouchpoint.putIfAbsent(touchpoint.id(), stage);
        ordered.add(touchpoint);
      }
    }
    add(ElementKind.MOMENT, "moments", journey.moments(), MomentThatMatters::id);
    add(ElementKind.GAP, "gaps", journey.gaps(), Gap::id);
    add(ElementKind.ACTION, "actions", journey.actions(), ActionItem::id);
    add(ElementKind.KPI, "kpis", journey.kpis(), Kpi::id);
    touchpoints = ordered.build();
  }

  static JourneyIndex of(Journey journey) {
    return new JourneyIndex(journey);
  }

  private <T> void add(
      ElementKind kind, String listPath, List<T> elements, Function<T, String> id) {
    for (int i = 0; i < elements.size(); i++) {
      put(kind, id.apply(elements.get(i)), listPath + "[" + i + "]", elements.get(i));
    }
  }

  private void put(ElementKind kind, String id, String path, Object value) {
    JourneyElement first = byId.putIfAbsent(id, new JourneyElement(kind, id, path, value));
    if (first != null) {
      kindsOfDuplicates.computeIfAbsent(id, k -> EnumSet.of(first.kind())).add(kind);
      duplicates.add(
          Violation.of(
              path + ".id",
              "must be unique in the journey; "
                  + first.path()
                  + " (a "
                  + first.kind().word()
                  + ") has the same id",
              id));
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
    return stageOfTouchpoint.get(touchpointId);
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
