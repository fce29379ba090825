package org.nucleiml.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.nucleiml.emulator.massmodel.MdnCalibration;
import org.nucleiml.emulator.massmodel.MdnDefinition;
import org.nucleiml.emulator.massmodel.MdnMassData;
import org.nucleiml.emulator.massmodel.MdnMassTrainer;
import org.nucleiml.emulator.massmodel.TrainedMdnModel;
import org.nucleiml.emulator.network.Activation;
import org.nucleiml.emulator.network.Initialisation;
import org.nucleiml.emulator.network.LearningRateSchedule;
import org.nucleiml.emulator.network.RelationPenalty;
import org.nucleiml.masses.ChartFeatures;
import org.nucleiml.masses.GarveyKelson;
import org.nucleiml.masses.ChartDataset;
import org.nucleiml.masses.DatasetConfig;
import org.nucleiml.masses.NucleiTable;
import org.nucleiml.masses.Nuclide;
import org.nucleiml.masses.Selection;
import org.nucleiml.masses.TableSource;

/**
 * A benchmark command for the [S004] experiments (spec 4.6, issue #14): trains one MDN on the 450-nucleus
 * split of the mumpower data and prints the curve and the kept model's RMS per set, 1/2/3-sigma
 * coverage on all2016 and the GK rms of its means. Arguments as key=value: epochs, lr (rate or
 * e1:r1/e2:r2 steps), init, K, scaling, lambda, hidden (8/8/...), wd, seed, threads, every, save (a model file);
 * members (M); evaluate=f1/f2/... evaluates saved models as one equal-weight mixture instead of training
 * (sigmaScale).
 */
public final class MdnExperiment {

  private MdnExperiment() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Map<String, String> a = new HashMap<>();
    for (String s : args) {
      String[] kv = s.split("=", 2);
      a.put(kv[0], kv[1]);
    }
    int epochs = Integer.parseInt(a.getOrDefault("epochs", "20000"));
    List<Integer> hidden = new ArrayList<>();
    for (String w : a.getOrDefault("hidden", "8/8/8/8/8/8").split("/")) {
      hidden.add(Integer.parseInt(w));
    }
    MdnDefinition def = new MdnDefinition("exp", hidden, Activation.parse(a.getOrDefault("act", "tanh")),
        Integer.parseInt(a.getOrDefault("K", "1")), 1e-8, Double.parseDouble(a.getOrDefault("wd", "0")),
        schedule(a.getOrDefault("lr", "1e-3")), epochs, Initialisation.valueOf(a.getOrDefault("init", "TORCH_DEFAULT")),
        Long.parseLong(a.getOrDefault("seed", "42")), Double.parseDouble(a.getOrDefault("lambda", "1")),
        RelationPenalty.Reduction.valueOf(a.getOrDefault("reduction", "MEAN_ABS")), a.getOrDefault("scaling", "zscore"),
        Integer.parseInt(a.getOrDefault("warmup", "0")), Integer.parseInt(a.getOrDefault("members", "1")));
    int threads = Integer.parseInt(a.getOrDefault("threads", "1"));
    int every = Integer.parseInt(a.getOrDefault("every", "1000"));

