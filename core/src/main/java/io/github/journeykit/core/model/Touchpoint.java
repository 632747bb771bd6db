package io.github.journeykit.core.model;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.Numbers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One interaction at a stage, on a channel: seeing an advert, filling in a form, calling the
 * contact centre. It sits in a service-blueprint {@link Lane}, has an owner, the enablers behind
 * it, the measurements taken there, the evidence for what the map says about it, and notes.
 *
 * <pre>{@code
 * Touchpoint form = Touchpoint.builder("form", "Fill in the online form", Channel.WEB)
 *     .owner("Digital onboarding")
 *     .addMeasurement(Measurement.of(Metric.EMOTION, -1.5, Scale.EMOTION))
 *     .addEnabler(Enabler.of(EnablerKind.TECHNOLOGY, "Application portal"))
 *     .build();
 * form.isPainPoint(); // true: -1.5 is below the baseline 0
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Touchpoint {
  Touchpoint() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableTouchpoint.builder();
  }

  /**
   * A builder with the required fields set.
   *
   * @param id the touchpoint's identifier, unique in its journey
   * @param name what happens, in the customer's words
   * @param channel the channel
   * @return the builder
   */
  public static Builder builder(String id, String name, Channel channel) {
    return builder().id(id).name(name).channel(channel);
  }

  /**
   * A touchpoint with only the required fields, in the customer-action lane.
   *
   * @param id the touchpoint's identifier, unique in its journey
   * @param name what happens, in the customer's words
   * @param channel the channel
   * @return the touchpoint
   */
  public static Touchpoint of(String id, String name, Channel channel) {
    return builder(id, name, channel).build();
  }

  /**
   * The identifier, unique among all elements of the journey.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * What happens, in the customer's words.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The channel of the interaction.
   *
   * @return the channel
   */
  public abstract Channel channel();

  /**
   * The service-blueprint lane; {@link Lane#CUSTOMER_ACTION} unless set.
   *
   * @return the lane
   */
  @Value.Default
  public Lane lane() {
    return Lane.CUSTOMER_ACTION;
  }

  /**
   * More about the touchpoint.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * Who is responsible for the touchpoint.
   *
   * @return the owner, if any
   */
  public abstract Optional<String> owner();

  /**
   * The processes, people, data, technology and capabilities behind the touchpoint.
   *
   * @return the enablers
   */
  public abstract List<Enabler> enablers();

  /**
   * The measurements taken at the touchpoint, oldest first. Several measurements of one metric form
   * its history; {@link #latest(Metric)} picks the current one.
   *
   * @return the measurements
   */
  public abstract List<Measurement> measurements();

  /**
   * The evidence for what the map says about the touchpoint.
   *
   * @return the evidence
   */
  public abstract List<Evidence> evidence();

  /**
   * Where the touchpoint's data comes from, besides the sources named by its measurements.
   *
   * @return the data sources
   */
  public abstract List<DataSource> dataSources();

  /**
   * The step of its stage that this touchpoint is one way to take. Touchpoints of a stage that name
   * the same step are alternatives: a customer who takes one of them has taken the step, and is not
   * expected to take the others ("Call the helpline" or "Report the fault in chat"). A touchpoint
   * that names no step is a step of its own. A stage's steps come in the order of their first
   * touchpoints.
   *
   * <pre>{@code
   * Touchpoint.builder("call", "Call the helpline", Channel.PHONE).step("report").build();
   * Touchpoint.builder("chat", "Report the fault in chat", Channel.CHAT).step("report").build();
   * }</pre>
   *
   * @return the step's name, if the touchpoint is one of several ways to take a step
   */
  public abstract Optional<String> step();

  /**
   * Whether customers may leave this touchpoint out without departing from the designed journey: a
   * step that not every customer needs (a reminder, a help page). The touchpoints of one step are
   * all optional or all required. False unless set.
   *
   * @return true for an optional touchpoint
   */
  @Value.Default
  public boolean optional() {
    return false;
  }

  /**
   * Free notes.
   *
   * @return the notes
   */
  public abstract List<String> notes();

  /**
   * This touchpoint with other measurements.
   *
   * @param measurements the measurements that replace the current ones
   * @return the touchpoint with the measurements
   */
  public abstract Touchpoint withMeasurements(Iterable<? extends Measurement> measurements);

  /**
   * This touchpoint with another owner.
   *
   * @param owner the owner
   * @return the touchpoint with the owner
   */
  public abstract Touchpoint withOwner(String owner);

  /**
   * This touchpoint in another lane.
   *
   * @param lane the lane
   * @return the touchpoint in the lane
   */
  public abstract Touchpoint withLane(Lane lane);

  /**
   * The scale on which values of {@code metric} are given at this touchpoint: the scale of its
   * latest measurement of the metric, else the metric's usual scale ({@link Metric#usualScale()}).
   *
   * <pre>{@code
   * touchpoint.scaleOf(Metric.NPS);   // Optional[0..10], unless the touchpoint measured NPS otherwise
   * }</pre>
   *
   * @param metric the metric
   * @return the scale, or empty for a custom metric the touchpoint has never measured
   */
  public Optional<Scale> scaleOf(Metric metric) {
    Optional<Scale> measured = latest(metric).map(Measurement::scale);
    return measured.isPresent() ? measured : metric.usualScale();
  }

  /**
   * The current measurement of {@code metric}: the one collected last, or, among those with the
   * same or no date, the one listed last.
   *
   * @param metric the metric
   * @return the latest measurement, if any
   */
  public Optional<Measurement> latest(Metric metric) {
    requireNonNull(metric, "metric");
    Measurement latest = null;
    for (Measurement m : measurements()) {
      if (m.metric().equals(metric) && (latest == null || !isBefore(m, latest))) {
        latest = m;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * The latest emotion value.
   *
   * @return the emotion, if measured
   */
  public OptionalDouble emotion() {
    return latest(Metric.EMOTION)
        .map(m -> OptionalDouble.of(m.value()))
        .orElse(OptionalDouble.empty());
  }

  /**
   * Whether the latest emotion lies below its scale's baseline ("Customer Journey Mapping": pain
   * points are "in red and below a baseline").
   *
   * @return true for a pain point
   */
  public boolean isPainPoint() {
    return latest(Metric.EMOTION).map(Measurement::isBelowBaseline).orElse(false);
  }

  private static boolean isBefore(Measurement candidate, Measurement current) {
    LocalDate mine = candidate.collected().orElse(null);
    LocalDate theirs = current.collected().orElse(null);
    return mine != null && theirs != null ? mine.isBefore(theirs) : mine == null && theirs != null;
  }

  @Value.Check
  final void check() {
    Problems.of("Touchpoint", id())
        .id("id", id())
        .id("step", step())
        .text("name", name())
        .text("description", description())
        .text("owner", owner())
        .texts("notes", notes())
        .throwIfAny();
  }

  /**
   * A short form such as {@code Touchpoint[form "Fill in the form" web CUSTOMER_ACTION emotion
   * -1.5]}.
   *
   * @return the touchpoint in words
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder("Touchpoint[")
            .append(id())
            .append(" \"")
            .append(name())
            .append("\" ")
            .append(channel())
            .append(' ')
            .append(lane());
    emotion().ifPresent(e -> text.append(" emotion ").append(Numbers.show(e)));
    return text.append(']').toString();
  }

  /** Builds a {@link Touchpoint}; id, name and channel are required. */
  public interface Builder {
    /**
     * Copies every field of {@code touchpoint} into this builder; lists are appended to.
     *
     * @param touchpoint the touchpoint to start from
     * @return this builder
     */
    Builder from(Touchpoint touchpoint);

    /**
     * Sets the id.
     *
     * @param id the id
     * @return this builder
     */
    Builder id(String id);

    /**
     * Sets the name.
     *
     * @param name the name
     * @return this builder
     */
    Builder name(String name);

    /**
     * Sets the channel.
     *
     * @param channel the channel
     * @return this builder
     */
    Builder channel(Channel channel);

    /**
     * Sets the lane.
     *
     * @param lane the lane
     * @return this builder
     */
    Builder lane(Lane lane);

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    Builder description(String description);

    /**
     * Sets the owner.
     *
     * @param owner the owner
     * @return this builder
     */
    Builder owner(String owner);

    /**
     * Adds an enabler.
     *
     * @param enabler the enabler
     * @return this builder
     */
    Builder addEnabler(Enabler enabler);

    /**
     * Adds enablers.
     *
     * @param enablers the enablers
     * @return this builder
     */
    Builder addAllEnablers(Iterable<? extends Enabler> enablers);

    /**
     * Adds a measurement.
     *
     * @param measurement the measurement
     * @return this builder
     */
    Builder addMeasurement(Measurement measurement);

    /**
     * Adds measurements.
     *
     * @param measurements the measurements
     * @return this builder
     */
    Builder addAllMeasurements(Iterable<? extends Measurement> measurements);

    /**
     * Adds a piece of evidence.
     *
     * @param evidence the evidence
     * @return this builder
     */
    Builder addEvidence(Evidence evidence);

    /**
     * Adds pieces of evidence.
     *
     * @param evidence the evidence
     * @return this builder
     */
    Builder addAllEvidence(Iterable<? extends Evidence> evidence);

    /**
     * Adds a data source.
     *
     * @param dataSource the source
     * @return this builder
     */
    Builder addDataSource(DataSource dataSource);

    /**
     * Adds data sources.
     *
     * @param dataSources the sources
     * @return this builder
     */
    Builder addAllDataSources(Iterable<? extends DataSource> dataSources);

    /**
     * Sets the step of its stage that the touchpoint is one way to take.
     *
     * @param step the step's name, an identifier
     * @return this builder
     */
    Builder step(String step);

    /**
     * Sets whether customers may leave the touchpoint out.
     *
     * @param optional true for an optional touchpoint
     * @return this builder
     */
    Builder optional(boolean optional);

    /**
     * Adds a note.
     *
     * @param note the note
     * @return this builder
     */
    Builder addNote(String note);

    /**
     * Adds notes.
     *
     * @param notes the notes
     * @return this builder
     */
    Builder addAllNotes(Iterable<String> notes);

    /**
     * Builds the touchpoint.
     *
     * @return the touchpoint
     * @throws ValidationException if a rule is broken
     */
    Touchpoint build();
  }
}
