package org.nucleiml.masses;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.nucleiml.InvalidParameterException;

/**
 * The configuration of the dataset step ({@code nml:dataset}, {@code nml dataset}): which tables,
 * which nuclei, which target, features, baseline and split, and which counts to expect. Defaults,
 * validation and parsing live here; the goal and the command only map their names onto the
 * {@link Builder}.
 *
 * @param tables every table the run may read, by id (the bundled ame2016, ame2020, ws4 and radii,
 *     with {@code file} overrides)
 * @param massTable id of the table providing targets and the universe (default ame2020)
 * @param selection the rule on the mass table
 * @param target what target_MeV holds (default binding energy)
 * @param featureSets one or more feature sets, one column group each
 * @param baseline liquid-drop baseline (default none)
 * @param deformationTable id of the WS4 table giving β for {@code def} (default ws4)
 * @param deformationForm how {@code def} combines b_k β_k² (default SUM)
 * @param split the split rule
 * @param seed the study seed (default 42)
 * @param expectedCounts set name (selected, train, validation, test or an evaluation set) to count
 * @param evaluationSets extra sets written with their own id
 * @param outputDirectory where nuclei.csv and dataset.json go (not part of the fingerprint)
 */
public record DatasetConfig(List<TableSource> tables, String massTable, Selection selection,
    DatasetTarget target, List<ChartFeatures> featureSets, MassBaseline baseline, String deformationTable,
    DeformationForm deformationForm, SplitRule split, long seed, SortedMap<String, Integer> expectedCounts,
    List<EvaluationSet> evaluationSets, Path outputDirectory) {

  /** Name of the data file in the output directory. */
  public static final String NUCLEI_FILE = "nuclei.csv";
  /** Name of the description file in the output directory. */
  public static final String DATASET_FILE = "dataset.json";

  /** Validates the combination and copies the collections. */
  public DatasetConfig {
    tables = List.copyOf(tables);
    featureSets = List.copyOf(featureSets);
    evaluationSets = List.copyOf(evaluationSets);
    expectedCounts = Collections.unmodifiableSortedMap(new TreeMap<>(expectedCounts));
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Map<String, TableFormat> formats = new LinkedHashMap<>();
    for (TableSource t : tables) {
      if (formats.put(t.id(), t.format()) != null) {
        throw new InvalidParameterException("tables", t.id(), "each table id once");
      }
    }
    requireMassTable(formats, "massTable", massTable);
    if (featureSets.isEmpty()) {
      throw new InvalidParameterException("featureSets", "none",
          "one or more of huang-I, huang-II, huang-III, mumpower, yang-x");
    }
    if (featureSets.stream().distinct().count() != featureSets.size()) {
      throw new InvalidParameterException("featureSets", featureSets.stream().map(ChartFeatures::id).toList(),
          "each feature set once");
    }
    if (featureSets.stream().anyMatch(ChartFeatures::needsDeformations)
        && formats.get(deformationTable) != TableFormat.WS4) {
      throw new InvalidParameterException("deformationTable", deformationTable,
          "the id of a ws4 table (huang-III's def needs beta_2,4,6); tables: " + formats);
    }
    if (baseline != MassBaseline.NONE && target != DatasetTarget.BINDING_ENERGY) {
      throw new InvalidParameterException("baseline", baseline.id(),
          "none unless target is binding_energy (the residual is B - B_LD)");
    }
    if (split == null) {
      throw new InvalidParameterException("split", "none",
          "random(test, validation), fixedCount(train) or byTable(train = <table id>, test = new-in:<table id>)");
    }
    if (split instanceof SplitRule.ByTable b) {
      requireMassTable(formats, "split train", b.trainTable());
      requireMassTable(formats, "split test", b.test().otherTable());
    }
    for (EvaluationSet e : evaluationSets) {
      requireMassTable(formats, "evaluationSets[" + e.id() + "].table", e.table());
      if (e.relation() != null) {
        requireMassTable(formats, "evaluationSets[" + e.id() + "].relation", e.relation().otherTable());
      }
    }
    if (evaluationSets.stream().map(EvaluationSet::id).distinct().count() != evaluationSets.size()) {
      throw new InvalidParameterException("evaluationSets", evaluationSets.stream().map(EvaluationSet::id).toList(),
          "each evaluation set id once");
    }
    for (Map.Entry<String, Integer> c : expectedCounts.entrySet()) {
      if (c.getValue() == null || c.getValue() < 0) {
        throw new InvalidParameterException("expectedCounts[" + c.getKey() + "]", c.getValue(), "an integer >= 0");
      }
    }
  }

  private static void requireMassTable(Map<String, TableFormat> formats, String name, String id) {
    TableFormat f = formats.get(id);
    if (f == null || !f.isMassEvaluation()) {
      throw new InvalidParameterException(name, id, "the id of an ame2016 or ame2020 table; tables: " + formats);
    }
  }

  /** The set names a count can be expected for: selected, train, validation, test and the evaluation sets. */
  public List<String> countableSets() {
    List<String> names = new ArrayList<>(List.of("selected", "train", "validation", "test"));
    evaluationSets.forEach(e -> names.add(e.id()));
    return names;
  }

  /** A builder with the defaults of the spec (section 6.2). */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the configuration; string setters parse and name the parameter in errors. */
  public static final class Builder {
    private final Map<String, TableSource> tables = new LinkedHashMap<>();
    private String massTable = "ame2020";
    private Selection selection = Selection.ALL;
    private DatasetTarget target = DatasetTarget.BINDING_ENERGY;
    private final List<ChartFeatures> featureSets = new ArrayList<>();
    private MassBaseline baseline = MassBaseline.NONE;
    private String deformationTable = "ws4";
    private DeformationForm deformationForm = DeformationForm.SUM;
    private SplitRule split;
    private long seed = 42;
    private final SortedMap<String, Integer> expectedCounts = new TreeMap<>();
    private final List<EvaluationSet> evaluationSets = new ArrayList<>();
    private Path outputDirectory = Path.of("target", "nml", "dataset");

    private Builder() {
      TableSource.BUNDLED.forEach(t -> tables.put(t.id(), t));
    }

    /** Adds a table or replaces the bundled one of the same id (file null: the bundled copy). */
    public Builder table(String id, String format, Path file) {
      TableSource t = new TableSource(id, TableFormat.parse("tables[" + id + "].format", format), file);
      if (file == null && !t.id().equals(t.format().id())) {
        throw new InvalidParameterException("tables[" + id + "].file", "none",
            "a file (only the bundled ids ame2016, ame2020, ws4, radii may omit it)");
      }
      tables.put(id, t);
      return this;
    }

    public Builder massTable(String id) {
      this.massTable = id;
      return this;
    }

    public Builder selection(Selection s) {
      this.selection = s;
      return this;
    }

    public Builder target(String id) {
      this.target = DatasetTarget.parse("target", id);
      return this;
    }

    /** Adds a feature set by id. */
    public Builder featureSet(String id) {
      featureSets.add(ChartFeatures.parse("featureSets", id));
      return this;
    }

    public Builder baseline(String id) {
      this.baseline = MassBaseline.parse("baseline", id);
      return this;
    }

    public Builder deformationTable(String id) {
      this.deformationTable = id;
      return this;
    }

    public Builder deformationForm(String form) {
      this.deformationForm = DeformationForm.parse("deformationForm", form);
      return this;
    }

    /** The split, as {@code random(test, validation)}, {@code fixedCount(train)} or {@code byTable(...)}. */
    public Builder split(String rule) {
      this.split = SplitRule.parse("split", rule);
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Expects {@code count} nuclei in {@code set}. */
    public Builder expectedCount(String set, int count) {
      expectedCounts.put(set, count);
      return this;
    }

    /** Adds an evaluation set; {@code relation} like {@code new-in:ame2016} or null. */
    public Builder evaluationSet(String id, String table, Selection s, String relation) {
      evaluationSets.add(new EvaluationSet(id, table, s,
          relation == null || relation.isBlank() ? null : SetRelation.parse("evaluationSets[" + id + "].relation", relation)));
      return this;
    }

    public Builder outputDirectory(Path dir) {
      this.outputDirectory = dir;
      return this;
    }

    /** The validated configuration. */
    public DatasetConfig build() {
      DatasetConfig c = new DatasetConfig(List.copyOf(tables.values()), massTable, selection, target,
          featureSets, baseline, deformationTable, deformationForm, split, seed, expectedCounts,
          evaluationSets, outputDirectory);
      for (String set : c.expectedCounts().keySet()) {
        if (!c.countableSets().contains(set)) {
          throw new InvalidParameterException("expectedCounts", set, "one of " + c.countableSets());
        }
      }
      return c;
    }
  }
}
