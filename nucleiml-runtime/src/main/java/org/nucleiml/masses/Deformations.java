package org.nucleiml.masses;

/**
 * Where the huang {@code def} feature takes β₂, β₄, β₆ from (the WS4 table by default) and how it
 * combines them. A nucleus missing from the table gets β = 0 (none of the study sets: WS4 covers
 * A ≥ 16).
 *
 * @param table the deformation table
 * @param form the combination of b_k β_k²
 */
public record Deformations(Ws4Table table, DeformationForm form) {

  /** The {@code def} feature of a nucleus, with the WS4 coefficients g_1, g_2 in b_k. */
  public double def(int z, int n) {
    return table.entry(z, n)
        .map(e -> LiquidDrop.WS4.deformation(z + n, e.beta2(), e.beta4(), e.beta6(), form))
        .orElse(form.combine(0, 0, 0));
  }
}
