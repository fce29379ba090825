package org.nucleiml.inference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Posterior summaries from samples: per parameter the median, the 68% and 95% central credible
 * intervals, mean and standard deviation; and the correlation matrix.
 *
 * @param parameters one summary per parameter, in coordinate order
 * @param correlation the Pearson correlation matrix of the samples
 */
public record PosteriorSummary(List<ParameterSummary> parameters, double[][] correlation) {

  /** Summarises samples [sample][coordinate] of parameters {@code names}. */
  public static PosteriorSummary of(List<String> names, double[][] points) {
    int d = names.size();
    double[][] columns = new double[d][points.length];
    for (int i = 0; i < points.length; i++) {
      for (int p = 0; p < d; p++) {
        columns[p][i] = points[i][p];
      }
    }
    List<ParameterSummary> parameters = new ArrayList<>();
    for (int p = 0; p < d; p++) {
      parameters.add(summarise(names.get(p), columns[p]));
    }
    return new PosteriorSummary(List.copyOf(parameters), correlation(columns, parameters));
  }

  private static ParameterSummary summarise(String name, double[] x) {
    double mean = Arrays.stream(x).sum() / x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    return new ParameterSummary(name, quantile(sorted, 0.5), quantile(sorted, 0.16),
        quantile(sorted, 0.84), quantile(sorted, 0.025), quantile(sorted, 0.975), mean,
        Math.sqrt(ss / Math.max(1, x.length - 1)));
  }

  /** The q-quantile of sorted values, interpolated linearly between order statistics (type 7). */
  public static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static double[][] correlation(double[][] columns, List<ParameterSummary> s) {
    int d = columns.length;
    double[][] r = new double[d][d];
    for (int a = 0; a < d; a++) {
      for (int b = 0; b <= a; b++) {
        double c = 0;
        for (int i = 0; i < columns[a].length; i++) {
          c += (columns[a][i] - s.get(a).mean()) * (columns[b][i] - s.get(b).mean());
        }
        c /= Math.max(1, columns[a].length - 1) * s.get(a).sd() * s.get(b).sd();
        r[a][b] = a == b ? 1.0 : c;
        r[b][a] = r[a][b];
      }
    }
    return r;
  }

  /** The summary of parameter {@code name}. */
  public ParameterSummary parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new org.nucleiml.InvalidParameterException("parameter", name, "one of the sampled names"));
  }
}
