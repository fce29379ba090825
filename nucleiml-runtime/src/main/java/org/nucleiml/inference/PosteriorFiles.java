package org.nucleiml.inference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.inference.mcmc.Chain;
import org.nucleiml.inference.plot.CornerPlot;
import org.nucleiml.inference.plot.MarginalsPlot;
import org.nucleiml.inference.plot.PlotSeries;
import org.nucleiml.files.AtomicFiles;

/**
 * The files of a posterior run: chain.csv (walker, step, the NMPs, log posterior), posterior.json
 * (see {@link PosteriorJson}), posterior-summary.csv (see {@link PosteriorSummaryCsv}), corner.png and
 * marginals.png, each written atomically.
 */
public final class PosteriorFiles {

  /** The chain file's name. */
  public static final String CHAIN = "chain.csv";
  /** The summary file's name. */
  public static final String POSTERIOR = "posterior.json";
  /** The summary table's name ({@link PosteriorSummaryCsv}). */
  public static final String SUMMARY = PosteriorSummaryCsv.FILE;
  /** The corner plot's name. */
  public static final String CORNER = "corner.png";
  /** The marginals plot's name. */
  public static final String MARGINALS = "marginals.png";

  private static final ObjectMapper JSON = new ObjectMapper();

  private PosteriorFiles() {}

  /** Writes every output of {@code result} into {@code directory}. */
  public static void write(PosteriorResult result, Path directory) throws IOException {
    Files.createDirectories(directory);
    AtomicFiles.write(directory.resolve(CHAIN), tmp -> writeChain(result, tmp));
    Map<String, Object> json = PosteriorJson.of(result);
    AtomicFiles.writeString(directory.resolve(POSTERIOR),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n");
    AtomicFiles.writeString(directory.resolve(SUMMARY), PosteriorSummaryCsv.render(result));
    PlotSeries series = new PlotSeries(result.config().name() + " (" + result.backend() + ")",
        result.chain().points());
    CornerPlot.write(directory.resolve(CORNER), result.names(), List.of(series));
    MarginalsPlot.write(directory.resolve(MARGINALS), result.names(), series);
  }

  private static void writeChain(PosteriorResult result, Path file) throws IOException {
    Chain chain = result.chain();
    int thin = result.config().thin();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("walker,step," + String.join(",", result.names()) + ",log_posterior\n");
      StringBuilder line = new StringBuilder(256);
      for (int t = 0; t < chain.steps(); t++) {
        for (int k = 0; k < chain.walkers(); k++) {
          line.setLength(0);
          line.append(k).append(',').append((long) (t + 1) * thin);
          for (int p = 0; p < chain.dimension(); p++) {
            line.append(',').append(chain.value(t, k, p));
          }
          w.append(line.append(',').append(chain.logDensity(t, k)).append('\n'));
        }
      }
    }
  }

  /**
   * Reads the draws of a run from its directory: chain.csv for the points, posterior.json for the
   * effective sample sizes.
   */
  public static PosteriorSample read(Path directory, String label) throws IOException {
    JsonNode json = JSON.readTree(directory.resolve(POSTERIOR).toFile());
    try (BufferedReader r = Files.newBufferedReader(directory.resolve(CHAIN), StandardCharsets.UTF_8)) {
      List<String> header = Arrays.asList(r.readLine().split(","));
      List<String> names = header.subList(2, header.size() - 1);
      List<double[]> points = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split(",");
        double[] x = new double[names.size()];
        for (int p = 0; p < x.length; p++) {
          x[p] = Double.parseDouble(f[p + 2]);
        }
        points.add(x);
      }
      return new PosteriorSample(label, List.copyOf(names), points.toArray(new double[0][]), ess(json, names));
    }
  }

  private static double[] ess(JsonNode json, List<String> names) {
    double[] ess = new double[names.size()];
    for (int p = 0; p < ess.length; p++) {
      JsonNode node = json.path("parameters").path(names.get(p)).path("ess");
      if (!node.isNumber()) {
        throw new InvalidParameterException(POSTERIOR + " parameters." + names.get(p) + ".ess", node, "a number");
      }
      ess[p] = node.asDouble();
    }
    return ess;
  }
}
