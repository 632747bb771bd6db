package io.github.journeykit.benchmarks;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.journeykit.core.model.Journey;
import io.github.journeykit.export.Exporters;
import io.github.journeykit.export.JourneyExporter;
import io.github.journeykit.export.MapReport;
import io.github.journeykit.export.json.JourneyJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * W3: writing and reading back a portfolio of 100,000 touchpoints, ten journeys of 10,000 (seeds 1
 * to 10) as ten UTF-8 documents, pretty-printed alike by all three. JourneyKit writes from and
 * reads into its validated model; the peers in the same run are jackson-databind and hand-written
 * jackson-core streaming (the lower bound), both on {@link PlainJourney}, plain objects of the same
 * shape converted from the journeys before timing. Goal: JourneyKit at most 1.5x streaming and
 * faster than databind, for writing and for reading.
 */
@State(Scope.Benchmark)
public class JsonBenchmark {
  static final int JOURNEYS = 10;
  static final int TOUCHPOINTS = 10_000;

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

  private MapReport[] reports;
  private PlainJourney[] plain;
  private byte[][] ours;
  private byte[][] theirs;
  private final JourneyExporter json = Exporters.json();
  private final ObjectWriter databindWriter = MAPPER.writer(prettyPrinter());
  private final ObjectReader databindReader = MAPPER.readerFor(PlainJourney.class);

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    reports = new MapReport[JOURNEYS];
    plain = new PlainJourney[JOURNEYS];
    ours = new byte[JOURNEYS][];
    theirs = new byte[JOURNEYS][];
    for (int i = 0; i < JOURNEYS; i++) {
      Journey journey = Workloads.journey(TOUCHPOINTS, i + 1);
      reports[i] = MapReport.of(journey);
      plain[i] = PlainJourney.of(journey);
      ours[i] = journeyKit(reports[i]);
      theirs[i] = streaming(plain[i]);
      if (!Arrays.equals(theirs[i], databind(plain[i]))) {
        throw new IllegalStateException("databind and streaming write different documents");
      }
    }
  }

  /** The bytes of JourneyKit's documents and of the peers' documents of the portfolio. */
  static long[] sizes() throws IOException {
    JsonBenchmark benchmark = new JsonBenchmark();
    benchmark.setUp();
    long[] sizes = new long[2];
    for (int i = 0; i < JOURNEYS; i++) {
      sizes[0] += benchmark.ours[i].length;
      sizes[1] += benchmark.theirs[i].length;
    }
    return sizes;
  }

  @Benchmark
  public long writeJourneyKit() throws IOException {
    ByteCounter out = new ByteCounter();
    for (MapReport report : reports) {
      json.write(report, out);
    }
    return out.count();
  }

  @Benchmark
  public long writeDatabind() throws IOException {
    ByteCounter out = new ByteCounter();
    for (PlainJourney journey : plain) {
      databindWriter.writeValue(out, journey);
      out.write('\n');
    }
    return out.count();
  }

  @Benchmark
  public long writeStreaming() throws IOException {
    ByteCounter out = new ByteCounter();
    for (PlainJourney journey : plain) {
      try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
        generator.setPrettyPrinter(prettyPrinter());
        PlainStreaming.write(journey, generator);
      }
    }
    return out.count();
  }

  @Benchmark
  public void readJourneyKit(Blackhole sink) throws IOException {
    for (byte[] document : ours) {
      sink.consume(JourneyJson.read(new ByteArrayInputStream(document)));
    }
  }

  @Benchmark
  public void readDatabind(Blackhole sink) throws IOException {
    for (byte[] document : theirs) {
      sink.consume(databindReader.readValue(new ByteArrayInputStream(document)));
    }
  }

  @Benchmark
  public void readStreaming(Blackhole sink) throws IOException {
    for (byte[] document : theirs) {
      try (JsonParser parser = FACTORY.createParser(new ByteArrayInputStream(document))) {
        sink.consume(PlainStreaming.read(parser));
      }
    }
  }

  /**
   * The layout JourneyKit writes: two-space indents, {@code "key": value}, {@code \n} line ends.
   */
  private static DefaultPrettyPrinter prettyPrinter() {
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withObjectIndenter(INDENTER)
        .withArrayIndenter(INDENTER);
  }

  private byte[] journeyKit(MapReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(report, out);
    return out.toByteArray();
  }

  private byte[] streaming(PlainJourney journey) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      generator.setPrettyPrinter(prettyPrinter());
      PlainStreaming.write(journey, generator);
    }
    return out.toByteArray();
  }

  private byte[] databind(PlainJourney journey) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      databindWriter.writeValue(out, journey);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }
}
