package org.nucleiml.physics.nucleus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The single-particle spectrum of one nucleon species in given potentials: finds the bound levels
 * below a cut (by node counting per kappa), fills the lowest ones, applies the pairing prescription
 * (constant-gap BCS when the last occupied level is only partly filled, a constant-G force always, or
 * none) and accumulates the vector and scalar densities. Only levels up to a few MeV above the Fermi
 * level are solved, except on a full search.
 */
final class NucleonLevels {

  /**
   * Result of an update: all nucleons placed, too few bound levels (the bound ones are filled and
   * the density is scaled up to the particle number, a stopgap that lets early iterations of a
   * shallow start deepen the fields), or no bound level at all.
   */
  enum Status { OK, SHORT, EMPTY }

  /** Which levels an update looks for. */
  enum Search {
    /** Every bound level (first step, periodic checks, confirmation of convergence). */
    ALL_BOUND,
    /** Levels up to a margin above the Fermi level, counted per kappa. */
    NEAR_FERMI,
    /** The same levels as the previous step (fields nearly converged). */
    KEEP
  }

  private static final int MAX_L = 20;
  /** Levels up to this far above the Fermi level are kept, to see level crossings coming, MeV. */
  private static final double MARGIN_MEV = 6.0;
  /**
   * Level energies are predicted to first order (below) only once a step asks for them to better
   * than this, MeV, i.e. once the residual is below 1 MeV: in the first, far from self-consistent
   * steps the occupied configuration is still being chosen, and there the prediction moved some
   * solves with two self-consistent configurations (NL3 116Sn) to the other, less bound one.
   */
  private static final double PREDICT_BELOW_ACCURACY_MEV = 1e-3;

  final NucleonSpecies species;
  final int particles;
  private final RadialGrid grid;
  private final DiracSolver dirac;
  private final Orbital[][] orbitals = new Orbital[2 * MAX_L + 1][];
  private final List<Orbital> active = new ArrayList<>();
  private final double gap;
  private final double strength;
  private final double window;
  private final boolean pairing;
  private final PairingPrescription prescription;
  private double fermiEnergy = Double.NaN;
  final double[] rhoV;
  final double[] rhoS;
  /** The potentials of the previous update, for the first-order shift of the level energies. */
  private final double[] previousS;
  private final double[] previousV;
  /** Weighted G^2 and F^2 summed over the occupied levels (the densities before the 1/r^2). */
  private final double[] upperSum;
  private final double[] lowerSum;
  /** Updates so far; an orbital solved in the previous one has {@code solvedAt == updates - 1}. */
  private int updates;
  double energySum;
  double pairingEnergy;
  /** The BCS gap of the last occupation, MeV; 0 without pairing. */
  double pairingGap;
  /**
   * Identifies the set of fully occupied levels, whatever their order: two occupied levels that
   * swap places in energy (nearly degenerate ones do, from step to step) are not a change of the
   * configuration, so they neither count towards LEVEL_ORDERING nor show as a crossing.
   */
  long signature;
  /** Changes of the occupied level set (partly filled levels included) since the start. */
  int configurationChanges;
  /** The last change of the occupied level set, e.g. "2p1/2^2 -> 1f5/2^2", or null. */
  String lastCrossing;
  private long occupiedSignature;
  private Map<DiracLevel, Integer> occupied = Map.of();
  /** Nucleons in the levels below the pairing window of the last occupation. */
  private int belowWindow;
  /**
   * The Fermi surface of the last sharp filling: the highest level that received nucleons and the
   * lowest bound level above it that received none (null when there is none).
   */
  private Orbital lastFilled;
  private Orbital firstEmpty;
  /**
   * A constrained filling (the ground-state check of {@link CompetingConfigurations}): level
   * {@code promoted} is filled just before level {@code demoted}, whatever their energies, and
   * the filling is sharp (no pairing), so the iteration converges to that configuration.
   */
  private DiracLevel promoted;
  private DiracLevel demoted;

