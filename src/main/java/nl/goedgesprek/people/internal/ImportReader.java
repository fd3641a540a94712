package nl.goedgesprek.people.internal;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import nl.goedgesprek.people.Role;
import nl.goedgesprek.shared.MessageRef;

/**
 * Reads the rows of an import file (commas or semicolons, a header row naming the columns) and what is
 * wrong with each row on its own; {@link PeopleImport} then checks them against each other and the
 * database.
 */
final class ImportReader {

	static final int MAX_ROWS = 5000;

	/** Dates a person can have been or will be employed on; anything else is a typing error. */
	private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	private static final char REPLACEMENT = '\uFFFD';

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

	private ImportReader() {
	}

	static List<ImportRow> read(String csv, List<MessageRef> fileErrors) {
		String text = csv == null ? "" : csv.replace("\uFEFF", "");
		if (text.isBlank()) {
			fileErrors.add(MessageRef.of("import.error.empty"));
			return List.of();
		}
		char delimiter = delimiterOf(text);
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
		List<ImportRow> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			Map<ImportColumn, Integer> columns = null;
			for (CSVRecord record : parser) {
				if (columns == null) {
					columns = header(record, fileErrors);
					if (!fileErrors.isEmpty()) {
						return List.of();
					}
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					fileErrors.add(MessageRef.of("import.error.tooManyRows", MAX_ROWS));
					return List.of();
				}
				rows.add(row(record, columns));
			}
		}
		catch (IOException | RuntimeException e) {
			fileErrors.add(MessageRef.of("import.error.unreadable"));
			return List.of();
		}
		if (rows.isEmpty()) {
			fileErrors.add(MessageRef.of("import.error.noRows"));
		}
		return rows;
	}

	private static char delimiterOf(String text) {
		String firstLine = text.lines().findFirst().orElse("");
		return firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
	}

	private static Map<ImportColumn, Integer> header(CSVRecord record, List<MessageRef> fileErrors) {
		Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
		for (int i = 0; i < record.size(); i++) {
			String header = record.get(i);
			int index = i;
			ImportColumn.byHeader(header).ifPresentOrElse(column -> columns.put(column, index),
					() -> fileErrors.add(MessageRef.of("import.error.unknownColumn", header)));
		}
		for (ImportColumn column : ImportColumn.values()) {
			if (column.required() && !columns.containsKey(column)) {
				fileErrors.add(MessageRef.of("import.error.missingColumn", column.header()));
			}
		}
		return columns;
	}

	private static ImportRow row(CSVRecord record, Map<ImportColumn, Integer> columns) {
		ImportRow row = new ImportRow((int) record.getRecordNumber(), columns.keySet(), value(record, columns, ImportColumn.NAME),
				value(record, columns, ImportColumn.EMAIL), value(record, columns, ImportColumn.JOB_TITLE),
				value(record, columns, ImportColumn.TEAM), value(record, columns, ImportColumn.MANAGER_EMAIL));
		LocalDate start = date(row, value(record, columns, ImportColumn.EMPLOYMENT_START), "import.error.startDate");
		LocalDate end = date(row, value(record, columns, ImportColumn.EMPLOYMENT_END), "import.error.endDate");
		row.dates(start, end);
		row.roles(roles(row, value(record, columns, ImportColumn.ROLES)));
		if (record.stream().anyMatch(cell -> cell.indexOf(REPLACEMENT) >= 0)) {
			row.reject("import.error.replacementCharacter", String.valueOf(REPLACEMENT));
		}
		return row;
	}

	private static String value(CSVRecord record, Map<ImportColumn, Integer> columns, ImportColumn column) {
		Integer index = columns.get(column);
		if (index == null || index >= record.size()) {
			return null;
		}
		String value = record.get(index).trim();
		return value.isEmpty() ? null : value;
	}

	private static LocalDate date(ImportRow row, String value, String errorCode) {
		if (value == null) {
			return null;
		}
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				LocalDate date = LocalDate.parse(value, format);
				if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
					break;
				}
				return date;
			}
			catch (DateTimeParseException ignored) {
				// try the next format
			}
		}
		row.reject(errorCode, value);
		return null;
	}

	private static Set<Role> roles(ImportRow row, String value) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (value == null) {
			return roles;
		}
		for (String part : value.split("[|,;/ ]+")) {
			switch (part.trim().toLowerCase(Locale.ROOT)) {
				case "" -> { }
				case "hr", "hr-adviseur" -> roles.add(Role.HR);
				case "admin", "beheerder" -> roles.add(Role.ADMIN);
				default -> row.reject("import.error.unknownRole", part);
			}
		}
		return roles;
	}

}
