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

import static nl.goedgesprek.shared.PersonalData.instant;

/** The person's inbox: every notification kept for them, read or not, with who caused it. */
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
		return List.of("inbox");
	}

	@Override
	public Set<String> tables() {
		return Set.of("notification");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Section> of(long personId) {
		return List.of(new Section("inbox", jdbc.sql("""
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
			.list()));
	}

	private String name(Long id) {
		return id == null ? null : people.find(EmployeeId.of(id)).map(Person::name).orElse(null);
	}

}
