package nl.goedgesprek.shell;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.PasswordChanged;

/**
 * When a person's password is set anew (by HR, or later by themselves), whoever knew the old one is
 * out: every session of that person ends, except the one making the change. Runs once the change is
 * committed, in the same request, so the very next click of such a session lands on the login page.
 * Sessions are held per instance; with several instances each must hear the event (a later issue).
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
		for (Object principal : sessions.getAllPrincipals()) {
			if (principal instanceof CurrentUser user && user.id().equals(event.employee())) {
				sessions.getAllSessions(principal, false)
					.stream()
					.filter(session -> !session.getSessionId().equals(current))
					.forEach(SessionInformation::expireNow);
			}
		}
	}

}
