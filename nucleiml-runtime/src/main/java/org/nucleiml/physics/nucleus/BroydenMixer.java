package org.nucleiml.physics.nucleus;

/**
 * Modified Broyden mixing (D. D. Johnson, PRB 38, 12807 (1988), in the form of Baran et al., PRC
 * 78, 014318 (2008)) for a fixed-point problem {@code x = F(x)}: the next input combines linear
 * mixing of the residual {@code F(x) - x} with an inverse-Jacobian estimate built from the last
 * {@code history} steps. Not thread-safe: one per solve.
 */
final class BroydenMixer {

  /** Regularisation of the small linear system, as in Johnson's w0. */
  private static final double W0_SQUARED = 1e-4;

  private final int history;
  private final double alpha;
  private final double[][] df;
  private final double[][] dv;
  private final double[] lastInput;
  private final double[] lastResidual;
  private final double[] residual;
  private final double[][] matrix;
  /**
   * The overlaps {@code df[a] . df[b]} of the stored slots. Only one slot changes per step, so one
   * row is recomputed instead of all history^2 products (each product is the same sum in the same
   * order as a full recomputation, so the result is bit for bit the same).
   */
  private final double[][] overlap;
  private final double[] coefficients;
  /** Pairs stored, slot of the next one, and whether a previous input exists to difference. */
  private int stored;
  private int nextSlot;
  private boolean havePrevious;

  /**
   * The learned inverse-Jacobian information (normalised residual and input differences), handed
   * from a converged solve to a warm-started nearby one, whose Jacobian is nearly the same.
   */
  record Memory(double[][] df, double[][] dv, int stored, int nextSlot) {}

  BroydenMixer(int length, int history, double alpha) {
    this.history = history;
    this.alpha = alpha;
    df = new double[history][length];
    dv = new double[history][length];
    lastInput = new double[length];
    lastResidual = new double[length];
    residual = new double[length];
    matrix = new double[history][history];
    overlap = new double[history][history];
    coefficients = new double[history];
  }

  /** Forgets the history (after a jump of the residual), restarting with linear mixing. */
  void reset() {
    stored = 0;
    nextSlot = 0;
    havePrevious = false;
  }

  /** A copy of the history. */
  Memory memory() {
    double[][] f = new double[history][];
    double[][] v = new double[history][];
    for (int k = 0; k < history; k++) {
      f[k] = df[k].clone();
      v[k] = dv[k].clone();
    }
    return new Memory(f, v, stored, nextSlot);
  }

  /** Starts from another solve's history when it fits this problem's size and history length. */
  void seed(Memory memory) {
    if (memory == null || memory.df().length != history || memory.df()[0].length != lastInput.length) {
      return;
    }
    for (int k = 0; k < history; k++) {
      System.arraycopy(memory.df()[k], 0, df[k], 0, lastInput.length);
      System.arraycopy(memory.dv()[k], 0, dv[k], 0, lastInput.length);
    }
    stored = memory.stored();
    nextSlot = memory.nextSlot();
    havePrevious = false;
    for (int a = 0; a < stored; a++) {
      updateOverlaps(a);
    }
  }

  /** Overwrites {@code input} with the next input, given the output {@code F(input)}. */
  void mix(double[] input, double[] output) {
    int len = input.length;
    for (int i = 0; i < len; i++) {
      residual[i] = output[i] - input[i];
    }
    if (havePrevious) {
      remember(nextSlot, input);
      stored = Math.min(stored + 1, history);
      updateOverlaps(nextSlot);
      nextSlot = (nextSlot + 1) % history;
    }
    havePrevious = true;
    System.arraycopy(input, 0, lastInput, 0, len);
    System.arraycopy(residual, 0, lastResidual, 0, len);
    int m = stored;
    solveCoefficients(m);
    for (int i = 0; i < len; i++) {
      input[i] += alpha * residual[i];
    }
    // one stored pair at a time: each pass reads two arrays in order
    for (int k = 0; k < m; k++) {
      double c = coefficients[k];
      double[] f = df[k];
      double[] v = dv[k];
      for (int i = 0; i < len; i++) {
        input[i] -= c * (alpha * f[i] + v[i]);
      }
    }
  }

  private void remember(int slot, double[] input) {
    double[] f = df[slot];
    double[] v = dv[slot];
    double norm = 0;
    for (int i = 0; i < f.length; i++) {
      f[i] = residual[i] - lastResidual[i];
      v[i] = input[i] - lastInput[i];
      norm += f[i] * f[i];
    }
    double scale = norm > 0 ? 1.0 / Math.sqrt(norm) : 0.0;
    for (int i = 0; i < f.length; i++) {
      f[i] *= scale;
      v[i] *= scale;
    }
  }

  /** Recomputes the overlaps of slot {@code a} with every stored slot. */
  private void updateOverlaps(int a) {
    for (int b = 0; b < stored; b++) {
      double d = dot(df[a], df[b]);
      overlap[a][b] = d;
      overlap[b][a] = d;
    }
  }

  /** gamma = (df df^T + w0^2)^-1 df . residual, by Gaussian elimination (m <= history). */
  private void solveCoefficients(int m) {
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        matrix[a][b] = overlap[a][b] + (a == b ? W0_SQUARED : 0.0);
      }
      coefficients[a] = dot(df[a], residual);
    }
    for (int p = 0; p < m; p++) {
      for (int row = p + 1; row < m; row++) {
        double factor = matrix[row][p] / matrix[p][p];
        for (int col = p; col < m; col++) {
          matrix[row][col] -= factor * matrix[p][col];
        }
        coefficients[row] -= factor * coefficients[p];
      }
    }
    for (int p = m - 1; p >= 0; p--) {
      double s = coefficients[p];
      for (int col = p + 1; col < m; col++) {
        s -= matrix[p][col] * coefficients[col];
      }
      coefficients[p] = s / matrix[p][p];
    }
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
