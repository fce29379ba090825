package org.nucleiml.study.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.nucleus.CenterOfMassCorrection;
import org.nucleiml.physics.nucleus.ChargeRadiusFormula;
import org.nucleiml.physics.nucleus.PairingPrescription;
import org.nucleiml.physics.nucleus.PairingSettings;
import org.nucleiml.physics.nucleus.SolverSettings;

/**
 * The written form of the RMF solver settings, the same names in a POM's {@code <solver>} and on
 * the command line ({@code --solver meshStepFm=0.1,pairing=none}); anything left out (null) keeps the
 * solver's default. The inverse, {@link #of(SolverSettings)}, writes every setting out, which is how a
 * Slurm task is given exactly the settings of the build that submitted it.
 *
 * @param meshStepFm radial mesh step, fm
 * @param boxRadiusFm box radius, fm; 0 = max(15, 10 + 1.5 A^(1/3))
 * @param maxIterations self-consistency iteration cap
 * @param toleranceMeV convergence tolerance, MeV
 * @param pairing {@code constant-gap}, {@code none} or {@code constant-g} ({@code true}/{@code false}:
 *     constant-gap/none, the earlier form)
 * @param pairingGapCoefficientMeV constant gap {@code Delta = c/sqrt(A)}: c, MeV
 * @param centerOfMassCoefficientMeV centre-of-mass correction {@code -(3/4) c A^(-1/3)}: c, MeV
 * @param chargeRadius {@code with-neutron} or {@code proton-only}
 */
public record SolverEntry(Double meshStepFm, Double boxRadiusFm, Integer maxIterations, Double toleranceMeV,
    String pairing, Double pairingGapCoefficientMeV, Double centerOfMassCoefficientMeV, String chargeRadius) {

  /** Every key, in the order they are written. */
  public static final List<String> KEYS = List.of("meshStepFm", "boxRadiusFm", "maxIterations", "toleranceMeV",
      "pairing", "pairingGapCoefficientMeV", "centerOfMassCoefficientMeV", "chargeRadius");

  /** The settings: the solver's defaults with the given values replaced; errors name {@code solver.<key>}. */
  public SolverSettings toSettings() {
    SolverSettings d = SolverSettings.DEFAULT;
    PairingSettings p = d.pairing();
    PairingSettings pairingSettings = new PairingSettings(prescription(p.prescription()),
        pairingGapCoefficientMeV == null ? p.gapCoefficientMeV() : pairingGapCoefficientMeV,
        p.windowInHbarOmega(), p.strengthCoefficientMeV());
    CenterOfMassCorrection cm = centerOfMassCoefficientMeV == null ? d.centerOfMass()
        : new CenterOfMassCorrection(centerOfMassCoefficientMeV);
    try {
      return new SolverSettings(meshStepFm == null ? d.meshStepFm() : meshStepFm,
          boxRadiusFm == null ? d.boxRadiusFm() : boxRadiusFm,
          maxIterations == null ? d.maxIterations() : maxIterations,
          toleranceMeV == null ? d.tolerance() : toleranceMeV, pairingSettings, cm, chargeRadiusFormula(d),
          d.mixingHistory(), d.mixingWeight());
    } catch (InvalidParameterException e) {
      throw e.in("solver");
    }
  }

  /**
   * Every setting written out, so that {@code of(s).toSettings()} equals {@code s}.
   *
   * @throws InvalidParameterException for settings the written form cannot express (mixing, another
   *     pairing window or strength, a charge-radius formula other than the two named ones)
   */
  public static SolverEntry of(SolverSettings s) {
    SolverSettings d = SolverSettings.DEFAULT;
    PairingSettings p = s.pairing();
    if (s.mixingHistory() != d.mixingHistory() || s.mixingWeight() != d.mixingWeight()
        || p.windowInHbarOmega() != d.pairing().windowInHbarOmega()
        || p.strengthCoefficientMeV() != d.pairing().strengthCoefficientMeV()) {
      throw new InvalidParameterException("solver", s, "settings whose mixing, pairing window and constant-G"
          + " strength are the defaults (the only ones a POM or the command line can express)");
    }
    String radius = s.chargeRadius().equals(ChargeRadiusFormula.WITH_NEUTRON) ? "with-neutron"
        : s.chargeRadius().equals(ChargeRadiusFormula.PROTON_ONLY) ? "proton-only" : null;
    if (radius == null) {
      throw new InvalidParameterException("solver.chargeRadius", s.chargeRadius(), "with-neutron or proton-only");
    }
    return new SolverEntry(s.meshStepFm(), s.boxRadiusFm(), s.maxIterations(), s.tolerance(),
        p.prescription().key(), p.gapCoefficientMeV(), s.centerOfMass().hbarOmegaCoefficientMeV(), radius);
  }

  /**
   * Parses {@code key=value} words such as {@code meshStepFm=0.1} (keys of {@link #KEYS}).
   *
   * @param parameter the option's name in messages, e.g. {@code --solver}
   */
  public static SolverEntry parse(String parameter, List<String> words) {
    Map<String, String> v = new LinkedHashMap<>();
    for (String word : words) {
      int eq = word.indexOf('=');
      String key = eq < 0 ? "" : word.substring(0, eq).trim();
      if (!KEYS.contains(key)) {
        throw new InvalidParameterException(parameter, word, "KEY=VALUE with KEY one of " + KEYS);
      }
      v.put(key, word.substring(eq + 1).trim());
    }
    try {
      return new SolverEntry(dbl(v.get("meshStepFm")), dbl(v.get("boxRadiusFm")),
          v.get("maxIterations") == null ? null : Integer.valueOf(v.get("maxIterations")),
          dbl(v.get("toleranceMeV")), v.get("pairing"), dbl(v.get("pairingGapCoefficientMeV")),
          dbl(v.get("centerOfMassCoefficientMeV")), v.get("chargeRadius"));
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(parameter, String.join(",", words), "numbers where numbers are expected ("
          + e.getMessage() + ")");
    }
  }

  /** The {@code key=value} words of the values that are set, in {@link #KEYS} order. */
  public List<String> words() {
    List<String> words = new ArrayList<>();
    Object[] values = {meshStepFm, boxRadiusFm, maxIterations, toleranceMeV, pairing, pairingGapCoefficientMeV,
        centerOfMassCoefficientMeV, chargeRadius};
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        words.add(KEYS.get(i) + "=" + values[i]);
      }
    }
    return words;
  }

  private static Double dbl(String text) {
    return text == null ? null : Double.valueOf(text);
  }

  private PairingPrescription prescription(PairingPrescription d) {
    if (pairing == null) {
      return d;
    }
    return switch (pairing.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> PairingPrescription.CONSTANT_GAP;
      case "false" -> PairingPrescription.NONE;
      default -> PairingPrescription.parse("solver.pairing", pairing);
    };
  }

  private ChargeRadiusFormula chargeRadiusFormula(SolverSettings d) {
    if (chargeRadius == null) {
      return d.chargeRadius();
    }
    return switch (chargeRadius.trim().toLowerCase(Locale.ROOT)) {
      case "with-neutron" -> ChargeRadiusFormula.WITH_NEUTRON;
      case "proton-only" -> ChargeRadiusFormula.PROTON_ONLY;
      default -> throw new InvalidParameterException("solver.chargeRadius", chargeRadius,
          "with-neutron or proton-only");
    };
  }
}
