package nl.goedgesprek.followup.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.ConversationParts;
import nl.goedgesprek.shared.PersonalData;
import nl.goedgesprek.shared.PersonalData.Section;

import static nl.goedgesprek.shared.PersonalData.instant;

/** In the person's data export, under each conversation: the pulse both sides gave on it. */
@Component
class PulseExport implements ConversationParts {

	private final JdbcClient jdbc;

	PulseExport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Section> of(long conversationId) {
		return List.of(new Section("pulse", jdbc.sql("""
				select side, good, heard, answered_at from pulse where conversation = :c order by answered_at""")
			.param("c", conversationId)
			.query((rs, n) -> PersonalData.item().code("side", rs.getString("side")).field("good", rs.getInt("good"))
				.field("heard", rs.getInt("heard")).field("answeredAt", instant(rs.getTimestamp("answered_at"))).build())
			.list()));
	}

}
