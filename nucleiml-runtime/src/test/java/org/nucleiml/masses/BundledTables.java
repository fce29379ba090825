package org.nucleiml.masses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The bundled tables, read once per test JVM. */
final class BundledTables {

  static final MassTable AME2016 = load(TableFormat.AME2016).massTable("t");
  static final MassTable AME2020 = load(TableFormat.AME2020).massTable("t");
  static final Ws4Table WS4 = load(TableFormat.WS4).ws4Table("t");
  @SuppressWarnings("unchecked")
  static final List<ChargeRadius> RADII = (List<ChargeRadius>) load(TableFormat.RADII).table();

  private BundledTables() {}

  static TableSource.LoadedTable load(TableFormat f) {
    try {
      return TableSource.bundled(f).load();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Nuclide> nuclides(List<MassEntry> entries) {
    return entries.stream().map(MassEntry::nuclide).toList();
  }
}
