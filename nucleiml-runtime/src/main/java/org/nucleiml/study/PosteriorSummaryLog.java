package org.nucleiml.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.nucleiml.files.RunInfo;
import org.nucleiml.inference.PosteriorFiles;

/**
 * Logs a posterior's medians and 68% intervals from its posterior.json, so a skipped (up to date) run
 * reports the same figures as a fresh one.
 */
final class PosteriorSummaryLog {

  private PosteriorSummaryLog() {}

  /** One line per NMP, then the stop-rule verdict and cost. */
  static void log(Path directory, Consumer<String> log) throws IOException {
    JsonNode json = new ObjectMapper().readTree(directory.resolve(PosteriorFiles.POSTERIOR).toFile());
    log.accept("posterior " + json.path("name").asText() + " (" + json.path("backend").asText()
        + "): median and 68% interval");
    for (Iterator<Map.Entry<String, JsonNode>> it = json.path("parameters").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode p = e.getValue();
      double median = p.path("median").asDouble();
      log.accept(String.format(Locale.ROOT, "  %-12s %.5g [%.5g, %.5g]  ESS %.0f  R-hat %.4f", e.getKey(),
          median, p.path("ci68").path(0).asDouble(), p.path("ci68").path(1).asDouble(),
          p.path("ess").asDouble(), p.path("r_hat").asDouble()));
    }
    JsonNode d = json.path("diagnostics");
    JsonNode c = json.path("cost");
    // the time is a run fact: run-info.json, absent when the outputs came from the build cache
    String time = RunInfo.read(directory).map(r -> String.format(Locale.ROOT, " in %.1f s (%.0f evaluations/s)",
        r.path("sampling_wall_time_s").asDouble(), r.path("evaluations_per_second").asDouble())).orElse("");
    log.accept(String.format(Locale.ROOT, "  converged %s after %d steps, %d evaluations%s",
        json.path("stop_rule").path("converged").asBoolean(), d.path("steps").asLong(),
        c.path("model_evaluations").asLong(), time));
    for (JsonNode failing : json.path("stop_rule").path("failing")) {
      log.accept("  stop rule not met: " + failing.asText());
    }
  }
}
