package org.nucleiml.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.DeterministicZip;
import org.nucleiml.emulator.massmodel.MassModelFile;
import org.nucleiml.emulator.massmodel.TrainedMassModel;
import org.nucleiml.masses.ChartFeatures;
import org.nucleiml.masses.DeformationForm;
import org.nucleiml.masses.Deformations;
import org.nucleiml.masses.LiquidDrop;
import org.nucleiml.masses.MassBaseline;
import org.nucleiml.masses.MassSurface;
import org.nucleiml.masses.Nuclide;
import org.nucleiml.masses.TableFormat;
import org.nucleiml.masses.TableSource;

/**
 * A released mass model read back: the {@code mass-model.zip} nml:train-masses attaches (classifier
 * {@code mass-model}), or its output directory. Answers B(Z, N) for every model of the release from
 * {@code mass-table.csv} inside the table's domain and from the model's network outside it, with what a
 * Method II/III model adds (its liquid drop and learned residual).
 *
 * <p>Loading checks the release: every network must reproduce every B of the mass table to the table's
 * 1 eV, so a consumer never mixes a table and networks from different trainings; the check also finds
 * the deformation form the huang-III {@code def} feature was computed with.
 */
public final class ReleasedMassModel {

  /**
   * One model's answer for a nucleus.
   *
   * @param model the model id
   * @param nuclide the nucleus
   * @param bindingEnergyMeV predicted B, MeV
   * @param liquidDropMeV B_LD of the model's baseline (NaN for Method I, which predicts B directly)
   * @param residualMeV the learned B − B_LD (NaN for Method I)
   * @param fromTable whether B was read from mass-table.csv (else evaluated from the network)
   */
  public record Prediction(String model, Nuclide nuclide, double bindingEnergyMeV, double liquidDropMeV,
      double residualMeV, boolean fromTable) {}

  /**
   * One model of the release, as mass-models.json describes it.
   *
   * @param id the model id
   * @param method I, II or III
   * @param featureSet the input features
   * @param baseline the liquid drop of B_LD (none for Method I)
   * @param dataset the name of the data set it was trained on
   * @param network the trained network with its scalings
   */
  public record Model(String id, String method, ChartFeatures featureSet, MassBaseline baseline, String dataset,
      TrainedMassModel network) {

    /** Whether the model predicts B − B_LD (Methods II and III). */
    public boolean residual() {
      return baseline != MassBaseline.NONE;
    }
  }

  private final String source;
  private final Map<String, Model> models;
  private final Map<Nuclide, double[]> table;
  private final Map<Nuclide, Double> ws4;
  private final Deformations deformations;

  private ReleasedMassModel(String source, Map<String, Model> models, Map<Nuclide, double[]> table,
      Map<Nuclide, Double> ws4, Deformations deformations) {
    this.source = source;
    this.models = models;
    this.table = table;
    this.ws4 = ws4;
    this.deformations = deformations;
  }

