package io.github.journeykit.scoring;

import io.github.journeykit.core.model.Journey;

/**
 * A SERVQUAL score of a journey, its stages as the dimensions and its touchpoints as the items,
 * that says why when it gives no score. {@link #score} gives the score alone, as every strategy
 * does; {@link #assess} gives the reason too. The built-ins come in two forms, named for which is
 * which: {@link ScoringStrategies#servqualPublished()} pairs each respondent's own answers, as
 * Parasuraman, Zeithaml and Berry publish it; {@link ScoringStrategies#servqualPooled()} works from
 * the means of all answers.
 *
 * <pre>{@code
 * ServqualStrategy published = ScoringStrategies.servqualPublished();
 * ServqualResult result = published.assess(journey, context);
 * result.reason().ifPresent(System.out::println);   // no answer names its respondent: ...
 * }</pre>
 */
public interface ServqualStrategy extends ScoringStrategy<Journey> {
  /**
   * Scores a journey, or says why it cannot.
   *
   * @param journey the journey
   * @param context the context: its statistics, and its respondents' answers for the published form
   * @return the score, or the reason there is none
   * @throws io.github.journeykit.core.model.ValidationException if the strategy's points name a
   *     stage the journey lacks, or the items' gaps lie on different scales
   */
  ServqualResult assess(Journey journey, ScoringContext context);
}
