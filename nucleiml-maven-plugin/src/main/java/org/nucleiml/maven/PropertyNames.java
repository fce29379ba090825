package org.nucleiml.maven;

/** User-property names of the nml goals, in one place so that docs and code cannot drift apart. */
final class PropertyNames {

  static final String SKIP = "nml.skip";
  static final String THREADS = "nml.threads";
  static final String BUILD_CACHE = "nml.buildCache";
  static final String BUILD_CACHE_ENABLED = "nml.buildCache.enabled";
  static final String SEED = "nml.seed";

  static final String GENERATE_SKIP = "nml.generate.skip";
  static final String TRAIN_SKIP = "nml.train.skip";
  static final String VALIDATE_SKIP = "nml.validate.skip";
  static final String POSTERIOR_SKIP = "nml.posterior.skip";
  static final String REPORT_SKIP = "nml.report.skip";

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
  static final String PREDICT_MASSES_SKIP = "nml.predictMasses.skip";
  static final String PREDICT_MASSES_ARTIFACT = "nml.predictMasses.massModelArtifact";
  static final String PREDICT_MASSES_NUCLEI = "nml.predictMasses.nuclei";
  static final String PREDICT_MASSES_FAIL_ON_GATE = "nml.predictMasses.failOnGate";
  static final String REPORT_MASSES_SKIP = "nml.reportMasses.skip";

