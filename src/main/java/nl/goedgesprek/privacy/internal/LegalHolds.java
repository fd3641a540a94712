package nl.goedgesprek.privacy.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.Dates;
import nl.goedgesprek.shared.Refusal;

/**
 * Legal holds: an administrator exempts one person from retention and erasure, with a reason, until a
 * day at most {@link #MAX_YEARS} years ahead. A hold ends by itself after that day (nothing has to run:
 * every question asks for holds that last until today or later), or earlier when lifted. Placing and
 * lifting are lines in the audit trail.
 */
@Service
@Transactional
public class LegalHolds {

	/** The longest a hold may last at once; a longer need is a new, again reasoned, decision. */
	public static final int MAX_YEARS = 2;

	public record Hold(long id, EmployeeId person, String personName, String reason, LocalDate until, EmployeeId setBy,
			String setByName) {
	}

	private final JdbcClient jdbc;

	private final People people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LegalHolds(JdbcClient jdbc, People people, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Dates.ZONE));
	}

	/** The people under a hold today. */
	@Transactional(readOnly = true)
	public Set<Long> heldToday() {
		return new HashSet<>(jdbc.sql("select employee_id from legal_hold where lifted_at is null and held_until >= :today")
			.param("today", Date.valueOf(today())).query(Long.class).list());
	}

	@Transactional(readOnly = true)
	public boolean isHeld(EmployeeId person) {
		return heldToday().contains(person.value());
	}

	/** The holds that last today, soonest ending first. */
	@Transactional(readOnly = true)
	public List<Hold> active() {
		return jdbc.sql("select id, employee_id, reason, held_until, set_by from legal_hold"
				+ " where lifted_at is null and held_until >= :today order by held_until, id")
			.param("today", Date.valueOf(today()))
			.query((rs, row) -> {
				EmployeeId person = EmployeeId.of(rs.getLong("employee_id"));
				EmployeeId by = EmployeeId.of(rs.getLong("set_by"));
				return new Hold(rs.getLong("id"), person, name(person), rs.getString("reason"),
						rs.getDate("held_until").toLocalDate(), by, name(by));
			})
			.list();
	}

	private String name(EmployeeId id) {
		return people.find(id).map(Person::name).orElse("");
	}

	/** The last day a hold placed today may run to. */
	public LocalDate latestUntil() {
		return today().plusYears(MAX_YEARS);
	}

	public void place(EmployeeId person, String reason, LocalDate until, EmployeeId by) {
		Refusal.require(people.find(person).isPresent() && !people.erased(person), "hold.refused.unknown");
		Refusal.require(until != null && until.isAfter(today()) && !until.isAfter(latestUntil()), "hold.refused.until",
				MAX_YEARS);
		Refusal.require(!isHeld(person), "hold.refused.already");
		jdbc.sql("insert into legal_hold (employee_id, reason, held_until, set_by, set_at)"
				+ " values (:person, :reason, :until, :by, :at)")
			.param("person", person.value()).param("reason", reason.trim()).param("until", Date.valueOf(until))
			.param("by", by.value()).param("at", Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(new PrivacyAudited(by.value(), null, "LEGAL_HOLD_PLACED", person.value(), until.toString(),
				clock.instant()));
	}

	/** Ends a hold before its day; a hold already ended (by someone else, or by time) is left as it is. */
	public void lift(long holdId, EmployeeId by) {
		List<Long> person = jdbc.sql("select employee_id from legal_hold where id = :id and lifted_at is null"
				+ " and held_until >= :today").param("id", holdId).param("today", Date.valueOf(today())).query(Long.class).list();
		Refusal.require(!person.isEmpty(), "hold.refused.ended");
		jdbc.sql("update legal_hold set lifted_by = :by, lifted_at = :at where id = :id and lifted_at is null")
			.param("by", by.value()).param("at", Timestamp.from(clock.instant())).param("id", holdId)
			.update();
		events.publishEvent(new PrivacyAudited(by.value(), null, "LEGAL_HOLD_LIFTED", person.get(0), null, clock.instant()));
	}

}
