package io.github.journeykit.scoring;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.internal.Problems;
import io.github.journeykit.core.model.ActionItem;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.core.model.Metric;
import io.github.journeykit.core.model.MomentThatMatters;
import io.github.journeykit.core.model.Stage;
import io.github.journeykit.core.model.Touchpoint;
import io.github.journeykit.scoring.internal.BuiltInStrategy;
import io.github.journeykit.scoring.internal.CesStrategy;
import io.github.journeykit.scoring.internal.CsatStrategy;
import io.github.journeykit.scoring.internal.EmotionStrategy;
import io.github.journeykit.scoring.internal.ExperienceGapStrategy;
import io.github.journeykit.scoring.internal.ExperienceScoreStrategy;
import io.github.journeykit.scoring.internal.IceStrategy;
import io.github.journeykit.scoring.internal.MomentUpliftStrategy;
import io.github.journeykit.scoring.internal.NpsStrategy;
import io.github.journeykit.scoring.internal.PooledServqualStrategy;
import io.github.journeykit.scoring.internal.PublishedServqualStrategy;
import io.github.journeykit.scoring.internal.RiceStrategy;
import io.github.journeykit.scoring.internal.RollUpStrategy;
import io.github.journeykit.scoring.internal.ValueEffortStrategy;
import io.github.journeykit.scoring.internal.WeightedGapStrategy;
import io.github.journeykit.scoring.internal.WsjfStrategy;
import java.util.List;
import java.util.Map;

/**
 * The built-in strategies. Each factory documents its formula and source; {@link
 * StrategyRegistry#builtIns()} holds the same strategies (with the defaults shown) by name.
 *
 * <pre>{@code
 * ScoreSheet rice = ScoringStrategies.rice().scoreAll(ScoringContext.of(journey));
 * Optional<Score> nps = ScoringStrategies.nps().score(touchpoint, ScoringContext.of(journey,
 * stats));
 * }</pre>
 *
 * <table>
 *   <caption>Built-in strategies by name</caption>
 *   <tr><th>name</th><th>scores</th><th>factory</th></tr>
 *   <tr><td>experience-score</td><td>journey</td><td>{@link #experienceScore()}</td></tr>
 * <tr><td>experience-score-stage</td><td>stage</td><td>{@link #experienceScore(Subject,
 * List)}</td></tr> <tr><td>experience-score-touchpoint</td><td>touchpoint</td><td>{@link
 * #experienceScore(Subject, List)}</td></tr>
 * <tr><td>experience-gap</td><td>touchpoint</td><td>{@link #experienceGap()}</td></tr>
 * <tr><td>experience-gap-stage</td><td>stage</td><td>{@link #experienceGapByStage()}</td></tr>
 * <tr><td>experience-gap-journey</td><td>journey</td><td>{@link
 * #experienceGapByJourney()}</td></tr>
 * <tr><td>experience-gap-weighted</td><td>journey</td><td>{@link
 * #weightedExperienceGap(Map)}</td></tr>
 * <tr><td>servqual-published</td><td>journey</td><td>{@link #servqualPublished()}</td></tr>
 * <tr><td>servqual-pooled</td><td>journey</td><td>{@link #servqualPooled()}</td></tr>
 * <tr><td>emotion</td><td>touchpoint</td><td>{@link
 * #emotion()}</td></tr> <tr><td>emotion-stage</td><td>stage</td><td>{@link
 * #emotionByStage()}</td></tr> <tr><td>emotion-journey</td><td>journey</td><td>{@link
 * #emotionByJourney()}</td></tr> <tr><td>pain-depth</td><td>touchpoint</td><td>{@link
 * #painDepth()}</td></tr> <tr><td>pain-depth-journey</td><td>journey</td><td>{@link
 * #deepestPain()}</td></tr> <tr><td>nps</td><td>touchpoint</td><td>{@link #nps()}</td></tr>
 * <tr><td>nps-wald</td><td>touchpoint</td><td>{@link #nps(IntervalMethod, double)}</td></tr>
 * <tr><td>csat</td><td>touchpoint</td><td>{@link #csat()}</td></tr>
 * <tr><td>ces</td><td>touchpoint</td><td>{@link #ces()}</td></tr>
 * <tr><td>ces-normal</td><td>touchpoint</td><td>{@link #ces(IntervalMethod, double)}</td></tr>
 * <tr><td>ces-share</td><td>touchpoint</td><td>{@link #cesShare()}</td></tr>
 * <tr><td>rice</td><td>action</td><td>{@link #rice()}</td></tr>
 * <tr><td>ice</td><td>action</td><td>{@link #ice(IceForm)}</td></tr>
 * <tr><td>ice-mean</td><td>action</td><td>{@link #ice(IceForm)}</td></tr>
 * <tr><td>wsjf</td><td>action</td><td>{@link #wsjf()}</td></tr>
 * <tr><td>value-effort</td><td>action</td><td>{@link #valueEffortByMedian()}</td></tr>
 * <tr><td>moment-uplift</td><td>moment</td><td>{@link #momentUplift()}</td></tr>
 * </table>
 */
