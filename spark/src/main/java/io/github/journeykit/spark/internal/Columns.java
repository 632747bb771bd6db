package io.github.journeykit.spark.internal;

import static java.util.Objects.requireNonNull;

import io.github.journeykit.core.model.ValidationException;
import io.github.journeykit.core.model.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The columns an aggregator reads, in its own order, and the check of a dataset's schema against
 * them: every missing or mistyped column at once, with the columns expected and found. Not public
 * API.
 */
public final class Columns {
  /** What a column holds: its type in words, the types accepted and the type it is read as. */
  public enum Kind {
    /** Text. */
    TEXT("string", type -> type.equals(DataTypes.StringType), DataTypes.StringType),
    /** A number of any numeric type, read as a double. */
    NUMBER("a number", type -> type instanceof NumericType, DataTypes.DoubleType),
    /** A timestamp (an instant). */
    TIME("timestamp", type -> type.equals(DataTypes.TimestampType), DataTypes.TimestampType);

    final String words;
    final Predicate<DataType> accepts;
    final DataType readAs;

    Kind(String words, Predicate<DataType> accepts, DataType readAs) {
      this.words = words;
      this.accepts = accepts;
      this.readAs = readAs;
    }
  }

  private final String what;
  private final Map<String, Kind> kinds = new LinkedHashMap<>();
  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, Boolean> required = new LinkedHashMap<>();

  /**
   * {@code name}, checked as a column's or a dataset's name given for {@code field}.
   *
   * @throws NullPointerException if it is null
   * @throws ValidationException if it is blank
   */
  public static String checkedName(String field, String name) {
    requireNonNull(name, field);
    if (name.isBlank()) {
      throw new ValidationException(
          "Column names", List.of(Violation.of(field, "must not be blank", name)));
    }
    return name;
  }

  /** Columns of {@code what}, such as {@code observations}. */
  public Columns(String what) {
    this.what = what;
  }

  /**
   * Adds a column, read from the dataset's column {@code name}; an optional one may be missing and
   * is then read as null.
   */
  public Columns add(String canonical, String name, Kind kind, boolean isRequired) {
    kinds.put(canonical, kind);
    names.put(canonical, name);
    required.put(canonical, isRequired);
    return this;
  }

  /** The schema of the rows the aggregator reads: every column under its own name, nullable. */
  public StructType schema() {
    List<StructField> fields = new ArrayList<>();
    kinds.forEach(
        (canonical, kind) -> fields.add(DataTypes.createStructField(canonical, kind.readAs, true)));
    return DataTypes.createStructType(fields);
  }

  /**
   * The dataset's columns in the aggregator's order, under its names and types.
   *
   * @throws ValidationException naming every column that is missing or of another type, and the
   *     columns the dataset has
   */
  public Dataset<Row> select(Dataset<Row> dataset) {
    StructType schema = dataset.schema();
    Map<String, StructField> found = new LinkedHashMap<>();
    for (StructField field : schema.fields()) {
      found.put(field.name(), field);
    }
    List<Violation> problems = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    kinds.forEach(
        (canonical, kind) -> {
          String name = names.get(canonical);
          StructField field = found.get(name);
          if (field == null) {
            if (required.get(canonical)) {
              problems.add(Violation.of(name, "must be a column of type " + kind.words));
            } else {
              columns.add(functions.lit(null).cast(kind.readAs).as(canonical));
            }
          } else if (!kind.accepts.test(field.dataType())) {
            problems.add(
                Violation.of(
                    name,
                    "must be a column of type " + kind.words,
                    field.dataType().simpleString()));
          } else {
            columns.add(functions.col(quoted(name)).cast(kind.readAs).as(canonical));
          }
        });
    if (!problems.isEmpty()) {
      throw new ValidationException(
          "The "
              + what
              + " expected as columns "
              + expected()
              + " found columns "
              + found.values().stream()
                  .map(f -> f.name() + " " + f.dataType().simpleString())
                  .collect(Collectors.joining(", ", "[", "]")),
          problems);
    }
    return dataset.select(columns.toArray(new Column[0]));
  }

  /** The columns expected, such as {@code [case_id string, time timestamp, status string?]}. */
  public String expected() {
    return kinds.entrySet().stream()
        .map(
            e ->
                names.get(e.getKey())
                    + " "
                    + e.getValue().words
                    + (required.get(e.getKey()) ? "" : " (optional)"))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** The dataset's column names as given, in the aggregator's order. */
  public List<String> names() {
    return new ArrayList<>(names.values());
  }

  /** The aggregator's own names of the columns, as SQL arguments are named in rejections. */
  public List<String> canonicalNames() {
    return new ArrayList<>(kinds.keySet());
  }

  private static String quoted(String name) {
    // Backticks keep dots and spaces in a name from being read as a path into a struct.
    return "`" + name.replace("`", "``") + "`";
  }
}
