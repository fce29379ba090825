package org.nucleiml.maven;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.masses.DatasetConfig;
import org.nucleiml.masses.Selection;
import org.nucleiml.study.config.DatasetConfiguration;
import org.nucleiml.study.config.StepConfiguration;

/**
 * Builds a nuclear-chart data set for a mass-model study (nuclei.csv, dataset.json): reads the AME,
 * WS4 tables (bundled, or files), selects, splits, computes targets, baselines and features, and
 * fails when a count differs from the expected one.
 */
@Mojo(name = DatasetConfiguration.GOAL, defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class DatasetMojo extends AbstractNmlMojo {

  /** Skips this goal only. */
  @Parameter(property = PropertyNames.DATASET_SKIP, defaultValue = "false")
  private boolean skipDataset;

  /** Tables replacing or adding to the bundled ame2016, ame2020, ws4 and radii. */
  @Parameter
  private List<TableConfiguration> tables;

  /** The id of the table providing targets and the universe. */
  @Parameter(property = PropertyNames.DATASET_MASS_TABLE, defaultValue = DatasetConfiguration.DEFAULT_MASS_TABLE)
  private String massTable;

  /** The selection rule; default: every nucleus of the mass table. */
  @Parameter
  private SelectionConfiguration selection;

  /** binding_energy, mass_excess or binding_energy_per_nucleon (MeV). */
  @Parameter(property = PropertyNames.DATASET_TARGET, defaultValue = DatasetConfiguration.DEFAULT_TARGET)
  private String target;

  /** Feature sets, one column group each: huang-I, huang-II, huang-III, mumpower, yang-x. */
  @Parameter(property = PropertyNames.DATASET_FEATURE_SETS, required = true)
  private List<String> featureSets;

  /** Liquid-drop baseline: none, ws-star or ws4. */
  @Parameter(property = PropertyNames.DATASET_BASELINE, defaultValue = DatasetConfiguration.DEFAULT_BASELINE)
  private String baseline;

  /** The id of the WS4 table giving beta_2,4,6 for huang-III's def. */
  @Parameter(property = PropertyNames.DATASET_DEFORMATION_TABLE, defaultValue = DatasetConfiguration.DEFAULT_DEFORMATION_TABLE)
  private String deformationTable;

  /** How def combines b_k beta_k^2: SUM, PRODUCT_MINUS_ONE or LITERAL_PRODUCT. */
  @Parameter(property = PropertyNames.DATASET_DEFORMATION_FORM, defaultValue = DatasetConfiguration.DEFAULT_DEFORMATION_FORM)
  private String deformationForm;

  /** random(test, validation), fixedCount(train) or byTable(train = id, test = new-in:id). */
  @Parameter(property = PropertyNames.DATASET_SPLIT, required = true)
  private String split;

  /** Seed of the split draw. */
  @Parameter(property = PropertyNames.DATASET_SEED, defaultValue = DatasetConfiguration.DEFAULT_SEED)
  private long seed;

  /** Expected counts per set (selected, train, validation, test or an evaluation set): a build gate. */
  @Parameter
  private Map<String, String> expectedCounts;

  /** Extra sets written with their own id in the split column. */
  @Parameter
  private List<EvaluationSetConfiguration> evaluationSets;

  /** Where nuclei.csv and dataset.json are written. */
  @Parameter(property = PropertyNames.DATASET_OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/nml/dataset")
  private File outputDirectory;

  @Override
  boolean skipGoal() {
    return skipDataset;
  }

  @Override
  String goalName() {
    return DatasetConfiguration.GOAL;
  }

  @Override
  StepConfiguration configuration() {
    DatasetConfiguration configuration = new DatasetConfiguration();
    DatasetConfig.Builder b = configuration.values().massTable(massTable).target(target).baseline(baseline)
        .deformationTable(deformationTable).deformationForm(deformationForm).split(split).seed(seed)
        .outputDirectory(outputDirectory.toPath());
    if (tables != null) {
      for (TableConfiguration t : tables) {
        b.table(t.id, t.format == null ? t.id : t.format, t.file == null ? null : t.file.toPath());
      }
    }
    if (selection != null) {
      b.selection(selection.toSelection());
    }
    for (String f : featureSets) {
      for (String id : f.split(",")) {
        if (!id.isBlank()) {
          b.featureSet(id.trim());
        }
      }
    }
    if (expectedCounts != null) {
      expectedCounts.forEach((set, count) -> b.expectedCount(set, parseCount(set, count)));
    }
    if (evaluationSets != null) {
      for (EvaluationSetConfiguration e : evaluationSets) {
        Selection s = e.selection == null ? null : e.selection.toSelection();
        b.evaluationSet(e.id, e.table, s, e.relation);
      }
    }
    return configuration;
  }

  private static int parseCount(String set, String count) {
    try {
      return Integer.parseInt(count.trim());
    } catch (NumberFormatException | NullPointerException e) {
      throw new InvalidParameterException("expectedCounts." + set, count, "an integer");
    }
  }
}
