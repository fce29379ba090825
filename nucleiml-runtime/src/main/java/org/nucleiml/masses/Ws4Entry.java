package org.nucleiml.masses;

/**
 * One nuclide of the WS4 mass table (Wang, Liu, Wu, Meng, PLB 734, 215 (2014)). Energies are as the
 * table prints them: E = −B in MeV; M is the mass excess in MeV; the experimental columns are
 * AME2012 values, 0 where not measured.
 *
 * @param nuclide Z and N
 * @param beta2 quadrupole deformation β₂
 * @param beta4 β₄
 * @param beta6 β₆
 * @param shellEnergyMeV Esh
 * @param deformationEnergyMeV Edef (not E_LD·(∏(1 + b_k β_k²) − 1): do not test {@code def} with it)
 * @param experimentalEnergyMeV Eexp = −B(AME2012), 0 where not measured
 * @param theoreticalEnergyMeV Eth = −B(WS4)
 * @param experimentalMassExcessMeV Mexp
 * @param theoreticalMassExcessMeV Mth
 */
public record Ws4Entry(Nuclide nuclide, double beta2, double beta4, double beta6,
    double shellEnergyMeV, double deformationEnergyMeV, double experimentalEnergyMeV,
    double theoreticalEnergyMeV, double experimentalMassExcessMeV, double theoreticalMassExcessMeV) {

  /** WS4's binding energy −Eth, MeV (positive). */
  public double bindingEnergyMeV() {
    return -theoreticalEnergyMeV;
  }
}
