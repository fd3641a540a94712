package nl.goedgesprek.privacy.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

import nl.goedgesprek.shared.PdfDocuments;
import nl.goedgesprek.shared.PersonalData.Field;
import nl.goedgesprek.shared.PersonalData.Item;
import nl.goedgesprek.shared.PersonalData.Section;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files of an export: {@value #JSON_NAME} for machines (art. 20: stable English names, ISO-8601
 * dates and moments in UTC, an empty list for an empty section, {@code null} for an empty field) and
 * {@value #PDF_NAME} for people, from the same report, in one ZIP.
 */
@Component
public class ExportFiles {

	public static final String JSON_NAME = "goedgesprek-gegevens.json";

	public static final String PDF_NAME = "goedgesprek-gegevens.pdf";

	/** Raised when the JSON's shape changes in a way a reader must know. */
	public static final int FORMAT_VERSION = 1;

	static final String PDF_TEMPLATE = "privacy/my-data-pdf";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PdfDocuments documents;

	ExportFiles(PdfDocuments documents) {
		this.documents = documents;
	}

	public byte[] json(EverythingAboutYou.Report report) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("format", "goedgesprek-personal-data");
		root.put("formatVersion", FORMAT_VERSION);
		root.put("compiledAt", report.compiledAt().toString());
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("id", report.personId());
		person.put("name", report.name());
		root.put("person", person);
		root.put("sections", sections(report.sections()));
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
	}

	public byte[] pdf(EverythingAboutYou.Report report, Locale locale) {
		return documents.render(PDF_TEMPLATE, Map.of("report", report), locale);
	}

	public byte[] zip(EverythingAboutYou.Report report, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(PDF_NAME));
			zip.write(pdf(report, locale));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(JSON_NAME));
			zip.write(json(report));
			zip.closeEntry();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return out.toByteArray();
	}

	private static Map<String, Object> sections(List<Section> sections) {
		Map<String, Object> all = new LinkedHashMap<>();
		for (Section section : sections) {
			all.put(section.key(), section.items().stream().map(ExportFiles::item).toList());
		}
		return all;
	}

	private static Map<String, Object> item(Item item) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (Field field : item.fields()) {
			fields.put(field.key(), json(field.value()));
		}
		fields.putAll(sections(item.children()));
		return fields;
	}

	/** Numbers and yes/no as they are; dates and moments as ISO-8601 text (a moment in UTC, with Z). */
	private static Object json(Object value) {
		return value == null || value instanceof Number || value instanceof Boolean || value instanceof String ? value
				: value.toString();
	}

}
