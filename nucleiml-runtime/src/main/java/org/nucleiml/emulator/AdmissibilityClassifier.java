package org.nucleiml.emulator;

import java.util.List;
import java.util.function.Predicate;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.FeedForwardNetwork;
import org.nucleiml.physics.NuclearMatterParameters;

/**
 * The admissibility gate: an optional exact pre-filter (do couplings exist for these NMPs?) and the
 * network for everything the pre-filter lets through. Rows failing the pre-filter are non-admissible
 * with probability 1, which is exact, so the network only has to learn the solver's other failures.
 */
public final class AdmissibilityClassifier {

  private final NetworkHead head;
  private final int admissibleIndex;
  private final List<String> classes;
  private final Predicate<NuclearMatterParameters> hasCouplings;

  AdmissibilityClassifier(NetworkHead head, List<String> classes, Predicate<NuclearMatterParameters> hasCouplings) {
    this.head = head;
    this.classes = List.copyOf(classes);
    this.admissibleIndex = classes.indexOf("admissible");
    if (admissibleIndex < 0 || classes.size() != head.network().outputWidth()) {
      throw new InvalidParameterException("classes", classes, "the network's " + head.network().outputWidth()
          + " classes including 'admissible'");
    }
    this.hasCouplings = hasCouplings;
  }

  /** The same network with another pre-filter (null for none). */
  AdmissibilityClassifier withCouplingFilter(Predicate<NuclearMatterParameters> filter) {
    return new AdmissibilityClassifier(head, classes, filter);
  }

  /** Whether an exact pre-filter is attached. */
  public boolean hasCouplingFilter() {
    return hasCouplings != null;
  }

  NetworkHead head() {
    return head;
  }

  List<String> classes() {
    return classes;
  }

  /** Whether the exact pre-filter lets the NMPs at {@code nmpOffset} through (true without one). */
  boolean passes(double[] nmp, int nmpOffset) {
    return hasCouplings == null || hasCouplings.test(new NuclearMatterParameters(nmp[nmpOffset],
        nmp[nmpOffset + 1], nmp[nmpOffset + 2], nmp[nmpOffset + 3], nmp[nmpOffset + 4], nmp[nmpOffset + 5],
        nmp[nmpOffset + 6]));
  }

  /**
   * The network's admissibility probabilities of {@code rows} feature rows (already through the
   * pre-filter), written to {@code probability[targetRow[r]]}; {@code logits} holds rows x classes.
   */
  void probabilities(double[] features, int featureWidth, int rows, double[] input, FeedForwardNetwork.Scratch scratch,
      double[] logits, int[] targetRow, double[] probability) {
    head.runRows(features, featureWidth, rows, input, scratch, logits);
    int classCount = classes.size();
    for (int r = 0; r < rows; r++) {
      probability[targetRow[r]] = softmax(logits, r * classCount, classCount);
    }
  }

  private double softmax(double[] out, int offset, int classCount) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < classCount; k++) {
      max = Math.max(max, out[offset + k]);
    }
    double sum = 0;
    for (int k = 0; k < classCount; k++) {
      sum += StrictMath.exp(out[offset + k] - max);
    }
    return StrictMath.exp(out[offset + admissibleIndex] - max) / sum;
  }
}
