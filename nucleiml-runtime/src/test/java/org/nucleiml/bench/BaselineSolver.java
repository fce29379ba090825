package org.nucleiml.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;

/**
 * Another build's RMF solver in this JVM, for measuring a change against the code it replaces in
 * the same run (JMH, the old-vs-new comparison of the study's box sample). The baseline is a jar or
 * class directory with that build's {@code org.nucleiml.physics} classes (and the two root classes
 * they use), loaded by its own class loader and called by reflection. Build one from a commit:
 * <pre>
 *   git archive main nucleiml-runtime/src/main/java | tar -x -C /tmp/base
 *   cd /tmp/base/nucleiml-runtime/src/main/java
 *   javac -d /tmp/base/classes -sourcepath . $(find org/nucleiml/physics -name '*.java')
 * </pre>
 * and pass {@code -Dnml.baseline=/tmp/base/classes}.
 */
public final class BaselineSolver {

  /** The system property naming the baseline classes. */
  public static final String PROPERTY = "nml.baseline";

  /** A baseline result in this build's terms. */
  public record Result(boolean converged, String reason, int iterations, double bindingEnergyMeV,
      double chargeRadiusFm, String configuration) {}

  private final Object solver;
  private final Method solve;
  private final Method parse;
  private final Constructor<?> couplings;
  private final Constructor<?> constants;
  private final Method converged;
  private final Method reason;
  private final Method iterations;
  private final Method bindingEnergy;
  private final Method chargeRadius;
  private final Method configuration;

  /** Loads the baseline from the classes at {@code location} with its default settings. */
  public BaselineSolver(Path location) throws ReflectiveOperationException, java.io.IOException {
    if (!Files.exists(location)) {
      throw new java.io.FileNotFoundException("baseline classes " + location);
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {location.toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
    Class<?> nucleus = loader.loadClass("org.nucleiml.physics.Nucleus");
    Class<?> couplingsType = loader.loadClass("org.nucleiml.physics.Couplings");
    Class<?> constantsType = loader.loadClass("org.nucleiml.physics.ModelConstants");
    Class<?> settings = loader.loadClass("org.nucleiml.physics.nucleus.SolverSettings");
    Class<?> solverType = loader.loadClass("org.nucleiml.physics.nucleus.RmfSolver");
    Class<?> solution = loader.loadClass("org.nucleiml.physics.nucleus.NucleusSolution");
    solver = solverType.getConstructor(settings).newInstance(settings.getField("DEFAULT").get(null));
    solve = solverType.getMethod("solve", nucleus, couplingsType, constantsType);
    parse = nucleus.getMethod("parse", String.class);
    Class<?>[] seven = new Class<?>[7];
    java.util.Arrays.fill(seven, double.class);
    couplings = couplingsType.getConstructor(seven);
    constants = constantsType.getConstructor(double.class, double.class, double.class, double.class);
    converged = solution.getMethod("converged");
    reason = solution.getMethod("reason");
    iterations = solution.getMethod("iterations");
    bindingEnergy = solution.getMethod("bindingEnergyMeV");
    chargeRadius = solution.getMethod("chargeRadiusFm");
    configuration = solution.getMethod("configuration");
  }

  /** The baseline named by {@link #PROPERTY}, or null when it is not set. */
  public static BaselineSolver fromProperty() throws ReflectiveOperationException, java.io.IOException {
    String location = System.getProperty(PROPERTY);
    return location == null || location.isBlank() ? null : new BaselineSolver(Path.of(location));
  }

  /** A prepared call: the baseline's own nucleus, couplings and constants objects. */
  public final class Problem {
    private final Object nucleus;
    private final Object couplingsValue;
    private final Object constantsValue;

    Problem(Object nucleus, Object couplingsValue, Object constantsValue) {
      this.nucleus = nucleus;
      this.couplingsValue = couplingsValue;
      this.constantsValue = constantsValue;
    }

    /** Solves with the baseline; returns its solution object (for benchmarks). */
    public Object solveRaw() throws ReflectiveOperationException {
      return solve.invoke(solver, nucleus, couplingsValue, constantsValue);
    }

    /** Solves with the baseline. */
    public Result solve() throws ReflectiveOperationException {
      Object s = solveRaw();
      Object why = reason.invoke(s);
      return new Result((Boolean) converged.invoke(s), why == null ? null : why.toString(),
          (Integer) iterations.invoke(s), (Double) bindingEnergy.invoke(s),
          (Double) chargeRadius.invoke(s), (String) configuration.invoke(s));
    }
  }

  /** The baseline's form of (nucleus, couplings, constants). */
  public Problem problem(String nucleusName, Couplings c, ModelConstants k)
      throws ReflectiveOperationException {
    return new Problem(parse.invoke(null, nucleusName),
        couplings.newInstance(c.gSigma(), c.gOmega(), c.gRho(), c.aMeV(), c.b(), c.c(), c.lambdaV()),
        constants.newInstance(k.mSigma(), k.mOmega(), k.mRho(), k.nucleonMass()));
  }
}
