package nl.goedgesprek.people.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.PasswordChanged;
import nl.goedgesprek.people.PersonNotFoundException;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.Refusal;

/**
 * A person sets their own password: through a link (invitation or reset) or, signed in, with their
 * current one. The policy applies; every other link of theirs stops working; {@link PasswordChanged}
 * ends their other sessions and goes into the audit trail with the person as the one who did it.
 */
@Service
@Transactional
public class AccountPasswords {

	private final EmployeeRepository employees;

	private final AccountTokens tokens;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountPasswords(EmployeeRepository employees, AccountTokens tokens, PasswordPolicy policy, PasswordEncoder encoder,
			ApplicationEventPublisher events, Clock clock) {
		this.employees = employees;
		this.tokens = tokens;
		this.policy = policy;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sets the password of the link's person and uses the link up. A refused password leaves the link
	 * working, so the person can try another.
	 * @return the address to sign in with
	 */
	public String setWithLink(AccountTokens.OpenLink link, String password) {
		Employee employee = load(link.employee());
		checkPolicy("password", password, employee.email());
		Instant now = clock.instant();
		Refusal.require(tokens.use(link, now), "passwordLink.gone");
		change(employee, password, now);
		return employee.email();
	}

	/** The signed-in person changes their own password; only with the current one. */
	public void changeOwn(EmployeeId me, String current, String password) {
		Employee employee = load(me);
		if (employee.passwordHash() == null || current == null || !encoder.matches(current, employee.passwordHash())) {
			throw Refusal.onField("currentPassword", "ownPassword.currentWrong");
		}
		checkPolicy("newPassword", password, employee.email());
		change(employee, password, clock.instant());
	}

	private void change(Employee employee, String password, Instant now) {
		employee.changePasswordHash(encoder.encode(password));
		try {
			employees.save(employee);
		}
		catch (OptimisticLockingFailureException e) {
			throw new EditClash();
		}
		tokens.revokeOpen(employee.id(), now);
		events.publishEvent(new PasswordChanged(employee.id(), employee.id(), now));
	}

	private void checkPolicy(String field, String password, String email) {
		policy.problem(password, email).ifPresent(code -> {
			throw Refusal.onField(field, code, PasswordPolicy.MIN_LENGTH);
		});
	}

	private Employee load(EmployeeId id) {
		return employees.findById(id.value()).orElseThrow(() -> new PersonNotFoundException(id));
	}

}
