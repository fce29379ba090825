package org.nucleiml.emulator;

import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.FeedForwardNetwork;

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

  /**
   * Writes offset and scale of each of this head's targets for nucleus (z, n) to
   * {@code affine[offset + 2 * slot]} and {@code affine[offset + 2 * slot + 1]}: computed once per
   * nucleus, as the target scaler's lookup is too slow for every row.
   */
  void affine(int z, int n, double[] affine, int offset) {
    double[] pair = new double[2];
    for (int k = 0; k < slots.length; k++) {
      targets.affine(k, z, n, pair);
      affine[offset + 2 * slots[k]] = pair[0];
      affine[offset + 2 * slots[k] + 1] = pair[1];
    }
  }

  /**
   * Runs {@code rows} feature rows and writes physical values to {@code be[targetRow[r]]} or
   * {@code rch[targetRow[r]]}; row r's offsets and scales are at
   * {@code affine[NucleusCache.AFFINE_WIDTH * nucleusSlot[r]]}.
   */
  void runRows(double[] features, int featureWidth, int rows, double[] input, FeedForwardNetwork.Scratch scratch, double[] out,
      int[] nucleusSlot, double[] affine, int[] targetRow, double[] be, double[] rch) {
    head.runRows(features, featureWidth, rows, input, scratch, out);
    int width = slots.length;
    for (int r = 0; r < rows; r++) {
      int a = NucleusCache.AFFINE_WIDTH * nucleusSlot[r];
      for (int k = 0; k < width; k++) {
        int s = slots[k];
        double value = affine[a + 2 * s] + affine[a + 2 * s + 1] * out[r * width + k];
        (s == 0 ? be : rch)[targetRow[r]] = value;
      }
    }
  }
}
