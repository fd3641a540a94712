package nl.goedgesprek.privacy.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.ErasableData;
import nl.goedgesprek.shared.Refusal;

/**
 * Erasure of one person's data (art. 17 AVG), by an administrator's request or by the retention term
 * for records: every module's {@link ErasableData} removes or anonymises what it keeps about them, in one
 * transaction. Refused for someone still active (deactivate first: an active person is still working
 * here and would lose their account in the middle of it), for someone under a legal hold, for oneself,
 * and for someone already erased (a second press of the button, or a stale form).
 */
@Service
public class Erasure {

	/** What an erasure would change, for the confirmation page: counts only. */
	public record Preview(Person person, long rows, boolean held, boolean erased) {

		public boolean allowed() {
			return !person.active() && !held && !erased;
		}

	}

	private final List<ErasableData> parts;

	private final People people;

	private final PeopleAccess access;

	private final LegalHolds holds;

	private final CompletedEventPublications completed;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Erasure(List<ErasableData> parts, People people, PeopleAccess access, LegalHolds holds,
			CompletedEventPublications completed, ApplicationEventPublisher events, Clock clock) {
		this.parts = parts;
		this.people = people;
		this.access = access;
		this.holds = holds;
		this.completed = completed;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Preview preview(EmployeeId subject) {
		Person person = people.find(subject).orElseThrow(() -> new Refusal("erasure.refused.unknown"));
		boolean erased = people.erased(subject);
		long rows = erased ? 0 : parts.stream().mapToLong(part -> part.person(subjectOf(person), false)).sum();
		return new Preview(person, rows, holds.isHeld(subject), erased);
	}

	/**
	 * Erases the person's data on an administrator's request.
	 * @param typedName the name the administrator typed to confirm; must be the person's name
	 * @return how many rows were removed or anonymised
	 */
	@Transactional
	public long erase(EmployeeId subject, EmployeeId administrator, String reason, String typedName) {
		Refusal.require(access.mayErase(administrator, subject), "erasure.refused.notAllowed");
		Person person = people.find(subject).orElseThrow(() -> new Refusal("erasure.refused.unknown"));
		Refusal.require(!people.erasedLocked(subject), "erasure.refused.done");
		Refusal.require(!person.active(), "erasure.refused.active");
		Refusal.require(!holds.isHeld(subject), "erasure.refused.held");
		if (typedName == null || !typedName.trim().equalsIgnoreCase(person.name().trim())) {
			throw Refusal.onField("confirmName", "erasure.confirmName.mismatch");
		}
		long rows = eraseNow(person);
		events.publishEvent(new PrivacyAudited(administrator.value(), null, "PERSON_ERASED", subject.value(),
				reason.trim(), clock.instant()));
		return rows;
	}

	/** Runs every module's erasure for this person, in the caller's transaction; no checks. */
	long eraseNow(Person person) {
		long rows = parts.stream().mapToLong(part -> part.person(subjectOf(person), true)).sum();
		// Delivered events are history only, and some carry words (a cancel reason, a progress note).
		completed.deletePublicationsOlderThan(Duration.ZERO);
		return rows;
	}

	private static ErasableData.Subject subjectOf(Person person) {
		return new ErasableData.Subject(person.id().value(), person.name(), person.email().toLowerCase(Locale.ROOT));
	}

}
