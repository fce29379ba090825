package org.nucleiml.maven;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nucleiml.data.ParameterBox;
import org.nucleiml.data.Range;

/**
 * POM form of the NMP box, element names as in samples.csv:
 * {@code <box><K0><min>200</min></K0><mstar_over_m><max>0.7</max></mstar_over_m></box>}.
 * Parameters left out keep the study's Table 1 ranges.
 */
@SuppressWarnings({"checkstyle:MemberName", "java:S116"})
public class BoxConfiguration {

  /** Saturation density range, fm^-3. */
  RangeConfiguration rho0;
  /** Energy per nucleon range, MeV. */
  RangeConfiguration E0;
  /** Incompressibility range, MeV. */
  RangeConfiguration K0;
  /** Skewness range, MeV. */
  RangeConfiguration Q0;
  /** Dirac effective mass range, in units of the nucleon mass. */
  RangeConfiguration mstar_over_m;
  /** Symmetry energy range, MeV. */
  RangeConfiguration J0;
  /** Symmetry energy slope range, MeV. */
  RangeConfiguration L0;

  /** The box: the study's default with the configured ends replaced. */
  ParameterBox toBox() {
    ParameterBox box = ParameterBox.STUDY;
    for (Map.Entry<String, RangeConfiguration> e : ranges().entrySet()) {
      if (e.getValue() != null) {
        Range d = box.range(e.getKey());
        box = box.with(e.getKey(), e.getValue().min == null ? d.min() : e.getValue().min,
            e.getValue().max == null ? d.max() : e.getValue().max);
      }
    }
    return box;
  }

  private Map<String, RangeConfiguration> ranges() {
    Map<String, RangeConfiguration> m = new LinkedHashMap<>();
    m.put("rho0", rho0);
    m.put("E0", E0);
    m.put("K0", K0);
    m.put("Q0", Q0);
    m.put("mstar_over_m", mstar_over_m);
    m.put("J0", J0);
    m.put("L0", L0);
    return m;
  }
}
