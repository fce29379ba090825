package org.nucleiml.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.masses.CountGateException;
import org.nucleiml.masses.DatasetConfig;
import org.nucleiml.masses.Selection;
import org.nucleiml.study.BuildCache;
import org.nucleiml.study.DatasetStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nml dataset}: the same step as the nml:dataset goal, from the command line. Status goes to
 * stderr. Exit codes: 0 written or up to date, 1 invalid input or a count gate missed.
 */
@Command(name = "dataset", mixinStandardHelpOptions = true,
    description = "Build a nuclear-chart data set (nuclei.csv, dataset.json) for a mass-model study.")
public final class DatasetCommand implements Callable<Integer> {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--table", description = "Table ID=FORMAT:FILE (FORMAT ame2016, ame2020, ws4, radii); "
      + "overrides the bundled one of the same id.")
  private List<String> tables = List.of();

  @Option(names = "--mass-table", defaultValue = "ame2020", description = "Table providing targets.")
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

  @Option(names = "--target", defaultValue = "binding_energy",
      description = "binding_energy, mass_excess or binding_energy_per_nucleon.")
  private String target;

  @Option(names = "--feature-sets", required = true, split = ",",
      description = "huang-I, huang-II, huang-III, mumpower, yang-x (one or several).")
  private List<String> featureSets;

  @Option(names = "--baseline", defaultValue = "none", description = "none, ws-star or ws4.")
  private String baseline;

  @Option(names = "--deformation-table", defaultValue = "ws4", description = "WS4 table id for def.")
  private String deformationTable;

  @Option(names = "--deformation-form", defaultValue = "SUM",
      description = "SUM, PRODUCT_MINUS_ONE or LITERAL_PRODUCT.")
  private String deformationForm;

  @Option(names = "--split", required = true,
      description = "random(test, validation), fixedCount(train) or byTable(train = ID, test = new-in:ID).")
  private String split;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the split draw.")
  private long seed;

  @Option(names = "--expected-count", description = "SET=COUNT, a build gate (repeatable).")
  private Map<String, Integer> expectedCounts = new LinkedHashMap<>();

  @Option(names = "--evaluation-set", description = "ID=TABLE or ID=TABLE:new-in:OTHER (main selection).")
  private List<String> evaluationSets = List.of();

  @Option(names = "--output", required = true, description = "Output directory.")
  private Path output;

  @Option(names = "--build-cache", description = "Build cache directory (default: none).")
  private Path buildCache;

  @Override
  public Integer call() throws Exception {
    try {
      DatasetConfig.Builder b = DatasetConfig.builder().massTable(massTable).target(target).baseline(baseline)
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
      new DatasetStep(b.build(), line -> spec.commandLine().getErr().println(line))
          .run(Optional.ofNullable(buildCache).map(BuildCache::new));
      return 0;
    } catch (InvalidParameterException | CountGateException e) {
      spec.commandLine().getErr().println("nml dataset: " + e.getMessage());
      return 1;
    }
  }
}
