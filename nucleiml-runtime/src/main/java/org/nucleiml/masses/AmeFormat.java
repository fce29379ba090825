package org.nucleiml.masses;

/**
 * The two Fortran fixed-width layouts of the AME mass tables (0-based, end-exclusive columns,
 * verified on both files). A {@code #} in place of the decimal point marks an estimate; a
 * {@code *} marks a value that is not calculable.
 */
public enum AmeFormat {

  /** {@code mass16.txt}: a1,i3,i5,i5,i5,1x,a3,a4,1x,f13.5,f11.5,f11.3,f9.3,… */
  AME2016("ame2016", 39, 28, 41, 52),
  /** {@code mass_1.mas20.txt}: a1,i3,i5,i5,i5,1x,a3,a4,1x,f14.6,f12.6,f13.5,1x,f10.5,… */
  AME2020("ame2020", 36, 28, 42, 54);

  /** Columns shared by both layouts. */
  static final int N_START = 4;
  static final int Z_START = 9;
  static final int A_START = 14;
  static final int A_END = 19;
  static final int ELEMENT_START = 20;
  static final int ELEMENT_END = 23;

  private final String id;
  private final int headerLines;
  private final int massExcessStart;
  private final int uncertaintyStart;
  private final int uncertaintyEnd;

  AmeFormat(String id, int headerLines, int massExcessStart, int uncertaintyStart, int uncertaintyEnd) {
    this.id = id;
    this.headerLines = headerLines;
    this.massExcessStart = massExcessStart;
    this.uncertaintyStart = uncertaintyStart;
    this.uncertaintyEnd = uncertaintyEnd;
  }

  /** The format's name in configurations, {@code ame2016} or {@code ame2020}. */
  public String id() {
    return id;
  }

  /** Lines before the first nuclide. */
  public int headerLines() {
    return headerLines;
  }

  int massExcessStart() {
    return massExcessStart;
  }

  int uncertaintyStart() {
    return uncertaintyStart;
  }

  int uncertaintyEnd() {
    return uncertaintyEnd;
  }
}