public final class ScoringStrategies {
  /** The confidence level of the built-in statistical strategies: 0.95. */
  public static final double DEFAULT_LEVEL = 0.95;

  private ScoringStrategies() {}

  // ------------------------------------------------------------------ experience score

  /**
   * The criteria of "Customer Journey Mapping", each read from a metric, with equal weights and
   * bounds from the journey: cost per customer ({@code cost}, summed over touchpoints), potential
   * sales ({@code potential-sales}, summed), contribution to strategic goals ({@code
   * strategic-fit}, averaged) and how often it is experienced ({@code volume}, the largest). Higher
   * values of each raise the score, that is, the priority.
   *
   * @return the four criteria
   */
  public static List<ExperienceCriterion> seedCriteria() {
    return List.of(
        ExperienceCriterion.builder()
            .name("cost per customer")
            .metric(Metric.COST)
            .weight(1)
            .rollup(Rollup.SUM)
            .build(),
        ExperienceCriterion.builder()
            .name("potential sales")
            .metric(Metric.of("potential-sales"))
            .weight(1)
            .rollup(Rollup.SUM)
            .build(),
        ExperienceCriterion.of("strategic contribution", Metric.of("strategic-fit"), 1),
        ExperienceCriterion.builder()
            .name("how often")
            .metric(Metric.VOLUME)
            .weight(1)
            .rollup(Rollup.MAX)
            .build());
  }

  /**
   * The experience score of journeys from the {@link #seedCriteria()} (name {@code
   * experience-score}). With bounds taken from the journey, a single journey sits in the middle of
   * each criterion; compare journeys with explicit bounds, or normalise a portfolio's sheet with
   * {@link Normalization}.
   *
   * @return the strategy
   */
  public static ScoringStrategy<Journey> experienceScore() {
    return experienceScore(Subject.JOURNEY, seedCriteria());
  }

  /**
   * The experience score from 1 to 100 of touchpoints, stages or journeys (names {@code
   * experience-score-touchpoint}, {@code experience-score-stage}, {@code experience-score}): {@code
   * 1 + 99 x sum(w_i x u_i) / sum(w_i)}, where {@code u_i} is the position of criterion i between
   * its bounds ("Customer Journey Mapping", on experience scores). See {@link ExperienceCriterion}.
   *
   * @param subject {@link Subject#TOUCHPOINT}, {@link Subject#STAGE} or {@link Subject#JOURNEY}
   * @param criteria the weighted criteria, at least one
   * @param <T> the type of the subject
   * @return the strategy
   * @throws io.github.journeykit.core.model.ValidationException for another subject or no criteria
   */
  public static <T> ScoringStrategy<T> experienceScore(
      Subject<T> subject, List<ExperienceCriterion> criteria) {
    requireNonNull(subject, "subject");
    requireNonNull(criteria, "criteria");
    String name =
        subject == Subject.JOURNEY ? "experience-score" : "experience-score-" + subject.name();
    return ExperienceScoreStrategy.of(name, subject, criteria);
  }

  // ------------------------------------------------------------------ experience gap

