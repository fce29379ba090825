package org.nucleiml.emulator;

import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * A regression network with its target scaler, writing each output into the emulator's slot for it
 * (0 = binding energy, 1 = charge radius).
 */
final class RegressionHead {

  private final NetworkHead head;
  private final TargetScaler targets;
  private final int[] slots;

  RegressionHead(NetworkHead head, TargetScaler targets) {
    this.head = head;
    this.targets = targets;
    this.slots = new int[targets.targets().size()];
    for (int k = 0; k < slots.length; k++) {
      slots[k] = SampleDatasets.TARGETS.indexOf(targets.targets().get(k));
      if (slots[k] < 0) {
        throw new InvalidParameterException("targets", targets.targets().get(k), "one of " + SampleDatasets.TARGETS);
      }
    }
    if (slots.length != head.network().outputWidth()) {
      throw new InvalidParameterException("targets", targets.targets(), head.network().outputWidth() + " targets");
    }
  }

  NetworkHead head() {
    return head;
  }

  TargetScaler targets() {
    return targets;
  }

  /** Runs one row and writes physical values into {@code values[slot]}. */
  void run(double[] features, int z, int n, double[] input, double[] scratch, double[] out, double[] affine,
      double[] values) {
    head.run(features, input, scratch, out);
    for (int k = 0; k < slots.length; k++) {
      targets.affine(k, z, n, affine);
      values[slots[k]] = affine[0] + affine[1] * out[k];
    }
  }
}
