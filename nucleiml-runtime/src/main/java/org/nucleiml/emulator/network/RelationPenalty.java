package org.nucleiml.emulator.network;

import java.util.Arrays;
import org.nucleiml.Checks;
import org.nucleiml.InvalidParameterException;

/**
 * A cross-row loss term: linear relations R_n = sum_j c_{n,j} m(u_{n,j}) among a network's mean
 * predictions m at the rows u of a fixed universe, penalised by |R_n| (the Garvey-Kelson penalty of
 * [S004] Methods ¶5-¶6 is one such set: six rows per relation, coefficients +-1). No data enters the
 * term. Unlike a per-row loss it couples rows, so the trainer first predicts every universe row, then
 * asks this class for the loss and the gradient with respect to each row's mean.
 *
 * @param rows the universe rows of each relation, indices into the universe
 * @param coefficients the coefficient of each of those rows
 * @param universeSize the number of universe rows
 * @param weight lambda, >= 0, the term's weight in the total loss
 * @param reduction how the relations' values are combined
 */
public record RelationPenalty(int[][] rows, double[][] coefficients, int universeSize, double weight,
    Reduction reduction) {

  /** How the relations' values are combined into one number. */
  public enum Reduction {
    /** (1/|S|) sum_n |R_n|: the spec's default reading of "the absolute value of the sum ... for each nucleus". */
    MEAN_ABS,
    /** sum_n |R_n|. */
    SUM_ABS,
    /** |sum_n R_n|: the other literal reading, which lets violations cancel. */
    ABS_OF_SUM
  }

  /** Checks shapes and indices, copies the arrays. */
  public RelationPenalty {
    Checks.positive("penalty_universe_size", universeSize);
    Checks.nonNegative("penalty_weight", weight);
    if (reduction == null) {
      throw new InvalidParameterException("penalty_reduction", null, "MEAN_ABS, SUM_ABS or ABS_OF_SUM");
    }
    if (rows == null || coefficients == null || rows.length == 0 || rows.length != coefficients.length) {
      throw new InvalidParameterException("penalty_relations", rows == null ? null : rows.length,
          "at least one relation, as many coefficient lists as row lists");
    }
    int[][] r = new int[rows.length][];
    double[][] c = new double[rows.length][];
    for (int n = 0; n < rows.length; n++) {
      if (rows[n].length != coefficients[n].length) {
        throw new InvalidParameterException("penalty_relations[" + n + "]", rows[n].length + " rows",
            coefficients[n].length + " rows, one per coefficient");
      }
      for (int u : rows[n]) {
        if (u < 0 || u >= universeSize) {
          throw new InvalidParameterException("penalty_relations[" + n + "] row", u, "in [0, " + universeSize + ")");
        }
      }
      r[n] = rows[n].clone();
      c[n] = coefficients[n].clone();
    }
    rows = r;
    coefficients = c;
  }

  /** The value of each relation on the means {@code m} (one per universe row). */
  public double[] values(double[] m) {
    double[] v = new double[rows.length];
    for (int n = 0; n < rows.length; n++) {
      double s = 0;
      for (int j = 0; j < rows[n].length; j++) {
        s += coefficients[n][j] * m[rows[n][j]];
      }
      v[n] = s;
    }
    return v;
  }

  /**
   * The unweighted penalty on the means {@code m}; when {@code dm} is not null it is set to
   * weight * d(penalty)/dm_u for every universe row (sign(0) = 0, the subgradient at a kink).
   */
  public double evaluate(double[] m, double[] dm) {
    double[] v = values(m);
    double penalty;
    double[] signs = new double[v.length];
    if (reduction == Reduction.ABS_OF_SUM) {
      double total = 0;
      for (double x : v) {
        total += x;
      }
      penalty = Math.abs(total);
      Arrays.fill(signs, Math.signum(total));
    } else {
      double total = 0;
      for (int n = 0; n < v.length; n++) {
        total += Math.abs(v[n]);
        signs[n] = Math.signum(v[n]);
      }
      double scale = reduction == Reduction.MEAN_ABS ? 1.0 / v.length : 1.0;
      penalty = total * scale;
      for (int n = 0; n < v.length; n++) {
        signs[n] *= scale;
      }
    }
    if (dm != null) {
      Arrays.fill(dm, 0, universeSize, 0.0);
      for (int n = 0; n < rows.length; n++) {
        for (int j = 0; j < rows[n].length; j++) {
          dm[rows[n][j]] += weight * signs[n] * coefficients[n][j];
        }
      }
    }
    return penalty;
  }
}
