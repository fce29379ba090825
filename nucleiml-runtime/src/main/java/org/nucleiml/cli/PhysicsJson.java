package org.nucleiml.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.Couplings;
import org.nucleiml.physics.ModelConstants;
import org.nucleiml.physics.NuclearMatterParameters;

/**
 * JSON forms of the physics value types, with the key names of the CLI contract (the same names as
 * the CSV headers of the data set). Unknown or missing keys are errors that name the key.
 */
public final class PhysicsJson {

  /** Keys of {@link ModelConstants}. */
  public static final Set<String> CONSTANT_KEYS = Set.of("m_sigma", "m_omega", "m_rho", "nucleon_mass");

  /** Keys of {@link Couplings}. */
  public static final Set<String> COUPLING_KEYS =
      Set.of("g_sigma", "g_omega", "g_rho", "A_MeV", "B", "C", "Lambda_v");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PhysicsJson() {}

  /** Parses {@code {"rho0":..,"E0":..,"K0":..,"Q0":..,"mstar_over_m":..,"J0":..,"L0":..}}. */
  public static NuclearMatterParameters nmp(String json) {
    Map<String, Double> v = numbers("--nmp", json, Set.copyOf(NuclearMatterParameters.NAMES), Set.of());
    return new NuclearMatterParameters(v.get("rho0"), v.get("E0"), v.get("K0"), v.get("Q0"),
        v.get("mstar_over_m"), v.get("J0"), v.get("L0"));
  }

  /** Parses the seven coupling keys; the constant keys are allowed too and ignored here. */
  public static Couplings couplings(String json) {
    Map<String, Double> v = numbers("--couplings", json, COUPLING_KEYS, CONSTANT_KEYS);
    return new Couplings(v.get("g_sigma"), v.get("g_omega"), v.get("g_rho"), v.get("A_MeV"),
        v.get("B"), v.get("C"), v.get("Lambda_v"));
  }

  /**
   * Parses model constants; absent keys take the value of {@code defaults}. With {@code
   * allowCouplingKeys} the coupling keys may be present (the {@code matter --couplings} form).
   */
  public static ModelConstants constants(String option, String json, ModelConstants defaults,
      boolean allowCouplingKeys) {
    if (json == null) {
      return defaults;
    }
    Map<String, Double> v = numbers(option, json, Set.of(),
        allowCouplingKeys ? union(CONSTANT_KEYS, COUPLING_KEYS) : CONSTANT_KEYS);
    return new ModelConstants(
        v.getOrDefault("m_sigma", defaults.mSigma()),
        v.getOrDefault("m_omega", defaults.mOmega()),
        v.getOrDefault("m_rho", defaults.mRho()),
        v.getOrDefault("nucleon_mass", defaults.nucleonMass()));
  }

  /** The NMPs as a JSON object with the contract's keys, in the contract's order. */
  public static ObjectNode toJson(NuclearMatterParameters p) {
    ObjectNode o = MAPPER.createObjectNode();
    double[] values = p.toArray();
    for (int i = 0; i < values.length; i++) {
      o.put(NuclearMatterParameters.NAMES.get(i), values[i]);
    }
    return o;
  }

  /** The couplings as a JSON object with the contract's keys. */
  public static ObjectNode toJson(Couplings c) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("g_sigma", c.gSigma());
    o.put("g_omega", c.gOmega());
    o.put("g_rho", c.gRho());
    o.put("A_MeV", c.aMeV());
    o.put("B", c.b());
    o.put("C", c.c());
    o.put("Lambda_v", c.lambdaV());
    return o;
  }

  /** The model constants as a JSON object with the contract's keys. */
  public static ObjectNode toJson(ModelConstants m) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("m_sigma", m.mSigma());
    o.put("m_omega", m.mOmega());
    o.put("m_rho", m.mRho());
    o.put("nucleon_mass", m.nucleonMass());
    return o;
  }

  /** The shared mapper (thread-safe once configured). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static Map<String, Double> numbers(String option, String json, Set<String> required,
      Set<String> optional) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidParameterException(option, "'" + json + "'",
          "a JSON object (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new InvalidParameterException(option, "'" + json + "'", "a JSON object");
    }
    if (root.has("error")) {
      // the negative answer of nml couplings or matter piped on: say so instead of "unknown key 'error'"
      throw new InvalidParameterException(option, "the result '" + root.get("error").asText() + "' ("
          + root.path("message").asText(root.path("reason").asText("")) + ")", "the JSON of a successful run");
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      if (option.equals("--couplings") && key.equals(CouplingsCommand.DIAGNOSTICS)) {
        // what nml couplings prints is accepted as it is: its diagnostics are informative only
        continue;
      }
      if (!required.contains(key) && !optional.contains(key)) {
        throw new InvalidParameterException(option + " key '" + key + "'", key,
            "one of " + sorted(union(required, optional)));
      }
      if (!e.getValue().isNumber()) {
        throw new InvalidParameterException(key, e.getValue(), "a number");
      }
      values.put(key, e.getValue().doubleValue());
    }
    for (String key : sorted(required)) {
      if (!values.containsKey(key)) {
        throw new InvalidParameterException(option, "no '" + key + "'", "all of " + sorted(required));
      }
    }
    return values;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> u = new java.util.HashSet<>(a);
    u.addAll(b);
    return u;
  }

  private static java.util.List<String> sorted(Set<String> s) {
    return s.stream().sorted().toList();
  }
}
