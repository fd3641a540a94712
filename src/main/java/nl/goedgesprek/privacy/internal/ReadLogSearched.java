package nl.goedgesprek.privacy.internal;

import java.time.Instant;

import nl.goedgesprek.shared.Audited;

/**
 * An administrator searched the read log: a line in the audit trail, since reading who read what is a
 * read of personal data too. The detail is the filter (ids and dates), never content.
 * @param subjectId the person searched for (whose data, else the reader), or {@code null}
 */
record ReadLogSearched(long administratorId, Long subjectId, String filter, Instant at) implements Audited {

	@Override
	public AuditLine auditLine() {
		return new AuditLine(administratorId, null, "READ_LOG_SEARCHED", subjectId, filter, at);
	}

}
