package org.nucleiml.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.validation.RegressionPoint;
import org.nucleiml.validation.SampleInput;
import org.nucleiml.validation.ValidationFixtures;
import org.nucleiml.validation.ValidationInput;

/** Tests for {@link PredictionsCsv}: every regression point, in order, with fixed number formatting. */
class PredictionsCsvTest {

  @Test
  void testRender_oneRowPerPointAndObservableWithTheRelativeError() throws IOException {
    SampleInput sample = new SampleInput("test split", null, List.of(
        new RegressionPoint("208Pb", 1636.0, 1619.64, 5.5, 5.489),
        new RegressionPoint("16O", 127.5, 128.775, 2.7, 2.7)));
    String csv = PredictionsCsv.render(List.of(sample));
    assertFalse(csv.contains("\r"));
    assertEquals("""
        sample,point,nucleus,observable,solver,emulator,relative_error
        test split,0,208Pb,binding_energy,1636,1619.64,0.01
        test split,0,208Pb,charge_radius,5.5,5.489,0.002
        test split,1,16O,binding_energy,127.5,128.775,-0.01
        test split,1,16O,charge_radius,2.7,2.7,0
        """, csv);
  }

  @Test
  void testWrite_besideValidationJsonWithEveryPointOfEverySample(@TempDir Path dir) throws IOException {
    List<RegressionPoint> test = ValidationFixtures.regression(2, 60, 0.004, 0.002);
    List<RegressionPoint> independent = ValidationFixtures.regression(4, 20, 0.005, 0.003);
    List<SampleInput> samples = List.of(new SampleInput("test split", ValidationFixtures.classifier(1, 300, 0.95), test),
        new SampleInput("independent sample (seed 43)", null, independent));
    ValidationOutcome outcome = ValidationRun.write(ValidationInput.of(samples), dir);
    assertEquals(dir.resolve(PredictionsCsv.FILE), outcome.predictions());
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(Files.readString(outcome.predictions()))).getRecords();
    assertEquals(2 * (test.size() + independent.size()), rows.size());
    CSVRecord last = rows.get(rows.size() - 1);
    RegressionPoint p = independent.get(independent.size() - 1);
    assertEquals("independent sample (seed 43)", last.get("sample"));
    assertEquals(String.valueOf(independent.size() - 1), last.get("point"));
    assertEquals(p.nucleus(), last.get("nucleus"));
    assertEquals("charge_radius", last.get("observable"));
    assertEquals(p.trueChargeRadius(), Double.parseDouble(last.get("solver")), 1e-9 * p.trueChargeRadius());
    assertEquals(p.predictedChargeRadius(), Double.parseDouble(last.get("emulator")), 1e-9 * p.trueChargeRadius());
    double relative = (p.trueChargeRadius() - p.predictedChargeRadius()) / p.trueChargeRadius();
    assertEquals(relative, Double.parseDouble(last.get("relative_error")), 1e-9 * Math.abs(relative) + 1e-15);
  }
}
