package org.convene.benchmarks;

import java.util.concurrent.TimeUnit;
import org.convene.Event;
import org.convene.json.ConveneJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing and reading the 10 000-session event of {@link IcalBenchmark} as a JSON document:
 * Convene's typed mapping against Jackson's own tree model on the same document, in the same
 * run ({@code readTree}, and writing that tree back). The tree model is the floor for any
 * mapping that builds objects: it parses every token but checks and builds nothing of its own.
 *
 * <p>Forks run with a fixed 2 GB heap and the parallel collector, as {@link ValidationBenchmark}
 * does, for steadier figures on a shared 2-core machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonBenchmark {
  private ConveneJson json;
  private JsonMapper mapper;
  private Event event;
  private byte[] document;
  private JsonNode tree;

  /** Builds the event, its document and Jackson's tree of that same document. */
  @Setup
  public void setUp() {
    json = ConveneJson.create();
    mapper = JsonMapper.builder().build();
    event = IcalBenchmark.event(10, 100, 10);
    document = json.write(event);
    tree = mapper.readTree(document);
    if (!json.read(document, Event.class).equals(event) || !mapper.writeValueAsString(tree).equals(json.writeString(event))) {
      throw new IllegalStateException("the two sides do not work on the same document");
    }
  }

  /**
   * Convene: the event to UTF-8 bytes.
   *
   * @return the document
   */
  @Benchmark
  public byte[] writeConvene() {
    return json.write(event);
  }

  /**
   * Jackson: the same document's tree to UTF-8 bytes.
   *
   * @return the document
   */
  @Benchmark
  public byte[] writeJacksonTree() {
    return mapper.writeValueAsBytes(tree);
  }

  /**
   * Convene: the bytes to an event, every field checked and every value built.
   *
   * @return the event
   */
  @Benchmark
  public Event readConvene() {
    return json.read(document, Event.class);
  }

  /**
   * Jackson: the same bytes to its tree.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode readJacksonTree() {
    return mapper.readTree(document);
  }
}
