package nl.goedgesprek.privacy.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.shared.ErasableData;
import nl.goedgesprek.shared.ErasureRows;

/**
 * The privacy module's own tables under retention and erasure. The audit trail is kept: it answers for
 * who changed access and who erased whom, so its lines about an erased person stay, naming them by id
 * only (which now leads to "Verwijderde medewerker"), and any detail that held their name or address
 * (a read-log search for their address) is emptied. The read log is kept until its own term for the
 * same reason: the people whose words an erased person read keep the right to know it. Holds on the
 * person go (none can be active: erasure refuses a held person).
 */
@Component
@Order(10)
class PrivacyErasure implements ErasableData {

	private final JdbcClient jdbc;

	PrivacyErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("audit_event", "read_log", "legal_hold", "personal_export");
	}

	@Override
	public Map<String, String> keptTables() {
		return Map.of("retention_run", "which administrator started a retention run: their id, for accountability",
				"retention_terms", "which administrator last changed the terms: their id, for accountability");
	}

	@Override
	public long pastTerm(Term term, Instant before, Set<Long> held, boolean erase) {
		if (term != Term.READ_LOG) {
			return 0;
		}
		return ErasureRows.pastTerm(jdbc, erase, before, held)
			.delete("read_log", "at < :before and subject_id not in (:held) and reader_id not in (:held)");
	}

	@Override
	public long person(Subject subject, boolean erase) {
		ErasureRows rows = ErasureRows.of(jdbc, erase, Map.of("p", subject.id(), "name", ErasureRows.containing(subject.name()),
				"email", ErasureRows.containing(subject.email())));
		return rows.update("audit_event", "detail = null",
				"detail is not null and (lower(detail) like :name escape '!' or lower(detail) like :email escape '!')")
				+ rows.delete("legal_hold", "employee_id = :p")
				// The export is a copy of everything about the person: it goes first of all.
				+ rows.delete("personal_export", "person_id = :p");
	}


}
