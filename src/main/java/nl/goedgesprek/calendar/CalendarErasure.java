package nl.goedgesprek.calendar;

import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.goedgesprek.shared.ErasableData;
import nl.goedgesprek.shared.ErasureRows;

/** An erased person's secret calendar feed address goes: the feed stops answering at once. */
@Component
@Order(10)
class CalendarErasure implements ErasableData {

	private final JdbcClient jdbc;

	CalendarErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("calendar_feed");
	}

	@Override
	public long person(Subject subject, boolean erase) {
		return ErasureRows.of(jdbc, erase, Map.of("p", subject.id())).delete("calendar_feed", "employee_id = :p");
	}

}
