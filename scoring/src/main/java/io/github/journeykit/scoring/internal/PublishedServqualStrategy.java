package io.github.journeykit.scoring.internal;

import static io.github.journeykit.scoring.internal.Strategies.show;

import com.google.common.collect.ImmutableMap;
import io.github.journeykit.analytics.observation.MetricStatistics;
import io.github.journeykit.analytics.observation.ObservationStatistics;
import io.github.journeykit.analytics.observation.RespondentAnswers;
import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.Scale;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import io.github.journeykit.core.score.Contribution;
import io.github.journeykit.scoring.ScoringContext;
import io.github.journeykit.scoring.ServqualResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SERVQUAL as published, its stages as the dimensions and its touchpoints as the items (A.
 * Parasuraman, V. A. Zeithaml and L. L. Berry, "SERVQUAL: A Multiple-Item Scale for Measuring
 * Consumer Perceptions of Service Quality", Journal of Retailing, 1988; the weights as in V. A.
 * Zeithaml, A. Parasuraman and L. L. Berry, "Delivering Quality Service", 1990). For each
 * respondent r and each item i they rated twice, the gap {@code g(r,i) = P(r,i) - E(r,i)}; their
 * dimension score {@code D(r,s)} is the mean of their gaps over the items of dimension s they
 * rated.
 *
 * <ul>
 *   <li>unweighted: {@code D(s)} is the mean of {@code D(r,s)} over the respondents who rated s,
 *       and the score the mean of {@code D(s)} over the dimensions;
 *   <li>weighted: each respondent's own 100 points, {@code w(r,s) = points / 100}, give {@code W(r)
 *       = sum(w(r,s) x D(r,s))}, and the score is the mean of {@code W(r)} over the respondents. A
 *       respondent who did not rate a dimension they gave points to has their other weights
 *       rescaled to add up to 1; respondents without a split are left out; the explanation says so.
 * </ul>
 *
 * <p>A respondent's answers to an item are the mean of their answers, usually one. Items whose
 * perception and expectation lie on different scales have no gap and are left out. Without
 * respondents' answers the result says so: pooled means cannot be paired. Not public API: use
 * {@code ScoringStrategies.servqualPublished()}.
 */
public final class PublishedServqualStrategy extends ServqualStrategyBase {
  /** How many respondents' sums the explanation of the weighted score writes out. */
  private static final int SHOWN = 3;

  private final ImmutableMap<String, ImmutableMap<String, Double>> points;

  private PublishedServqualStrategy(
      String name, String label, ImmutableMap<String, ImmutableMap<String, Double>> points) {
    super(name, label);
    this.points = points;
  }

  /**
   * The unweighted score.
   *
   * @return the strategy
   */
  public static PublishedServqualStrategy unweighted() {
    return new PublishedServqualStrategy(
        "servqual-published", "SERVQUAL (published)", ImmutableMap.of());
  }

  /**
   * The score weighted by each respondent's own split of 100 points over the stages.
   *
   * @param pointsByRespondent points by stage id, by respondent id; each respondent's add up to 100
   * @return the strategy
   * @throws ValidationException listing every blank respondent id, stage key that is not an id,
   *     number of points that is negative or not finite, and split that does not add up to 100
   */
  public static PublishedServqualStrategy weighted(
      Map<String, Map<String, Double>> pointsByRespondent) {
    Problems problems = Problems.of("Published SERVQUAL");
    ImmutableMap.Builder<String, ImmutableMap<String, Double>> copy = ImmutableMap.builder();
    pointsByRespondent.forEach(
        (respondent, split) -> {
          String at = "pointsByRespondent." + respondent;
          problems.check(
              !respondent.isBlank(), "pointsByRespondent", "must not be blank", respondent);
          double sum = 0;
          for (Map.Entry<String, Double> entry : split.entrySet()) {
            String path = at + "." + entry.getKey();
            problems
                .id(path, entry.getKey())
                .finite(path, entry.getValue())
                .check(!(entry.getValue() < 0), path, "must not be negative", entry.getValue());
            sum += entry.getValue();
          }
          problems.check(Math.abs(sum - 100) <= 1e-9, at, "must add up to 100", sum);
          copy.put(respondent, ImmutableMap.copyOf(split));
        });
    problems.throwIfAny();
    return new PublishedServqualStrategy(
        "servqual-published-weighted", "SERVQUAL (published, weighted)", copy.build());
  }

