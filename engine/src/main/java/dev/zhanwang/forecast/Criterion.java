package dev.zhanwang.forecast;

/** What "target met" means for one target statement. */
public enum Criterion {
  /** The 2023 annual (December year-to-date) level reaches the target value. */
  LEVEL("level"),
  /** The 2023 annual growth, in percent, reaches the target growth rate. */
  GROWTH("growth");

  private final String label;

  Criterion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
