package org.nucleiml.emulator;

import java.util.List;
import java.util.function.IntFunction;
import org.nucleiml.data.SampleColumns;
import org.nucleiml.data.SampleTable;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * Builds Tribuo data sets from rows of a {@link SampleTable}, with a data-source provenance naming
 * the file, its SHA-256 and the split, and each example's sample id as metadata.
 */
public final class SampleDatasets {

  /** Metadata key holding an example's sample id (its group for splits). */
  public static final String SAMPLE_ID = SampleColumns.SAMPLE_ID;
  /** The two regression targets, in Tribuo's (sorted) dimension order. */
  public static final List<String> TARGETS =
      List.of(SampleColumns.BINDING_ENERGY, SampleColumns.CHARGE_RADIUS);

  private SampleDatasets() {}

  /** A two-class admissibility data set (Label "admissible" / "non-admissible"). */
  public static MutableDataset<Label> classification(SampleTable table, FeatureSet features, int[] rows,
      String description) {
    return build(table, features, rows, description, new LabelFactory(), r -> new Label(table.label(r)));
  }

  /**
   * A regression data set with the given targets (names from {@link #TARGETS}); rows must be
   * admissible.
   */
  public static MutableDataset<Regressor> regression(SampleTable table, FeatureSet features, int[] rows,
      List<String> targets, String description) {
    return build(table, features, rows, description, new RegressionFactory(), r -> regressor(table, r, targets));
  }

  private static Regressor regressor(SampleTable table, int row, List<String> targets) {
    String[] names = targets.toArray(String[]::new);
    double[] values = new double[names.length];
    for (int k = 0; k < names.length; k++) {
      values[k] = names[k].equals(SampleColumns.BINDING_ENERGY) ? table.bindingEnergy(row)
          : table.chargeRadius(row);
    }
    return new Regressor(names, values);
  }

  private static <T extends Output<T>> MutableDataset<T> build(SampleTable table, FeatureSet features,
      int[] rows, String description, OutputFactory<T> factory, IntFunction<T> output) {
    MutableDataset<T> data = new MutableDataset<>(new SimpleDataSourceProvenance(description, factory), factory);
    String[] names = features.names().toArray(String[]::new);
    double[] nmp = new double[7];
    for (int r : rows) {
      for (int k = 0; k < 7; k++) {
        nmp[k] = table.nmp(r, k);
      }
      double[] values = new double[names.length];
      features.compute(nmp, 0, table.z(r), table.n(r), values, 0);
      Example<T> example = new ArrayExample<>(output.apply(r), names, values);
      example.setMetadataValue(SAMPLE_ID, Long.toString(table.sampleId(r)));
      data.add(example);
    }
    return data;
  }
}
