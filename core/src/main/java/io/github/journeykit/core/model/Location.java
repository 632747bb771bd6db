package io.github.journeykit.core.model;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where on the map something applies: the whole journey, one stage or one touchpoint.
 *
 * <pre>{@code
 * Location everywhere = Location.journey();
 * Location atForm = Location.touchpoint("form");
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Location {
  private static final Location JOURNEY =
      ImmutableLocation.of(LocationKind.JOURNEY, Optional.empty());

  Location() {}

  /**
   * The journey as a whole.
   *
   * @return the location
   */
  public static Location journey() {
    return JOURNEY;
  }

  /**
   * One stage.
   *
   * @param stageId the stage's id
   * @return the location
   */
  public static Location stage(String stageId) {
    return ImmutableLocation.of(LocationKind.STAGE, Optional.of(stageId));
  }

  /**
   * One touchpoint.
   *
   * @param touchpointId the touchpoint's id
   * @return the location
   */
  public static Location touchpoint(String touchpointId) {
    return ImmutableLocation.of(LocationKind.TOUCHPOINT, Optional.of(touchpointId));
  }

  /**
   * What the location points at.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract LocationKind kind();

  /**
   * The id of the stage or touchpoint.
   *
   * @return the id, empty for the journey as a whole
   */
  @Value.Parameter
  public abstract Optional<String> elementId();

  @Value.Check
  final void check() {
    Problems problems = Problems.of("Location");
    if (kind() == LocationKind.JOURNEY) {
      problems.check(
          elementId().isEmpty(),
          "elementId",
          "must be empty for the journey",
          elementId().orElse(null));
    } else if (elementId().isEmpty()) {
      problems.add("elementId", "must name the " + kind().name().toLowerCase(Locale.ROOT), null);
    } else {
      problems.id("elementId", elementId().get());
    }
    problems.throwIfAny();
  }

  /**
   * A short form: {@code journey}, {@code stage apply} or {@code touchpoint form}.
   *
   * @return the location in words
   */
  @Override
  public String toString() {
    String kind = kind().name().toLowerCase(Locale.ROOT);
    return elementId().map(id -> kind + " " + id).orElse(kind);
  }
}
