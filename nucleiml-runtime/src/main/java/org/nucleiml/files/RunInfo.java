package org.nucleiml.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The facts of one run of a step, kept in {@value #FILE_NAME} beside its outputs: wall times,
 * throughput, thread count, host, Java and OS, start time, absolute paths. They differ between runs
 * and machines, so they live only here: no output that is hashed, fingerprinted or released holds a
 * run fact, and no manifest, fingerprint or zip includes this file. Everything else a step writes
 * is a function of its inputs, seeds and versions alone.
 */
public final class RunInfo {

  /** File name of the run facts inside a step's output directory. */
  public static final String FILE_NAME = "run-info.json";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode root = JSON.createObjectNode();
  private final long start = System.nanoTime();

  private RunInfo(String step, int threads) {
    root.put("step", step);
    root.put("started_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    root.put("threads", threads);
    root.put("host", host());
    root.put("java_version", System.getProperty("java.version"));
    root.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
  }

  /** Starts the record of a run of {@code step} on {@code threads} worker threads; the clock starts now. */
  public static RunInfo start(String step, int threads) {
    return new RunInfo(step, threads);
  }

  /** Adds a fact (a number, text, a path as absolute text, or any Jackson-serialisable value). */
  public RunInfo put(String key, Object value) {
    root.set(key, value instanceof Path p ? JSON.getNodeFactory().textNode(p.toAbsolutePath().toString())
        : JSON.valueToTree(value));
    return this;
  }

  /** Seconds since {@link #start}. */
  public double elapsedSeconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  /** Writes the facts, with the wall time since {@link #start}, to {@code directory}/{@value #FILE_NAME}. */
  public void write(Path directory) throws IOException {
    ObjectNode out = root.deepCopy();
    out.put("wall_time_s", elapsedSeconds());
    AtomicFiles.writeString(directory.resolve(FILE_NAME), JSON.writeValueAsString(out) + "\n");
  }

  /** The run facts of {@code directory}, empty when there are none (e.g. outputs restored from a cache). */
  public static Optional<JsonNode> read(Path directory) {
    Path file = directory.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(file.toFile()));
    } catch (IOException e) {
      // run facts are informative only: an unreadable file means "unknown", never a failed step
      return Optional.empty();
    }
  }

  /**
   * Adds one fact to the run-info.json of {@code directory} (a new file when there is none), for a
   * later part of a step that reports into the same directory.
   */
  public static void add(Path directory, String key, Object value) throws IOException {
    ObjectNode out = read(directory).filter(JsonNode::isObject).map(n -> (ObjectNode) n)
        .orElseGet(JSON::createObjectNode);
    out.set(key, JSON.valueToTree(value));
    AtomicFiles.writeString(directory.resolve(FILE_NAME), JSON.writeValueAsString(out) + "\n");
  }

  /** Whether {@code fileName} is a run-facts file, which identity checks and comparisons skip. */
  public static boolean isRunInfo(String fileName) {
    return FILE_NAME.equals(fileName);
  }

  // from the environment or the kernel: a name look-up can hang for seconds on a badly configured node
  private static String host() {
    for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
      String value = System.getenv(variable);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    try {
      // Linux keeps it here even when the shell does not export HOSTNAME
      return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
