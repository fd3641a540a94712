package nl.goedgesprek.followup.internal;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.PersonalData;
import nl.goedgesprek.shared.PersonalData.Item;

import static nl.goedgesprek.shared.PersonalData.instant;

/**
 * The person's inbox: every notification kept for them, read or not, with who caused it; and the
 * check-in rhythms they chose with a manager or a report. The progress and "hielp het?" of their
 * agreements are in the export under each agreement ({@link AgreementPartsExport}), the pulse under each
 * conversation ({@link PulseExport}).
 */
@Component
class FollowUpPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final People people;

	FollowUpPersonalData(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	@Override
	public List<String> sections() {
		return List.of("inbox", "rhythms");
	}

	@Override
	public Set<String> tables() {
		return Set.of("notification", "pair_rhythm", "progress_note", "agreement_review", "pulse");
	}

	@Override
	public java.util.Map<String, String> notShown() {
		return java.util.Map.of("rhythm_fact", "personalData.notShown.rhythmFacts");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Section> of(long personId) {
		return List.of(inbox(personId), new Section("rhythms", rhythms(personId)));
	}

	private List<Item> rhythms(long personId) {
		return jdbc.sql("select employee_id, manager_id, check_in_weeks from pair_rhythm where employee_id = :p or manager_id = :p")
			.param("p", personId)
			.query((rs, n) -> PersonalData.item().field("employee", name(rs.getLong("employee_id")))
				.field("manager", name(rs.getLong("manager_id")))
				.field("checkInWeeks", rs.getInt("check_in_weeks")).build())
			.list();
	}

	private Section inbox(long personId) {
		return new Section("inbox", jdbc.sql("""
				select id, kind, conversation_id, agreement_id, actor_id, detail, note, created_at, read_at
				from notification where recipient_id = :p order by created_at, id""")
			.param("p", personId)
			.query((rs, n) -> PersonalData.item()
				.field("id", rs.getLong("id"))
				.code("kind", rs.getString("kind"))
				.field("conversationId", rs.getObject("conversation_id", Long.class))
				.field("agreementId", rs.getObject("agreement_id", Long.class))
				.field("actor", name(rs.getObject("actor_id", Long.class)))
				.field("detail", rs.getString("detail"))
				.field("note", rs.getString("note"))
				.field("createdAt", instant(rs.getTimestamp("created_at")))
				.field("readAt", instant(rs.getTimestamp("read_at")))
				.build())
			.list());
	}

	private String name(Long id) {
		return id == null ? null : people.find(EmployeeId.of(id)).map(Person::name).orElse(null);
	}

}
