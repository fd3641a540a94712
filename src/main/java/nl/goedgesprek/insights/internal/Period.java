package nl.goedgesprek.insights.internal;

import java.sql.Timestamp;
import java.time.LocalDate;

/** The months a dashboard looks back over, ending today. */
public record Period(LocalDate from, LocalDate today) {

	public static Period monthsBack(int months, LocalDate today) {
		return new Period(today.minusMonths(months).withDayOfMonth(1), today);
	}

	Timestamp start() {
		return Timestamp.valueOf(from.atStartOfDay());
	}

	Timestamp end() {
		return Timestamp.valueOf(today.plusDays(1).atStartOfDay());
	}

}
