package io.github.journeykit.analytics.eventlog;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the activities of an event log name the touchpoints of a journey. An activity that is a
 * touchpoint's id names that touchpoint; a table names others ({@code "POST /api/upload-id"} is
 * {@code id-upload}); a function may name the rest. An activity that names no touchpoint is an ad
 * hoc step: kept and counted, never dropped.
 *
 * <p>The table is asked first, then the function, then whether the activity is a touchpoint's id.
 * The analysis asks once per distinct activity, so a function may be slow, and must give the same
 * answer for the same activity.
 *
 * <pre>{@code
 * ActivityMap activities = ActivityMap.byTouchpointId()
 *     .with("POST /api/upload-id", "id-upload")
 *     .with("GET /apply", "application-form");
 * ActivityMap byPrefix = ActivityMap.of(a -> a.startsWith("IVR ") ? Optional.of("call")
 *     : Optional.empty());
 * }</pre>
 */
public final class ActivityMap {
  private static final ActivityMap BY_ID =
      new ActivityMap(ImmutableMap.of(), activity -> Optional.empty());

  private final ImmutableMap<String, String> table;
  private final Function<String, Optional<String>> function;

  private ActivityMap(
      ImmutableMap<String, String> table, Function<String, Optional<String>> function) {
    this.table = table;
    this.function = function;
  }

  /**
   * The map in which an activity names the touchpoint whose id it is, and nothing else.
   *
   * @return the map
   */
  public static ActivityMap byTouchpointId() {
    return BY_ID;
  }

  /**
   * A map that asks {@code function} for the activities that are not touchpoint ids.
   *
   * @param function the touchpoint id an activity names, or empty for none
   * @return the map
   */
  public static ActivityMap of(Function<String, Optional<String>> function) {
    return new ActivityMap(ImmutableMap.of(), requireNonNull(function, "function"));
  }

  /**
   * This map, with {@code activity} naming the touchpoint {@code touchpointId}.
   *
   * @param activity the activity, as the log writes it
   * @param touchpointId the touchpoint it is
   * @return the new map
   * @throws IllegalArgumentException if the map already names a touchpoint for the activity
   */
  public ActivityMap with(String activity, String touchpointId) {
    requireNonNull(activity, "activity");
    requireNonNull(touchpointId, "touchpointId");
    return withAll(Map.of(activity, touchpointId));
  }

  /**
   * This map, with each activity of {@code table} naming its touchpoint.
   *
   * @param table touchpoint ids by activity
   * @return the new map
   * @throws IllegalArgumentException if the map already names a touchpoint for an activity of the
   *     table
   */
  public ActivityMap withAll(Map<String, String> table) {
    requireNonNull(table, "table");
    ImmutableMap.Builder<String, String> merged =
        ImmutableMap.<String, String>builder().putAll(this.table);
    table.forEach(
        (activity, touchpointId) -> {
          if (this.table.containsKey(activity)) {
            throw new IllegalArgumentException(
                "activity \""
                    + activity
                    + "\": must be mapped once; it names \""
                    + this.table.get(activity)
                    + "\" already, not \""
                    + touchpointId
                    + "\"");
          }
          merged.put(requireNonNull(activity, "activity"), requireNonNull(touchpointId, "id"));
        });
    return new ActivityMap(merged.buildOrThrow(), function);
  }

  /**
   * The table of this map: touchpoint ids by activity.
   *
   * @return the table
   */
  public Map<String, String> table() {
    return table;
  }

  /**
   * The touchpoint id that the table, else the function, names for {@code activity}. An activity
   * that neither names is a touchpoint if it is a touchpoint's id, else an ad hoc step.
   *
   * @param activity the activity
   * @return the touchpoint id named for it, if any
   */
  public Optional<String> mapped(String activity) {
    requireNonNull(activity, "activity");
    String fromTable = table.get(activity);
    if (fromTable != null) {
      return Optional.of(fromTable);
    }
    Optional<String> named = function.apply(activity);
    return named == null ? Optional.empty() : named;
  }

  /**
   * The table in words, such as {@code ActivityMap[POST /api/upload-id -> id-upload]}.
   *
   * @return the map in words
   */
  @Override
  public String toString() {
    return "ActivityMap"
        + table.toString().replace('{', '[').replace('}', ']').replace("=", " -> ");
  }
}