  NucleonLevels(NucleonSpecies species, int particles, RadialGrid grid, PairingSettings pairing,
      int massNumber) {
    this.species = species;
    this.particles = particles;
    this.grid = grid;
    this.dirac = new DiracSolver(grid);
    this.prescription = pairing.prescription();
    this.pairing = pairing.enabled();
    this.gap = pairing.gapMeV(massNumber);
    this.strength = pairing.strengthMeV(massNumber);
    this.window = pairing.windowMeV(massNumber);
    rhoV = new double[grid.n + 1];
    rhoS = new double[grid.n + 1];
    previousS = new double[grid.n + 1];
    previousV = new double[grid.n + 1];
    upperSum = new double[grid.n + 1];
    lowerSum = new double[grid.n + 1];
  }

  /**
   * Solves the levels in potentials S and V (MeV), occupies them and builds the densities.
   *
   * @param accuracyMeV how exactly the level energies are needed (0: fully, 1e-9 MeV)
   */
  Status update(double[] s, double[] v, double mass, Search search, double accuracyMeV) {
    if (particles == 0) {
      return Status.OK;
    }
    dirac.setAccuracy(accuracyMeV);
    updates++;
    if (updates > 1 && accuracyMeV < PREDICT_BELOW_ACCURACY_MEV) {
      predictEnergies(s, v);
    }
    System.arraycopy(s, 0, previousS, 0, previousS.length);
    System.arraycopy(v, 0, previousV, 0, previousV.length);
    dirac.setPotentials(s, v, mass);
    double top = dirac.topMeV();
    double margin = !pairing ? MARGIN_MEV
        : Math.max(MARGIN_MEV, (prescription == PairingPrescription.CONSTANT_G ? 2 : 1) * window + 1.0);
    boolean all = search == Search.ALL_BOUND || Double.isNaN(fermiEnergy);
    if (search == Search.KEEP && !all && !active.isEmpty()) {
      resolveActive();
    } else {
      findLevels(all ? top : Math.min(top, fermiEnergy + margin));
    }
    if (capacity() < particles) {
      findLevels(top);
    }
    int capacity = capacity();
    if (capacity == 0) {
      return Status.EMPTY;
    }
    occupy();
    accumulateDensities();
    if (capacity < particles) {
      scaleDensities(particles / (double) capacity);
      return Status.SHORT;
    }
    return Status.OK;
  }

  /** The occupied (or paired) levels, lowest first. */
  List<SingleParticleLevel> levels() {
    List<SingleParticleLevel> out = new ArrayList<>();
    for (Orbital o : active) {
      if (o.occupation > 0) {
        out.add(new SingleParticleLevel(species, o.level, o.energy, o.occupation));
      }
    }
    return out;
  }

  /**
   * The Fermi surface of the last sharp filling, or null when no bound level lies above the last
   * filled one. After a step with a full search, {@code next} is the lowest empty bound level.
   */
  FermiSurface fermiSurface() {
    return lastFilled == null || firstEmpty == null ? null
        : new FermiSurface(lastFilled.level, lastFilled.energy, firstEmpty.level,
            firstEmpty.energy);
  }

  /** The last filled level and the first empty one above it, with their energies (MeV). */
  record FermiSurface(DiracLevel last, double lastMeV, DiracLevel next, double nextMeV) {

    /** The distance of the first empty level above the last filled one, MeV. */
    double gapMeV() {
      return nextMeV - lastMeV;
    }
  }

  /** Fills {@code promoted} just before {@code demoted}, sharply, until {@link #release()}. */
  void constrain(DiracLevel promoted, DiracLevel demoted) {
    this.promoted = promoted;
    this.demoted = demoted;
  }

  /**
   * Whether the constraint still decides the filling: the promoted level lies above the demoted
   * one, so the ordinary filling would differ.
   */
  boolean constraintHolds() {
    return promoted != null && constrainedOrder() != active;
  }

