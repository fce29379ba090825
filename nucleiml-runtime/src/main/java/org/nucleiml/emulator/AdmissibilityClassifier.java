package org.nucleiml.emulator;

import java.util.List;
import java.util.function.Predicate;
import org.nucleiml.InvalidParameterException;
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

  /**
   * The admissibility probability of one row; {@code out} holds at least the class count.
   *
   * @param nmp the NMPs at {@code nmpOffset}, only read when a pre-filter is attached
   */
  double probability(double[] nmp, int nmpOffset, double[] features, double[] input, double[] scratch,
      double[] out) {
    if (hasCouplings != null && !hasCouplings.test(new NuclearMatterParameters(nmp[nmpOffset],
        nmp[nmpOffset + 1], nmp[nmpOffset + 2], nmp[nmpOffset + 3], nmp[nmpOffset + 4],
        nmp[nmpOffset + 5], nmp[nmpOffset + 6]))) {
      return 0.0;
    }
    head.run(features, input, scratch, out);
    int classCount = classes.size();
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < classCount; k++) {
      max = Math.max(max, out[k]);
    }
    double sum = 0;
    for (int k = 0; k < classCount; k++) {
      sum += Math.exp(out[k] - max);
    }
    return Math.exp(out[admissibleIndex] - max) / sum;
  }
}
