package org.nucleiml.physics.nucleus;

import java.util.List;
import java.util.Locale;

/**
 * The occupied configuration of a nucleus in spectroscopic notation, one species after the other:
 * {@code p: 1s1/2^2 1p3/2^4 ...; n: ... 1f7/2^8 2p3/2^4}. The exponent is the number of nucleons in
 * the level, {@code v^2 (2j+1)}, printed as an integer when whole and with two decimals otherwise
 * (BCS or a uniformly filled level); levels holding less than 0.005 nucleons are left out. A paired
 * species ends with its gap, {@code [Delta 1.23 MeV]}. Two codes whose results differ where levels
 * nearly cross usually differ here.
 */
final class OccupiedConfiguration {

  private static final double SHOWN_FROM = 0.005;

  private OccupiedConfiguration() {}

  /** The configuration of both species; gaps in MeV (0 when unpaired). */
  static String describe(List<SingleParticleLevel> levels, double protonGap, double neutronGap) {
    return species(levels, NucleonSpecies.PROTON, "p", protonGap) + "; "
        + species(levels, NucleonSpecies.NEUTRON, "n", neutronGap);
  }

  private static String species(List<SingleParticleLevel> levels, NucleonSpecies species,
      String name, double gap) {
    StringBuilder b = new StringBuilder(name).append(':');
    for (SingleParticleLevel l : levels) {
      double number = l.occupation() * l.level().degeneracy();
      if (l.species() != species || number < SHOWN_FROM) {
        continue;
      }
      b.append(' ').append(l.level().label()).append('^').append(count(number));
    }
    if (gap > 0) {
      b.append(String.format(Locale.ROOT, " [Delta %.3f MeV]", gap));
    }
    return b.toString();
  }

  private static String count(double number) {
    long whole = Math.round(number);
    return Math.abs(number - whole) < 5e-7 ? Long.toString(whole)
        : String.format(Locale.ROOT, "%.2f", number);
  }
}
