package nl.goedgesprek.privacy.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.PersonalData;

import static nl.goedgesprek.shared.PersonalData.instant;

/**
 * What the privacy module keeps about a person: who read their words (the read log), what they read
 * of others, the audit trail's lines about them or by them, and their own exports. An administrator's
 * search of the read log for an investigation stays out of the subject's view (art. 23 GDPR, art. 41
 * UAVG): telling the person would defeat the investigation; the page says so.
 */
@Component
class PrivacyPersonalData implements PersonalData {

	/** Audit lines the person concerned does not see: a search done for an investigation. */
	static final String INVESTIGATION = "READ_LOG_SEARCHED";

	private final JdbcClient jdbc;

	private final ReadLog readLog;

	private final People people;

	PrivacyPersonalData(JdbcClient jdbc, ReadLog readLog, People people) {
		this.jdbc = jdbc;
		this.readLog = readLog;
		this.people = people;
	}

	@Override
	public List<String> sections() {
		return List.of("readsOfYourData", "yourReads", "auditTrail", "exports");
	}

	@Override
	public Set<String> tables() {
		return Set.of("read_log", "audit_event", "personal_export");
	}

	@Override
	public java.util.Map<String, String> notShown() {
		return java.util.Map.of("legal_hold", "personalData.notShown.legalHold", "retention_run",
				"personalData.notShown.retentionAdministration", "retention_terms",
				"personalData.notShown.retentionAdministration");
	}

	/** Not in a read-only transaction: it writes the read log's queue first, so the export is not behind. */
	@Override
	public List<Section> of(long personId) {
		readLog.flush();
		Map<Long, String> names = new HashMap<>();
		return List.of(new Section("readsOfYourData", reads("subject_id", "reader", personId, names)),
				new Section("yourReads", reads("reader_id", "subject", personId, names)),
				new Section("auditTrail", audit(personId, names)), new Section("exports", exports(personId)));
	}

	private List<Item> reads(String column, String other, long p, Map<Long, String> names) {
		String otherColumn = column.equals("subject_id") ? "reader_id" : "subject_id";
		return jdbc.sql("select at, " + otherColumn + " as other, kind, conversation_id, story_id from read_log where "
				+ column + " = :p order by at, id")
			.param("p", p)
			.query((rs, n) -> PersonalData.item().field("at", instant(rs.getTimestamp("at")))
				.field(other, name(rs.getLong("other"), names)).code("readKind", rs.getString("kind"))
				.field("conversationId", rs.getObject("conversation_id", Long.class))
				.field("storyId", rs.getObject("story_id", Long.class)).build())
			.list();
	}

	private List<Item> audit(long p, Map<Long, String> names) {
		return jdbc.sql("""
				select at, actor_id, actor_label, action, subject_id, detail from audit_event
				where (actor_id = :p or subject_id = :p) and not (action = :investigation and coalesce(actor_id, -1) <> :p)
				order by at, id""")
			.param("p", p)
			.param("investigation", INVESTIGATION)
			.query((rs, n) -> {
				Long actor = rs.getObject("actor_id", Long.class);
				Long subject = rs.getObject("subject_id", Long.class);
				return PersonalData.item().field("at", instant(rs.getTimestamp("at")))
					.field("actor", actor == null ? rs.getString("actor_label") : name(actor, names))
					.code("action", rs.getString("action"))
					.field("subject", subject == null ? null : name(subject, names))
					.field("detail", rs.getString("detail")).build();
			})
			.list();
	}

	private List<Item> exports(long p) {
		return jdbc.sql("select requested_at, status, finished_at, expires_at from personal_export where person_id = :p order by requested_at, id")
			.param("p", p)
			.query((rs, n) -> PersonalData.item().field("requestedAt", instant(rs.getTimestamp("requested_at")))
				.code("status", rs.getString("status")).field("finishedAt", instant(rs.getTimestamp("finished_at")))
				.field("expiresAt", instant(rs.getTimestamp("expires_at"))).build())
			.list();
	}

	private String name(long id, Map<Long, String> names) {
		return names.computeIfAbsent(id, key -> people.find(EmployeeId.of(key)).map(Person::name).orElse(null));
	}

}
