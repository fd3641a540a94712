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

	/** At most this many rows are listed on the preview: a file of 3,000 people made a page of 1.3 MB. */
	public static final int LISTED = 100;

	/**
	 * The rows to list, those that need a look first: errors, then rows that would clear something,
	 * then changes, then new people, then rows that change nothing; at most {@link #LISTED}. The rest
	 * is summed up by the counts.
	 */
	public List<ImportRow> listed() {
		return rows.stream().sorted(java.util.Comparator.comparingInt(ImportPreview::attention)).limit(LISTED).toList();
	}

	/** How many rows the list leaves out. */
	public int unlisted() {
		return Math.max(0, rows.size() - LISTED);
	}

	private static int attention(ImportRow row) {
		if (!row.valid()) {
			return 0;
		}
		if (row.changes().stream().anyMatch(ImportChange::clears)) {
			return 1;
		}
		if (row.action() == ImportRow.Action.UPDATE && !row.changes().isEmpty()) {
			return 2;
		}
		return row.action() == ImportRow.Action.NEW ? 3 : 4;
	}

	/** Rows of people already here whose data the file does not change. */
	public long unchanged() {
		return rows.stream().filter(row -> row.valid() && row.action() == ImportRow.Action.UPDATE && row.changes().isEmpty()).count();
	}

	public long count(ImportRow.Action action) {
		return rows.stream().filter(row -> row.action() == action).count();
	}

}
