package org.nucleiml.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.files.RunInfo;
import org.nucleiml.inference.ComparisonResult;
import org.nucleiml.inference.PosteriorComparison;
import org.nucleiml.inference.PosteriorFiles;
import org.nucleiml.inference.PosteriorSample;

/**
 * Compares a finished posterior with another posterior directory: Jensen-Shannon divergence per
 * marginal against the gate, and the speed-up (ratio of evaluations per second, from both runs'
 * run-info.json). Writes comparison.json and corner-comparison.png into the run's directory; the
 * speed-up is a run fact and goes to that directory's run-info.json only.
 *
 * @param other the other posterior's directory
 * @param maxJsDivergence the gate, bits
 * @param bins common histogram bins per marginal
 */
public record PosteriorComparisonStep(Path other, double maxJsDivergence, int bins) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Requires a posterior directory. */
  public PosteriorComparisonStep {
    if (other == null || !Files.isRegularFile(other.resolve(PosteriorFiles.POSTERIOR))
        || !Files.isRegularFile(other.resolve(PosteriorFiles.CHAIN))) {
      throw new InvalidParameterException("compareWith", other,
          "a posterior directory holding " + PosteriorFiles.POSTERIOR + " and " + PosteriorFiles.CHAIN);
    }
  }

  /**
   * The comparison and the speed-up.
   *
   * @param comparison the per-marginal divergences and the gate's verdict
   * @param evaluationsPerSecond this run's backend evaluations per second, NaN when unknown (outputs
   *     restored from the build cache carry no run facts)
   * @param otherEvaluationsPerSecond the other run's, NaN when unknown
   */
  public record Result(ComparisonResult comparison, double evaluationsPerSecond, double otherEvaluationsPerSecond) {

    /** This run's evaluations per second over the other's. */
    public double speedUp() {
      return evaluationsPerSecond / otherEvaluationsPerSecond;
    }
  }

  /** Compares the run in {@code directory} with {@link #other}, writes the files and logs the verdict. */
  Result run(Path directory, Consumer<String> log) throws IOException {
    PosteriorSample a = PosteriorFiles.read(directory, label(directory));
    PosteriorSample b = PosteriorFiles.read(other, label(other));
    ComparisonResult comparison = PosteriorComparison.compare(a, b, bins, maxJsDivergence);
    PosteriorComparison.write(comparison, a, b, directory);
    Result result = new Result(comparison, evaluationsPerSecond(directory), evaluationsPerSecond(other));
    addCost(directory, result);
    log.accept("comparison " + a.label() + " vs " + b.label() + " (Jensen-Shannon divergence per marginal):");
    comparison.report().forEach(line -> log.accept("  " + line));
    // Said as "the faster is N times faster than the slower", whichever side the emulator is on.
    boolean firstFaster = result.speedUp() >= 1;
    if (Double.isNaN(result.speedUp())) {
      log.accept("  evaluations/s unknown (a run restored from the build cache has no run-info.json): no speed-up");
    } else {
      log.accept(String.format(Locale.ROOT, "  evaluations/s: %s %.4g, %s %.4g; speed-up: %s is %.4g times faster"
          + " per evaluation", a.label(), result.evaluationsPerSecond(), b.label(), result.otherEvaluationsPerSecond(),
          firstFaster ? a.label() : b.label(), firstFaster ? result.speedUp() : 1 / result.speedUp()));
    }
    log.accept("  wrote " + directory.resolve(PosteriorComparison.JSON));
    return result;
  }

  /** Deletes comparison files of an earlier build that compared, so none outlives its configuration. */
  static void removeStale(Path directory) throws IOException {
    Files.deleteIfExists(directory.resolve(PosteriorComparison.JSON));
    Files.deleteIfExists(directory.resolve(PosteriorComparison.CORNER));
  }

  private static String label(Path directory) throws IOException {
    JsonNode json = JSON.readTree(directory.resolve(PosteriorFiles.POSTERIOR).toFile());
    return json.path("name").asText() + " (" + json.path("backend").asText() + ")";
  }

  private static double evaluationsPerSecond(Path directory) {
    JsonNode eps = RunInfo.read(directory).map(r -> r.path("evaluations_per_second")).orElse(null);
    return eps != null && eps.isNumber() ? eps.asDouble() : Double.NaN;
  }

  // PosteriorComparison writes the divergences; the cost of both runs is a run fact, kept beside them.
  private static void addCost(Path directory, Result result) throws IOException {
    ObjectNode cost = JSON.createObjectNode();
    putFinite(cost, "evaluations_per_second_a", result.evaluationsPerSecond());
    putFinite(cost, "evaluations_per_second_b", result.otherEvaluationsPerSecond());
    putFinite(cost, "speed_up_a_over_b", result.speedUp());
    RunInfo.add(directory, "comparison_cost", cost);
  }

  private static void putFinite(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }
}
