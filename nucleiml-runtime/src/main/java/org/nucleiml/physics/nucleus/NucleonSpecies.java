package org.nucleiml.physics.nucleus;

/** Proton or neutron, with the isospin projection {@code tau_3} of the model (+1 proton). */
public enum NucleonSpecies {
  PROTON(+1),
  NEUTRON(-1);

  private final int tau3;

  NucleonSpecies(int tau3) {
    this.tau3 = tau3;
  }

  /** {@code tau_3}: +1 for the proton, -1 for the neutron. */
  public int tau3() {
    return tau3;
  }
}
