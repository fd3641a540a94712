package nl.goedgesprek.mail.internal;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.shared.PersonalData;

import static nl.goedgesprek.shared.PersonalData.instant;

/**
 * Mail sent (or waiting) to the person, and the mails they turned off. A link to choose a password
 * is a key to their account: in an export it would outlive the mail, so it shows as "[link]".
 */
@Component
class MailPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	MailPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> sections() {
		return List.of("mail", "mailPreferences");
	}

	@Override
	public Set<String> tables() {
		return Set.of("mail_outbox", "mail_opt_out");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Section> of(long personId) {
		List<Item> mail = jdbc.sql("""
				select to_address, kind, language, subject, body, calendar is not null as with_calendar, created_at,
				       sent_at, failed_at, attempts
				from mail_outbox where recipient_id = :p order by created_at, id""")
			.param("p", personId)
			.query((rs, n) -> PersonalData.item()
				.field("to", rs.getString("to_address"))
				.code("kind", rs.getString("kind"))
				.code("language", rs.getString("language"))
				.field("subject", rs.getString("subject"))
				.field("body", withoutAccountLinks(rs.getString("body")))
				.field("withCalendar", rs.getBoolean("with_calendar"))
				.field("createdAt", instant(rs.getTimestamp("created_at")))
				.field("sentAt", instant(rs.getTimestamp("sent_at")))
				.field("failedAt", instant(rs.getTimestamp("failed_at")))
				.field("attempts", rs.getInt("attempts"))
				.build())
			.list();
		List<Item> optOuts = jdbc.sql("select kind from mail_opt_out where employee_id = :p order by kind")
			.param("p", personId)
			.query((rs, n) -> PersonalData.item().code("turnedOff", rs.getString("kind")).build())
			.list();
		return List.of(new Section("mail", mail), new Section("mailPreferences", optOuts));
	}

	static String withoutAccountLinks(String body) {
		return body == null ? null : body.replaceAll("https?://\\S*/password/\\S+", "[link]");
	}

}