  @Override
  protected ServqualResult assessed(Journey journey, ScoringContext context) {
    requireKnownStages(journey);
    RespondentAnswers answers = context.respondents();
    if (answers.respondentIds().isEmpty()) {
      return ServqualResult.without(
          "no answer names its respondent"
              + (answers.anonymous() > 0 ? " (" + answers.anonymous() + " answers without)" : "")
              + ": the published form pairs each respondent's perception with their own"
              + " expectation, which means over all answers cannot; ingest with"
              + " Ingestion.byRespondent() answers that carry respondent ids, or use the pooled"
              + " form, servqual-pooled");
    }
    Map<String, Scale> items = items(journey);
    if (items.isEmpty()) {
      return ServqualResult.without(
          "no touchpoint has perception and expectation on one scale: no item has a gap");
    }
    Scale scale = items.values().iterator().next();
    Scale gaps = Strategies.differences(scale, "Journey \"" + journey.id() + "\"", "items.scale");
    // Each respondent's dimension scores D(r,s), in the order of respondents and of stages.
    Map<String, Map<String, Double>> byRespondent = new LinkedHashMap<>();
    for (Map.Entry<String, ObservationStatistics> respondent : answers.byRespondent().entrySet()) {
      Map<String, Double> dimensions = new LinkedHashMap<>();
      for (Stage stage : journey.stages()) {
        double sum = 0;
        int rated = 0;
        for (Touchpoint item : stage.touchpoints()) {
          if (!items.containsKey(item.id())) {
            continue;
          }
          Optional<MetricStatistics> p = respondent.getValue().get(item.id(), Metric.PERCEPTION);
          Optional<MetricStatistics> e = respondent.getValue().get(item.id(), Metric.EXPECTATION);
          if (p.isPresent() && e.isPresent() && p.get().count() > 0 && e.get().count() > 0) {
            sum += p.get().mean().getAsDouble() - e.get().mean().getAsDouble();
            rated++;
          }
        }
        if (rated > 0) {
          dimensions.put(stage.id(), sum / rated);
        }
      }
      if (!dimensions.isEmpty()) {
        byRespondent.put(respondent.getKey(), dimensions);
      }
    }
    if (byRespondent.isEmpty()) {
      return ServqualResult.without(
          "no respondent rated both perception and expectation of any touchpoint");
    }
    Map<String, Double> dimensionScores = dimensionScores(journey, byRespondent);
    String notes = notes(journey, dimensionScores, answers.anonymous());
    return points.isEmpty()
        ? unweighted(dimensionScores, byRespondent, gaps, notes)
        : weighted(dimensionScores, byRespondent, gaps, notes);
  }

  private ServqualResult unweighted(
      Map<String, Double> dimensions,
      Map<String, Map<String, Double>> byRespondent,
      Scale gaps,
      String notes) {
    double sum = 0;
    List<String> terms = new ArrayList<>();
    for (double value : dimensions.values()) {
      sum += value;
      terms.add(show(value));
    }
    double value = Strategies.clamp(sum / dimensions.size(), gaps);
    String explanation =
        "per respondent P - E per item and mean per dimension, then mean over respondents: "
            + dimensionsInWords(dimensions, byRespondent)
            + "; mean of "
            + dimensions.size()
            + " dimension"
            + (dimensions.size() == 1 ? "" : "s")
            + " = ("
            + String.join(" + ", terms)
            + ") / "
            + dimensions.size()
            + " = "
            + show(value)
            + notes;
    return ServqualResult.of(
        scored(value, gaps)
            .addAllContributions(contributions(dimensions))
            .sampleSize(byRespondent.size())
            .explanation(explanation)
            .build());
  }

  private ServqualResult weighted(
      Map<String, Double> dimensions,
      Map<String, Map<String, Double>> byRespondent,
      Scale gaps,
      String notes) {
    double total = 0;
    int counted = 0;
    List<String> unsplit = new ArrayList<>();
    List<String> unrated = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    List<String> sums = new ArrayList<>();
    for (Map.Entry<String, Map<String, Double>> respondent : byRespondent.entrySet()) {
      Map<String, Double> split = points.get(respondent.getKey());
      if (split == null) {
        unsplit.add(respondent.getKey());
        continue;
      }
      double weightSum = 0;
      double weighted = 0;
      StringBuilder terms = new StringBuilder();
      for (Map.Entry<String, Double> dimension : respondent.getValue().entrySet()) {
        double w = split.getOrDefault(dimension.getKey(), 0.0) / 100;
        weightSum += w;
        weighted += w * dimension.getValue();
        terms
            .append(terms.length() == 0 ? "" : " + ")
            .append(show(w))
            .append(" x ")
            .append(show(dimension.getValue()));
      }
      if (weightSum == 0) {
        unrated.add(respondent.getKey());
        continue;
      }
      double w = weighted / weightSum;
      total += w;
      counted++;
      sums.add(show(w));
      if (shown.size() < SHOWN) {
        shown.add(
            respondent.getKey()
                + ": "
                + terms
                + (weightSum < 1 - 1e-12 ? ", rescaled by 1/" + show(weightSum) : "")
                + " = "
                + show(w));
      }
    }
    if (counted == 0) {
      return ServqualResult.without(
          "no respondent who rated an item gave points to a dimension they rated"
              + (unsplit.isEmpty()
                  ? ""
                  : " (without a split: " + String.join(", ", unsplit) + ")"));
    }
    double value = Strategies.clamp(total / counted, gaps);
    String explanation =
        "per respondent sum(w x dimension gap) with their own points, then mean over "
            + counted
            + " respondent"
            + (counted == 1 ? "" : "s")
            + ": "
            + String.join("; ", shown)
            + (counted > SHOWN ? "; ..." : "")
            + "; ("
            + (counted > SHOWN
                ? sums.get(0) + " + ... + " + sums.get(counted - 1)
                : String.join(" + ", sums))
            + ") / "
            + counted
            + " = "
            + show(value)
            + (unsplit.isEmpty()
                ? ""
                : "; without a split, left out: " + String.join(", ", unsplit))
            + (unrated.isEmpty()
                ? ""
                : "; no points on a dimension they rated, left out: " + String.join(", ", unrated))
            + notes;
    return ServqualResult.of(
        scored(value, gaps)
            .addAllContributions(contributions(dimensions))
            .sampleSize(counted)
            .explanation(explanation)
            .build());
  }

