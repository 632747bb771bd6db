package io.github.journeykit.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.journeykit.analytics.observation.Ingestion;
import io.github.journeykit.analytics.observation.IngestionResult;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * W1: aggregating a CSV of observations into per-touchpoint, per-metric count, mean, variance and
 * NPS buckets. Peers in the same run: DuckDB over the same file, and a bare FastCSV pass that only
 * parses it.
 */
@State(Scope.Benchmark)
public class ObservationsBenchmark {
  @Param({"1000000", "10000000"})
  public long rows;

  private Path file;
  private Ingestion ingestion;
  private Ingestion oneThread;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = ObservationsFile.of(rows);
    ingestion = Ingestion.against(Workloads.journey(ObservationsFile.TOUCHPOINTS, 42));
    oneThread = ingestion.sequential();
  }

  /**
   * JourneyKit: every row checked against the journey (touchpoint known, value on the metric's
   * scale there) and added to mergeable running statistics; the file read in parts at once.
   */
  @Benchmark
  public IngestionResult journeyKit() throws IOException {
    return checked(ingestion.readCsv(file));
  }

  /** JourneyKit reading the file from start to end on one thread, as the bare parse does. */
  @Benchmark
  public IngestionResult journeyKitOneThread() throws IOException {
    return checked(oneThread.readCsv(file));
  }

  /** The result, which must hold no rejection. */
  static IngestionResult checked(IngestionResult result) {
    if (result.rejected() != 0) {
      throw new IllegalStateException("rejected rows: " + result.rejections());
    }
    return result;
  }

  /** The practical limit: every field of every row parsed, nothing computed. */
  @Benchmark
  public long fastCsvParseOnly() throws IOException {
    long fields = 0;
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
      for (CsvRecord record : reader) {
        fields += record.getFieldCount();
      }
    }
    return fields;
  }

  /** The same aggregates in SQL: DuckDB reads the file in parallel and groups in memory. */
  @Benchmark
  public void duckDb(Blackhole sink) throws SQLException {
    String sql =
        "SELECT touchpoint_id, metric, count(*), avg(value), var_samp(value), min(value),"
            + " max(value), max(observed_at),"
            + " count(*) FILTER (WHERE metric = 'nps' AND value >= 9),"
            + " count(*) FILTER (WHERE metric = 'nps' AND value <= 6)"
            + " FROM read_csv('"
            + file.toString().replace("'", "''")
            + "', header = true, columns = {'touchpoint_id': 'VARCHAR', 'metric': 'VARCHAR',"
            + " 'value': 'DOUBLE', 'observed_at': 'TIMESTAMPTZ', 'source': 'VARCHAR',"
            + " 'respondent_id': 'VARCHAR'})"
            + " GROUP BY touchpoint_id, metric";
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        sink.consume(result.getString(1));
        sink.consume(result.getLong(3));
        sink.consume(result.getDouble(4));
        sink.consume(result.getDouble(5));
        sink.consume(result.getLong(9));
      }
    }
  }
}