  // the remaining simple parameters, one user property each (PluginDescriptorTest)
  static final String DATASET_DEFORMATION_TABLE = "nml.dataset.deformationTable";
  static final String DATASET_OUTPUT_DIRECTORY = "nml.dataset.outputDirectory";
  static final String GENERATE_THRESHOLD_MODE = "nml.generate.thresholdMode";
  static final String GENERATE_THRESHOLD = "nml.generate.threshold";
  static final String GENERATE_RADIUS_RELATIVE_THRESHOLD = "nml.generate.radiusRelativeThreshold";
  static final String GENERATE_MERGE_FROM = "nml.generate.mergeFrom";
  static final String GENERATE_CHUNK_SIZE = "nml.generate.chunkSize";
  static final String GENERATE_PROGRESS_INTERVAL_SECONDS = "nml.generate.progressIntervalSeconds";
  static final String GENERATE_SLURM_DIRECTORY = "nml.generate.slurmDirectory";
  static final String GENERATE_OUTPUT_DIRECTORY = "nml.generate.outputDirectory";
  static final String GENERATE_MODE = "nml.generate.mode";
  static final String GENERATE_COUPLING_SET = "nml.generate.couplingSet";
  static final String GENERATE_COUPLINGS = "nml.generate.couplings";
  static final String GENERATE_NUCLEI_FROM = "nml.generate.nucleiFrom";
  static final String GENERATE_MESH_STEP_FM = "nml.generate.meshStepFm";
  static final String GENERATE_BOX_RADIUS_FM = "nml.generate.boxRadiusFm";
  static final String GENERATE_DENSITY_COMPONENTS = "nml.generate.densityComponents";
  static final String GENERATE_FAIL_ON_GATE = "nml.generate.failOnGate";
  static final String POSTERIOR_EMULATOR_DIRECTORY = "nml.posterior.emulatorDirectory";
  static final String POSTERIOR_WALKERS = "nml.posterior.walkers";
  static final String POSTERIOR_BURN_IN = "nml.posterior.burnIn";
  static final String POSTERIOR_THIN = "nml.posterior.thin";
  static final String POSTERIOR_MAX_STEPS = "nml.posterior.maxSteps";
  static final String POSTERIOR_MIN_ESS = "nml.posterior.minEss";
  static final String POSTERIOR_R_HAT_TARGET = "nml.posterior.rHatTarget";
  static final String POSTERIOR_TAU_FACTOR = "nml.posterior.tauFactor";
  static final String POSTERIOR_CHECK_INTERVAL = "nml.posterior.checkInterval";
  static final String POSTERIOR_ADMISSIBILITY_GATE = "nml.posterior.admissibilityGate";
  static final String POSTERIOR_ALLOW_EXTRAPOLATION = "nml.posterior.allowExtrapolation";
  static final String POSTERIOR_EMULATOR_UNCERTAINTY = "nml.posterior.emulatorUncertainty";
  static final String POSTERIOR_OUTPUT_DIRECTORY = "nml.posterior.outputDirectory";
  static final String POSTERIOR_MAX_JS_DIVERGENCE = "nml.posterior.maxJsDivergence";
  static final String TRAIN_MASSES_MIN_Z = "nml.trainMasses.minZ";
  static final String TRAIN_MASSES_MIN_N = "nml.trainMasses.minN";
  static final String TRAIN_MASSES_OUTPUT_DIRECTORY = "nml.trainMasses.outputDirectory";
  static final String TRAIN_MASSES_ATTACH = "nml.trainMasses.attach";
  static final String TRAIN_MASSES_SLURM_DIRECTORY = "nml.trainMasses.slurmDirectory";
  static final String TRAIN_DATA = "nml.train.data";
  static final String TRAIN_OUTPUT_DIRECTORY = "nml.train.outputDirectory";
  static final String TRAIN_REGRESSION_LOSS = "nml.train.regressionLoss";
  static final String TRAIN_TARGET_SCALING = "nml.train.targetScaling";
  static final String TRAIN_SEPARATE_TARGETS = "nml.train.separateTargets";
  static final String TRAIN_PHYSICS_FEATURES = "nml.train.physicsFeatures";
  static final String TRAIN_CLASSIFIER_SPLIT = "nml.train.classifierSplit";
  static final String TRAIN_REGRESSOR_SPLIT = "nml.train.regressorSplit";
  static final String TRAIN_EXACT_COUPLING_FILTER = "nml.train.exactCouplingFilter";
  static final String TRAIN_ENSEMBLE_SIZE = "nml.train.ensembleSize";
  static final String TRAIN_CALIBRATE_VARIANCE = "nml.train.calibrateVariance";
  static final String TRAIN_VARIANCE_CALIBRATION = "nml.train.varianceCalibration";
  static final String TRAIN_ATTACH = "nml.train.attach";
  static final String VALIDATE_MASSES_MODEL_DIRECTORY = "nml.validateMasses.modelDirectory";
  static final String VALIDATE_MASSES_OUTPUT_DIRECTORY = "nml.validateMasses.outputDirectory";
  static final String VALIDATE_MASSES_SHAPLEY_BACKGROUND = "nml.validateMasses.shapleyBackground";
  static final String VALIDATE_MASSES_SHAPLEY_SET = "nml.validateMasses.shapleySet";
  static final String PREDICT_MASSES_MASS_MODEL = "nml.predictMasses.massModel";
  static final String PREDICT_MASSES_DATASET = "nml.predictMasses.dataset";
  static final String PREDICT_MASSES_OUTPUT_DIRECTORY = "nml.predictMasses.outputDirectory";
  static final String REPORT_MASSES_MODEL_DIRECTORY = "nml.reportMasses.modelDirectory";
  static final String REPORT_MASSES_VALIDATION_DIRECTORY = "nml.reportMasses.validationDirectory";
  static final String REPORT_MASSES_OUTPUT = "nml.reportMasses.output";
  static final String REPORT_MASSES_CHAINS = "nml.reportMasses.chains";
  static final String REPORT_MASSES_SKIN_NUCLEI = "nml.reportMasses.skinNuclei";
  static final String VALIDATE_DATA = "nml.validate.data";
  static final String VALIDATE_OUTPUT_DIRECTORY = "nml.validate.outputDirectory";

  private PropertyNames() {}

  /** The skip property of a goal: {@code nml.<goal in camel case>.skip}, e.g. nml.trainMasses.skip. */
  static String skipOf(String goal) {
    return "nml." + camel(goal) + ".skip";
  }

  /** A goal name in camel case: train-masses to trainMasses. */
  static String camel(String goal) {
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char c : goal.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return b.toString();
  }
}
