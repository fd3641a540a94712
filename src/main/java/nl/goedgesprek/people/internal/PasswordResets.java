package nl.goedgesprek.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.AccountMail;
import nl.goedgesprek.people.PasswordResetRequested;
import nl.goedgesprek.shared.Links;

/**
 * "Wachtwoord vergeten": a reset link for an address that belongs to someone who may sign in, and
 * nothing at all for any other address. Whoever asked learns nothing either way: the page they see
 * does not depend on it (the web layer answers before this runs).
 */
@Service
@Transactional
public class PasswordResets {

	private final EmployeeRepository employees;

	private final AccountTokens tokens;

	private final AccountMail mail;

	private final AccountLinkSettings settings;

	private final ApplicationEventPublisher events;

	private final Links links;

	private final Clock clock;

	PasswordResets(EmployeeRepository employees, AccountTokens tokens, AccountMail mail, AccountLinkSettings settings,
			ApplicationEventPublisher events, Links links, Clock clock) {
		this.employees = employees;
		this.tokens = tokens;
		this.mail = mail;
		this.settings = settings;
		this.events = events;
		this.links = links;
		this.clock = clock;
	}

	/** @return whether a link was mailed (for tests and logs only; never shown to whoever asked) */
	public boolean request(String email) {
		if (email == null || email.isBlank() || email.length() > 320) {
			return false;
		}
		Employee employee = employees.findByEmail(Employee.normaliseEmail(email)).orElse(null);
		Instant now = clock.instant();
		if (employee == null || !employee.active()
				|| (employee.employmentEnd() != null && employee.employmentEnd().isBefore(LocalDate.now(clock)))) {
			return false;
		}
		AccountTokens.Issued link = tokens.issue(employee.id(), AccountMail.Kind.RESET, now, settings.resetValidFor());
		mail.send(AccountMail.Kind.RESET, employee.id(), null, links.to(Invitations.LINK_PATH + link.secret()),
				link.expires(), "account:" + link.id());
		events.publishEvent(new PasswordResetRequested(employee.id(), now));
		return true;
	}

}
