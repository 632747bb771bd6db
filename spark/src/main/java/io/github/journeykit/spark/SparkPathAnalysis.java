package io.github.journeykit.spark;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.analytics.eventlog.PathAnalysis;
import io.github.journeykit.analytics.eventlog.PathResult;
import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.spark.internal.CaseAggregator;
import io.github.journeykit.spark.internal.Columns;
import io.github.journeykit.spark.internal.PathAggregator;
import io.github.journeykit.spark.internal.PathBuffer;
import io.github.journeykit.spark.internal.SerializedForm;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * An event log in a Spark dataset to the path statistics that {@link PathAnalysis} gives in
 * process: the same rules, the same funnel, conformance, variants, deviations and counts, means and
 * variances equal to those of one pass within rounding, the first rejected rows with their reasons.
 *
 * <pre>{@code
 * SparkPathAnalysis paths = SparkPathAnalysis.of(() -> PathAnalysis.of(journey()))
 *     .columns(EventColumns.defaults().time("occurred_at"))
 *     .named("web_events");
 * PathResult result = paths.run(spark.table("web_events"));
 * Journey measured = result.statistics().applyTo(journey(), webLog, ZoneOffset.UTC);
 *
 * paths.register(spark);   // SQL: journeykit_case per case id, then journeykit_paths
 * }</pre>
 *
 * <p>How it computes. A case must be analysed whole, and its events may lie in any partitions, so
 * the work is two aggregations, each with the analysis's own code: the events are grouped by case
 * id (the engine moves each case's events, once, to the task that owns the case; {@value
 * #CASE_FUNCTION} gathers them), and each task feeds its whole cases to the analysis's {@link
 * PathAnalysis#collector() collector}, a batch of cases at a time, and adds their statistics up
 * with {@link PathAnalysis#merging()}; one aggregate per partition, the statistics in their {@link
 * io.github.journeykit.analytics.eventlog.PathStatistics#toBytes() byte form}, goes to the task
 * that merges them. Grouping by case first is what makes the result the in-process one whatever the
 * partitioning: each case is analysed once, whole, by the rules of the analysis, and cases only
 * ever merge with other cases, which {@link io.github.journeykit.analytics.eventlog.PathStatistics}
 * does exactly for counts and within rounding for means. A single aggregate over the rows cannot do
 * this without holding every open case of its partition until the end, which does not scale.
 *
 * <p>A case's events are put in time order, as in process. A dataset has no order, so events of one
 * case at the same time are ordered by activity, then completed before failed: the result depends
 * on the events alone, never on the partitioning, and is the in-process one for a log whose cases
 * have no two events at the same time (or have them in that order).
 *
 * <p>A row is rejected when its case id, activity or time is null or its status is none of the
 * words the CSV reader reads (these at the table's column names), or the analysis rejects its event
 * (a blank case id or activity, a time out of range, an activity mapped to a touchpoint the journey
 * lacks: these as in process, at the event's fields); such rows are counted exactly, and the first
 * {@link PathAnalysis#keptRejections()} that the merges meet are kept (which ones depends on the
 * partitions; the count does not). A {@link PathAnalysis#strict() strict} analysis fails the Spark
 * job on the first: Spark's exception carries the rejection's text, such as {@code events:
 * [case_id="c-1", ...] is invalid: status: must be one of ...}.
 */
public final class SparkPathAnalysis implements Serializable {
  /** The name under which {@link #register} registers the function that gathers a case. */
  public static final String CASE_FUNCTION = "journeykit_case";

  /** The name under which {@link #register} registers the function that analyses the cases. */
  public static final String FUNCTION = "journeykit_paths";

  /** The name rejected rows give their dataset unless told otherwise. */
  public static final String DEFAULT_SOURCE_NAME = "events";

  private static final long serialVersionUID = 1L;

  /** The column that {@link #run} gives each case's gathered events. */
  private static final String CASE_EVENTS = "case_events";

  /** Makes the analysis on each machine. */
  private final Recipe<PathAnalysis> recipe;

  /** The columns read. */
  private final EventColumns columns;

  /** The dataset's name in rejections. */
  private final String sourceName;

  private SparkPathAnalysis(Recipe<PathAnalysis> recipe, EventColumns columns, String sourceName) {
    this.recipe = recipe;
    this.columns = columns;
    this.sourceName = sourceName;
  }

  /**
   * Events analysed by the analysis that {@code recipe} makes, on each machine, from columns named
   * as in the CSV event format.
   *
   * @param recipe makes the analysis; it is called here once, so that a recipe that fails does so
   *     before any job
   * @return the Spark path analysis
   * @throws IllegalArgumentException if the analysis reads a log as {@link
   *     PathAnalysis#sortedByCase() sorted by case}: Spark gathers each case's events itself
   */
  public static SparkPathAnalysis of(Recipe<PathAnalysis> recipe) {
    requireNonNull(recipe, "recipe");
    PathAnalysis analysis = requireNonNull(recipe.get(), "recipe.get()");
    try {
      analysis.collector();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(
          "recipe: must make an analysis that is not sorted by case, as Spark gathers each case's"
              + " events itself; made "
              + analysis,
          e);
    }
    return new SparkPathAnalysis(recipe, EventColumns.defaults(), DEFAULT_SOURCE_NAME);
  }

  /**
   * This analysis, reading the columns {@code columns} names.
   *
   * @param columns the columns
   * @return the Spark path analysis
   */
  public SparkPathAnalysis columns(EventColumns columns) {
    return new SparkPathAnalysis(recipe, requireNonNull(columns, "columns"), sourceName);
  }

  /**
   * This analysis, naming the dataset {@code name} in rejections of rows, as a CSV reader names its
   * file.
   *
   * @param name the name, such as the table's
   * @return the Spark path analysis
   * @throws ValidationException if the name is blank
   */
  public SparkPathAnalysis named(String name) {
    return new SparkPathAnalysis(recipe, columns, Columns.checkedName("name", name));
  }

  /**
   * Analyses the events of a dataset and brings the result to this machine: the dataset grouped by
   * case id with {@link #caseFunction()}, the cases analysed with {@link #function()}, as the SQL
   * of {@link #register} does.
   *
   * @param events a dataset with the columns of {@link EventColumns}
   * @return the statistics, counts and first rejections, as {@link PathAnalysis#run} gives them
   * @throws ValidationException before any job, naming every column that is missing or of another
   *     type and the columns the dataset has
   */
  public PathResult run(Dataset<Row> events) {
    requireNonNull(events, "events");
    Columns read = columns.columns();
    Column[] fields = read.canonicalNames().stream().map(functions::col).toArray(Column[]::new);
    Dataset<Row> analysed =
        read.select(events)
            .groupBy(fields[0])
            .agg(caseFunction().apply(fields).as(CASE_EVENTS))
            .agg(function(read.names()).apply(functions.col(CASE_EVENTS)));
    Object aggregate = analysed.first().get(0);
    return aggregator(read.names()).result(SerializedForm.read(aggregate, PathBuffer.class));
  }

  /**
   * The SQL function of {@value #CASE_FUNCTION}: an aggregate of four arguments, the case id, the
   * activity, the time and the status (or {@code NULL}), applied per case id, whose value is the
   * case's events for {@link #function()}. It applies no rule.
   *
   * @return the function
   */
  public UserDefinedFunction caseFunction() {
    return functions.udaf(new CaseAggregator(), Encoders.row(columns.columns().schema()));
  }

  /**
   * The SQL function of {@value #FUNCTION}: an aggregate of one argument, the value of {@link
   * #caseFunction()} for each case, whose value is for {@link #result}. Rejections name the fields
   * as the functions' arguments: {@code case_id}, {@code activity}, {@code time}, {@code status}.
   *
   * @return the function
   */
  public UserDefinedFunction function() {
    return function(columns.columns().canonicalNames());
  }

  private UserDefinedFunction function(List<String> names) {
    return functions.udaf(aggregator(names), Encoders.BINARY());
  }

  private PathAggregator aggregator(List<String> names) {
    return new PathAggregator(recipe, names, sourceName);
  }

  /**
   * Registers {@link #caseFunction()} in {@code spark} as {@value #CASE_FUNCTION} and {@link
   * #function()} as {@value #FUNCTION}. The first must be applied grouped by the case id alone, the
   * second over its values:
   *
   * <pre>{@code
   * SELECT journeykit_paths(events) FROM (
   *   SELECT journeykit_case(case_id, activity, time, status) AS events
   *   FROM web_events GROUP BY case_id)
   * }</pre>
   *
   * @param spark the session
   */
  public void register(SparkSession spark) {
    requireNonNull(spark, "spark");
    spark.udf().register(CASE_FUNCTION, caseFunction());
    spark.udf().register(FUNCTION, function());
  }

  /**
   * The analysis's result of what {@value #FUNCTION} gave: the bytes a SQL query gives for it.
   *
   * @param aggregate the aggregate
   * @return the statistics, counts and first rejections
   * @throws IllegalArgumentException if {@code aggregate} is not such an aggregate
   */
  public PathResult result(Object aggregate) {
    requireNonNull(aggregate, "aggregate");
    return aggregator(columns.columns().canonicalNames())
        .result(SerializedForm.read(aggregate, PathBuffer.class));
  }

  /**
   * A short form such as {@code SparkPathAnalysis[events, EventColumns[...]]}.
   *
   * @return the analysis in words
   */
  @Override
  public String toString() {
    return "SparkPathAnalysis[" + sourceName + ", " + columns + "]";
  }
}
