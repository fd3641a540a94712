package nl.goedgesprek.people.internal;

import nl.goedgesprek.shared.MessageRef;
import java.util.List;

/**
 * What an import file would do, row by row. Only a preview without any error can be imported, and
 * then it is imported whole; otherwise nothing is.
 */
public record ImportPreview(List<ImportRow> rows, List<MessageRef> fileErrors) {

	/** A file that cannot be read at all, for the reason given. */
	public static ImportPreview refused(String code, Object... args) {
		return new ImportPreview(List.of(), List.of(MessageRef.of(code, args)));
	}

	public boolean valid() {
		return fileErrors.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(ImportRow::valid);
	}

	/** Rows whose empty cells would clear something stored: the preview points them out. */
	public long clearingRows() {
		return rows.stream().filter(row -> row.changes().stream().anyMatch(ImportChange::clears)).count();
	}

	public long invalidRows() {
		return rows.stream().filter(row -> !row.valid()).count();
	}

	public long count(ImportRow.Action action) {
		return rows.stream().filter(row -> row.action() == action).count();
	}

}
