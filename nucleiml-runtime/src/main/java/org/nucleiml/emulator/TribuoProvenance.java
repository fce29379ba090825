package org.nucleiml.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oracle.labs.mlrg.olcut.provenance.ListProvenance;
import com.oracle.labs.mlrg.olcut.provenance.MapProvenance;
import com.oracle.labs.mlrg.olcut.provenance.ObjectProvenance;
import com.oracle.labs.mlrg.olcut.provenance.PrimitiveProvenance;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.DateProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.DateTimeProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.FileProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.TimeProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.URLProvenance;
import com.oracle.labs.mlrg.olcut.util.Pair;
import java.nio.file.Path;
import java.util.Set;

/**
 * A Tribuo model's provenance split in two: what identifies the model (trainer configuration, data
 * set shape, Tribuo version), kept in emulator.json as a JSON tree, and the facts of the run that
 * trained it (timestamps, Java and OS, host, thread count, absolute file locations), which go to
 * run-info.json. File and URL values keep only their last name in the identity part.
 *
 * @param identity the provenance tree without run facts
 * @param runFacts the removed values, keyed by their '/'-separated place in the tree
 */
record TribuoProvenance(JsonNode identity, ObjectNode runFacts) {

  // keys Tribuo fills from the machine or the run, not from the configuration or the data
  private static final Set<String> RUN_KEYS = Set.of("java-version", "os-name", "os-arch", "host-short-name",
      "threads");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Splits {@code provenance} (usually a model's). */
  static TribuoProvenance of(ObjectProvenance provenance) {
    ObjectNode facts = NODES.objectNode();
    JsonNode identity = walk(provenance, "", facts);
    return new TribuoProvenance(identity, facts);
  }

  private static JsonNode walk(Provenance p, String at, ObjectNode facts) {
    if (p instanceof ObjectProvenance o) {
      return entries(o, at, facts);
    }
    if (p instanceof MapProvenance<?> m) {
      return entries(m, at, facts);
    }
    if (p instanceof ListProvenance<?> l) {
      ArrayNode array = NODES.arrayNode();
      int i = 0;
      for (Provenance item : l) {
        array.add(walk(item, at + "/" + i++, facts));
      }
      return array;
    }
    if (p instanceof FileProvenance || p instanceof URLProvenance) {
      Object value = ((PrimitiveProvenance<?>) p).getValue();
      facts.put(at, String.valueOf(value));
      Path name = value == null ? null : Path.of(String.valueOf(value)).getFileName();
      return NODES.textNode(name == null ? "" : name.toString());
    }
    if (p instanceof PrimitiveProvenance<?> v) {
      Object value = v.getValue();
      if (value instanceof Number || value instanceof Boolean) {
        return EmulatorArtifact.JSON.valueToTree(value);
      }
      return NODES.textNode(String.valueOf(value));
    }
    return NODES.textNode(String.valueOf(p));
  }

  private static ObjectNode entries(Iterable<? extends Pair<String, ? extends Provenance>> pairs, String at,
      ObjectNode facts) {
    ObjectNode node = NODES.objectNode();
    for (Pair<String, ? extends Provenance> e : pairs) {
      String key = e.getA();
      Provenance value = e.getB();
      String where = at + "/" + key;
      if (RUN_KEYS.contains(key) || value instanceof DateTimeProvenance || value instanceof DateProvenance
          || value instanceof TimeProvenance) {
        facts.set(where, walk(value, where, NODES.objectNode()));
      } else {
        node.set(key, walk(value, where, facts));
      }
    }
    return node;
  }
}
