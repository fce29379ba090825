package org.nucleiml.emulator.massmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nucleiml.InvalidParameterException;

/**
 * Exact interventional (marginal) Shapley values of a model with d inputs (the spec's section 4.7, the
 * [S004] Fig. 3 analogue): for an explained row x the value of a coalition S of inputs is
 * v(S) = (1/B) Σ_b f(x_S, b_{not S}) over B background rows b (the absent inputs take the background's
 * values, independently of the present ones), and
 * φ_j = Σ_{S ⊆ F \ {j}} |S|! (d − |S| − 1)! / d! [v(S ∪ {j}) − v(S)] over all 2^d coalitions. The
 * values add up to f(x) − (1/B) Σ_b f(b) (efficiency); for a linear f = w·x, φ_j = w_j (x_j − mean_b b_j).
 *
 * <p>Every coalition's rows of one explained row are evaluated as one batch and summed in a fixed order,
 * and explained rows are independent, so the values are the same bytes on any thread count.
 */
public final class ExactShapley {

  /** The largest input count accepted: 2^12 coalitions times the background per explained row. */
  public static final int MAX_FEATURES = 12;

  /** A model evaluated on a batch of rows. */
  @FunctionalInterface
  public interface BatchModel {
    /**
     * Evaluates {@code count} rows.
     *
     * @param rows row-major inputs, d values per row
     * @param count the number of rows
     * @param out row-major outputs, {@code outputs} values per row
     */
    void evaluate(double[] rows, int count, double[] out);
  }

  /**
   * The Shapley values of every explained row.
   *
   * @param base the mean output over the background, per output (v of the empty coalition)
   * @param values values[i][o][j]: explained row i, output o, input j
   */
  public record Result(double[] base, double[][][] values) {

    /** The mean of |φ_j| over the explained rows, per output and input. */
    public double[][] meanAbs() {
      int outputs = base.length;
      int d = values.length == 0 ? 0 : values[0][0].length;
      double[][] m = new double[outputs][d];
      for (double[][] row : values) {
        for (int o = 0; o < outputs; o++) {
          for (int j = 0; j < d; j++) {
            m[o][j] += Math.abs(row[o][j]);
          }
        }
      }
      for (double[] mo : m) {
        for (int j = 0; j < d; j++) {
          mo[j] /= values.length;
        }
      }
      return m;
    }
  }

  private ExactShapley() {}

  /**
   * The exact interventional Shapley values.
   *
   * @param model the model; called from {@code threads} threads at once with distinct arrays (a model
   *     holding scratch space must keep it per thread)
   * @param outputs outputs per row
   * @param explained the rows to explain, d inputs each
   * @param background the background rows, d inputs each, at least one
   * @param threads worker threads (never changes a value)
   */
  public static Result values(BatchModel model, int outputs, double[][] explained, double[][] background,
      int threads) {
    if (background.length == 0) {
      throw new InvalidParameterException("background", "no rows", "at least one background row");
    }
    int d = background[0].length;
    if (d < 1 || d > MAX_FEATURES) {
      throw new InvalidParameterException("inputs", d, "1 to " + MAX_FEATURES + " inputs (2^d coalitions are exact)");
    }
    for (double[][] rows : new double[][][] {explained, background}) {
      for (double[] r : rows) {
        if (r.length != d) {
          throw new InvalidParameterException("row width", r.length, d + " inputs like the first background row");
        }
      }
    }
    double[] weights = weights(d);
    double[][][] values = new double[explained.length][][];
    double[] base = new double[outputs];
    if (explained.length == 0) {
      return new Result(coalitionValues(model, outputs, background[0], background, 0)[0], values);
    }
    int workers = Math.max(1, Math.min(threads, explained.length));
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        int first = w;
        jobs.add(pool.submit(() -> {
          for (int i = first; i < explained.length; i += workers) {
            double[][] v = coalitionValues(model, outputs, explained[i], background, (1 << d) - 1);
            values[i] = phi(v, d, weights);
          }
        }));
      }
      for (Future<?> f : jobs) {
        f.get();
      }
      double[][] v0 = coalitionValues(model, outputs, explained[0], background, 0);
      System.arraycopy(v0[0], 0, base, 0, outputs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Shapley values interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Result(base, values);
  }

  /**
   * v(S) for the coalitions S = 0 .. lastMask (bit j set: input j from the explained row), per
   * coalition and output: v[mask][o].
   */
  private static double[][] coalitionValues(BatchModel model, int outputs, double[] x, double[][] background,
      int lastMask) {
    int d = x.length;
    int b = background.length;
    int masks = lastMask + 1;
    double[] rows = new double[masks * b * d];
    int k = 0;
    for (int mask = 0; mask < masks; mask++) {
      for (double[] bg : background) {
        for (int j = 0; j < d; j++) {
          rows[k++] = (mask & (1 << j)) != 0 ? x[j] : bg[j];
        }
      }
    }
    double[] out = new double[masks * b * outputs];
    model.evaluate(rows, masks * b, out);
    double[][] v = new double[masks][outputs];
    for (int mask = 0; mask < masks; mask++) {
      for (int o = 0; o < outputs; o++) {
        double sum = 0;
        for (int r = 0; r < b; r++) {
          sum += out[(mask * b + r) * outputs + o];
        }
        v[mask][o] = sum / b;
      }
    }
    return v;
  }

  /** φ[o][j] from the coalition values. */
  private static double[][] phi(double[][] v, int d, double[] weights) {
    int outputs = v[0].length;
    double[][] phi = new double[outputs][d];
    for (int j = 0; j < d; j++) {
      int bit = 1 << j;
      for (int mask = 0; mask < v.length; mask++) {
        if ((mask & bit) == 0) {
          double w = weights[Integer.bitCount(mask)];
          for (int o = 0; o < outputs; o++) {
            phi[o][j] += w * (v[mask | bit][o] - v[mask][o]);
          }
        }
      }
    }
    return phi;
  }

  /** w(s) = s! (d − s − 1)! / d! for coalition sizes s = 0 .. d − 1. */
  static double[] weights(int d) {
    double[] w = new double[d];
    for (int s = 0; s < d; s++) {
      // 1 / (d * C(d - 1, s)), computed exactly in integers first
      long choose = 1;
      for (int i = 1; i <= s; i++) {
        choose = choose * (d - 1 - s + i) / i;
      }
      w[s] = 1.0 / ((double) d * choose);
    }
    return w;
  }
}
