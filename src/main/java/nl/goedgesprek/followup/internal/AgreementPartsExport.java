package nl.goedgesprek.followup.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.AgreementParts;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.PersonalData;
import nl.goedgesprek.shared.PersonalData.Section;

import static nl.goedgesprek.shared.PersonalData.instant;

/**
 * In the person's data export, under each agreement: its progress (status, note, who wrote it, when) and
 * whether it helped, per side. Follow-up's tables; the export of the agreements is conversations'.
 */
@Component
class AgreementPartsExport implements AgreementParts {

	private final JdbcClient jdbc;

	private final People people;

	AgreementPartsExport(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	@Override
	public List<Section> of(long agreementId) {
		return List.of(new Section("progress", jdbc.sql("""
				select status, text, written_by, written_at from progress_note where agreement = :a order by agreement_key""")
			.param("a", agreementId)
			.query((rs, n) -> PersonalData.item().code("status", rs.getString("status")).field("text", rs.getString("text"))
				.field("writtenBy", name(rs.getLong("written_by"))).field("writtenAt", instant(rs.getTimestamp("written_at")))
				.build())
			.list()),
				new Section("reviews", jdbc.sql("select side, helped, answered_at from agreement_review where agreement = :a order by answered_at")
					.param("a", agreementId)
					.query((rs, n) -> PersonalData.item().code("side", rs.getString("side")).code("helped", rs.getString("helped"))
						.field("answeredAt", instant(rs.getTimestamp("answered_at"))).build())
					.list()));
	}

	private String name(long id) {
		return people.find(EmployeeId.of(id)).map(Person::name).orElse(null);
	}

}
