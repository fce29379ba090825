package org.nucleiml.emulator;

/**
 * Per-thread constants of the few nuclei a workspace has seen: their features (N, Z, physics
 * features) and the regressors' target offsets and scales. The posterior evaluates the same 2-5
 * nuclei millions of times; computing these once per nucleus removes a cube root and the target
 * scaler's list lookups from every row. Values are pure functions of (z, n), so which entries are
 * cached never changes a prediction.
 */
final class NucleusCache {

  /**
   * Entries kept; more nuclei than this evict round-robin (still correct, only slower: a block's rows copy
   * their entry's values before a later row can evict it).
   */
  static final int CAPACITY = 8;
  /**
   * Values per entry: offset and scale of the binding energy, then of the charge radius, then the square
   * roots of the variance scales of both outputs (from {@link #SIGMA_SCALE}).
   */
  static final int AFFINE_WIDTH = 6;
  /** Index in an entry of the binding energy's sigma scale (the charge radius' follows). */
  static final int SIGMA_SCALE = 4;

  private final int[] z = new int[CAPACITY];
  private final int[] n = new int[CAPACITY];
  private final double[] features;
  private final double[] affine = new double[CAPACITY * AFFINE_WIDTH];
  private final int nucleusWidth;
  private int size;
  private int next;

  NucleusCache(int nucleusWidth) {
    this.nucleusWidth = nucleusWidth;
    this.features = new double[CAPACITY * nucleusWidth];
  }

  /** The entry of (z, n), filling it through {@code emulator} on a miss. */
  int slot(int zz, int nn, Emulator emulator) {
    for (int s = 0; s < size; s++) {
      if (z[s] == zz && n[s] == nn) {
        return s;
      }
    }
    int s = size < CAPACITY ? size++ : next;
    next = size < CAPACITY ? 0 : (next + 1) % CAPACITY;
    z[s] = zz;
    n[s] = nn;
    emulator.fillNucleus(zz, nn, features, s * nucleusWidth, affine, s * AFFINE_WIDTH);
    return s;
  }

  double[] features() {
    return features;
  }

  double[] affine() {
    return affine;
  }
}
