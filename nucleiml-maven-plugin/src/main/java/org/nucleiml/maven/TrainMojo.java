package org.nucleiml.maven;

import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;
import org.nucleiml.emulator.GroupedSplit;
import org.nucleiml.emulator.NetworkConfig;
import org.nucleiml.emulator.TargetScaling;
import org.nucleiml.emulator.TrainingConfig;
import org.nucleiml.emulator.network.LossFunction;
import org.nucleiml.study.TrainStep;

/**
 * Trains the emulator (admissibility classifier and BE/Rch regressor) and attaches it to the project
 * as a versioned artifact (type zip, classifier emulator).
 */
@Mojo(name = TrainMojo.GOAL, defaultPhase = LifecyclePhase.COMPILE, threadSafe = true)
public class TrainMojo extends AbstractNmlMojo {

  static final String GOAL = "train";

  /** The training data set written by nml:generate. */
  @Parameter(defaultValue = "${project.build.directory}/nml/data/samples.csv")
  private File data;

  /** The emulator directory; the zip is written beside it as emulator.zip. */
  @Parameter(defaultValue = "${project.build.directory}/nml/emulator")
  private File outputDirectory;

  /** Seed of the splits, weight initialisation and shuffling. */
  @Parameter(property = PropertyNames.SEED, defaultValue = "42")
  private long seed;

  /** Classifier hyper-parameters. */
  @Parameter
  private NetworkConfiguration classifier;

  /** Regressor hyper-parameters. */
  @Parameter
  private NetworkConfiguration regressor;

  /** Regression loss: MAPE (the study's), MSE or HUBER. */
  @Parameter(defaultValue = "MAPE")
  private String regressionLoss;

  /** Target scaling inside the regressor: none, global or per-nucleus. */
  @Parameter(defaultValue = "per-nucleus")
  private String targetScaling;

  /** One regression network per observable instead of one with two outputs. */
  @Parameter(defaultValue = "false")
  private boolean separateTargets;

  /** Add A^(1/3), (N-Z)/A and Z^2/A^(1/3) to the 7 NMPs, N and Z. */
  @Parameter(defaultValue = "true")
  private boolean physicsFeatures;

  /** Classifier split training/validation/test in percent (grouped by sample_id). */
  @Parameter(defaultValue = "70/15/15")
  private String classifierSplit;

  /** Regressor split training/validation/test in percent (grouped by sample_id). */
  @Parameter(defaultValue = "70/21/9")
  private String regressorSplit;

  /** Tribuo baselines also trained and scored: cart, random-forest, linear. */
  @Parameter
  private List<String> baselines;

  /** Apply the inverse map exactly for the no-couplings class; the network learns only the rest. */
  @Parameter(defaultValue = "true")
  private boolean exactCouplingFilter;

  /** Attach the emulator zip to the project (type zip, classifier emulator) for install/deploy. */
  @Parameter(defaultValue = "true")
  private boolean attach;

  @Component
  private MavenProjectHelper projectHelper;

  @Override
  String goalName() {
    return GOAL;
  }

  @Override
  void run() throws IOException, InterruptedException {
    TrainingConfig defaults = TrainingConfig.defaults(data.toPath(), outputDirectory.toPath());
    TrainingConfig config = defaults.withRun(seed, threads())
        .withNetworks(over("classifier", classifier, NetworkConfig.CLASSIFIER),
            over("regressor", regressor, NetworkConfig.REGRESSOR))
        .withModelling(physicsFeatures, loss(),
            TargetScaling.parse(targetScaling), separateTargets)
        .withSplits(GroupedSplit.parse("classifierSplit", classifierSplit),
            GroupedSplit.parse("regressorSplit", regressorSplit))
        .withExtras(null, baselines == null ? List.of() : baselines, null);
    new TrainStep(config, exactCouplingFilter, getLog()::info).run();
    if (attach) {
      projectHelper.attachArtifact(project(), "zip", "emulator", config.zip().toFile());
    }
  }

  private LossFunction loss() {
    for (LossFunction f : List.of(LossFunction.MAPE, LossFunction.MSE, LossFunction.HUBER)) {
      if (f.name().equalsIgnoreCase(regressionLoss == null ? "" : regressionLoss.trim())) {
        return f;
      }
    }
    throw new org.nucleiml.InvalidParameterException("regressionLoss", regressionLoss, "MAPE, MSE or HUBER");
  }

  private static NetworkConfig over(String network, NetworkConfiguration c, NetworkConfig d) {
    return c == null ? d : c.over(network, d);
  }
}
