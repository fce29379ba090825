package org.nucleiml.emulator.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The emulator's batched network pass must give exactly the row-by-row forward pass. */
class EmulatorForwardRowsTest {

  @Test
  void testForwardRows_equalsForwardBitForBit() {
    for (int[] sizes : new int[][] {{12, 64, 64, 2}, {9, 7, 5, 1}, {3, 4, 3}}) {
      FeedForwardNetwork net = FeedForwardNetwork.initialise(sizes, new SplittableRandom(5));
      SplittableRandom random = new SplittableRandom(9);
      for (int rows = 1; rows <= 9; rows++) {
        double[] x = new double[rows * sizes[0]];
        for (int i = 0; i < x.length; i++) {
          x[i] = random.nextGaussian();
        }
        double[] blocked = new double[rows * net.outputWidth()];
        net.forwardRows(x, rows, blocked, net.newScratch());
        for (int r = 0; r < rows; r++) {
          double[] one = new double[net.outputWidth()];
          net.forward(x, r * sizes[0], one, 0, net.newScratch());
          for (int o = 0; o < one.length; o++) {
            // == rather than assertEquals: equal values, a signed zero aside, is the contract.
            assertTrue(one[o] == blocked[r * one.length + o], "row " + r + " output " + o);
          }
        }
      }
    }
  }
}
