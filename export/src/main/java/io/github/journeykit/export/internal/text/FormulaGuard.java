package io.github.journeykit.export.internal.text;

/**
 * Keeps text in CSV a spreadsheet opens as data: a cell that starts the way a formula starts
 * ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return) gets an apostrophe before
 * it, which spreadsheets read as "this is text" (OWASP, "CSV Injection"). Not public API.
 */
public final class FormulaGuard {
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private FormulaGuard() {}

  /**
   * Text as a cell of a one-way rendering: an apostrophe before text that starts a formula.
   *
   * @param text the text
   * @return the cell
   */
  public static String guarded(String text) {
    return startsAFormula(text) ? "'" + text : text;
  }

  /**
   * Text as a cell that reads back with {@link #unguarded}: an apostrophe before text that starts a
   * formula and before text that starts with an apostrophe, so that the reader can always take one
   * away.
   *
   * @param text the text
   * @return the cell
   */
  public static String guardedReversibly(String text) {
    return startsAFormula(text) || text.startsWith("'") ? "'" + text : text;
  }

  /**
   * The text of a cell written by {@link #guardedReversibly}: without its first apostrophe.
   *
   * @param cell the cell
   * @return the text
   */
  public static String unguarded(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }

  private static boolean startsAFormula(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
  }
}
