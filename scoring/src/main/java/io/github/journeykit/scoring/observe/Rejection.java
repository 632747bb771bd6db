package io.github.journeykit.scoring.observe;

import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Violation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An observation or CSV row that ingestion rejected, with every reason. A rejected {@link
 * Observation} carries itself and its position in the input; a rejected CSV row carries the file's
 * name, its line and its text, since a row that cannot be read has no observation to show.
 *
 * <pre>{@code
 * for (Rejection rejection : result.rejections()) {
 *   System.err.println(rejection);
 *   // #17 Observation[kiosk nps=9 ...]: touchpointId: must name a touchpoint ... (was "kiosk")
 *   // observations.csv:29514: no-such-step,csat,4,...: touchpoint_id: must name a touchpoint ...
 * }
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Rejection {
  /** How many characters of a rejected CSV row are kept. */
  static final int ROW_SHOWN = 200;

  Rejection() {}

  /**
   * Where the observation or row stood in the input, counting from 0 (for a CSV file, among the
   * rows after the header).
   *
   * @return the position, or empty where it is not known (in a parallel stream)
   */
  public abstract OptionalLong position();

  /**
   * The name of the CSV file the row came from, as given to {@link Ingestion#readCsv}.
   *
   * @return the file's name, or empty for observations that did not come from a file
   */
  public abstract Optional<String> file();

  /**
   * The line of the CSV file on which the row starts, counting from 1 (the header is line 1).
   *
   * @return the line, or empty for observations that did not come from a file
   */
  public abstract OptionalLong line();

  /**
   * The rejected observation.
   *
   * @return the observation, as given, or empty for a CSV row
   */
  public abstract Optional<Observation> observation();

  /**
   * The text of the rejected CSV row, as read (its first 200 characters, without the line end).
   *
   * @return the row, or empty for observations that did not come from a file
   */
  public abstract Optional<String> row();

  /**
   * Why it was rejected: each broken rule with the field or column and its value.
   *
   * @return the reasons, at least one
   */
  public abstract List<Violation> reasons();

  /**
   * Where the rejected input stood, in words: {@code observations.csv:29514} for a CSV row, {@code
   * #17} for an observation at a known position, else nothing.
   *
   * @return the place, or an empty string
   */
  public String where() {
    if (line().isPresent()) {
      return file().orElse("") + ":" + line().getAsLong();
    }
    return position().isPresent() ? "#" + position().getAsLong() : "";
  }

  /**
   * A short form such as {@code #17 Observation[...]: value: must lie on the scale [0..10] of nps
   * at sms-confirm (was 11.0)} or {@code observations.csv:29514: no-such-step,csat,4,...:
   * touchpoint_id: must name a touchpoint of the journey (was "no-such-step")}.
   *
   * @return the rejection in words
   */
  @Override
  public String toString() {
    String where = where();
    StringBuilder text = new StringBuilder(where);
    if (line().isPresent()) {
      text.append(':');
    }
    if (!where.isEmpty()) {
      text.append(' ');
    }
    observation().ifPresent(text::append);
    row().ifPresent(text::append);
    return text.append(": ")
        .append(reasons().stream().map(Violation::toString).collect(Collectors.joining("; ")))
        .toString();
  }
}