  /**
   * SERVQUAL's experience gap at a touchpoint, {@code G = P - E}: perception minus expectation
   * (Parasuraman, Zeithaml and Berry, Journal of Retailing 64(1), 1988), from live means or the
   * latest measurements (name {@code experience-gap}).
   *
   * @return the strategy
   */
  public static ScoringStrategy<Touchpoint> experienceGap() {
    return new ExperienceGapStrategy();
  }

  /**
   * The SERVQUAL dimension score of a stage, its touchpoints as the items: the mean gap of its
   * touchpoints (name {@code experience-gap-stage}).
   *
   * @return the strategy
   */
  public static ScoringStrategy<Stage> experienceGapByStage() {
    return RollUpStrategy.of(
        "experience-gap-stage",
        Subject.STAGE,
        experienceGap(),
        Rollup.MEAN,
        "Experience gap (stage)");
  }

  /**
   * The unweighted SERVQUAL score of a journey, its stages as the dimensions: the mean of the stage
   * scores (name {@code experience-gap-journey}). This is the pooled form, from means over all
   * answers; {@link #servqualPublished()} pairs each respondent's own answers.
   *
   * @return the strategy
   */
  public static ScoringStrategy<Journey> experienceGapByJourney() {
    return RollUpStrategy.of(
        "experience-gap-journey",
        Subject.JOURNEY,
        experienceGapByStage(),
        Rollup.MEAN,
        "Experience gap (journey)");
  }

  /**
   * The weighted SERVQUAL score of a journey: 100 points split over its stages, {@code w = points /
   * 100}, score {@code sum(w x stage score)} (name {@code experience-gap-weighted}). Stages without
   * a score are left out and the other weights rescaled. By name, the registry splits the points
   * equally, which gives the unweighted score. This is the pooled form, one split for everybody;
   * {@link #servqualPublished(Map)} takes each respondent's own.
   *
   * @param pointsByStage points by stage id, adding up to 100; stages not named get 0
   * @return the strategy
   * @throws io.github.journeykit.core.model.ValidationException if the points are negative or do
   *     not add up to 100
   */
  public static ScoringStrategy<Journey> weightedExperienceGap(Map<String, Double> pointsByStage) {
    requireNonNull(pointsByStage, "pointsByStage");
    return new WeightedGapStrategy(experienceGapByStage(), pointsByStage);
  }

  /**
   * SERVQUAL as published, unweighted (name {@code servqual-published}): each respondent's own gap
   * {@code P - E} per item (touchpoint), their mean per dimension (stage), each dimension's mean
   * over the respondents who rated it, and the mean of the dimensions (A. Parasuraman, V. A.
   * Zeithaml and L. L. Berry, "SERVQUAL: A Multiple-Item Scale for Measuring Consumer Perceptions
   * of Service Quality", Journal of Retailing, 1988). It reads each respondent's answers ({@link
   * ScoringContext#respondents()}, kept by {@code Ingestion.byRespondent()}); without them it gives
   * no score and {@link ServqualStrategy#assess} says why, rather than guess from pooled means.
   *
   * <pre>{@code
   * IngestionResult kept = Ingestion.against(journey).byRespondent().run(answers);
   * ScoringContext paired = ScoringContext.of(journey, kept.statistics(), kept.respondents().get());
   * ScoringStrategies.servqualPublished().assess(journey, paired);
   * }</pre>
   *
   * @return the strategy
   */
  public static ServqualStrategy servqualPublished() {
    return PublishedServqualStrategy.unweighted();
  }

  /**
   * SERVQUAL as published, weighted by each respondent's own split of 100 points over the
   * dimensions (name {@code servqual-published-weighted}): per respondent {@code sum(points / 100 x
   * their dimension gap)}, then the mean over respondents (V. A. Zeithaml, A. Parasuraman and L. L.
   * Berry, "Delivering Quality Service", 1990). A respondent who gave points to a dimension they
   * did not rate has their other weights rescaled to add up to 1; respondents without a split are
   * left out; the explanation names both.
   *
   * @param pointsByRespondent by respondent id, points by stage id, adding up to 100; stages not
   *     named get 0
   * @return the strategy
   * @throws io.github.journeykit.core.model.ValidationException listing every blank respondent id,
   *     stage key that is not an id, negative or non-finite number of points, and split that does
   *     not add up to 100
   */
  public static ServqualStrategy servqualPublished(
      Map<String, Map<String, Double>> pointsByRespondent) {
    requireNonNull(pointsByRespondent, "pointsByRespondent");
    return PublishedServqualStrategy.weighted(pointsByRespondent);
  }

