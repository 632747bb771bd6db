package io.github.journeykit.core.model;

import io.github.journeykit.core.internal.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a journey keeps as a whole, checked whenever one is built: its own fields, ids unique
 * across all its elements, every reference resolving to an element of the right kind, one
 * description per data source id, and suppressions that name elements of the journey and do not
 * repeat one another. Every broken rule is collected, in that order, before one {@link
 * ValidationException} lists them with their paths.
 *
 * <p>The checks ask the journey's id index only for elements by id, so that validating a journey
 * builds nothing that only its queries need.
 */
final class JourneyRules {
  private final Journey journey;
  private final JourneyIndex index;
  private final Problems problems;

  private JourneyRules(Journey journey) {
    this.journey = journey;
    this.index = journey.index();
    this.problems =
        Problems.of("Journey", journey.id())
            .id("id", journey.id())
            .text("title", journey.title())
            .text("description", journey.description())
            .text("vision", journey.vision())
            .texts("tags", journey.tags());
  }

  /**
   * Checks every rule of {@code journey}.
   *
   * @throws ValidationException listing every broken rule with its path
   */
  static void check(Journey journey) {
    new JourneyRules(journey).checkAll();
  }

  private void checkAll() {
    journey
        .counterpartId()
        .ifPresent(
            other ->
                problems
                    .id("counterpartId", other)
                    .check(
                        !other.equals(journey.id()),
                        "counterpartId",
                        "must differ from the journey's own id",
                        other));
    index.duplicates().forEach(problems::add);
    List<MomentThatMatters> moments = journey.moments();
    for (int i = 0; i < moments.size(); i++) {
      resolves(
          "moments", i, "touchpointId", -1, moments.get(i).touchpointId(), ElementKind.TOUCHPOINT);
    }
    List<Gap> gaps = journey.gaps();
    for (int i = 0; i < gaps.size(); i++) {
      Location location = gaps.get(i).location();
      if (location.elementId().isPresent()) {
        ElementKind kind =
            location.kind() == LocationKind.STAGE ? ElementKind.STAGE : ElementKind.TOUCHPOINT;
        resolves("gaps", i, "location", -1, location.elementId().get(), kind);
      }
    }
    List<ActionItem> actions = journey.actions();
    for (int i = 0; i < actions.size(); i++) {
      ActionItem action = actions.get(i);
      resolvesAll(i, "gapIds", action.gapIds(), ElementKind.GAP);
      resolvesAll(i, "momentIds", action.momentIds(), ElementKind.MOMENT);
      resolvesAll(i, "touchpointIds", action.touchpointIds(), ElementKind.TOUCHPOINT);
      resolvesAll(i, "kpiIds", action.kpiIds(), ElementKind.KPI);
    }
    checkDataSources();
    checkSuppressions();
    problems.throwIfAny();
  }

  private void resolvesAll(int action, String field, List<String> ids, ElementKind kind) {
    for (int j = 0; j < ids.size(); j++) {
      resolves("actions", action, field, j, ids.get(j), kind);
    }
  }

  /**
   * Requires that {@code id} names an element of {@code kind}; the path ({@code list[i].field[j]})
   * is spelled out only when it does not, so a valid journey costs no strings.
   */
  private void resolves(String list, int i, String field, int j, String id, ElementKind kind) {
    JourneyElement found = index.get(id);
    if (found == null || !index.has(id, kind)) {
      String path = list + "[" + i + "]." + field + (j < 0 ? "" : "[" + j + "]");
      String rule = "must name a " + kind.word() + " of the journey";
      problems.add(path, found == null ? rule : rule + ", not a " + found.kind().word(), id);
    }
  }

  /**
   * The same data source id must describe the same source wherever it appears. Each stage lists its
   * distinct sources when it is built; only where two differ are the touchpoints walked again, to
   * name every place that disagrees.
   */
  private void checkDataSources() {
    Map<String, DataSource> first = new HashMap<>();
    for (Stage stage : journey.stages()) {
      for (DataSource source : stage.sourcesInUse()) {
        DataSource seen = first.putIfAbsent(source.id(), source);
        if (seen != null && !seen.equals(source)) {
          reportDifferentSources();
          return;
        }
      }
    }
  }

  /** Reports each use of a data source id that describes the source otherwise than the first. */
  private void reportDifferentSources() {
    Map<String, DataSource> seen = new HashMap<>();
    Map<String, String> firstPath = new HashMap<>();
    List<Stage> stages = journey.stages();
    for (int s = 0; s < stages.size(); s++) {
      List<Touchpoint> touchpoints = stages.get(s).touchpoints();
      for (int t = 0; t < touchpoints.size(); t++) {
        Touchpoint touchpoint = touchpoints.get(t);
        List<DataSource> declared = touchpoint.dataSources();
        for (int d = 0; d < declared.size(); d++) {
          sameSource(seen, firstPath, declared.get(d), s, t, "dataSources[", d, "]");
        }
        List<Measurement> measurements = touchpoint.measurements();
        for (int m = 0; m < measurements.size(); m++) {
          Optional<DataSource> source = measurements.get(m).source();
          if (source.isPresent()) {
            sameSource(seen, firstPath, source.get(), s, t, "measurements[", m, "].source");
          }
        }
      }
    }
  }

  /**
   * Records the first description of each source, and reports a later one that differs; paths are
   * spelled out only for first sightings and conflicts, which are few.
   */
  private void sameSource(
      Map<String, DataSource> seen,
      Map<String, String> firstPath,
      DataSource source,
      int stage,
      int touchpoint,
      String field,
      int index,
      String suffix) {
    DataSource first = seen.putIfAbsent(source.id(), source);
    if (first != null && first.equals(source)) {
      return;
    }
    String path = "stages[" + stage + "].touchpoints[" + touchpoint + "]." + field + index + suffix;
    if (first == null) {
      firstPath.put(source.id(), path);
    } else {
      problems.add(
          path,
          "must describe data source \""
              + source.id()
              + "\" as "
              + firstPath.get(source.id())
              + " does ("
              + first.kind()
              + ", "
              + first.nature()
              + ")",
          source.kind() + ", " + source.nature());
    }
  }

  /** A suppression names an element of the journey, if any, and does not repeat an earlier one. */
  private void checkSuppressions() {
    List<Suppression> suppressions = journey.suppressions();
    for (int i = 0; i < suppressions.size(); i++) {
      Suppression suppression = suppressions.get(i);
      String path = "suppressions[" + i + "]";
      suppression
          .elementId()
          .ifPresent(
              id ->
                  problems.check(
                      index.get(id) != null,
                      path + ".elementId",
                      "must name an element of the journey",
                      id));
      for (int j = 0; j < i; j++) {
        if (suppressions.get(j).covers(suppression.ruleId(), suppression.elementId())) {
          problems.add(path, "must not repeat " + "suppressions[" + j + "]", suppression.ruleId());
          break;
        }
      }
    }
  }
}
