package nl.goedgesprek.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one way the app writes a CSV file: semicolons and a BOM, so Excel in Dutch opens it as it is,
 * and no cell a spreadsheet would run as a formula.
 * <p>
 * A cell is a number when its value is a {@link Number}: written as it is, so "-3" stays minus three.
 * Every other value is text: always quoted, and text that a spreadsheet would read as a formula (it
 * starts with {@code = + - @}, a tab, a carriage return, ...) gets a single quote in front, as OWASP
 * advises against CSV injection. Names typed by users (teams, people, competencies, koers goals) are
 * therefore never run when HR opens a download.
 */
public final class SpreadsheetCsv {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setQuoteMode(QuoteMode.NON_NUMERIC)
		.get();

	private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

	private static final String FORMULA_CONTROLS = "\t\r\n\u0000";

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private SpreadsheetCsv() {
	}

	/**
	 * Sends the rows as a download named {@code goedgesprek-<name>.csv}.
	 * @param rows each cell a {@link Number} or text; {@code null} is an empty cell
	 */
	public static void download(String name, List<? extends List<?>> rows, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"goedgesprek-" + name + ".csv\"");
		write(rows, response.getOutputStream());
	}

	/** Writes the rows, BOM first, as UTF-8. */
	public static void write(List<? extends List<?>> rows, OutputStream out) throws IOException {
		out.write(BOM);
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
			for (List<?> row : rows) {
				printer.printRecord(row.stream().map(SpreadsheetCsv::cell).toList());
			}
		}
	}

	private static Object cell(Object value) {
		if (value == null || value instanceof Number) {
			return value;
		}
		return text(value.toString());
	}

	/** The text as a spreadsheet shows it without running it: a formula gets a single quote in front. */
	static String text(String text) {
		return startsLikeAFormula(text) ? "'" + text : text;
	}

	/**
	 * The characters OWASP and the ASVS list, their full-width forms (which some spreadsheets also
	 * accept), and the same after leading spaces, which spreadsheets may skip.
	 */
	private static boolean startsLikeAFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		if (FORMULA_CONTROLS.indexOf(text.charAt(0)) >= 0) {
			return true;
		}
		String unspaced = text.stripLeading();
		return !unspaced.isEmpty() && FORMULA_STARTS.indexOf(unspaced.charAt(0)) >= 0;
	}

}
