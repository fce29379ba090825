package org.nucleiml.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.physics.Nucleus;

/** Tests for {@link SampleTable} on small samples.csv files in the generator's format. */
class SampleTableTest {

  private static final String HEADER = String.join(",", SampleColumns.HEADER);
  // An admissible row with couplings, and a no-couplings row: empty couplings, BE, Rch and iterations.
  private static final String ADMISSIBLE = "4294967301,0.155,-16.1,230,-300,0.65,32,60,10.1,12.2,4.3,1.5,2.5,"
      + "-3.5,0.01,208Pb,82,126,208,1636.4,5.51,41,true,admissible,admissible,";
  private static final String NO_COUPLINGS = "7,0.1516,-15.57,162.4,-353.3,0.649,23.5,24.8,,,,,,,,16O,8,8,16,,,0,"
      + "false,non-admissible,no-couplings,Q0_TOO_HIGH";

  @TempDir Path dir;

  @Test
  void testRead_typesAndEmptyCells() throws IOException {
    SampleTable table = SampleTable.read(write(HEADER, ADMISSIBLE, NO_COUPLINGS));
    assertEquals(2, table.size());
    assertEquals(4294967301L, table.sampleId(0));
    assertArrayEquals(new double[] {0.155, -16.1, 230, -300, 0.65, 32, 60}, table.nmp(0));
    assertEquals(-300, table.nmp(0, 3));
    assertEquals(new Nucleus(82, 126), table.nucleus(0));
    assertEquals(82, table.z(0));
    assertEquals(126, table.n(0));
    assertEquals(1636.4, table.bindingEnergy(0));
    assertEquals(5.51, table.chargeRadius(0));
    assertTrue(table.admissible(0));
    assertEquals("admissible", table.label(0));
    // The no-couplings row: absent couplings are not read, absent observables are NaN.
    assertFalse(table.admissible(1));
    assertEquals("non-admissible", table.label(1));
    assertEquals("no-couplings", table.label4(1));
    assertTrue(Double.isNaN(table.bindingEnergy(1)));
    assertTrue(Double.isNaN(table.chargeRadius(1)));
    assertEquals(8, table.z(1));
  }

  @Test
  void testRead_missingColumnNamesTheHeader() throws IOException {
    Path file = write(HEADER.replace(",label4,", ",labelX,"), ADMISSIBLE);
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> SampleTable.read(file));
    assertTrue(e.getMessage().contains("line 1 header") && e.getMessage().contains("'label4'"), e.getMessage());
  }

  @Test
  void testRead_admissibleRowWithoutBindingEnergyNamesLineAndColumn() throws IOException {
    Path file = write(HEADER, NO_COUPLINGS, ADMISSIBLE.replace(",1636.4,", ",,"));
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> SampleTable.read(file));
    assertTrue(e.getMessage().contains("samples.csv line 3 column binding_energy_MeV"), e.getMessage());
  }

  @Test
  void testRead_inconsistentLabelsAreRejected() throws IOException {
    Path file = write(HEADER, NO_COUPLINGS.replace("non-admissible,no-couplings", "admissible,no-couplings"));
    InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> SampleTable.read(file));
    assertTrue(e.getMessage().contains("column label4"), e.getMessage());
  }

  private Path write(String... lines) throws IOException {
    return Files.write(dir.resolve("samples.csv"), List.of(lines));
  }
}