  /**
   * The first-order estimate of the competing configuration's energy, relative to the current one,
   * MeV: the levels of the current potentials filled with {@code promoted} just before {@code
   * demoted}, then the pairing prescription applied to that filling (constant-gap BCS around a
   * partly filled level), against the current filling. The fields are frozen, so the rearrangement
   * of the competitor (which makes it more bound than this) is left out. Changes nothing.
   *
   * @return the estimated energy change (negative: the competitor is more bound), or negative
   *     infinity under {@code constant-g} (no estimate: its pairing depends on the whole window)
   */
  double competitorEnergyShiftMeV(DiracLevel promoted, DiracLevel demoted) {
    if (prescription == PairingPrescription.CONSTANT_G) {
      return Double.NEGATIVE_INFINITY;
    }
    double[] saved = new double[active.size()];
    for (int i = 0; i < saved.length; i++) {
      saved[i] = active.get(i).occupation;
    }
    int savedBelowWindow = belowWindow;
    DiracLevel heldPromoted = this.promoted;
    DiracLevel heldDemoted = this.demoted;
    this.promoted = promoted;
    this.demoted = demoted;
    List<Orbital> order = constrainedOrder();
    this.promoted = heldPromoted;
    this.demoted = heldDemoted;
    int remaining = particles;
    Orbital partial = null;
    for (Orbital o : order) {
      if (remaining >= o.degeneracy) {
        o.occupation = 1.0;
        remaining -= o.degeneracy;
      } else if (remaining > 0) {
        o.occupation = remaining / (double) o.degeneracy;
        partial = o;
        remaining = 0;
      } else {
        o.occupation = 0.0;
      }
    }
    double energy = partial != null && prescription == PairingPrescription.CONSTANT_GAP
        ? BcsPairing.occupy(window(partial.energy), particles - belowWindow, gap) : 0.0;
    for (int i = 0; i < saved.length; i++) {
      Orbital o = active.get(i);
      energy += o.occupation * o.degeneracy * o.energy;
      o.occupation = saved[i];
    }
    belowWindow = savedBelowWindow;
    return energy - (energySum + pairingEnergy);
  }

  /** Identifies the occupied levels of the last sharp filling, partly filled ones included. */
  long occupiedSignature() {
    return occupiedSignature;
  }

  /** Back to the ordinary filling (lowest levels first, then the pairing prescription). */
  void release() {
    promoted = null;
    demoted = null;
  }

  /** The levels holding nucleons after the last update, lowest first (for the radial profiles). */
  List<Orbital> occupiedOrbitals() {
    return active.stream().filter(o -> o.occupation > 0).toList();
  }

  /**
   * Starts every level's search from its energy in {@code other} (the same species of the same
   * nucleus on the same mesh: the ground-state check starts from the converged solve's levels).
   */
  void seedFrom(NucleonLevels other) {
    for (int k = 0; k < other.orbitals.length; k++) {
      Orbital[] row = other.orbitals[k];
      if (row == null) {
        continue;
      }
      for (Orbital o : row) {
        if (o != null && !Double.isNaN(o.energy)) {
          orbital(o.level.kappa(), o.level.n()).energy = o.energy;
        }
      }
    }
  }

  /** Seeds the energy guess of a level (warm start). */
  void seed(DiracLevel level, double energy) {
    orbital(level.kappa(), level.n()).energy = energy;
  }

  /**
   * Between full searches the set of levels is kept and only their energies and wave functions are
   * updated (a level dropping out, e.g. becoming unbound, forces a new search): counting the levels
   * of every kappa costs a whole-box integration per kappa, a quarter of the work of a step.
   */
  private void resolveActive() {
    for (Orbital o : active) {
      DiracLevel q = o.level;
      double e = dirac.solve(q.kappa(), q.n(), o.energy, Double.NaN, o.g, o.f);
      if (Double.isNaN(e)) {
        findLevels(Math.min(dirac.topMeV(), fermiEnergy + MARGIN_MEV));
        return;
      }
      o.energy = e;
      o.solvedAt = updates;
    }
    active.sort(Comparator.comparingDouble(o -> o.energy));
  }

  /**
   * Moves the starting guess of every level solved in the previous update by its first-order
   * energy shift in the new potentials, {@code int [(G^2 + F^2) dV - (G^2 - F^2) dS] dr} (the
   * expectation value of the change of the Dirac Hamiltonian; the scalar potential enters with
   * beta). The shooting then starts a second-order distance from the level, which saves about one
   * integration per level and step. Only the guess changes: the level is still found by node
   * counting and refined to the same tolerance, from this solve's own previous step.
   */
  private void predictEnergies(double[] s, double[] v) {
    int stamp = updates - 1;
    for (Orbital[] row : orbitals) {
      if (row == null) {
        continue;
      }
      for (Orbital o : row) {
        if (o == null || o.solvedAt != stamp) {
          continue;
        }
        double[] g = o.g;
        double[] f = o.f;
        double shift = 0;
        for (int i = 1; i <= grid.n; i++) {
          double g2 = g[i] * g[i];
          double f2 = f[i] * f[i];
          shift += (g2 + f2) * (v[i] - previousV[i]) - (g2 - f2) * (s[i] - previousS[i]);
        }
        o.energy += shift * grid.h;
      }
    }
  }