  /**
   * Loads a release: a zip written by nml:train-masses or its output directory.
   *
   * @throws InvalidParameterException naming the file when it is not a release, is damaged, or its
   *     networks do not reproduce its mass table
   */
  public static ReleasedMassModel load(Path zipOrDirectory) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    if (Files.isDirectory(zipOrDirectory)) {
      for (String name : List.of(MassTrainStep.INDEX, MassTrainStep.MASS_TABLE)) {
        Path f = zipOrDirectory.resolve(name);
        if (Files.isRegularFile(f)) {
          files.put(name, Files.readAllBytes(f));
        }
      }
    } else if (Files.isRegularFile(zipOrDirectory)) {
      files.putAll(DeterministicZip.read(zipOrDirectory));
    } else {
      throw new InvalidParameterException("massModel", zipOrDirectory,
          "the mass-model.zip of nml:train-masses or its output directory");
    }
    String source = zipOrDirectory.toString();
    for (String name : List.of(MassTrainStep.INDEX, MassTrainStep.MASS_TABLE)) {
      if (!files.containsKey(name)) {
        throw new InvalidParameterException("mass model " + source, "no " + name,
            "a release written by nml:train-masses (" + MassTrainStep.INDEX + ", " + MassTrainStep.MASS_TABLE
                + " and one model file per model)");
      }
    }
    JsonNode index = new ObjectMapper().readTree(files.get(MassTrainStep.INDEX));
    if (!"nml-mass-models".equals(index.path("format").asText())) {
      throw new InvalidParameterException(source + "/" + MassTrainStep.INDEX, "format " + index.path("format"),
          "format \"nml-mass-models\"");
    }
    Map<String, Model> models = new LinkedHashMap<>();
    for (JsonNode m : index.path("models")) {
      String id = m.path("id").asText();
      String file = m.path("file").asText();
      byte[] bytes = files.get(file);
      if (bytes == null && Files.isDirectory(zipOrDirectory) && Files.isRegularFile(zipOrDirectory.resolve(file))) {
        bytes = Files.readAllBytes(zipOrDirectory.resolve(file));
      }
      if (bytes == null) {
        throw new InvalidParameterException("mass model " + source, "no " + file, "the model file of model " + id);
      }
      String where = source + "/" + MassTrainStep.INDEX + " model " + id;
      if ("dten".equals(m.path("type").asText())) {
        // a DTEN needs a nucleus' density profiles, which only its chart has
        throw new InvalidParameterException(where + " type", "dten", "an fcnn model (a DTEN release predicts the "
            + "nuclei of its chart only: read its " + MassTrainStep.MASS_TABLE + ")");
      }
      models.put(id, new Model(id, m.path("method").asText(), ChartFeatures.parse(where, m.path("feature_set").asText()),
          MassBaseline.parse(where, m.path("baseline").asText()), m.path("dataset").asText(),
          MassModelFile.decode(bytes, source + "/" + file)));
    }
    if (models.isEmpty()) {
      throw new InvalidParameterException(source + "/" + MassTrainStep.INDEX, "no models", "at least one model");
    }
    Map<Nuclide, double[]> table = new LinkedHashMap<>();
    Map<Nuclide, Double> ws4 = new HashMap<>();
    readTable(source + "/" + MassTrainStep.MASS_TABLE,
        new String(files.get(MassTrainStep.MASS_TABLE), StandardCharsets.UTF_8), List.copyOf(models.keySet()), table,
        ws4);
    Deformations deformations = reproducingDeformations(source, models, table);
    return new ReleasedMassModel(source, models, table, ws4, deformations);
  }

  private static void readTable(String name, String text, List<String> ids, Map<Nuclide, double[]> table,
      Map<Nuclide, Double> ws4) {
    String[] lines = text.split("\n");
    List<String> header = new ArrayList<>(List.of("Z", "N", "A", "B_ws4_MeV"));
    ids.forEach(id -> header.add("B_" + id + "_MeV"));
    if (lines.length == 0 || !lines[0].equals(String.join(",", header))) {
      throw new InvalidParameterException(name + " line 1", lines.length == 0 ? "nothing" : lines[0],
          String.join(",", header) + " (the models of " + MassTrainStep.INDEX + ")");
    }
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split(",", -1);
      try {
        if (f.length != header.size()) {
          throw new NumberFormatException(f.length + " fields");
        }
        Nuclide nu = new Nuclide(Integer.parseInt(f[0]), Integer.parseInt(f[1]));
        ws4.put(nu, Double.parseDouble(f[3]));
        double[] b = new double[ids.size()];
        for (int k = 0; k < b.length; k++) {
          b[k] = Double.parseDouble(f[4 + k]);
        }
        table.put(nu, b);
      } catch (NumberFormatException e) {
        throw new InvalidParameterException(name + " line " + (i + 1), lines[i],
            header.size() + " numbers: " + String.join(",", header));
      }
    }
  }

  /** The deformation form with which every network reproduces every B of the table to its 1 eV. */
  private static Deformations reproducingDeformations(String source, Map<String, Model> models,
      Map<Nuclide, double[]> table) throws IOException {
    var ws4 = TableSource.bundled(TableFormat.WS4).load().ws4Table("ws4");
    // the message names the miss under the default form (SUM, listed first): the other forms are ablations
    String firstMiss = null;
    for (DeformationForm form : DeformationForm.values()) {
      Deformations d = new Deformations(ws4, form);
      String miss = firstMiss(models, table, d);
      if (miss == null) {
        return d;
      }
      firstMiss = firstMiss == null ? miss : firstMiss;
    }
    throw new InvalidParameterException("mass model " + source, "networks that do not reproduce "
        + MassTrainStep.MASS_TABLE + " (" + firstMiss + ")",
        "a release whose model files and mass table come from the same nml:train-masses run");
  }

  private static String firstMiss(Map<String, Model> models, Map<Nuclide, double[]> table, Deformations d) {
    int k = 0;
    for (Model m : models.values()) {
      for (Map.Entry<Nuclide, double[]> e : table.entrySet()) {
        Nuclide nu = e.getKey();
        double b = network(m, nu, d)[0];
        if (!MassTrainStep.mev(b).equals(MassTrainStep.mev(e.getValue()[k]))) {
          return String.format(Locale.ROOT, "model %s at Z = %d, N = %d: network %s MeV, table %s MeV", m.id(),
              nu.z(), nu.n(), MassTrainStep.mev(b), MassTrainStep.mev(e.getValue()[k]));
        }
      }
      k++;
    }
    return null;
  }

  /** [B, B_LD, residual] from the network. */
  private static double[] network(Model m, Nuclide nu, Deformations d) {
    double[] out = m.network().predict(m.featureSet().compute(nu.z(), nu.n(), d));
    if (!m.residual()) {
      return new double[] {out[0], Double.NaN, Double.NaN};
    }
    LiquidDrop drop = m.baseline().liquidDrop().orElseThrow();
    double ld = drop.bindingEnergyMeV(nu.z(), nu.n());
    return new double[] {ld + out[2], ld, out[2]};
  }

  /** Where the release was read from. */
  public String source() {
    return source;
  }

  /** The models, in release order. */
  public List<Model> models() {
    return List.copyOf(models.values());
  }

  /** The model ids, in release order. */
  public List<String> modelIds() {
    return List.copyOf(models.keySet());
  }

  /** The nuclei of the mass table, in (Z, N) order. */
  public List<Nuclide> tableNuclei() {
    return List.copyOf(table.keySet());
  }

  /** The deformation form the huang-III feature was computed with (found when loading). */
  public DeformationForm deformationForm() {
    return deformations.form();
  }

  /**
   * The prediction of model {@code id} for (Z, N): B from the mass table inside its domain, from the
   * network outside it (Z, N >= 1; a nucleus beyond the WS4 table gets β = 0 in {@code def}).
   */
  public Prediction predict(String id, int z, int n) {
    Model m = model(id);
    if (z < 1 || n < 1) {
      throw new InvalidParameterException("nucleus", "Z = " + z + ", N = " + n, "Z >= 1 and N >= 1");
    }
    Nuclide nu = new Nuclide(z, n);
    double[] net = network(m, nu, deformations);
    double[] row = table.get(nu);
    if (row == null) {
      return new Prediction(id, nu, net[0], net[1], net[2], false);
    }
    double b = row[modelIds().indexOf(id)];
    return new Prediction(id, nu, b, net[1], m.residual() ? b - net[1] : Double.NaN, true);
  }

  /** B(Z, N) of model {@code id}, MeV (see {@link #predict}). */
  public double bindingEnergyMeV(String id, int z, int n) {
    return predict(id, z, n).bindingEnergyMeV();
  }

  /** The model as a surface: B(Z, N) for any nucleus. */
  public MassSurface surface(String id) {
    model(id);
    return (z, n) -> z < 1 || n < 1 ? OptionalDouble.empty() : OptionalDouble.of(bindingEnergyMeV(id, z, n));
  }

  /** WS4's B as the release's mass table lists it (empty outside the table). */
  public OptionalDouble ws4BindingEnergyMeV(int z, int n) {
    Double b = ws4.get(new Nuclide(z, n));
    return b == null ? OptionalDouble.empty() : OptionalDouble.of(b);
  }

  private Model model(String id) {
    Model m = models.get(id);
    if (m == null) {
      throw new InvalidParameterException("model", id, "a model of the release " + source + ": " + modelIds());
    }
    return m;
  }

  @Override
  public String toString() {
    return "mass model " + source + " " + modelIds() + " (" + table.size() + " nuclei in its mass table)";
  }
}