  /** The items: touchpoints whose perception and expectation share a scale, which must be one. */
  private static Map<String, Scale> items(Journey journey) {
    Map<String, Scale> items = new LinkedHashMap<>();
    List<Violation> problems = new ArrayList<>();
    Scale first = null;
    String firstId = null;
    for (Touchpoint touchpoint : journey.touchpoints()) {
      Optional<Scale> p = touchpoint.scaleOf(Metric.PERCEPTION);
      Optional<Scale> e = touchpoint.scaleOf(Metric.EXPECTATION);
      if (p.isEmpty() || !p.equals(e)) {
        continue;
      }
      if (first == null) {
        first = p.get();
        firstId = touchpoint.id();
      } else if (!first.equals(p.get())) {
        problems.add(
            Violation.of(
                touchpoint.id() + ".scale",
                "must equal the scale of " + firstId + " (" + first + ") to average gaps",
                p.get()));
      }
      items.put(touchpoint.id(), p.get());
    }
    if (!problems.isEmpty()) {
      throw new ValidationException("Published SERVQUAL of \"" + journey.id() + "\"", problems);
    }
    return items;
  }

  /** D(s): the mean over respondents of D(r,s), in stage order. */
  private static Map<String, Double> dimensionScores(
      Journey journey, Map<String, Map<String, Double>> byRespondent) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (Stage stage : journey.stages()) {
      double sum = 0;
      int n = 0;
      for (Map<String, Double> dimensions : byRespondent.values()) {
        Double d = dimensions.get(stage.id());
        if (d != null) {
          sum += d;
          n++;
        }
      }
      if (n > 0) {
        scores.put(stage.id(), sum / n);
      }
    }
    return scores;
  }

  private static String dimensionsInWords(
      Map<String, Double> dimensions, Map<String, Map<String, Double>> byRespondent) {
    List<String> words = new ArrayList<>();
    dimensions.forEach(
        (id, value) -> {
          long n = byRespondent.values().stream().filter(d -> d.containsKey(id)).count();
          words.add(id + " " + show(value) + " (" + n + " respondent" + (n == 1 ? ")" : "s)"));
        });
    return String.join(", ", words);
  }

  private static String notes(Journey journey, Map<String, Double> dimensions, long anonymous) {
    List<String> unrated = new ArrayList<>();
    for (Stage stage : journey.stages()) {
      if (!dimensions.containsKey(stage.id())) {
        unrated.add(stage.id());
      }
    }
    return (unrated.isEmpty() ? "" : "; dimensions nobody rated: " + String.join(", ", unrated))
        + (anonymous == 0 ? "" : "; answers without a respondent, left out: " + anonymous);
  }

  private static List<Contribution> contributions(Map<String, Double> dimensions) {
    List<Contribution> parts = new ArrayList<>();
    dimensions.forEach((id, value) -> parts.add(Contribution.of(id, value)));
    return parts;
  }

  private void requireKnownStages(Journey journey) {
    List<Violation> unknown = new ArrayList<>();
    points.forEach(
        (respondent, split) -> {
          for (String id : split.keySet()) {
            if (journey.stage(id).isEmpty()) {
              unknown.add(
                  Violation.of(
                      "pointsByRespondent." + respondent + "." + id,
                      "must name a stage of the journey",
                      id));
            }
          }
        });
    if (!unknown.isEmpty()) {
      throw new ValidationException("Published SERVQUAL of \"" + journey.id() + "\"", unknown);
    }
  }
}
