package nl.goedgesprek.calendar;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.shared.PersonalData;

import static nl.goedgesprek.shared.PersonalData.instant;

/**
 * The person's calendar feed: that it exists and since when. Its secret address is a key to their
 * calendar, so it stays on the settings page and out of an export that may be handed on.
 */
@Component
class CalendarPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	CalendarPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> sections() {
		return List.of("calendarFeed");
	}

	@Override
	public Set<String> tables() {
		return Set.of("calendar_feed");
	}

	@Override
	@Transactional(readOnly = true)
	public List<Section> of(long personId) {
		return List.of(new Section("calendarFeed", jdbc.sql("select created_at from calendar_feed where employee_id = :p")
			.param("p", personId)
			.query((rs, n) -> PersonalData.item().field("createdAt", instant(rs.getTimestamp("created_at")))
				.field("address", "[secret]").build())
			.list()));
	}

}