  /**
   * SERVQUAL in the pooled form, unweighted (name {@code servqual-pooled}): each item's gap is the
   * mean perception minus the mean expectation over all answers, as {@link
   * #experienceGapByJourney()} computes it; no respondent ids needed. It equals {@link
   * #servqualPublished()} when every respondent rated every item once, and differs when answers are
   * missing.
   *
   * @return the strategy
   */
  public static ServqualStrategy servqualPooled() {
    return new PooledServqualStrategy(
        "servqual-pooled", "SERVQUAL (pooled)", experienceGapByJourney());
  }

  /**
   * SERVQUAL in the pooled form, weighted by one split of 100 points for everybody (name {@code
   * servqual-pooled-weighted}), as {@link #weightedExperienceGap(Map)} computes it. It equals
   * {@link #servqualPublished(Map)} when every respondent rated every item once and split their
   * points as given here, and differs when answers are missing or splits vary.
   *
   * @param pointsByStage points by stage id, adding up to 100; stages not named get 0
   * @return the strategy
   * @throws io.github.journeykit.core.model.ValidationException if the points are negative or do
   *     not add up to 100
   */
  public static ServqualStrategy servqualPooled(Map<String, Double> pointsByStage) {
    requireNonNull(pointsByStage, "pointsByStage");
    return new PooledServqualStrategy(
        "servqual-pooled-weighted",
        "SERVQUAL (pooled, weighted)",
        weightedExperienceGap(pointsByStage));
  }

  // ------------------------------------------------------------------ emotion

  /**
   * A touchpoint's place on the emotion curve: its emotion's signed distance from the baseline,
   * positive above it ("Customer Journey Mapping", on experience scores), name {@code emotion}.
   *
   * @return the strategy
   */
  public static ScoringStrategy<Touchpoint> emotion() {
    return EmotionStrategy.position();
  }

  /**
   * The mean emotion of a stage's touchpoints relative to the baseline (name {@code
   * emotion-stage}).
   *
   * @return the strategy
   */
  public static ScoringStrategy<Stage> emotionByStage() {
    return rollUp("emotion-stage", Subject.STAGE, emotion(), Rollup.MEAN);
  }

  /**
   * The mean emotion of a journey's touchpoints relative to the baseline: the level of its emotion
   * curve (name {@code emotion-journey}).
   *
   * @return the strategy
   */
  public static ScoringStrategy<Journey> emotionByJourney() {
    return rollUp("emotion-journey", Subject.JOURNEY, emotion(), Rollup.MEAN);
  }

  /**
   * Pain-point depth: how far a touchpoint's emotion lies below the baseline, 0 when it does not;
   * lower is better (name {@code pain-depth}).
   *
   * @return the strategy
   */
  public static ScoringStrategy<Touchpoint> painDepth() {
    return EmotionStrategy.painDepth();
  }

  /**
   * The deepest pain point of a journey: the largest pain depth of its touchpoints (name {@code
   * pain-depth-journey}).
   *
   * @return the strategy
   */
  public static ScoringStrategy<Journey> deepestPain() {
    return rollUp("pain-depth-journey", Subject.JOURNEY, painDepth(), Rollup.MAX);
  }

  // ------------------------------------------------------------------ NPS, CSAT, CES

  /**
   * The Net Promoter Score with an adjusted-Wald 95% interval (name {@code nps}). See {@link
   * #nps(IntervalMethod, double)}.
   *
   * @return the strategy
   */
  public static ScoringStrategy<Touchpoint> nps() {
    return nps(IntervalMethod.ADJUSTED_WALD, DEFAULT_LEVEL);
  }

