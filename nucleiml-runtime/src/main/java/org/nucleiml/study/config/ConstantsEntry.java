package org.nucleiml.study.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.ModelConstants;

/**
 * The written form of the model constants (meson and nucleon masses, MeV), the same names in a POM's
 * {@code <constants>} and on the command line ({@code --constants mSigma=500}); null keeps the study's.
 *
 * @param mSigma sigma meson mass, MeV
 * @param mOmega omega meson mass, MeV
 * @param mRho rho meson mass, MeV
 * @param nucleonMass nucleon mass, MeV
 */
public record ConstantsEntry(Double mSigma, Double mOmega, Double mRho, Double nucleonMass) {

  /** Every key, in the order they are written. */
  public static final List<String> KEYS = List.of("mSigma", "mOmega", "mRho", "nucleonMass");

  /** The constants: the study's with the given values replaced; errors name {@code constants.<name>}. */
  public ModelConstants toConstants() {
    ModelConstants d = ModelConstants.STUDY;
    try {
      return new ModelConstants(mSigma == null ? d.mSigma() : mSigma, mOmega == null ? d.mOmega() : mOmega,
          mRho == null ? d.mRho() : mRho, nucleonMass == null ? d.nucleonMass() : nucleonMass);
    } catch (InvalidParameterException e) {
      throw e.in("constants");
    }
  }

  /** Every constant written out. */
  public static ConstantsEntry of(ModelConstants c) {
    return new ConstantsEntry(c.mSigma(), c.mOmega(), c.mRho(), c.nucleonMass());
  }

  /** Parses {@code key=value} words; {@code parameter} names the option in messages. */
  public static ConstantsEntry parse(String parameter, List<String> words) {
    Map<String, Double> v = new LinkedHashMap<>();
    for (String word : words) {
      int eq = word.indexOf('=');
      String key = eq < 0 ? "" : word.substring(0, eq).trim();
      if (!KEYS.contains(key)) {
        throw new InvalidParameterException(parameter, word, "KEY=VALUE with KEY one of " + KEYS);
      }
      try {
        v.put(key, Double.valueOf(word.substring(eq + 1).trim()));
      } catch (NumberFormatException e) {
        throw new InvalidParameterException(parameter, word, "KEY=NUMBER, a mass in MeV");
      }
    }
    return new ConstantsEntry(v.get("mSigma"), v.get("mOmega"), v.get("mRho"), v.get("nucleonMass"));
  }

  /** The {@code key=value} words of the values that are set. */
  public List<String> words() {
    List<String> words = new ArrayList<>();
    Double[] values = {mSigma, mOmega, mRho, nucleonMass};
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        words.add(KEYS.get(i) + "=" + values[i]);
      }
    }
    return words;
  }
}
