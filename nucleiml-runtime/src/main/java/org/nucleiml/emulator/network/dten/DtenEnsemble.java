package org.nucleiml.emulator.network.dten;

import java.util.List;
import org.nucleiml.InvalidParameterException;

/**
 * An inverse-variance weighted DTEN ensemble ([S002] Eqs. (7)-(8)): B = sum_i w_i B_i with
 * w_i = sigma_i^-2 / sum_j sigma_j^-2, sigma_i member i's validation RMS.
 *
 * @param members the members, in index order 0..M-1
 */
public record DtenEnsemble(List<DtenMember> members) {

  /** Checks that the members are numbered 0..M-1. */
  public DtenEnsemble {
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new InvalidParameterException("ensemble members", 0, "at least one member");
    }
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).index() != i) {
        throw new InvalidParameterException("ensemble member " + i + " index", members.get(i).index(),
            i + " (members in index order, none missing)");
      }
    }
  }

  /** The members' weights, in member order. */
  public double[] weights() {
    return InverseVarianceWeights.of(members.stream().mapToDouble(DtenMember::validationRmsMeV).toArray());
  }

  /** Weighted binding energies (MeV) of raw rows, summed in member order. */
  public double[] bindingEnergies(DtenData raw, int threads) {
    double[] w = weights();
    double[] b = new double[raw.rows()];
    for (int i = 0; i < members.size(); i++) {
      double[] bi = members.get(i).bindingEnergies(raw, threads);
      for (int r = 0; r < b.length; r++) {
        b[r] += w[i] * bi[r];
      }
    }
    return b;
  }
}
