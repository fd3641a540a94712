package nl.goedgesprek.shell;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;

import nl.goedgesprek.people.PasswordChanged;

/**
 * When a person's password is set anew (by HR, or by themselves), whoever knew the old one is out:
 * every session of that person ends, except the one making the change. Runs once the change is
 * committed, in the same request, so the very next click of such a session lands on the login page.
 * The sessions are in the shared database ({@link SharedSessions}), so this reaches the sessions that
 * other app nodes serve too.
 */
@Component
class SessionsOfChangedPasswords {

	private final SessionRegistry sessions;

	SessionsOfChangedPasswords(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PasswordChanged event) {
		String current = RequestContextHolder.getRequestAttributes() == null ? null
				: RequestContextHolder.getRequestAttributes().getSessionId();
		// SpringSessionBackedSessionRegistry looks a String principal up by its text: the index value.
		sessions.getAllSessions(SharedSessions.indexOf(event.employee()), false)
			.stream()
			.filter(session -> !session.getSessionId().equals(current))
			.forEach(SessionInformation::expireNow);
	}

}
