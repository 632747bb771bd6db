package io.github.journeykit.analytics.observation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import io.github.journeykit.core.model.Metric;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The answers of each respondent, kept apart: per respondent id, the {@link ObservationStatistics}
 * of the observations that name that respondent, plus how many accepted observations named none.
 * Methods that pair one person's answers need them, such as SERVQUAL as published, which subtracts
 * each respondent's own expectation from their own perception before averaging; pooled statistics
 * have lost who said what.
 *
 * <p>An {@link Ingestion} keeps them only when asked ({@link Ingestion#byRespondent()}), as they
 * cost memory per respondent; the statistics of the whole are made either way. Like those, answers
 * of parts merge into the answers of the whole.
 *
 * <pre>{@code
 * IngestionResult result = Ingestion.against(journey).byRespondent().run(observations);
 * RespondentAnswers answers = result.respondents().get();
 * answers.get("r-17", "call", Metric.PERCEPTION);   // Optional[n=1 mean=5 ...]
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class RespondentAnswers {
  private static final RespondentAnswers EMPTY = of(Map.of(), 0);

  RespondentAnswers() {}

  /**
   * No answers.
   *
   * @return the empty answers
   */
  public static RespondentAnswers empty() {
    return EMPTY;
  }

  /**
   * Answers by respondent id, ordered by id.
   *
   * @param byRespondent the statistics of each respondent's observations, by respondent id
   * @param anonymous how many observations named no respondent
   * @return the answers
   * @throws io.github.journeykit.core.model.ValidationException if a respondent id is blank or the
   *     count is negative
   */
  public static RespondentAnswers of(
      Map<String, ObservationStatistics> byRespondent, long anonymous) {
    requireNonNull(byRespondent, "byRespondent");
    return ImmutableRespondentAnswers.builder()
        .byRespondent(ImmutableMap.copyOf(new TreeMap<>(byRespondent)))
        .anonymous(anonymous)
        .build();
  }

  /**
   * The statistics of each respondent's observations.
   *
   * @return the statistics, by respondent id in order
   */
  public abstract Map<String, ObservationStatistics> byRespondent();

  /**
   * How many accepted observations named no respondent: they count in the statistics of the whole
   * but in no respondent's answers.
   *
   * @return the count
   */
  public abstract long anonymous();

  /**
   * The ids of the respondents.
   *
   * @return the ids, in order
   */
  public Set<String> respondentIds() {
    return byRespondent().keySet();
  }

  /**
   * The statistics of one respondent's answers of one metric at one touchpoint: usually a single
   * answer, the mean of several if they answered more than once.
   *
   * @param respondent the respondent's id
   * @param touchpointId the touchpoint's id
   * @param metric the metric
   * @return the statistics, if the respondent answered it
   */
  public Optional<MetricStatistics> get(String respondent, String touchpointId, Metric metric) {
    requireNonNull(respondent, "respondent");
    requireNonNull(touchpointId, "touchpointId");
    requireNonNull(metric, "metric");
    ObservationStatistics answers = byRespondent().get(respondent);
    return answers == null ? Optional.empty() : answers.get(touchpointId, metric);
  }

  /**
   * These answers merged with {@code other}: per respondent, {@link ObservationStatistics#merge};
   * the anonymous counts added.
   *
   * @param other answers of other observations
   * @return the merged answers
   */
  public RespondentAnswers merge(RespondentAnswers other) {
    requireNonNull(other, "other");
    Map<String, ObservationStatistics> merged = new TreeMap<>(byRespondent());
    other
        .byRespondent()
        .forEach((id, answers) -> merged.merge(id, answers, ObservationStatistics::merge));
    return of(merged, anonymous() + other.anonymous());
  }

  @Value.Check
  final void check() {
    Problems problems = Problems.of("RespondentAnswers");
    for (String id : byRespondent().keySet()) {
      problems.check(!id.isBlank(), "byRespondent", "must not be blank", id);
    }
    problems.check(anonymous() >= 0, "anonymous", "must not be negative", anonymous());
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code RespondentAnswers[120 respondents, 5280 observations, 3 without a
   * respondent]}.
   *
   * @return the answers in words
   */
  @Override
  public String toString() {
    long observations = 0;
    for (ObservationStatistics answers : byRespondent().values()) {
      observations += answers.observationCount();
    }
    return "RespondentAnswers["
        + byRespondent().size()
        + (byRespondent().size() == 1 ? " respondent, " : " respondents, ")
        + observations
        + " observations, "
        + anonymous()
        + " without a respondent]";
  }
}
