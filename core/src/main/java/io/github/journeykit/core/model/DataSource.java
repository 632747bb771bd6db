package io.github.journeykit.core.model;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named source of experience data. A map built on incomplete or wrong sources fails (Gartner,
 * "What you need are strong governance and oversight"), so measurements and touchpoints say where
 * their data came from.
 *
 * <pre>{@code
 * DataSource survey = DataSource.of("q3-pulse", DataSourceKind.SURVEY);
 * DataSource chats = DataSource.builder().id("chat-logs").kind(DataSourceKind.LIVE_CHAT)
 *     .nature(DataNature.QUANTITATIVE).description("Tagged chat transcripts").build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class DataSource {
  DataSource() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableDataSource.builder();
  }

  /**
   * A source of the given kind, with the nature usual for that kind.
   *
   * @param id the source's identifier
   * @param kind the kind of source
   * @return the source
   */
  public static DataSource of(String id, DataSourceKind kind) {
    return builder().id(id).kind(kind).build();
  }

  /**
   * The source's identifier; the same id means the same source wherever it appears.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The kind of source.
   *
   * @return the kind
   */
  public abstract DataSourceKind kind();

  /**
   * Whether the data is qualitative or quantitative; by default, what is usual for the kind.
   *
   * @return the nature
   */
  @Value.Default
  public DataNature nature() {
    return kind().usualNature();
  }

  /**
   * What the source is.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  @Value.Check
  final void check() {
    Problems.of("DataSource", id()).id("id", id()).text("description", description()).throwIfAny();
  }

  /**
   * A short form such as {@code q3-pulse (SURVEY)}.
   *
   * @return the source in words
   */
  @Override
  public String toString() {
    return id() + " (" + kind() + ")";
  }

  /** Builds a {@link DataSource}; id and kind are required. */
  public interface Builder {
    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the kind.
     *
     * @param kind the kind
     * @return this builder
     */
    Builder kind(DataSourceKind kind);

    /**
     * Sets the nature, overriding the one usual for the kind.
     *
     * @param nature the nature
     * @return this builder
     */
    Builder nature(DataNature nature);

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    Builder description(String description);

    /**
     * Builds the source.
     *
     * @return the source
     * @throws ValidationException if a rule is broken
     */
    DataSource build();
  }
}
