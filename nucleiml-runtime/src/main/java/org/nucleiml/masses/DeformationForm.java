package org.nucleiml.masses;

/**
 * The huang {@code def} feature built from b_k β_k², k = 2, 4, 6 (section 3.3 of the spec). The
 * paper writes "the summation form def = ∏ b_k β_k²"; a product of three numbers of order 1e-3 to
 * 1e-6 is ~0, so the default is the sum, the first-order expansion of ∏(1 + b_k β_k²) − 1.
 */
public enum DeformationForm {
  /** Σ_k b_k β_k² (default, the Choice). */
  SUM,
  /** ∏_k (1 + b_k β_k²) − 1, the factor of E_LD in [S003 Eq. (7)] minus one. */
  PRODUCT_MINUS_ONE,
  /** ∏_k b_k β_k², as printed. */
  LITERAL_PRODUCT;

  /** Combines the three terms t_k = b_k β_k². */
  public double combine(double t2, double t4, double t6) {
    return switch (this) {
      case SUM -> t2 + t4 + t6;
      case PRODUCT_MINUS_ONE -> (1 + t2) * (1 + t4) * (1 + t6) - 1;
      case LITERAL_PRODUCT -> t2 * t4 * t6;
    };
  }

  /** Parses {@code SUM}, {@code PRODUCT_MINUS_ONE} or {@code LITERAL_PRODUCT} (any case, - or _). */
  public static DeformationForm parse(String name, String text) {
    String t = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    for (DeformationForm f : values()) {
      if (f.name().equals(t)) {
        return f;
      }
    }
    throw new org.nucleiml.InvalidParameterException(name, text, "SUM, PRODUCT_MINUS_ONE or LITERAL_PRODUCT");
  }
}