  private void findLevels(double cut) {
    active.clear();
    for (int l = 0; l <= MAX_L; l++) {
      int bound = addKappa(-(l + 1), cut);
      if (l > 0) {
        addKappa(l, cut);
      }
      if (bound == 0) {
        break;
      }
    }
    active.sort(Comparator.comparingDouble(o -> o.energy));
  }

  private int addKappa(int kappa, double cut) {
    int count = dirac.countBelow(kappa, cut);
    double below = Double.NaN;
    for (int n = 1; n <= count; n++) {
      Orbital o = orbital(kappa, n);
      // level n of a kappa lies above level n - 1, which brackets a search without a guess
      double e = dirac.solve(kappa, n, o.energy, below, o.g, o.f);
      if (Double.isNaN(e)) {
        return n - 1;
      }
      o.energy = e;
      o.solvedAt = updates;
      below = e;
      active.add(o);
    }
    return count;
  }

  private Orbital orbital(int kappa, int n) {
    int index = kappa < 0 ? -2 * kappa - 2 : 2 * kappa - 1;
    Orbital[] row = orbitals[index];
    if (row == null || row.length < n) {
      Orbital[] grown = new Orbital[n + 2];
      if (row != null) {
        System.arraycopy(row, 0, grown, 0, row.length);
      }
      orbitals[index] = row = grown;
    }
    if (row[n - 1] == null) {
      row[n - 1] = new Orbital(new DiracLevel(kappa, n), grid.n + 1);
    }
    return row[n - 1];
  }

  private int capacity() {
    int c = 0;
    for (Orbital o : active) {
      c += o.degeneracy;
    }
    return c;
  }

  /**
   * Sharp filling; then constant-gap BCS in the window around a partly filled last level, or the
   * constant-G force in the window around the Fermi level.
   */
  private void occupy() {
    int remaining = particles;
    Orbital partial = null;
    firstEmpty = null;
    lastFilled = null;
    long sig = 17;
    long occupiedSig = 17;
    List<Orbital> order = promoted == null ? active : constrainedOrder();
    double highest = Double.NEGATIVE_INFINITY;
    for (Orbital o : order) {
      if (remaining > 0) {
        lastFilled = o;
        highest = Math.max(highest, o.energy);
      }
      if (remaining >= o.degeneracy) {
        o.occupation = 1.0;
        remaining -= o.degeneracy;
        fermiEnergy = o.energy;
        sig += spread(o.level.hashCode());
        occupiedSig += spread(o.level.hashCode());
      } else if (remaining > 0) {
        o.occupation = remaining / (double) o.degeneracy;
        partial = o;
        fermiEnergy = o.energy;
        remaining = 0;
        // a partly filled level counts differently from a full one
        occupiedSig += 7 * spread(o.level.hashCode());
      } else {
        if (firstEmpty == null) {
          firstEmpty = o;
        }
        o.occupation = 0.0;
      }
    }
    signature = sig;
    if (promoted != null) {
      // the promoted level may lie above the last one filled; the searches start from the top one
      fermiEnergy = highest;
    }
    if (occupiedSig != occupiedSignature) {
      occupiedSignature = occupiedSig;
      recordCrossing();
    }
    pairingEnergy = 0;
    pairingGap = 0;
    if (promoted != null) {
      return;
    }
    if (partial != null && prescription == PairingPrescription.CONSTANT_GAP) {
      pair(partial.energy);
      pairingGap = gap;
    } else if (prescription == PairingPrescription.CONSTANT_G) {
      // a closed shell's window is centred in its shell gap, an open one on the partly filled level
      double centre = partial != null || firstEmpty == null ? fermiEnergy
          : Math.min(0.5 * (fermiEnergy + firstEmpty.energy), fermiEnergy + window);
      pairWithStrength(centre);
    }
  }

