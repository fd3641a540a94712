package nl.goedgesprek.people.internal;

import java.time.Instant;

/**
 * Where a person stands with their account, as HR sees it on the people list and the person's page.
 * @param invitedAt the last invitation, or {@code null}
 */
public record AccountStatus(State state, Instant invitedAt) {

	public enum State {

		/** No password and never invited. */
		NOT_INVITED,

		/** No password yet; an invitation link works. */
		INVITED,

		/** No password; the last invitation expired or was replaced without being used. */
		EXPIRED,

		/** Has a password (set through a link, by HR, or on their own): can sign in. */
		ACTIVE

	}

	/** Whether HR can send this person an invitation: only someone who cannot sign in yet. */
	public boolean invitable() {
		return state != State.ACTIVE;
	}

}
