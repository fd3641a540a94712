package nl.goedgesprek.privacy.internal;

import java.time.Instant;

import nl.goedgesprek.shared.Audited;

/** A person downloaded the export of everything about them: a line in the audit trail (which export, never its content). */
record ExportDownloaded(long personId, long exportId, Instant at) implements Audited {

	@Override
	public AuditLine auditLine() {
		return new AuditLine(personId, null, "PERSONAL_EXPORT_DOWNLOADED", personId, "export " + exportId, at);
	}

}
