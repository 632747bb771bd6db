package io.github.journeykit.benchmarks;

import io.github.journeykit.core.audit.AuditContext;
import io.github.journeykit.core.audit.AuditRegistry;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.Exporters;
import io.github.journeykit.export.JourneyExporter;
import io.github.journeykit.export.MapReport;
import java.io.IOException;
import java.time.LocalDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * W5: the SVG map and the HTML report of journeys of 1,000 and 10,000 touchpoints, with the
 * built-in audit's findings (found before timing). Goal: linear, 10x the touchpoints at most 12x
 * the time, and output growing in proportion.
 */
@State(Scope.Benchmark)
public class RenderBenchmark {
  @Param({"1000", "10000"})
  public int touchpoints;

  @Param({"svg", "html"})
  public String format;

  private MapReport report;
  private JourneyExporter exporter;

  @Setup(Level.Trial)
  public void setUp() {
    report = report(touchpoints);
    exporter = exporter(format);
  }

  /** A journey of {@code touchpoints} touchpoints with its findings. */
  static MapReport report(int touchpoints) {
    Journey journey = Workloads.journey(touchpoints, 42);
    return MapReport.builder()
        .journey(journey)
        .addAllFindings(
            AuditRegistry.builtIns().audit(journey, AuditContext.of(LocalDate.of(2026, 11, 1))))
        .build();
  }

  static JourneyExporter exporter(String format) {
    return "svg".equals(format) ? Exporters.svg() : Exporters.html();
  }

  /** The bytes of {@code format} for a journey of {@code touchpoints} touchpoints. */
  static long size(String format, int touchpoints) throws IOException {
    ByteCounter out = new ByteCounter();
    exporter(format).write(report(touchpoints), out);
    return out.count();
  }

  @Benchmark
  public long render() throws IOException {
    ByteCounter out = new ByteCounter();
    exporter.write(report, out);
    return out.count();
  }
}
