package org.nucleiml.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;
import org.nucleiml.cluster.Engine;
import org.nucleiml.study.config.MassTrainConfiguration;
import org.nucleiml.study.config.StepConfiguration;

/**
 * Trains the named mass models of a study ([S003] Methods I-III) in one execution, writes one model
 * file and learning curve each, mass-table.csv (predicted B for every WS4 nucleus of the domain) and
 * attaches mass-model.zip (type zip, classifier mass-model).
 */
@Mojo(name = MassTrainConfiguration.GOAL, defaultPhase = LifecyclePhase.COMPILE, threadSafe = true)
public class TrainMassesMojo extends AbstractEngineMojo {

  /** Skips this goal only. */
  @Parameter(property = PropertyNames.TRAIN_MASSES_SKIP, defaultValue = "false")
  private boolean skipTrainMasses;

  /** The models: {@code <model><id>..</id><dataset>..</dataset><featureSet>..</featureSet><hiddenLayers>..</hiddenLayers></model>}. */
  @Parameter(required = true)
  private List<MassModelConfiguration> models;

  /** Smallest Z of the mass table. */
  @Parameter(property = PropertyNames.TRAIN_MASSES_MIN_Z, defaultValue = MassTrainConfiguration.DEFAULT_MIN_Z)
  private int minZ;

  /** Smallest N of the mass table. */
  @Parameter(property = PropertyNames.TRAIN_MASSES_MIN_N, defaultValue = MassTrainConfiguration.DEFAULT_MIN_N)
  private int minN;

  /**
   * Where the models are trained: {@code local} (this machine) or {@code slurm} (one Slurm array task
   * per model running the runtime jar, then a merge job; docs/cluster.md). The outputs are the same.
   */
  @Parameter(property = PropertyNames.TRAIN_MASSES_ENGINE, defaultValue = Engine.DEFAULT)
  private String engine;

  /** Where the models, mass table and zip are written. */
  @Parameter(property = PropertyNames.TRAIN_MASSES_OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/nml/mass-models")
  private File outputDirectory;

  /** Attach mass-model.zip to the project (type zip, classifier mass-model) for install/deploy. */
  @Parameter(property = PropertyNames.TRAIN_MASSES_ATTACH, defaultValue = "true")
  private boolean attach;

  @Component
  private MavenProjectHelper projectHelper;

  private MassTrainConfiguration configuration;

  /**
   * Scripts, logs, staged jars and piece outputs of the Slurm engine, on a file system the nodes share
   * (default: {@code <outputDirectory>/../slurm/train-masses}).
   */
  @Parameter(property = PropertyNames.TRAIN_MASSES_SLURM_DIRECTORY)
  private File slurmDirectory;

  @Override
  File slurmDirectory() {
    return slurmDirectory;
  }

  @Override
  boolean skipGoal() {
    return skipTrainMasses;
  }

  @Override
  String goalName() {
    return MassTrainConfiguration.GOAL;
  }

  @Override
  StepConfiguration configuration() {
    configuration = new MassTrainConfiguration().outputDirectory(outputDirectory.toPath()).minZ(minZ).minN(minN)
        .engine(engine(engine));
    for (MassModelConfiguration m : models) {
      if (m.dten()) {
        configuration.dtenModel(m.toDtenEntry());
      } else if (m.mdn()) {
        configuration.mdnModel(m.toMdnEntry());
      } else {
        configuration.model(m.toEntry());
      }
    }
    return configuration;
  }

  @Override
  void afterRun() {
    // With the Slurm engine and slurmWait=false (or slurmSubmit=false) the zip is written later, by the merge job.
    if (attach && configuration != null && configuration.zip().toFile().isFile()) {
      projectHelper.attachArtifact(project(), "zip", "mass-model", configuration.zip().toFile());
    }
  }
}
