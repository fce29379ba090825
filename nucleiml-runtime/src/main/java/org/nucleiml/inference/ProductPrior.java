package org.nucleiml.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.data.ParameterBox;
import org.nucleiml.data.Range;
import org.nucleiml.physics.NuclearMatterParameters;

/**
 * A prior of independent parameters: the product of one {@link ParameterPrior} per parameter.
 *
 * @param names parameter names, in coordinate order
 * @param components one prior per parameter
 */
public record ProductPrior(List<String> names, List<ParameterPrior> components) implements Prior {

  /** Requires one component per name, no duplicate names. */
  public ProductPrior {
    names = List.copyOf(names);
    components = List.copyOf(components);
    if (names.size() != components.size() || names.isEmpty()) {
      throw new InvalidParameterException("prior", components.size() + " components",
          "one component per parameter " + names);
    }
    if (names.stream().distinct().count() != names.size()) {
      throw new InvalidParameterException("prior", names, "distinct parameter names");
    }
  }

  /** The default prior of the study: uniform over Table 1. */
  public static ProductPrior studyBox() {
    return uniform(ParameterBox.STUDY);
  }

  /** The uniform prior over {@code box}: the box of Table 1 has one definition, {@link ParameterBox}. */
  public static ProductPrior uniform(ParameterBox box) {
    List<ParameterPrior> components = new ArrayList<>();
    for (Range r : box.ranges()) {
      components.add(new UniformPrior(r.min(), r.max()));
    }
    return new ProductPrior(NuclearMatterParameters.NAMES, components);
  }

  /** The study prior with component {@code name} replaced, e.g. a Gaussian prior on L0. */
  public ProductPrior with(String name, ParameterPrior component) {
    int i = names.indexOf(name);
    if (i < 0) {
      throw new InvalidParameterException("prior parameter", name, "one of " + names);
    }
    ParameterPrior[] c = components.toArray(new ParameterPrior[0]);
    c[i] = component;
    return new ProductPrior(names, List.of(c));
  }

  @Override
  public double logDensity(double[] x) {
    double sum = 0;
    for (int i = 0; i < components.size() && sum > Double.NEGATIVE_INFINITY; i++) {
      sum += components.get(i).logDensity(x[i]);
    }
    return Double.isNaN(sum) ? Double.NEGATIVE_INFINITY : sum;
  }

  @Override
  public double[] sample(SplittableRandom random) {
    double[] x = new double[components.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = components.get(i).sample(random);
    }
    return x;
  }

  @Override
  public double[] range(int i) {
    return components.get(i).range();
  }
}
