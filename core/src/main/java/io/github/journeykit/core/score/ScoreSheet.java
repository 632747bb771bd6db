package io.github.journeykit.core.score;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.internal.ValueStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Scores by element id: the scores one strategy gave the touchpoints, stages, actions or moments of
 * a journey. Exporters render a sheet next to the map; {@link #ranking()} orders it.
 *
 * <pre>{@code
 * ScoreSheet sheet = ScoreSheet.builder().label("RICE")
 *     .putScore("shorten-form", riceOfShortenForm)
 *     .putScore("video-id", riceOfVideoId)
 *     .build();
 * sheet.ranking(); // [video-id, shorten-form] if video-id scores higher
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class ScoreSheet {
  ScoreSheet() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return ImmutableScoreSheet.builder();
  }

  /**
   * What the sheet scores by, such as {@code RICE} or {@code Experience gap}.
   *
   * @return the label
   */
  public abstract String label();

  /**
   * The scores by element id, in the order they were added.
   *
   * @return the scores
   */
  public abstract Map<String, Score> scores();

  /**
   * The score of one element.
   *
   * @param elementId the element's id
   * @return the score, if the sheet has one
   */
  public Optional<Score> score(String elementId) {
    requireNonNull(elementId, "elementId");
    return Optional.ofNullable(scores().get(elementId));
  }

  /**
   * The element ids, best score first: highest first on scales where higher is better, lowest first
   * on the others; equal scores in id order, so the ranking is deterministic.
   *
   * @return the ids in rank order
   */
  @Value.Lazy
  public List<String> ranking() {
    Comparator<Map.Entry<String, Score>> best =
        Comparator.comparingDouble(e -> better(e.getValue()));
    return scores().entrySet().stream()
        .sorted(best.reversed().thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The rank of one element, 1 for the best.
   *
   * @param elementId the element's id
   * @return the rank, or empty if the sheet has no score for it
   */
  public Optional<Integer> rank(String elementId) {
    int index = ranking().indexOf(requireNonNull(elementId, "elementId"));
    return index < 0 ? Optional.empty() : Optional.of(index + 1);
  }

  private static double better(Score score) {
    return score.scale().higherIsBetter() ? score.value() : -score.value();
  }

  @Value.Check
  final void check() {
    Problems problems = Problems.of("ScoreSheet", label()).text("label", label());
    for (String id : scores().keySet()) {
      problems.id("scores." + id, id);
    }
    problems.throwIfAny();
  }

  /**
   * A short form such as {@code ScoreSheet[RICE: 12 scores]}.
   *
   * @return the sheet in words
   */
  @Override
  public String toString() {
    return "ScoreSheet[" + label() + ": " + scores().size() + " scores]";
  }

  /** Builds a {@link ScoreSheet}; the label is required. */
  public interface Builder {
    /**
     * Sets the label.
     *
     * @param label what the sheet scores by
     * @return this builder
     */
    Builder label(String label);

    /**
     * Adds the score of one element.
     *
     * @param elementId the element's id
     * @param score its score
     * @return this builder
     */
    Builder putScore(String elementId, Score score);

    /**
     * Adds scores.
     *
     * @param scores scores by element id
     * @return this builder
     */
    Builder putAllScores(Map<String, ? extends Score> scores);

    /**
     * Builds the sheet.
     *
     * @return the sheet
     * @throws io.github.journeykit.core.model.ValidationException if a rule is broken
     */
    ScoreSheet build();
  }
}
