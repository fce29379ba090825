package org.nucleiml.study.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.files.ContentHash;

/**
 * A chart written by nml:generate mode {@code chart}, read back for the mass models that take density
 * profiles (the DTEN): the converged rows of chart.csv in chart order, their profiles from densities.bin
 * (checked against the SHA-256 and the nucleus list of densities.json), and the SHA-256s that fingerprint
 * a step reading it.
 *
 * @param couplingSet the coupling set's name (densities.json)
 * @param converged the converged rows, in chart order; row i owns profile i
 * @param channels profiles per nucleus ({@link ChartRun#CHANNELS})
 * @param points radii per profile
 * @param meshStepFm the grid step h: profile value k (0-based) is at r = h·(k + 1)
 * @param densities nucleus-major, channel-major per nucleus: {@code [(i * channels + c) * points + k]}
 * @param chartSha256 SHA-256 of chart.csv
 * @param densitiesSha256 SHA-256 of densities.bin
 */
public record ChartProfiles(String couplingSet, List<ChartRow> converged, int channels, int points,
    double meshStepFm, double[] densities, String chartSha256, String densitiesSha256) {

  /**
   * Reads the chart of {@code directory}; {@code parameter} names the configuration parameter in
   * errors (e.g. {@code models[rho-exp].chart}).
   */
  public static ChartProfiles read(Path directory, String parameter) throws IOException {
    String what = "a directory written by nml:generate mode=chart (" + ChartRun.CHART_FILE + ", "
        + ChartRun.DENSITIES_FILE + " and " + ChartRun.INDEX_FILE + ")";
    if (directory == null) {
      throw new InvalidParameterException(parameter, null, what);
    }
    Path csv = directory.resolve(ChartRun.CHART_FILE);
    Path bin = directory.resolve(ChartRun.DENSITIES_FILE);
    Path json = directory.resolve(ChartRun.INDEX_FILE);
    if (!Files.isRegularFile(csv) || !Files.isRegularFile(bin) || !Files.isRegularFile(json)) {
      throw new InvalidParameterException(parameter, directory, what);
    }
    JsonNode index = new ObjectMapper().readTree(json.toFile());
    if (index == null || !DensityIndex.FORMAT.equals(index.path("format").asText())) {
      throw new InvalidParameterException(parameter, json, "a " + ChartRun.INDEX_FILE + " of format "
          + DensityIndex.FORMAT + " (" + what + ")");
    }
    byte[] bytes = Files.readAllBytes(bin);
    String sha = ContentHash.of(bytes);
    if (!sha.equals(index.path("sha256").asText())) {
      throw new InvalidParameterException(parameter, bin + " SHA-256 " + sha, "the SHA-256 recorded in "
          + ChartRun.INDEX_FILE + " (" + index.path("sha256").asText() + "): the chart was changed or cut short");
    }
    List<ChartRow> converged = ChartGenerator.read(csv).stream().filter(ChartRow::converged).toList();
    int channels = index.path("channels").size();
    int points = index.path("grid").path("points").asInt();
    JsonNode nuclei = index.path("nuclei");
    long expectedBytes = (long) converged.size() * channels * points * Double.BYTES;
    if (nuclei.size() != converged.size() || bytes.length != expectedBytes) {
      throw new InvalidParameterException(parameter, directory, String.format(
          "%d profiles of %d x %d values for the %d converged nuclei of %s (found %d indexed, %d bytes)",
          converged.size(), channels, points, converged.size(), ChartRun.CHART_FILE, nuclei.size(), bytes.length));
    }
    for (int i = 0; i < converged.size(); i++) {
      JsonNode n = nuclei.get(i);
      ChartRow r = converged.get(i);
      if (n.path("Z").asInt() != r.nucleus().z() || n.path("N").asInt() != r.nucleus().n()) {
        throw new InvalidParameterException(parameter, json + " nucleus " + i + " (Z=" + n.path("Z").asInt() + ", N="
            + n.path("N").asInt() + ")", "the converged nuclei of " + ChartRun.CHART_FILE + " in order (" + r.nucleus()
            + ")");
      }
    }
    double[] values = new double[bytes.length / Double.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(values);
    return new ChartProfiles(index.path("coupling_set").asText(), converged, channels, points,
        index.path("grid").path("mesh_step_fm").asDouble(Double.NaN), values,
        ContentHash.of(Files.readAllBytes(csv)), sha);
  }
}