  /**
   * The Net Promoter Score of a touchpoint (Reichheld, HBR 2003): {@code NPS = 100 (p - d)} with
   * promoters 9-10 and detractors 0-6, from live answer statistics, with a Wald interval ({@code
   * Var = 100^2 [p + d - (p - d)^2] / n}) or an adjusted-Wald one (Rocks, The American Statistician
   * 70(4), 2016). A mean answer alone gives no NPS; a measurement already on {@code Scale.NPS} is
   * reported without interval. The interval is cut at the scale's ends, -100 and +100: near them a
   * symmetric interval would reach past what an NPS can be, so the cut interval is narrower on that
   * side than its level promises. Named {@code nps} for adjusted Wald, {@code nps-wald} for Wald.
   *
   * @param method {@link IntervalMethod#WALD} or {@link IntervalMethod#ADJUSTED_WALD}
   * @param level the confidence level, such as 0.95
   * @return the strategy
   * @throws io.github.journeykit.core.model.ValidationException for another method or a level
   *     outside (0, 1)
   */
  public static ScoringStrategy<Touchpoint> nps(IntervalMethod method, double level) {
    requireNonNull(method, "method");
    return new NpsStrategy(method == IntervalMethod.WALD ? "nps-wald" : "nps", method, level);
  }

  /**
   * CSAT as the top-2-box share, {@code 100 x (answers 4 and 5) / n} on the 1-5 scale, with a
   * Wilson 95% interval (name {@code csat}). See {@link #csat(IntervalMethod, double)}.
   *
   * @return the strategy
   */
  public static ScoringStrategy<Touchpoint> csat() {
    return csat(IntervalMethod.WILSON, DEFAULT_LEVEL);
  }

  /**
   * CSAT as the top-2-box share from live answer statistics, with a Wilson or Wald interval; a
   * measurement already on a 0-100 scale is taken as the share; a mean answer gives no CSAT. A Wald
   * interval is cut at 0 and 100 (a Wilson interval stays inside them by itself).
   *
   * @param method {@link IntervalMethod#WILSON} or {@link IntervalMethod#WALD}
   * @param level the confidence level
   * @return the strategy
   * @throws io.github.journeykit.core.model.ValidationException for another method or level
   */
  public static ScoringStrategy<Touchpoint> csat(IntervalMethod method, double level) {
    requireNonNull(method, "method");
    return new CsatStrategy(method, level);
  }

  /**
   * CES as the mean answer with a Student's t 95% interval (name {@code ces}).
   *
   * @return the strategy
   */
  public static ScoringStrategy<Touchpoint> ces() {
    return ces(IntervalMethod.T, DEFAULT_LEVEL);
  }

  /**
   * CES as the mean answer on the touchpoint's CES scale (Dixon, Freeman and Toman, HBR 2010; CES
   * 2.0), with a Student's t or a normal interval from live statistics; from a measurement alone,
   * the mean without interval. The interval is cut at the ends of the touchpoint's CES answer scale
   * (1 and 7 on CES 2.0, 1 and 5 on the original effort scale), as a mean cannot lie outside them:
   * near an end the cut interval covers less than its level on that side. Named {@code ces} for t,
   * {@code ces-normal} for normal.
   *
   * @param method {@link IntervalMethod#T} or {@link IntervalMethod#NORMAL}
   * @param level the confidence level
   * @return the strategy
   * @throws io.github.journeykit.core.model.ValidationException for another method or level
   */
  public static ScoringStrategy<Touchpoint> ces(IntervalMethod method, double level) {
    requireNonNull(method, "method");
    return CesStrategy.mean(method == IntervalMethod.T ? "ces" : "ces-normal", method, level);
  }

  /**
   * CES 2.0 as the share of answers 5-7 on the 1-7 scale, with a Wilson 95% interval (name {@code
   * ces-share}).
   *
   * @return the strategy
   */
  public static ScoringStrategy<Touchpoint> cesShare() {
    return CesStrategy.share(DEFAULT_LEVEL);
  }

  // ------------------------------------------------------------------ action items

