package nl.goedgesprek.insights.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/** The months a dashboard looks back over, ending today. */
public record Period(LocalDate from, LocalDate today) {

	/**
	 * The periods the dashboards offer, in months. {@link Subtraction} compares a period's figures with
	 * those of each shorter one, so a new period here is guarded too.
	 */
	public static final List<Integer> OFFERED = List.of(3, 6, 12);

	public static Period monthsBack(int months, LocalDate today) {
		return new Period(today.minusMonths(months).withDayOfMonth(1), today);
	}

	/**
	 * The first days of the offered periods that start later than this one: its figure minus theirs
	 * is about what was held from this period's start to theirs.
	 */
	List<LocalDate> shorterStarts() {
		return OFFERED.stream().map(months -> monthsBack(months, today).from()).filter(day -> day.isAfter(from))
			.distinct().sorted().toList();
	}

	Timestamp start() {
		return Timestamp.valueOf(from.atStartOfDay());
	}

	Timestamp end() {
		return Timestamp.valueOf(today.plusDays(1).atStartOfDay());
	}

}
