package nl.goedgesprek.shared;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What a module keeps about people, and how it removes it: the one mechanism behind retention (what is
 * past its term) and erasure on request (art. 17 AVG). Every module that keeps data about a person has
 * one bean implementing this; the {@code privacy} module collects them all ({@code List<ErasableData>})
 * and decides when each runs. Each bean touches its own module's tables only.
 * <p>
 * Every operation runs in two modes with the same conditions: {@code erase == false} only counts what
 * the same call with {@code erase == true} removes or anonymises, so a dry run and the real run agree.
 * A bean counts rows; a row that is anonymised counts as one, like a row that is deleted.
 */
public interface ErasableData {

	/** The terms that are not about one person but about age. */
	enum Term {
		/** Preparations never shared, of conversations that were cancelled or never held. */
		UNHELD_DRAFTS,
		/** Lines of the read log. */
		READ_LOG,
		/** Mail sent (or given up on). */
		MAIL,
		/** Messages in the in-app inbox. */
		INBOX
	}

	/** Whose data: the id, and the name and address as they are before erasure (to find copies of them in texts). */
	record Subject(long id, String name, String email) {
	}

	/** The tables this bean removes or anonymises person data in (for the test that every table is handled). */
	Set<String> tables();

	/**
	 * Tables of this module that name people but are kept on purpose, each with the reason (such as
	 * accountability); they still only refer to a person by id, and an erased person's id points to an
	 * anonymised row.
	 */
	default Map<String, String> keptTables() {
		return Map.of();
	}

	/**
	 * What is older than {@code before} under this term, except what concerns people in {@code held}
	 * (a legal hold).
	 */
	default long pastTerm(Term term, Instant before, Set<Long> held, boolean erase) {
		return 0;
	}

	/**
	 * One person's data: removes or anonymises what this module keeps about them, keeping what another
	 * person wrote in a shared record unless that person is erased too.
	 */
	long person(Subject subject, boolean erase);

}