    DatasetConfig c = DatasetConfig.builder().massTable("ame2016").selection(Selection.MUMPOWER)
        .target("mass_excess").featureSet("mumpower").split("fixedCount(450)")
        .evaluationSet("all2020", "ame2020", null, null)
        .evaluationSet("new2020", "ame2020", null, "new-in:ame2016").build();
    Map<String, TableSource.LoadedTable> tables = new LinkedHashMap<>();
    for (String id : ChartDataset.requiredTables(c)) {
      tables.put(id, c.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().load());
    }
    ChartDataset d = ChartDataset.build(c, tables);
    NucleiTable table = new NucleiTable(d.featureColumns(), d.rows());
    MdnMassData data = MdnMassData.of(ChartFeatures.MUMPOWER, table);
    Map<Nuclide, Double> train = MdnMassData.excess(table.rows("train"));
    Map<Nuclide, Double> rest = MdnMassData.excess(table.rows("test"));
    List<Nuclide> centres = data.centres();
    Map<Nuclide, Double> all2016 = new LinkedHashMap<>(train);
    all2016.putAll(rest);
    Map<String, Map<Nuclide, Double>> sets = new LinkedHashMap<>();
    sets.put("train", train);
    sets.put("rest", rest);
    sets.put("all2016", all2016);
    sets.put("all2020", MdnMassData.excess(table.rows("all2020")));
    sets.put("new2020", MdnMassData.excess(table.rows("new2020")));
    if (a.containsKey("evaluate")) {
      // Evaluate saved members as one equal-weight mixture: mean of the means, variance = mean of
      // (sigma^2 + mu^2) minus the squared mean (spread between members + their own widths).
      List<TrainedMdnModel> members = new ArrayList<>();
      for (String f : a.get("evaluate").split("/")) {
        members.add(org.nucleiml.emulator.massmodel.MdnModelFile.read(java.nio.file.Path.of(f)));
      }
      double scale = Double.parseDouble(a.getOrDefault("sigmaScale", "1"));
      report("RESULT evaluate=" + a.get("evaluate") + " sigmaScale=" + scale + ":", (z, n) -> {
        double m1 = 0;
        double m2 = 0;
        for (TrainedMdnModel m : members) {
          TrainedMdnModel.Prediction p = m.predict(z, n);
          m1 += p.excessMeV();
          m2 += p.sigmaMeV() * p.sigmaMeV() + p.excessMeV() * p.excessMeV();
        }
        m1 /= members.size();
        double var = Math.max(0, m2 / members.size() - m1 * m1);
        return new TrainedMdnModel.Prediction(m1, scale * Math.sqrt(var));
      }, sets, train, centres);
      return;
    }
    long start = System.nanoTime();
    TrainedMdnModel m = MdnMassTrainer.train(def, data, threads, every, (k, p) -> System.out.printf(Locale.ROOT,
        "member %d epoch %d L1 %.4f L2 %.5f total %.4f lr %.2g rest %.3f MeV  %.0f s%n", k, p.epoch(), p.likelihoodLoss(),
        p.penalty(), p.totalLoss(), p.learningRate(), p.rmsMeV().get("rest"), (System.nanoTime() - start) / 1e9));
    double minutes = (System.nanoTime() - start) / 6e10;
    report(String.format(Locale.ROOT, "RESULT %s kept %d, %.1f min:", String.join(" ", args), m.members().get(0).keptEpoch(), minutes),
        m::predict, sets, train, centres);
    if (a.containsKey("save")) {
      org.nucleiml.emulator.massmodel.MdnModelFile.write(m, java.nio.file.Path.of(a.get("save")));
    }
  }

  private static void report(String head, MdnCalibration.Predictor f, Map<String, Map<Nuclide, Double>> sets,
      Map<Nuclide, Double> train, List<Nuclide> centres) {
    StringBuilder sb = new StringBuilder(head);
    for (Map.Entry<String, Map<Nuclide, Double>> set : sets.entrySet()) {
      MdnCalibration cal = MdnCalibration.of(f, set.getValue());
      sb.append(String.format(Locale.ROOT, " %s rms %.0f cov %.2f/%.2f/%.2f sig %.0f nll %.2f;", set.getKey(),
          cal.errors().rmsKeV(), cal.coverage1(), cal.coverage2(), cal.coverage3(), cal.meanSigmaKeV(), cal.meanNll()));
    }
    GarveyKelson.Summary gk = GarveyKelson.summary((z, n) -> OptionalDouble.of(-f.predict(z, n).excessMeV()), centres);
    sb.append(String.format(Locale.ROOT, " GK rms %.0f keV", 1000 * gk.rmsMeV()));
    System.out.println(sb);
    // The worst nuclei of all2016: where the heavy tail of the errors sits.
    sets.get("all2016").entrySet().stream().sorted((x, y) -> Double.compare(
        Math.abs(f.predict(y.getKey().z(), y.getKey().n()).excessMeV() - y.getValue()),
        Math.abs(f.predict(x.getKey().z(), x.getKey().n()).excessMeV() - x.getValue()))).limit(12)
        .forEach(e -> {
          TrainedMdnModel.Prediction p = f.predict(e.getKey().z(), e.getKey().n());
          System.out.printf(Locale.ROOT, "worst Z=%d N=%d %s error %.2f MeV sigma %.2f MeV%n", e.getKey().z(),
              e.getKey().n(), train.containsKey(e.getKey()) ? "train" : "rest", p.excessMeV() - e.getValue(),
              p.sigmaMeV());
        });
  }

  private static LearningRateSchedule schedule(String text) {
    if (!text.contains(":")) {
      return new LearningRateSchedule.Constant(Double.parseDouble(text));
    }
    List<Integer> from = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    for (String part : text.split("/")) {
      String[] er = part.split(":");
      from.add(Integer.parseInt(er[0]));
      rates.add(Double.parseDouble(er[1]));
    }
    return new LearningRateSchedule.Steps(from, rates);
  }
}
