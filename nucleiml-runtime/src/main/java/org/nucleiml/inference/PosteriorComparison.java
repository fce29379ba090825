package org.nucleiml.inference;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.inference.plot.CornerPlot;
import org.nucleiml.inference.plot.PlotSeries;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.validation.JensenShannon;

/**
 * Compares two posteriors of the same parameters (e.g. emulator against solver) by the Jensen-Shannon
 * divergence of each marginal, estimated from histograms on a common binning of the pooled range
 * ({@link JensenShannon}), with the noise floor (k - 1)(1/n + 1/m)/(8 ln 2) for the effective sample
 * sizes n, m: MCMC draws are correlated, so the floor uses ESS, not the number of draws. Beside the
 * divergence, how the first posterior differs: its 68% interval's width over the second's and its median's
 * shift in the second's half widths (what an emulator's uncertainty in the likelihood does to a marginal).
 */
public final class PosteriorComparison {

  /** Default common bins per marginal. */
  public static final int DEFAULT_BINS = 30;
  /** The study's gate: every marginal below 0.1 bits. */
  public static final double STUDY_MAX_JS = 0.1;
  /** The comparison file's name. */
  public static final String JSON = "comparison.json";
  /** The overlaid corner plot's name. */
  public static final String CORNER = "corner-comparison.png";

  private PosteriorComparison() {}

  /** Compares {@code a} and {@code b} on {@code bins} common bins against the gate {@code maxJsDivergence}. */
  public static ComparisonResult compare(PosteriorSample a, PosteriorSample b, int bins, double maxJsDivergence) {
    if (!a.names().equals(b.names())) {
      throw new InvalidParameterException("posterior parameters", b.names(), "the same as " + a.names());
    }
    if (bins < 2) {
      throw new InvalidParameterException("bins", bins, "an integer >= 2");
    }
    Checks.nonNegative("maxJsDivergence", maxJsDivergence);
    List<MarginalComparison> marginals = new ArrayList<>();
    for (int p = 0; p < a.names().size(); p++) {
      double[] x = a.column(p);
      double[] y = b.column(p);
      int k = occupiedBins(x, y, bins);
      double floor = JensenShannon.noiseFloor(effective(a.ess()[p], x.length), effective(b.ess()[p], y.length), k);
      double[] sx = sorted(x);
      double[] sy = sorted(y);
      double halfWidthB = width68(sy) / 2;
      marginals.add(new MarginalComparison(a.names().get(p), JensenShannon.divergence(x, y, bins), floor, k,
          a.ess()[p], b.ess()[p], maxJsDivergence, width68(sx) / width68(sy),
          (PosteriorSummary.quantile(sx, 0.5) - PosteriorSummary.quantile(sy, 0.5)) / halfWidthB));
    }
    return new ComparisonResult(a.label(), b.label(), bins, marginals);
  }

  /** Writes comparison.json and the overlaid corner plot into {@code directory}. */
  public static void write(ComparisonResult result, PosteriorSample a, PosteriorSample b, Path directory)
      throws IOException {
    AtomicFiles.writeString(directory.resolve(JSON),
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(result)) + "\n");
    CornerPlot.write(directory.resolve(CORNER), a.names(),
        List.of(new PlotSeries(a.label(), a.points()), new PlotSeries(b.label(), b.points())));
  }

  private static Map<String, Object> json(ComparisonResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", r.labelA());
    m.put("b", r.labelB());
    m.put("estimator", "plug-in histogram Jensen-Shannon divergence, bits, common equal-width bins on the pooled range");
    m.put("bins", r.bins());
    m.put("passed", r.passed());
    Map<String, Object> per = new LinkedHashMap<>();
    for (MarginalComparison c : r.marginals()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("js_divergence_bits", c.jsDivergence());
      e.put("required_max", c.maxJsDivergence());
      e.put("passed", c.passed());
      e.put("noise_floor_bits", c.noiseFloor());
      e.put("occupied_bins", c.occupiedBins());
      e.put("ess_a", c.essA());
      e.put("ess_b", c.essB());
      e.put("width_ratio_68", c.widthRatio());
      e.put("median_shift_half_widths", c.medianShift());
      per.put(c.name(), e);
    }
    m.put("parameters", per);
    return m;
  }

  private static double[] sorted(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    return s;
  }

  /** Width of the 68% central interval (16% to 84% quantile), as in posterior-summary.csv. */
  private static double width68(double[] sorted) {
    return PosteriorSummary.quantile(sorted, 0.84) - PosteriorSummary.quantile(sorted, 0.16);
  }

  /** The ESS as a sample size: at least 1, at most the number of draws. */
  private static int effective(double ess, int draws) {
    return (int) Math.max(1, Math.min(draws, Math.round(ess)));
  }

  /** Bins of the common binning (pooled range, as JensenShannon uses) holding a draw of either sample. */
  static int occupiedBins(double[] x, double[] y, int bins) {
    double lo = Math.min(min(x), min(y));
    double hi = Math.max(max(x), max(y));
    if (hi == lo) {
      return 1;
    }
    boolean[] used = new boolean[bins];
    for (double[] s : new double[][] {x, y}) {
      for (double v : s) {
        used[Math.min(bins - 1, (int) ((v - lo) * bins / (hi - lo)))] = true;
      }
    }
    int k = 0;
    for (boolean u : used) {
      k += u ? 1 : 0;
    }
    return k;
  }

  private static double min(double[] x) {
    return Arrays.stream(x).min().orElse(Double.NaN);
  }

  private static double max(double[] x) {
    return Arrays.stream(x).max().orElse(Double.NaN);
  }
}
