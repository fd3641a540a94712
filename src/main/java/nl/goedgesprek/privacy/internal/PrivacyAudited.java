package nl.goedgesprek.privacy.internal;

import java.time.Instant;

import nl.goedgesprek.shared.Audited;

/**
 * A line in the audit trail for the privacy module's own administrator actions: retention terms
 * changed, a legal hold placed or lifted, a retention run started by hand, a person erased. The detail
 * is a fact (the terms in months, a date, the reason given for an erasure), never erased content.
 */
record PrivacyAudited(Long actorId, String actorLabel, String action, Long subjectId, String detail, Instant at)
		implements Audited {

	@Override
	public AuditLine auditLine() {
		return new AuditLine(actorId, actorLabel, action, subjectId, detail, at);
	}

}
