package io.github.journeykit.analytics;

import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An item (an observation, an event) or a CSV row that a reader rejected, with every reason. A
 * rejected item carries itself and its position in the input; a rejected CSV row carries the file's
 * name, its line and its text, since a row that cannot be read has no item to show.
 *
 * <p>JourneyKit's readers make rejections; a reader of one's own (of a database, of another file
 * format) can report its bad records the same way with {@link #of} and {@link #ofRow}.
 *
 * <pre>{@code
 * for (Rejection<Observation> rejection : result.rejections()) {
 *   System.err.println(rejection);
 *   // #17 Observation[kiosk nps=9 ...]: touchpointId: must name a touchpoint ... (was "kiosk")
 *   // observations.csv:29514: no-such-step,csat,4,...: touchpoint_id: must name a touchpoint ...
 * }
 * }</pre>
 *
 * @param <T> the type of the items the reader reads
 */
@Value.Immutable
@ValueStyle
public abstract class Rejection<T> {
  /** How many characters of a rejected CSV row are kept: longer rows are cut and marked. */
  public static final int ROW_SHOWN = 200;

  Rejection() {}

  /**
   * A rejected item.
   *
   * @param <T> the type of the item
   * @param item the item, as given
   * @param position where it stood in the input, from 0, or -1 where that is not known
   * @param reasons every rule it breaks; at least one
   * @return the rejection
   */
  public static <T> Rejection<T> of(T item, long position, List<Violation> reasons) {
    return ImmutableRejection.<T>builder()
        .item(item)
        .position(position >= 0 ? OptionalLong.of(position) : OptionalLong.empty())
        .reasons(reasons)
        .build();
  }

  /**
   * A rejected row of a file.
   *
   * @param <T> the type of the items the file holds
   * @param file the file's name, as given to the reader
   * @param line the line the row starts on, from 1
   * @param position the row's position among the rows after the header, from 0
   * @param row the row's text (at most {@link #ROW_SHOWN} characters of it are kept)
   * @param reasons every rule it breaks; at least one
   * @return the rejection
   */
  public static <T> Rejection<T> ofRow(
      String file, long line, long position, String row, List<Violation> reasons) {
    return ImmutableRejection.<T>builder()
        .file(file)
        .line(line)
        .position(position)
        .row(shown(row))
        .reasons(reasons)
        .build();
  }

  /**
   * A rejected record of a source that has no lines, such as a row of a Spark dataset that could
   * not be read as an item.
   *
   * <pre>{@code
   * Rejection.ofRecord("answers", "[kiosk, nps, null, ...]",
   *     List.of(Violation.of("value", "must be given")));
   * // answers: [kiosk, nps, null, ...]: value: must be given
   * }</pre>
   *
   * @param <T> the type of the items the source holds
   * @param source the source's name, as the reader was given it
   * @param record the record's text (at most {@link #ROW_SHOWN} characters of it are kept)
   * @param reasons every rule it breaks; at least one
   * @return the rejection
   */
  public static <T> Rejection<T> ofRecord(String source, String record, List<Violation> reasons) {
    return ImmutableRejection.<T>builder().file(source).row(shown(record)).reasons(reasons).build();
  }

  private static String shown(String row) {
    return row.length() <= ROW_SHOWN
        ? row
        : row.substring(0, ROW_SHOWN) + "... (" + row.length() + "+ characters)";
  }

  /**
   * Where the observation or row stood in the input, counting from 0 (for a CSV file, among the
   * rows after the header).
   *
   * @return the position, or empty where it is not known (in a parallel stream)
   */
  public abstract OptionalLong position();

  /**
   * The name of the file the row came from, or of the source of a record, as given to the reader.
   *
   * @return the file's or source's name, or empty for items that did not come from a file or a
   *     source of records
   */
  public abstract Optional<String> file();

  /**
   * The line of the CSV file on which the row starts, counting from 1 (the header is line 1).
   *
   * @return the line, or empty for items that did not come from a file
   */
  public abstract OptionalLong line();

  /**
   * The rejected item.
   *
   * @return the item, as given, or empty for a row of a file
   */
  public abstract Optional<T> item();

  /**
   * The text of the rejected CSV row or record, as read (its first 200 characters, without the line
   * end).
   *
   * @return the row, or empty for items that did not come from a file or a source of records
   */
  public abstract Optional<String> row();

  /**
   * Why it was rejected: each broken rule with the field or column and its value.
   *
   * @return the reasons, at least one
   */
  public abstract List<Violation> reasons();

  @Value.Check
  void check() {
    if (reasons().isEmpty()) {
      throw new ValidationException(
          "Rejection", List.of(Violation.of("reasons", "must not be empty")));
    }
  }

  /**
   * Where the rejected input stood, in words: {@code observations.csv:29514} for a CSV row, the
   * source's name for a record, {@code #17} for an observation at a known position, else nothing.
   *
   * @return the place, or an empty string
   */
  public String where() {
    if (line().isPresent()) {
      return file().orElse("") + ":" + line().getAsLong();
    }
    if (file().isPresent()) {
      return file().get();
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
    if (file().isPresent()) {
      text.append(':');
    }
    if (!where.isEmpty()) {
      text.append(' ');
    }
    item().ifPresent(text::append);
    row().ifPresent(text::append);
    return text.append(": ")
        .append(reasons().stream().map(Violation::toString).collect(Collectors.joining("; ")))
        .toString();
  }
}
