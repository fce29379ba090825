package org.nucleiml.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.files.AtomicFiles;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.Nucleus;
import org.nucleiml.physics.matter.CouplingInverter;
import org.nucleiml.physics.matter.InversionOutcome;
import org.nucleiml.physics.nucleus.BatchSolver;
import org.nucleiml.physics.nucleus.BatchSolver.ParameterSet;
import org.nucleiml.physics.nucleus.NucleusSolution;
import org.nucleiml.physics.nucleus.RmfSolver;
import org.nucleiml.physics.nucleus.PairingPrescription;
import org.nucleiml.physics.nucleus.PairingSettings;
import org.nucleiml.physics.nucleus.SolverSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nml solve}: one nucleus for one coupling set (JSON on stdout), or a batch of sets times
 * nuclei from a CSV into a CSV. Exit codes: 0 done, 1 invalid input, 2 a single solve that did not
 * converge (its JSON, with the reason, is still printed).
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
    description = "Self-consistent spherical RMF solve: binding energy and radii of nuclei.")
public final class SolveCommand implements Callable<Integer> {

  /** Columns of the batch output after name, nucleus, Z, N (also the JSON keys). */
  static final List<String> FIELDS = List.of("converged", "reason", "iterations",
      "binding_energy_MeV", "charge_radius_fm", "proton_radius_fm", "neutron_radius_fm", "skin_fm",
      "pairing", "configuration", "level_crossing");
  /** The wall-time column and key, written only with {@code --timing} (a run fact, not a result). */
  static final String MILLIS = "millis";

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = "--nucleus", description = "The nucleus, e.g. 208Pb (single solve).")
  String nucleus;

  @Option(names = "--couplings", description = "Couplings as JSON (g_sigma, g_omega, g_rho, A_MeV,"
      + " B, C, Lambda_v; constant keys allowed): what nml couplings prints, a file holding it, or - for"
      + " stdin.")
  String couplings;

  @Option(names = "--nmp", description = "Nuclear-matter parameters as JSON (rho0, E0, K0, Q0,"
      + " mstar_over_m, J0, L0), turned into couplings by the inverse map: what nml matter prints, a"
      + " file holding it, or - for stdin.")
  String nmp;

  @Option(names = "--constants", description = "Meson and nucleon masses as JSON (MeV); default:"
      + " the study's.")
  String constants;

  @Option(names = "--input", description = "Batch: CSV of parameter sets (name, couplings, masses).")
  Path input;

  @Option(names = "--nuclei", split = ",", description = "Batch: nuclei, e.g. 16O,40Ca,208Pb.")
  List<String> nuclei;

  @Option(names = "--output", description = "Batch: results CSV, one row per (set, nucleus).")
  Path output;

  @Option(names = "--threads", defaultValue = "1", description = "Batch: worker threads.")
  int threads;

  @Option(names = "--timing", description = "Add the wall time of each solve (millis) to the JSON or CSV;"
      + " off by default so that the output depends only on the input.")
  boolean timing;

  // Kept only to refuse it with a reason: warm starts gave spurious "converged" results (issue #22).
  @Option(names = "--warm-start", hidden = true, description = "Removed: every solve starts cold.")
  boolean warmStart;

  @Option(names = "--pairing", defaultValue = "constant-gap", description = "Pairing prescription:"
      + " constant-gap (BCS, Delta = 12/sqrt(A), for partly filled last levels; default), none"
      + " (filling approximation, as in published Hartree tables) or constant-g (G = 20/A MeV).")
  String pairing;

  @Override
  public Integer call() throws IOException {
    return input != null ? batch() : single();
  }

  private int single() throws IOException {
    String couplings = JsonArgument.read("--couplings", this.couplings, System.in);
    String nmp = JsonArgument.read("--nmp", this.nmp, System.in);
    String constants = JsonArgument.read("--constants", this.constants, System.in);
    if (nucleus == null) {
      throw new InvalidParameterException("--nucleus", "nothing", "a nucleus such as 208Pb (or"
          + " --input for a batch)");
    }
    if ((nmp == null) == (couplings == null)) {
      throw new InvalidParameterException("--couplings / --nmp", nmp == null ? "neither" : "both",
          "exactly one of them");
    }
    ModelConstants k = constants != null
        ? PhysicsJson.constants("--constants", constants, ModelConstants.STUDY, false)
        : couplings != null ? PhysicsJson.constants("--couplings", couplings, ModelConstants.STUDY, true)
        : ModelConstants.STUDY;
    Couplings c;
    if (nmp != null) {
      InversionOutcome inversion = CouplingInverter.invert(PhysicsJson.nmp(nmp), k);
      if (!inversion.hasCouplings()) {
        ObjectNode error = PhysicsJson.mapper().createObjectNode();
        error.put("error", "no-couplings");
        error.put("reason", inversion.reason().name());
        error.put("message", inversion.message());
        spec.commandLine().getOut().println(error);
        spec.commandLine().getOut().flush();
        return ExitCodes.NO_ANSWER;
      }
      c = inversion.couplings();
    } else {
      c = PhysicsJson.couplings(couplings);
    }
    Nucleus target = Nucleus.parse(nucleus);
    long t0 = System.nanoTime();
    RmfSolver solver = new RmfSolver(settings(pairing));
    NucleusSolution s = solver.solve(target, c, k);
    long millis = (System.nanoTime() - t0) / 1_000_000L;
    ObjectNode result = json(s, solver.settings().pairing().prescription());
    if (timing) {
      result.put(MILLIS, millis);
    }
    spec.commandLine().getOut().println(result);
    spec.commandLine().getOut().flush();
    return s.converged() ? ExitCodes.OK : ExitCodes.NO_ANSWER;
  }

  /** The default solver settings with the pairing prescription named by {@code --pairing}. */
  static SolverSettings settings(String pairing) {
    return SolverSettings.DEFAULT.withPairing(
        PairingSettings.of(PairingPrescription.parse("--pairing", pairing)));
  }

  /** The contract's JSON object; NaN observables become null. */
  static ObjectNode json(NucleusSolution s, PairingPrescription pairing) {
    ObjectNode o = PhysicsJson.mapper().createObjectNode();
    o.put("nucleus", s.nucleus().name());
    o.put("Z", s.nucleus().z());
    o.put("N", s.nucleus().n());
    o.put("converged", s.converged());
    if (s.reason() == null) {
      o.putNull("reason");
    } else {
      o.put("reason", s.reason().name());
    }
    o.put("iterations", s.iterations());
    number(o, "binding_energy_MeV", s.bindingEnergyMeV());
    number(o, "charge_radius_fm", s.chargeRadiusFm());
    number(o, "proton_radius_fm", s.protonRadiusFm());
    number(o, "neutron_radius_fm", s.neutronRadiusFm());
    number(o, "skin_fm", s.skinFm());
    o.put("pairing", pairing.key());
    text(o, "configuration", s.configuration());
    text(o, "level_crossing", s.levelCrossing());
    return o;
  }

  private static void text(ObjectNode o, String key, String value) {
    if (value == null) {
      o.putNull(key);
    } else {
      o.put(key, value);
    }
  }

  private static void number(ObjectNode o, String key, double value) {
    if (Double.isFinite(value)) {
      o.put(key, value);
    } else {
      o.putNull(key);
    }
  }

  private int batch() {
    if (warmStart) {
      throw new InvalidParameterException("--warm-start", "given", "no --warm-start: it was removed because"
          + " warm-started solves converged to wrong solutions (16O at BE -29.41 MeV instead of 153.41 MeV) and"
          + " checking each against a cold solve costs more than the cold solve; every solve now starts cold");
    }
    if (nuclei == null || nuclei.isEmpty() || output == null) {
      throw new InvalidParameterException("--input", input, "--nuclei and --output as well");
    }
    List<Nucleus> targets = new ArrayList<>();
    for (String name : nuclei) {
      targets.add(Nucleus.parse(name));
    }
    List<ParameterSet> sets = readSets(input);
    RmfSolver solver = new RmfSolver(settings(pairing));
    List<BatchSolver.Result> results =
        new BatchSolver(solver, threads).solve(sets, targets);
    writeAtomically(results, output, solver.settings().pairing().prescription(), timing);
    return 0;
  }

  static List<ParameterSet> readSets(Path file) {
    List<ParameterSet> sets = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
          .parse(in)) {
        sets.add(new ParameterSet(r.get("name"),
            new Couplings(d(r, "g_sigma"), d(r, "g_omega"), d(r, "g_rho"), d(r, "A_MeV"), d(r, "B"),
                d(r, "C"), d(r, "Lambda_v")),
            new ModelConstants(d(r, "m_sigma"), d(r, "m_omega"), d(r, "m_rho"),
                d(r, "nucleon_mass"))));
      }
    } catch (IOException e) {
      throw new InvalidParameterException("--input", file, "a readable CSV (" + e.getMessage() + ")");
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("--input", file, "a CSV with a header row holding name,"
          + " the couplings and the masses (" + e.getMessage() + ")");
    }
    return sets;
  }

  private static double d(CSVRecord r, String column) {
    String text = r.get(column);
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(column + " (row " + r.getRecordNumber() + ")", text,
          "a number");
    }
  }

  /** Writes the batch results CSV atomically (AtomicFiles: temporary file, then one move). */
  static void writeAtomically(List<BatchSolver.Result> results, Path file,
      PairingPrescription pairing, boolean timing) {
    try {
      AtomicFiles.write(file, temp -> {
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
            // LF line ends like every other CSV the project writes (the default is CRLF)
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
          List<String> header = new ArrayList<>(List.of("name", "nucleus", "Z", "N"));
          header.addAll(FIELDS);
          if (timing) {
            header.add(MILLIS);
          }
          csv.printRecord(header);
          for (BatchSolver.Result r : results) {
            List<Object> row = row(r, pairing);
            if (timing) {
              row.add(r.millis());
            }
            csv.printRecord(row);
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file.toAbsolutePath(), e);
    }
  }


  private static List<Object> row(BatchSolver.Result r, PairingPrescription pairing) {
    ObjectNode json = json(r.solution(), pairing);
    List<Object> row = new ArrayList<>(List.of(r.set().name(), r.nucleus().name(),
        r.nucleus().z(), r.nucleus().n()));
    for (String key : FIELDS) {
      row.add(json.get(key).isNull() ? "" : json.get(key).asText());
    }
    return row;
  }
}