  /**
   * RICE, {@code reach x impact x confidence / effort} with effort at least 0.5 person-months
   * (McBride, Intercom 2016), name {@code rice}. An effort below 0.5 (a task of days) counts as
   * 0.5, so that a tiny effort does not make any action first: the explanation divides by 0.5, and
   * the effort contribution keeps the estimate as given with the note "below RICE's minimum;
   * counted as 0.5". An effort of 0 or less never reaches the strategy: the model refuses it when
   * the action is built ({@code Estimates.EFFORT} must be above 0).
   *
   * <pre>{@code
   * // reach 100, impact 1, confidence 1, effort 0.25: RICE = 100 x 1 x 1 / 0.5 = 200
   * ScoringStrategies.rice().score(action, context).get().value();   // 200.0
   * }</pre>
   *
   * @return the strategy
   */
  public static ScoringStrategy<ActionItem> rice() {
    return new RiceStrategy();
  }

  /**
   * ICE from impact, confidence and ease (each 1-10), as a product from 1 to 1000 (name {@code
   * ice}) or a mean from 1 to 10 (name {@code ice-mean}).
   *
   * @param form product or mean
   * @return the strategy
   */
  public static ScoringStrategy<ActionItem> ice(IceForm form) {
    return new IceStrategy(requireNonNull(form, "form"));
  }

  /**
   * Weighted Shortest Job First, {@code (business value + time criticality + risk reduction) / job
   * size} (Reinertsen 2009; SAFe), name {@code wsjf}.
   *
   * @return the strategy
   */
  public static ScoringStrategy<ActionItem> wsjf() {
    return new WsjfStrategy();
  }

  /**
   * The value versus effort matrix with explicit thresholds: quick wins 4, major projects 3,
   * fill-ins 2, thankless tasks 1 (name {@code value-effort}). See {@link ValueEffortQuadrant}.
   *
   * @param valueThreshold the value at and above which value is high
   * @param effortThreshold the effort at and below which effort is low
   * @return the strategy
   * @throws io.github.journeykit.core.model.ValidationException if a threshold is not finite
   */
  public static ScoringStrategy<ActionItem> valueEffort(
      double valueThreshold, double effortThreshold) {
    Problems.of("value-effort")
        .finite("valueThreshold", valueThreshold)
        .finite("effortThreshold", effortThreshold)
        .throwIfAny();
    return ValueEffortStrategy.withThresholds(valueThreshold, effortThreshold);
  }

  /**
   * The value versus effort matrix split at the medians of value and effort over the journey's
   * actions that have both (name {@code value-effort}, as the registry holds it).
   *
   * @return the strategy
   */
  public static ScoringStrategy<ActionItem> valueEffortByMedian() {
    return ValueEffortStrategy.medianSplit();
  }

  /**
   * Moment uplift: how far a moment that matters is from its target rating, in the direction of
   * better (Walters, "turn a 7 into a 10"), name {@code moment-uplift}.
   *
   * @return the strategy
   */
  public static ScoringStrategy<MomentThatMatters> momentUplift() {
    return new MomentUpliftStrategy();
  }

  // ------------------------------------------------------------------ composition

  /**
   * A stage or journey score from the scores of its parts: the mean, minimum or maximum of the part
   * scores, on their common scale. Parts without a score are left out (the explanation names them);
   * no score when none has one.
   *
   * @param name the new strategy's name
   * @param parent {@link Subject#STAGE} (of touchpoints) or {@link Subject#JOURNEY} (of touchpoints
   *     or stages)
   * @param part the strategy of the parts
   * @param rollup {@link Rollup#MEAN}, {@link Rollup#MIN} or {@link Rollup#MAX}
   * @param <P> the type of the parent
   * @param <C> the type of the parts
   * @return the strategy
   * @throws io.github.journeykit.core.model.ValidationException if the parent cannot hold the parts
   *     or the roll-up is a sum
   */
  public static <P, C> ScoringStrategy<P> rollUp(
      String name, Subject<P> parent, ScoringStrategy<C> part, Rollup rollup) {
    requireNonNull(name, "name");
    requireNonNull(parent, "parent");
    requireNonNull(part, "part");
    requireNonNull(rollup, "rollup");
    Problems.of("Roll-up", name).key("name", name).throwIfAny();
    return RollUpStrategy.of(name, parent, part, rollup, labelOf(part) + " (" + parent + ")");
  }

  private static String labelOf(ScoringStrategy<?> strategy) {
    return strategy instanceof BuiltInStrategy
        ? ((BuiltInStrategy<?>) strategy).label()
        : strategy.name();
  }
}
