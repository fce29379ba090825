package org.nucleiml.emulator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.nucleiml.Seeds;
import org.nucleiml.data.SampleColumns;
import org.nucleiml.physics.Nucleus;

/**
 * Writes synthetic samples.csv files shaped like the RMF data set: NMPs uniform in the study's box,
 * BE/A about 8 MeV and Rch about 1.2 A^(1/3) fm with smooth NMP dependences of a few percent, and a
 * non-trivial admissibility boundary with all four label4 classes. Shared test fixture.
 */
public final class SyntheticSamples {

  /** The study's initial training nuclei. */
  public static final List<Nucleus> NUCLEI = List.of(Nucleus.parse("16O"), Nucleus.parse("40Ca"),
      Nucleus.parse("48Ca"), Nucleus.parse("132Sn"), Nucleus.parse("208Pb"));

  private static final double[] LO = {0.14, -16.5, 150, -1500, 0.5, 20, 20};
  private static final double[] HI = {0.17, -15.5, 300, 400, 0.8, 40, 100};

  private SyntheticSamples() {}

  /** Writes {@code samples} NMP sets times the initial nuclei to {@code file}. */
  public static Path write(Path file, int samples, long seed) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", SampleColumns.HEADER) + "\n");
      for (int s = 0; s < samples; s++) {
        double[] nmp = nmp(Seeds.random(seed, s));
        for (Nucleus nucleus : NUCLEI) {
          out.write(row(s, nmp, nucleus) + "\n");
        }
      }
    }
    return file;
  }

  /** NMPs uniform in the study's prior box. */
  static double[] nmp(SplittableRandom random) {
    double[] v = new double[7];
    for (int k = 0; k < 7; k++) {
      v[k] = LO[k] + (HI[k] - LO[k]) * random.nextDouble();
    }
    return v;
  }

  /** The NMPs mapped to [-1, 1]. */
  static double[] unit(double[] nmp) {
    double[] u = new double[7];
    for (int k = 0; k < 7; k++) {
      u[k] = 2 * (nmp[k] - LO[k]) / (HI[k] - LO[k]) - 1;
    }
    return u;
  }

  /** A smooth, mildly non-linear binding energy in MeV: liquid drop times (1 + a few percent). */
  public static double bindingEnergy(double[] nmp, int z, int n) {
    double a = z + n;
    double asym = (n - z) / a;
    double[] u = unit(nmp);
    double ld = 15.75 * a - 17.8 * Math.pow(a, 2.0 / 3) - 0.711 * z * (z - 1) / Math.cbrt(a)
        - 23.7 * (n - z) * (n - z) / a;
    double delta = 0.025 * u[1] + 0.012 * u[0] - 0.008 * u[2] * u[4] + 0.015 * u[4] * u[4]
        + 0.004 * u[3] * (1 + u[2]) + asym * (0.06 * u[5] - 0.04 * u[6] + 0.02 * u[5] * u[6])
        + 0.01 * Math.sin(1.5 * u[4] + u[0]) / Math.cbrt(a);
    return ld * (1 + delta);
  }

  /** A smooth charge radius in fm: about 1.2 A^(1/3) times (1 + a few percent). */
  public static double chargeRadius(double[] nmp, int z, int n) {
    double a = z + n;
    double asym = (n - z) / a;
    double[] u = unit(nmp);
    double base = 0.95 * Math.cbrt(a) + 0.85 - 0.6 / Math.cbrt(a);
    double eps = -0.015 * u[0] + 0.012 * u[4] - 0.006 * u[2] + 0.004 * u[4] * u[2]
        + asym * (0.05 * u[6] - 0.03 * u[5]) + 0.006 * Math.cos(u[1] + u[4]);
    return base * (1 + eps);
  }

  /**
   * The four-class label: no couplings in a corner of (Q0, effective mass, K0) space, non-convergence for
   * some heavy asymmetric cases, otherwise admissible unless the binding energy strays too far.
   */
  public static String label4(double[] nmp, int z, int n) {
    double[] u = unit(nmp);
    if (u[3] + 0.8 * u[4] - 0.3 * u[2] * u[2] < -0.9) {
      return "no-couplings";
    }
    double asym = (n - z) / (double) (z + n);
    if (asym > 0.15 && u[6] - u[5] > 1.1) {
      return "non-convergent";
    }
    double bePerA = bindingEnergy(nmp, z, n) / (z + n);
    double rch = chargeRadius(nmp, z, n) / (0.95 * Math.cbrt(z + n) + 0.85 - 0.6 / Math.cbrt(z + n));
    if (Math.abs(bePerA / ldPerA(z, n) - 1) > 0.035 || Math.abs(rch - 1) > 0.03) {
      return "outside-threshold";
    }
    return "admissible";
  }

  private static double ldPerA(int z, int n) {
    double a = z + n;
    return (15.75 * a - 17.8 * Math.pow(a, 2.0 / 3) - 0.711 * z * (z - 1) / Math.cbrt(a)
        - 23.7 * (n - z) * (n - z) / a) / a;
  }

  private static String row(int sample, double[] nmp, Nucleus nucleus) {
    int z = nucleus.z();
    int n = nucleus.n();
    String label4 = label4(nmp, z, n);
    boolean couplings = !label4.equals("no-couplings");
    boolean converged = couplings && !label4.equals("non-convergent");
    StringBuilder b = new StringBuilder().append(sample);
    for (double v : nmp) {
      b.append(',').append(v);
    }
    for (int k = 0; k < 7; k++) {
      b.append(',').append(couplings ? String.format(Locale.ROOT, "%.6f", 1 + k + nmp[k] / 1000) : "");
    }
    b.append(',').append(nucleus.name()).append(',').append(z).append(',').append(n).append(',')
        .append(z + n).append(',');
    b.append(converged ? Double.toString(bindingEnergy(nmp, z, n)) : "").append(',');
    b.append(converged ? Double.toString(chargeRadius(nmp, z, n)) : "").append(',');
    b.append(couplings ? (converged ? "40" : "999") : "").append(',').append(converged).append(',');
    b.append(label4.equals("admissible") ? "admissible" : "non-admissible").append(',').append(label4)
        .append(',').append(label4.equals("admissible") ? "" : label4);
    return b.toString();
  }
}
