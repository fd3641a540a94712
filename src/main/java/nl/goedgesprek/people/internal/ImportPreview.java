package nl.goedgesprek.people.internal;

import nl.goedgesprek.shared.MessageRef;
import java.util.List;

/**
 * What an import file would do, row by row. Only a preview without any error can be imported, and
 * then it is imported whole; otherwise nothing is.
 */
public record ImportPreview(List<ImportRow> rows, List<MessageRef> fileErrors) {

	public boolean valid() {
		return fileErrors.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(ImportRow::valid);
	}

	public long invalidRows() {
		return rows.stream().filter(row -> !row.valid()).count();
	}

	public long count(ImportRow.Action action) {
		return rows.stream().filter(row -> row.action() == action).count();
	}

}