  /** The levels in energy order, except that the promoted level comes just before the demoted. */
  private List<Orbital> constrainedOrder() {
    int from = -1;
    int to = -1;
    for (int i = 0; i < active.size(); i++) {
      DiracLevel q = active.get(i).level;
      if (q.equals(promoted)) {
        from = i;
      } else if (q.equals(demoted)) {
        to = i;
      }
    }
    if (from < 0 || to < 0 || from < to) {
      return active;
    }
    List<Orbital> order = new ArrayList<>(active);
    order.add(to, order.remove(from));
    return order;
  }

  /** SplitMix64's finaliser: order-free sums of well-spread level hashes rarely collide. */
  private static long spread(int hash) {
    long z = hash * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    return z ^ (z >>> 27);
  }

  /**
   * Notes how the occupied levels of the sharp filling changed (for LEVEL_ORDERING failures): the
   * levels that left, entered or changed their number of nucleons, before and after, e.g.
   * {@code 1i11/2^12 -> 2f5/2^6 1i11/2^6} when 2f5/2 dropped below the closing 1i11/2.
   */
  private void recordCrossing() {
    Map<DiracLevel, Integer> now = new LinkedHashMap<>();
    for (Orbital o : active) {
      if (o.occupation > 0) {
        now.put(o.level, (int) Math.round(o.occupation * o.degeneracy));
      }
    }
    if (!occupied.isEmpty()) {
      configurationChanges++;
      lastCrossing = changed(occupied, now) + " -> " + changed(now, occupied);
    }
    occupied = now;
  }

  /** The levels of {@code a} that are missing from {@code b} or hold another number there. */
  private static String changed(Map<DiracLevel, Integer> a, Map<DiracLevel, Integer> b) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<DiracLevel, Integer> e : a.entrySet()) {
      if (!e.getValue().equals(b.get(e.getKey()))) {
        text.append(text.length() == 0 ? "" : " ").append(e.getKey().label()).append('^')
            .append(e.getValue());
      }
    }
    return text.length() == 0 ? "-" : text.toString();
  }

  private void pairWithStrength(double centre) {
    List<Orbital> inWindow = window(centre);
    if (inWindow.isEmpty()) {
      return;
    }
    pairingGap = BcsPairing.occupyWithStrength(inWindow, particles - belowWindow, strength);
    pairingEnergy = -pairingGap * pairingGap / strength;
  }

  private void pair(double sharpFermi) {
    List<Orbital> inWindow = window(sharpFermi);
    pairingEnergy = BcsPairing.occupy(inWindow, particles - belowWindow, gap);
  }

  /**
   * The levels within the pairing window around {@code centre}; those above it are emptied, those
   * below keep their full occupation and their nucleons are counted in {@link #belowWindow}.
   */
  private List<Orbital> window(double centre) {
    List<Orbital> inWindow = new ArrayList<>();
    belowWindow = 0;
    for (Orbital o : active) {
      if (o.energy < centre - window) {
        belowWindow += o.degeneracy;
      } else if (o.energy <= centre + window) {
        inWindow.add(o);
      } else {
        o.occupation = 0;
      }
    }
    return inWindow;
  }

  private void scaleDensities(double factor) {
    for (int i = 0; i <= grid.n; i++) {
      rhoV[i] *= factor;
      rhoS[i] *= factor;
    }
    energySum *= factor;
  }

  private void accumulateDensities() {
    java.util.Arrays.fill(upperSum, 0);
    java.util.Arrays.fill(lowerSum, 0);
    double sum = 0;
    for (Orbital o : active) {
      if (o.occupation <= 0) {
        continue;
      }
      double weight = o.occupation * o.degeneracy;
      sum += weight * o.energy;
      double[] g = o.g;
      double[] f = o.f;
      for (int i = 1; i <= grid.n; i++) {
        upperSum[i] += weight * g[i] * g[i];
        lowerSum[i] += weight * f[i] * f[i];
      }
    }
    // the common factor 1/(4 pi r^2) once per point instead of once per level and point
    for (int i = 1; i <= grid.n; i++) {
      double x = grid.invR[i] * grid.invR[i] / (4 * Math.PI);
      rhoV[i] = x * (upperSum[i] + lowerSum[i]);
      rhoS[i] = x * (upperSum[i] - lowerSum[i]);
    }
    rhoV[0] = RadialGrid.evenOrigin(rhoV[1], rhoV[2], rhoV[3]);
    rhoS[0] = RadialGrid.evenOrigin(rhoS[1], rhoS[2], rhoS[3]);
    energySum = sum;
  }
}
