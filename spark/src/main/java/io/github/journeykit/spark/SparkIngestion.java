package io.github.journeykit.spark;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.analytics.observation.Ingestion;
import io.github.journeykit.analytics.observation.IngestionResult;
import io.github.journeykit.spark.internal.Columns;
import io.github.journeykit.spark.internal.ObservationAggregator;
import io.github.journeykit.spark.internal.ObservationBuffer;
import io.github.journeykit.spark.internal.SerializedForm;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * Survey observations in a Spark dataset to the statistics per touchpoint and metric that {@link
 * Ingestion} gives in process: the same rules, the same counts, means and variances equal to those
 * of one pass within rounding, the first rejected rows with their reasons. Each executor reads its
 * partitions into the ingestion's own accumulators; only the statistics per touchpoint and metric
 * (and the rows of the first rejections) cross the network.
 *
 * <pre>{@code
 * SparkIngestion ingestion = SparkIngestion.of(() -> Ingestion.against(journey()));
 * IngestionResult result = ingestion.run(spark.table("survey_answers"));
 * Journey measured = result.statistics().applyTo(journey(), ZoneOffset.UTC);
 *
 * ingestion.register(spark);   // SQL: SELECT journeykit_observations(touchpoint_id, metric, ...)
 * }</pre>
 *
 * <p>A row is rejected when a required column is null, its metric is no key, its source is not a
 * data source the journey declares, or the ingestion rejects its observation; such rows are
 * counted, and the first {@link Ingestion#keptRejections()} that the merges meet are kept (which
 * ones depends on the partitions; the count does not). A strict ingestion fails the Spark job on
 * the first.
 */
public final class SparkIngestion implements Serializable {
  /** The name under which {@link #register} registers the SQL function. */
  public static final String FUNCTION = "journeykit_observations";

  /** The name rejected rows give their dataset unless told otherwise. */
  public static final String DEFAULT_SOURCE_NAME = "observations";

  private static final long serialVersionUID = 1L;

  /** Makes the ingestion on each machine. */
  private final Recipe<Ingestion> recipe;

  /** The columns read. */
  private final ObservationColumns columns;

  /** The dataset's name in rejections. */
  private final String sourceName;

  private SparkIngestion(Recipe<Ingestion> recipe, ObservationColumns columns, String sourceName) {
    this.recipe = recipe;
    this.columns = columns;
    this.sourceName = sourceName;
  }

  /**
   * Observations read by the ingestion that {@code recipe} makes, on each machine, from columns
   * named as in the CSV format.
   *
   * @param recipe makes the ingestion; it is called here once, so that a recipe that fails does so
   *     before any job
   * @return the Spark ingestion
   * @throws IllegalArgumentException if the ingestion splits by period or segment ({@link
   *     Ingestion#byPeriod}, {@link Ingestion#bySegment})
   */
  public static SparkIngestion of(Recipe<Ingestion> recipe) {
    requireNonNull(recipe, "recipe");
    Ingestion ingestion = requireNonNull(recipe.get(), "recipe.get()");
    // An ingestion that splits by period or segment says so in the result of nothing read.
    if (ingestion.run(List.of()).breakdown().isPresent()) {
      throw new IllegalArgumentException(
          "recipe: must make an ingestion that does not split by period or segment, as the Spark"
              + " aggregate holds the statistics of the whole (split with a GROUP BY instead);"
              + " made "
              + ingestion);
    }
    return new SparkIngestion(recipe, ObservationColumns.defaults(), DEFAULT_SOURCE_NAME);
  }

  /**
   * This ingestion, reading the columns {@code columns} names.
   *
   * @param columns the columns
   * @return the Spark ingestion
   */
  public SparkIngestion columns(ObservationColumns columns) {
    return new SparkIngestion(recipe, requireNonNull(columns, "columns"), sourceName);
  }

  /**
   * This ingestion, naming the dataset {@code name} in rejections of rows, as a CSV reader names
   * its file.
   *
   * @param name the name, such as the table's
   * @return the Spark ingestion
   */
  public SparkIngestion named(String name) {
    return new SparkIngestion(recipe, columns, Columns.checkedName("name", name));
  }

  /**
   * Reads the observations of a dataset and brings the result to this machine.
   *
   * @param observations a dataset with the columns of {@link ObservationColumns}
   * @return the statistics, counts and first rejections, as {@link Ingestion#run} gives them
   * @throws io.github.journeykit.core.model.ValidationException before any job, naming every column
   *     that is missing or of another type and the columns the dataset has
   */
  public IngestionResult run(Dataset<Row> observations) {
    requireNonNull(observations, "observations");
    ObservationAggregator aggregator = typed();
    ObservationBuffer buffer =
        columns.columns().select(observations).select(aggregator.toColumn()).first();
    return aggregator.result(buffer);
  }

  /**
   * The aggregator, over rows with the columns {@code touchpoint_id, metric, value, observed_at,
   * source, respondent_id} in that order (as {@link #run} selects them): its output is for {@link
   * #result}.
   *
   * @return the aggregator
   */
  public Aggregator<Row, ?, ?> aggregator() {
    return typed();
  }

  private ObservationAggregator typed() {
    return new ObservationAggregator(recipe, columns.columns().names(), sourceName);
  }

  /**
   * The aggregator as a SQL function of six arguments: the touchpoint id, the metric, the value,
   * the time, the source and the respondent (or {@code NULL}).
   *
   * @return the function
   */
  public UserDefinedFunction function() {
    return functions.udaf(
        new ObservationAggregator(recipe, columns.columns().canonicalNames(), sourceName),
        Encoders.row(columns.columns().schema()));
  }

  /**
   * Registers {@link #function()} in {@code spark} as {@value #FUNCTION}.
   *
   * <pre>{@code
   * SELECT journeykit_observations(touchpoint_id, metric, value, observed_at, source, NULL)
   * FROM survey_answers
   * }</pre>
   *
   * @param spark the session
   */
  public void register(SparkSession spark) {
    requireNonNull(spark, "spark");
    spark.udf().register(FUNCTION, function());
  }

  /**
   * The ingestion's result of what the aggregator or the SQL function gave: the buffer of {@link
   * #aggregator()}, or the bytes a SQL query gives for it.
   *
   * @param aggregate the aggregate
   * @return the statistics, counts and first rejections
   * @throws IllegalArgumentException if {@code aggregate} is not such an aggregate
   */
  public IngestionResult result(Object aggregate) {
    requireNonNull(aggregate, "aggregate");
    return typed().result(SerializedForm.read(aggregate, ObservationBuffer.class));
  }

  /**
   * A short form such as {@code SparkIngestion[observations, ObservationColumns[...]]}.
   *
   * @return the ingestion in words
   */
  @Override
  public String toString() {
    return "SparkIngestion[" + sourceName + ", " + columns + "]";
  }
}
