package org.nucleiml.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.masses.DatasetConfig;
import org.nucleiml.masses.Selection;
import org.nucleiml.study.config.DatasetConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nml dataset}: the nml:dataset goal from the command line, options onto
 * {@link DatasetConfiguration}. Status goes to stderr; exit codes as every step command (1 invalid
 * input, 3 a count gate missed).
 */
@Command(name = DatasetConfiguration.GOAL, mixinStandardHelpOptions = true,
    description = "Build a nuclear-chart data set (nuclei.csv, dataset.json) for a mass-model study.")
public final class DatasetCommand implements Callable<Integer> {

  @Mixin private StepOptions step;

  @Option(names = "--table", description = "Table ID=FORMAT:FILE (FORMAT ame2016, ame2020, ws4, radii); "
      + "overrides the bundled one of the same id.")
  private List<String> tables = List.of();

  @Option(names = "--mass-table", defaultValue = DatasetConfiguration.DEFAULT_MASS_TABLE, description = "Table providing targets.")
  private String massTable;

  @Option(names = "--z-min", description = "Lower bound on Z.")
  private Integer zMin;

  @Option(names = "--z-min-exclusive", description = "Z > zMin instead of Z >= zMin.")
  private boolean zMinExclusive;

  @Option(names = "--n-min", description = "Lower bound on N.")
  private Integer nMin;

  @Option(names = "--n-min-exclusive", description = "N > nMin instead of N >= nMin.")
  private boolean nMinExclusive;

  @Option(names = "--z-max", description = "Upper bound on Z (inclusive).")
  private Integer zMax;

  @Option(names = "--measured-only", description = "Drop the # estimates.")
  private boolean measuredOnly;

  @Option(names = "--max-uncertainty-kev", description = "Keep sigma(mass excess) below this, keV.")
  private Double maxUncertaintyKeV;

  @Option(names = "--target", defaultValue = DatasetConfiguration.DEFAULT_TARGET,
      description = "binding_energy, mass_excess or binding_energy_per_nucleon.")
  private String target;

  @Option(names = "--feature-sets", required = true, split = ",",
      description = "huang-I, huang-II, huang-III, mumpower, yang-x (one or several).")
  private List<String> featureSets;

  @Option(names = "--baseline", defaultValue = DatasetConfiguration.DEFAULT_BASELINE, description = "none, ws-star or ws4.")
  private String baseline;

  @Option(names = "--deformation-table", defaultValue = DatasetConfiguration.DEFAULT_DEFORMATION_TABLE, description = "WS4 table id for def.")
  private String deformationTable;

  @Option(names = "--deformation-form", defaultValue = DatasetConfiguration.DEFAULT_DEFORMATION_FORM,
      description = "SUM, PRODUCT_MINUS_ONE or LITERAL_PRODUCT.")
  private String deformationForm;

  @Option(names = "--split", required = true,
      description = "random(test, validation), fixedCount(train) or byTable(train = ID, test = new-in:ID).")
  private String split;

  @Option(names = "--seed", defaultValue = DatasetConfiguration.DEFAULT_SEED, description = "Seed of the split draw.")
  private long seed;

  @Option(names = "--expected-count", description = "SET=COUNT, a build gate (repeatable).")
  private Map<String, Integer> expectedCounts = new LinkedHashMap<>();

  @Option(names = "--evaluation-set", description = "ID=TABLE or ID=TABLE:new-in:OTHER (main selection).")
  private List<String> evaluationSets = List.of();

  @Option(names = "--output", required = true, description = "Output directory.")
  private Path output;

  @Override
  public Integer call() throws Exception {
    DatasetConfiguration configuration = new DatasetConfiguration();
    DatasetConfig.Builder b = configuration.values().massTable(massTable).target(target).baseline(baseline)
        .deformationTable(deformationTable).deformationForm(deformationForm).split(split).seed(seed)
        .selection(new Selection(zMin, zMinExclusive, nMin, nMinExclusive, zMax, measuredOnly, maxUncertaintyKeV))
        .outputDirectory(output);
    for (String t : tables) {
      String[] idRest = t.split("=", 2);
      String[] formatFile = idRest.length == 2 ? idRest[1].split(":", 2) : new String[0];
      if (formatFile.length != 2) {
        throw new InvalidParameterException("--table", t, "ID=FORMAT:FILE, e.g. ame2016=ame2016:mass16.txt");
      }
      b.table(idRest[0].trim(), formatFile[0].trim(), Path.of(formatFile[1].trim()));
    }
    featureSets.forEach(b::featureSet);
    expectedCounts.forEach(b::expectedCount);
    for (String e : evaluationSets) {
      String[] idRest = e.split("=", 2);
      if (idRest.length != 2) {
        throw new InvalidParameterException("--evaluation-set", e, "ID=TABLE or ID=TABLE:new-in:OTHER");
      }
      String[] tableRelation = idRest[1].split(":", 2);
      b.evaluationSet(idRest[0].trim(), tableRelation[0].trim(), null,
          tableRelation.length == 2 ? tableRelation[1].trim() : null);
    }
    return step.run(configuration);
  }
}
