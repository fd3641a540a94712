package nl.goedgesprek.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.internal.Employee;
import nl.goedgesprek.people.internal.EmployeeRepository;

/**
 * Who a sign-in through the organisation's identity provider is: an existing, active employee with
 * the same address, verified by the provider. Never creates anyone; the people module keeps deciding
 * who exists. Sign-ins and refusals go to the audit trail.
 */
@Service
public class SingleSignOn {

	/** The reasons a matched sign-in is refused; the audit trail and the refusal page use them. */
	public static final String UNKNOWN_EMAIL = "unknown-email";

	public static final String UNVERIFIED_EMAIL = "unverified-email";

	public static final String NO_EMAIL = "no-email";

	public static final String INACTIVE = "inactive";

	private final EmployeeRepository employees;

	private final SsoSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SingleSignOn(EmployeeRepository employees, SsoSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.employees = employees;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The outcome of matching: the signed-in person, or why not.
	 * @param user the person as signed in, or {@code null} when refused
	 * @param refusal the reason code, or {@code null} when matched
	 * @param subject whom a refused address belongs to, if anyone
	 * @param email the address the provider sent, as sent (to tell the person which one was refused)
	 */
	public record Match(CurrentUser user, String refusal, EmployeeId subject, String email) {

		static Match refused(String reason, EmployeeId subject, String email) {
			return new Match(null, reason, subject, email);
		}

	}

	/**
	 * Matches the claims the provider vouched for (ID token and user info) to a person. The address is
	 * in the configured claim; it must be verified ({@code email_verified: true}), unless the provider
	 * sends no such claim and the configuration trusts its addresses.
	 */
	@Transactional(readOnly = true)
	public Match match(Map<String, Object> claims) {
		Object value = claims.get(settings.emailClaim());
		String email = value instanceof String text && !text.isBlank() ? text.trim() : null;
		if (email == null) {
			return Match.refused(NO_EMAIL, null, null);
		}
		Object verified = claims.get("email_verified");
		// Some providers send the claim as the string "true".
		boolean verifiedTrue = Boolean.TRUE.equals(verified) || "true".equals(verified);
		if (verified != null ? !verifiedTrue : !settings.trustUnverifiedEmail()) {
			return Match.refused(UNVERIFIED_EMAIL, null, email);
		}
		Optional<Employee> found = employees.findByEmail(Employee.normaliseEmail(email));
		if (found.isEmpty()) {
			return Match.refused(UNKNOWN_EMAIL, null, email);
		}
		Employee employee = found.get();
		if (!employee.maySignInOn(LocalDate.now(clock))) {
			return Match.refused(INACTIVE, employee.id(), email);
		}
		return new Match(new CurrentUser(employee.id(), employee.email(), employee.name(), null, employee.grantedRoles()),
				null, employee.id(), email);
	}

	/** Notes in the audit trail that this person signed in through the provider. */
	@Transactional
	public void signedIn(EmployeeId person) {
		events.publishEvent(new SsoSignedIn(person, clock.instant()));
	}

	/** Notes in the audit trail that a sign-in through the provider was refused, and why. */
	@Transactional
	public void refused(String reason, EmployeeId subject) {
		events.publishEvent(new SsoRefused(subject, reason, clock.instant()));
	}

}
