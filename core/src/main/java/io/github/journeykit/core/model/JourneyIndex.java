package io.github.journeykit.core.model;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every element of one journey by id, built in one pass; the journey's reference checks and
 * look-ups use it, so neither is quadratic.
 *
 * <p>The ids are spread by hash over several hash maps of about {@value #SHARD_SIZE} entries each,
 * so that no table is a large array of references: the G1 collector allocates an array of more than
 * half a heap region (512 KiB in heaps under 2 GiB) as a humongous object and, before JDK 26,
 * treats one that references young objects as live until the next marking cycle. A large index
 * dropped after a validation would otherwise keep the young garbage of every later validation alive
 * through each young collection. The lists in journey order are built only when asked for, not by a
 * validation.
 */
final class JourneyIndex {
  /** The ids one map holds on average; its table is then about 256 KiB of references. */
  static final int SHARD_SIZE = 1 << 15;

  private final Journey journey;
  private final List<Stage> stages;
  private final Map<String, JourneyElement>[] byId;
  private final int shardBits;
  private final int size;
  private final int touchpointCount;
  private final List<Violation> duplicates = new ArrayList<>();
  private final Map<String, Set<ElementKind>> kindsOfDuplicates = new HashMap<>();
  private ImmutableList<Touchpoint> touchpoints;
  private ImmutableList<JourneyElement> elements;

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of maps, one per shard
  private JourneyIndex(Journey journey) {
    this.journey = journey;
    stages = journey.stages();
    int inStages = 0;
    for (Stage stage : stages) {
      inStages += stage.touchpoints().size();
    }
    touchpointCount = inStages;
    int count =
        journey.personas().size()
            + stages.size()
            + inStages
            + journey.moments().size()
            + journey.gaps().size()
            + journey.actions().size()
            + journey.kpis().size();
    size = count;
    int shards = 1;
    while (shards < count / SHARD_SIZE + 1) {
      shards <<= 1;
    }
    shardBits = Integer.numberOfTrailingZeros(shards);
    byId = new Map[shards];
    int perShard = count / shards + 1;
    for (int i = 0; i < shards; i++) {
      byId[i] = new HashMap<>(perShard * 4 / 3 + 1);
    }
    forEach(this::put);
  }

  static JourneyIndex of(Journey journey) {
    return new JourneyIndex(journey);
  }

  /** Hands every element of the journey, in journey order, to {@code action}. */
  private void forEach(Consumer<JourneyElement> action) {
    each(ElementKind.PERSONA, journey.personas(), Persona::id, action);
    for (int s = 0; s < stages.size(); s++) {
      Stage stage = stages.get(s);
      action.accept(new JourneyElement(ElementKind.STAGE, stage.id(), stage, s, -1));
      List<Touchpoint> inStage = stage.touchpoints();
      for (int t = 0; t < inStage.size(); t++) {
        Touchpoint touchpoint = inStage.get(t);
        action.accept(
            new JourneyElement(ElementKind.TOUCHPOINT, touchpoint.id(), touchpoint, s, t));
      }
    }
    each(ElementKind.MOMENT, journey.moments(), MomentThatMatters::id, action);
    each(ElementKind.GAP, journey.gaps(), Gap::id, action);
    each(ElementKind.ACTION, journey.actions(), ActionItem::id, action);
    each(ElementKind.KPI, journey.kpis(), Kpi::id, action);
  }

  private static <T> void each(
      ElementKind kind, List<T> elements, Function<T, String> id, Consumer<JourneyElement> action) {
    for (int i = 0; i < elements.size(); i++) {
      T element = elements.get(i);
      action.accept(new JourneyElement(kind, id.apply(element), element, i, -1));
    }
  }

  private Map<String, JourneyElement> shard(String id) {
    // The high bits of a mixed hash choose the map; each map's table uses the low bits.
    return shardBits == 0 ? byId[0] : byId[(id.hashCode() * 0x9E3779B9) >>> (32 - shardBits)];
  }

  private void put(JourneyElement element) {
    JourneyElement first = shard(element.id()).putIfAbsent(element.id(), element);
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
    return shard(id).get(id);
  }

  /**
   * Whether some element with {@code id} is of {@code kind}; where an id is not unique, any of its
   * elements counts, so that one duplicate is not also reported as a broken reference.
   */
  boolean has(String id, ElementKind kind) {
    JourneyElement first = get(id);
    return first != null
        && (first.kind() == kind || kindsOfDuplicates.getOrDefault(id, Set.of()).contains(kind));
  }

  /** The stage holding the touchpoint with {@code touchpointId}. */
  Stage stageOf(String touchpointId) {
    JourneyElement element = get(touchpointId);
    return element != null && element.kind() == ElementKind.TOUCHPOINT
        ? stages.get(element.index())
        : null;
  }

  // The lists are built on first use without a lock: two threads may both build one, and either
  // list is right, since an ImmutableList is safely published through its final fields.

  /** Every element in journey order, listed on first use. */
  ImmutableList<JourneyElement> elements() {
    ImmutableList<JourneyElement> listed = elements;
    if (listed == null) {
      ImmutableList.Builder<JourneyElement> inOrder = ImmutableList.builderWithExpectedSize(size);
      forEach(inOrder::add);
      listed = inOrder.build();
      elements = listed;
    }
    return listed;
  }

  /** All touchpoints in journey order, listed on first use. */
  ImmutableList<Touchpoint> touchpoints() {
    ImmutableList<Touchpoint> listed = touchpoints;
    if (listed == null) {
      ImmutableList.Builder<Touchpoint> ordered =
          ImmutableList.builderWithExpectedSize(touchpointCount);
      for (Stage stage : stages) {
        ordered.addAll(stage.touchpoints());
      }
      listed = ordered.build();
      touchpoints = listed;
    }
    return listed;
  }

  /** Ids used more than once, as violations at the later uses. */
  List<Violation> duplicates() {
    return duplicates;
  }
}
