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
 * through each young collection. The lists in journey order, and what is at each element (the
 * moments at a touchpoint, the gaps at a stage or touchpoint, the actions that address an element),
 * are built only when asked for, not by a validation.
 */
final class JourneyIndex {
  /** The ids one map holds on average; its table is then about 256 KiB of references. */
  static final int SHARD_SIZE = 1 << 15;

  private final Journey journey;
  private final List<Stage> stages;
  private final IdMap<JourneyElement> byId;
  private final int size;
  private final int touchpointCount;
  private final List<Violation> duplicates = new ArrayList<>();
  private final Map<String, Set<ElementKind>> kindsOfDuplicates = new HashMap<>();
  private ImmutableList<Touchpoint> touchpoints;
  private ImmutableList<JourneyElement> elements;
  private Attachments attachments;

  private JourneyIndex(Journey journey) {
    this.journey = journey;
    stages = journey.stages();
    int inStages = 0;
    for (Stage stage : stages) {
      inStages += stage.touchpoints().size();
    }
    touchpointCount = inStages;
    size =
        journey.personas().size()
            + stages.size()
            + inStages
            + journey.moments().size()
            + journey.gaps().size()
            + journey.actions().size()
            + journey.kpis().size();
    byId = new IdMap<>(size);
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

  private void put(JourneyElement element) {
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

  /** The moments that matter at the touchpoint with {@code touchpointId}, in journey order. */
  List<MomentThatMatters> momentsAt(String touchpointId) {
    Attached at = attachments().at(touchpointId);
    return at == null ? ImmutableList.of() : at.moments;
  }

  /** The gaps located at the stage or touchpoint with {@code elementId}, in journey order. */
  List<Gap> gapsAt(String elementId) {
    Attached at = attachments().at(elementId);
    return at == null ? ImmutableList.of() : at.gaps;
  }

  /**
   * The actions that address the gap, moment or touchpoint with {@code elementId}, each once, in
   * journey order.
   */
  List<ActionItem> actionsAddressing(String elementId) {
    Attached at = attachments().at(elementId);
    return at == null ? ImmutableList.of() : at.actions;
  }

  // The lists and the attachments are built on first use without a lock: two threads may both
  // build one, and either is right, since each is safely published through its final fields (an
  // ImmutableList's own; Attachments fills its map and freezes each entry in its constructor).

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

  /** Whether what is at each element has been gathered; a validation does not gather it. */
  boolean hasAttachments() {
    return attachments != null;
  }

  /** What is at each element, gathered on first use. */
  private Attachments attachments() {
    Attachments gathered = attachments;
    if (gathered == null) {
      gathered = new Attachments(journey);
      attachments = gathered;
    }
    return gathered;
  }

  /** Ids used more than once, as violations at the later uses. */
  List<Violation> duplicates() {
    return duplicates;
  }

  /**
   * What is at each element of a valid journey: the moments at each touchpoint, the gaps at each
   * stage or touchpoint, and the actions that address each gap, moment or touchpoint. Gathered in
   * one pass over the moments, gaps and actions, in journey order.
   */
  private static final class Attachments {
    private final IdMap<Attached> byId;

    Attachments(Journey journey) {
      int links = journey.moments().size() + journey.gaps().size();
      for (ActionItem action : journey.actions()) {
        links += action.gapIds().size() + action.momentIds().size() + action.touchpointIds().size();
      }
      IdMap<Attached> map = new IdMap<>(links);
      for (MomentThatMatters moment : journey.moments()) {
        map.computeIfAbsent(moment.touchpointId(), k -> new Attached()).add(moment);
      }
      for (Gap gap : journey.gaps()) {
        if (gap.location().elementId().isPresent()) {
          map.computeIfAbsent(gap.location().elementId().get(), k -> new Attached()).add(gap);
        }
      }
      for (ActionItem action : journey.actions()) {
        for (List<String> ids :
            List.of(action.gapIds(), action.momentIds(), action.touchpointIds())) {
          for (String id : ids) {
            map.computeIfAbsent(id, k -> new Attached()).add(action);
          }
        }
      }
      map.forEachValue(Attached::freeze);
      byId = map;
    }

    Attached at(String id) {
      return byId.get(id);
    }
  }

  /** What is at one element; lists while it is gathered, immutable lists once frozen. */
  private static final class Attached {
    private List<MomentThatMatters> moments = new ArrayList<>(0);
    private List<Gap> gaps = new ArrayList<>(0);
    private List<ActionItem> actions = new ArrayList<>(0);

    void add(MomentThatMatters moment) {
      moments.add(moment);
    }

    void add(Gap gap) {
      gaps.add(gap);
    }

    /** Adds an action once, however many of its lists name the element. */
    void add(ActionItem action) {
      if (actions.isEmpty() || actions.get(actions.size() - 1) != action) {
        actions.add(action);
      }
    }

    void freeze() {
      moments = ImmutableList.copyOf(moments);
      gaps = ImmutableList.copyOf(gaps);
      actions = ImmutableList.copyOf(actions);
    }
  }

  /**
   * A map from ids, spread by hash over hash maps of about {@value #SHARD_SIZE} entries each (see
   * above).
   */
  private static final class IdMap<V> {
    private final Map<String, V>[] shards;
    private final int shardBits;

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of maps, one per shard
    IdMap(int expected) {
      int count = 1;
      while (count < expected / SHARD_SIZE + 1) {
        count <<= 1;
      }
      shardBits = Integer.numberOfTrailingZeros(count);
      shards = new Map[count];
      int perShard = expected / count + 1;
      for (int i = 0; i < count; i++) {
        shards[i] = new HashMap<>(perShard * 4 / 3 + 1);
      }
    }

    private Map<String, V> shard(String id) {
      // The high bits of a mixed hash choose the map; each map's table uses the low bits.
      return shardBits == 0 ? shards[0] : shards[(id.hashCode() * 0x9E3779B9) >>> (32 - shardBits)];
    }

    V get(String id) {
      return shard(id).get(id);
    }

    V putIfAbsent(String id, V value) {
      return shard(id).putIfAbsent(id, value);
    }

    V computeIfAbsent(String id, Function<String, V> create) {
      return shard(id).computeIfAbsent(id, create);
    }

    void forEachValue(Consumer<V> action) {
      for (Map<String, V> shard : shards) {
        shard.values().forEach(action);
      }
    }
  }
}
