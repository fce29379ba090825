package org.nucleiml.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.nucleiml.study.config.DtenModelEntry;
import org.nucleiml.study.config.MassModelEntry;
import org.nucleiml.study.config.MdnModelEntry;
import org.nucleiml.study.config.MassTrainConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nml train-masses}: the nml:train-masses goal from the command line, options onto
 * {@link MassTrainConfiguration}.
 */
@Command(name = MassTrainConfiguration.GOAL, mixinStandardHelpOptions = true,
    description = "Train named mass models ([S003] Methods I-III) on nml:dataset outputs; write the models, "
        + "mass-table.csv and mass-model.zip.")
public final class TrainMassesCommand implements Callable<Integer> {

  @Mixin private StepOptions step;

  @Mixin private EngineOptions engine;

  @Option(names = "--model", required = true, description = "id=A-III,dataset=DIR,featureSet=huang-III,hidden=80/40"
      + "[,method=III][,baseline=ws4][,seed=42][,schedule=ci][,epochs=3000][,batchSize=32][,stopping=validation][,members=1], "
      + "or for a [S004] mixture density model type=mdn,id=piml,dataset=DIR[,schedule=ci|full|fast|custom]"
      + "[,epochs=..][,learningRate=..][,components=1][,lambda=1][,gkReduction=MEAN_ABS][,minSigmaKeV=1], "
      + "or for a [S002] density-to-energy ensemble type=dten,id=rho-exp,chart=DIR[,target=exp|rmf][,alpha=1]"
      + "[,architecture=lite|tableI][,inputs=densities|shell-only][,members=4][,seed=42][,epochs=1000][,patience=50]"
      + "[,learningRate=1e-3][,batchSize=32][,validationFraction=0.2][,splitSeed=42] "
      + "(repeatable; one type per run).")
  private List<String> models;

  @Option(names = "--min-z", defaultValue = MassTrainConfiguration.DEFAULT_MIN_Z, description = "Smallest Z of the mass table.")
  private int minZ;

  @Option(names = "--min-n", defaultValue = MassTrainConfiguration.DEFAULT_MIN_N, description = "Smallest N of the mass table.")
  private int minN;

  @Option(names = "--output", required = true, description = "Output directory.")
  private Path output;

  @Option(names = "--member", description = "Train only the model with this 0-based index (in --model order) into"
      + " --members-dir/member-<index>, with a completion marker: one Slurm array task (a model's own networks,"
      + " members=M, train inside that task).")
  private Integer member;

  @Option(names = "--members-dir", description = "With --member: the directory of the members' outputs.")
  private Path membersDir;

  @Option(names = "--merge-from", description = "Join the models trained by --member runs in this directory into"
      + " --output instead of training.")
  private Path mergeFrom;

  @Override
  public Integer call() throws Exception {
    MassTrainConfiguration configuration = new MassTrainConfiguration().outputDirectory(output).minZ(minZ).minN(minN)
        .engine(engine.engine());
    if (member != null) {
      if (membersDir == null) {
        throw new org.nucleiml.InvalidParameterException("--members-dir", null, "a directory, with --member");
      }
      configuration.member(member, membersDir);
    }
    if (mergeFrom != null) {
      configuration.mergeFrom(mergeFrom);
    }
    for (String m : models) {
      if (DtenModelEntry.isDtenText(m)) {
        configuration.dtenModel(DtenModelEntry.parse(m));
      } else if (MdnModelEntry.isMdnText(m)) {
        configuration.mdnModel(MdnModelEntry.parse(m));
      } else {
        configuration.model(MassModelEntry.parse(m));
      }
    }
    return step.run(configuration);
  }
}
