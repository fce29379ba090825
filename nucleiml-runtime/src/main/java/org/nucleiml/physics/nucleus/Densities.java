package org.nucleiml.physics.nucleus;

/**
 * Local densities on the mesh, fm^-3: scalar {@code rho_s}, vector {@code rho = rho_n + rho_p},
 * isovector {@code rho_3 = rho_p - rho_n} and the point-proton density.
 */
final class Densities {

  final double[] scalar;
  final double[] vector;
  final double[] isovector;
  final double[] proton;
  final double[] neutron;

  Densities(int size) {
    scalar = new double[size];
    vector = new double[size];
    isovector = new double[size];
    proton = new double[size];
    neutron = new double[size];
  }

  /** Combines the two species' densities. */
  void combine(NucleonLevels protons, NucleonLevels neutrons) {
    for (int i = 0; i < scalar.length; i++) {
      proton[i] = protons.rhoV[i];
      neutron[i] = neutrons.rhoV[i];
      scalar[i] = protons.rhoS[i] + neutrons.rhoS[i];
      vector[i] = proton[i] + neutron[i];
      isovector[i] = proton[i] - neutron[i];
    }
  }

  /** Fermi-distributed densities of Z protons and N neutrons, the cold start of the iteration. */
  void fermi(RadialGrid grid, int z, int n) {
    int a = z + n;
    double radius = 1.12 * StrictMath.cbrt(a) - 0.86 / StrictMath.cbrt(a);
    double diffuseness = 0.55;
    double[] shape = new double[scalar.length];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = 1.0 / (1.0 + StrictMath.exp((grid.r[i] - radius) / diffuseness));
    }
    double norm = grid.volumeIntegral(shape);
    for (int i = 0; i < shape.length; i++) {
      proton[i] = z * shape[i] / norm;
      neutron[i] = n * shape[i] / norm;
      vector[i] = proton[i] + neutron[i];
      isovector[i] = proton[i] - neutron[i];
      // the scalar density is smaller than the vector one by about <M*/E> ~ 0.95 in nuclei
      scalar[i] = 0.95 * vector[i];
    }
  }
}
