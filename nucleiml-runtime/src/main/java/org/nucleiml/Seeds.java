package org.nucleiml;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from (study seed, item index), so that every draw of a study is
 * fixed by its seed alone: results do not depend on thread count, shard layout or evaluation order.
 */
public final class Seeds {

  private Seeds() {}

  /**
   * A seed for item {@code path} of a run seeded with {@code seed}; each level of the path (for
   * example sample index, then nucleus index) gives a statistically independent stream.
   */
  public static long derive(long seed, long... path) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    for (long p : path) {
      h = mix(h + 0x9E3779B97F4A7C15L * (p + 1));
    }
    return h;
  }

  /** A generator for item {@code path} of a run seeded with {@code seed}. */
  public static SplittableRandom random(long seed, long... path) {
    return new SplittableRandom(derive(seed, path));
  }

  /** A uniformly random permutation of 0..n-1 (Fisher-Yates, drawing from the end). */
  public static int[] permutation(int n, SplittableRandom random) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  // SplitMix64's finaliser (Steele, Lea, Flood 2014): a bijection with full avalanche.
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
