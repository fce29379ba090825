package org.nucleiml.maven;

/** User-property names of the nml goals, in one place so that docs and code cannot drift apart. */
final class PropertyNames {

  static final String SKIP = "nml.skip";
  static final String THREADS = "nml.threads";
  static final String BUILD_CACHE = "nml.buildCache";
  static final String BUILD_CACHE_ENABLED = "nml.buildCache.enabled";
  static final String SEED = "nml.seed";

  static final String GENERATE_SAMPLES = "nml.generate.samples";
  static final String GENERATE_DESIGN = "nml.generate.design";
  static final String GENERATE_NUCLEI = "nml.generate.nuclei";
  static final String GENERATE_SHARD = "nml.generate.shard";
  static final String GENERATE_SHARDS = "nml.generate.shards";
  static final String GENERATE_MERGE = "nml.generate.merge";
  static final String GENERATE_ENGINE = "nml.generate.engine";
  static final String SLURM_PARTITION = "nml.slurm.partition";
  static final String SLURM_ACCOUNT = "nml.slurm.account";
  static final String SLURM_TIME_LIMIT = "nml.slurm.timeLimit";
  static final String SLURM_CPUS_PER_TASK = "nml.slurm.cpusPerTask";
  static final String SLURM_MEMORY = "nml.slurm.memory";
  static final String SLURM_ARRAY_THROTTLE = "nml.slurm.arrayThrottle";
  static final String SLURM_OPTIONS = "nml.slurm.options";
  static final String SLURM_SUBMIT = "nml.slurm.submit";
  static final String SLURM_WAIT = "nml.slurm.wait";
  static final String SLURM_POLL_SECONDS = "nml.slurm.pollSeconds";

  static final String VALIDATE_EMULATOR = "nml.validate.emulator";
  static final String VALIDATE_SAMPLES = "nml.validate.samples";
  static final String VALIDATE_SEED = "nml.validate.seed";
  static final String VALIDATE_UNSEEN_NUCLEI = "nml.validate.unseenNuclei";
  static final String VALIDATE_FAIL_ON_GATE = "nml.validate.failOnGate";
  static final String POSTERIOR_NAME = "nml.posterior.name";
  static final String POSTERIOR_BACKEND = "nml.posterior.backend";
  static final String POSTERIOR_EMULATOR_ARTIFACT = "nml.posterior.emulatorArtifact";
  static final String POSTERIOR_COMPARE_WITH = "nml.posterior.compareWith";
  static final String POSTERIOR_FAIL_ON_GATE = "nml.posterior.failOnGate";
  static final String POSTERIOR_DE_FRACTION = "nml.posterior.differentialEvolutionFraction";
  static final String REPORT_STUDY_DIRECTORY = "nml.report.studyDirectory";
  static final String REPORT_OUTPUT = "nml.report.output";

  static final String DATASET_SKIP = "nml.dataset.skip";
  static final String DATASET_MASS_TABLE = "nml.dataset.massTable";
  static final String DATASET_TARGET = "nml.dataset.target";
  static final String DATASET_FEATURE_SETS = "nml.dataset.featureSets";
  static final String DATASET_BASELINE = "nml.dataset.baseline";
  static final String DATASET_DEFORMATION_FORM = "nml.dataset.deformationForm";
  static final String DATASET_SPLIT = "nml.dataset.split";
  static final String DATASET_SEED = "nml.dataset.seed";
  static final String TRAIN_MASSES_SKIP = "nml.trainMasses.skip";
  static final String TRAIN_MASSES_ENGINE = "nml.trainMasses.engine";
  static final String VALIDATE_MASSES_SKIP = "nml.validateMasses.skip";
  static final String VALIDATE_MASSES_FAIL_ON_GATE = "nml.validateMasses.failOnGate";

  private PropertyNames() {}
}
