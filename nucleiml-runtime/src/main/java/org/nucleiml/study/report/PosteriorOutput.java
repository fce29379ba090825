package org.nucleiml.study.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One nml:posterior run as its files describe it.
 *
 * @param name the run's folder name under posterior/
 * @param posterior its posterior.json
 * @param comparison its comparison.json, when the run was compared with another
 */
record PosteriorOutput(String name, JsonNode posterior, Optional<JsonNode> comparison) {}
