package org.nucleiml.emulator.network.layers;

import java.util.function.ToDoubleFunction;

/** The finite-difference helpers of {@link LayerGradientTest}, for the graph tests of other packages. */
public final class LayerGradientTestAccess {

  private LayerGradientTestAccess() {}

  /** Central difference of f along coordinate k of v (v restored). */
  public static double difference(ToDoubleFunction<double[]> f, double[] v, int k) {
    return LayerGradientTest.difference(f, v, k);
  }

  /** Asserts agreement to 1e-6 relative (absolute below 1). */
  public static void assertClose(double analytic, double numeric, String what) {
    LayerGradientTest.assertClose(analytic, numeric, what);
  }
}
