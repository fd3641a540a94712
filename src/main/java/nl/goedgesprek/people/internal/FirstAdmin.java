package nl.goedgesprek.people.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.Role;

/**
 * On a production database with nobody in it, creates the first administrator from configuration,
 * so that person can sign in and add everyone else. Does nothing once anyone exists.
 */
@Component
@Order(20)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final FirstAdminProperties properties;

	private final EmployeeRepository employees;

	private final OrganisationRepository organisations;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final RoleGrants roles;

	FirstAdmin(FirstAdminProperties properties, EmployeeRepository employees, OrganisationRepository organisations,
			PasswordEncoder passwords, PasswordPolicy policy, RoleGrants roles) {
		this.properties = properties;
		this.employees = employees;
		this.organisations = organisations;
		this.passwords = passwords;
		this.policy = policy;
		this.roles = roles;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (organisations.findTheOrganisation().isEmpty()) {
			String name = properties.organisationName() == null || properties.organisationName().isBlank()
					? "Mijn organisatie" : properties.organisationName();
			organisations.save(Organisation.named(name));
		}
		if (employees.count() > 0) {
			return;
		}
		if (!properties.isConfigured()) {
			log.warn("Nobody can sign in yet: set GOEDGESPREK_FIRST_ADMIN_EMAIL and GOEDGESPREK_FIRST_ADMIN_PASSWORD "
					+ "(and GOEDGESPREK_FIRST_ADMIN_NAME) and restart to create the first administrator.");
			return;
		}
		var problem = policy.problem(properties.password(), properties.email());
		if (problem.isPresent()) {
			// The same policy as everywhere: the most powerful account gets no weaker password.
			log.error("No administrator created: GOEDGESPREK_FIRST_ADMIN_PASSWORD does not meet the password policy ({}). "
					+ "Use at least {} characters, not a well-known password, and restart.", problem.get(),
					PasswordPolicy.MIN_LENGTH);
			return;
		}
		String name = properties.name() == null || properties.name().isBlank() ? properties.email() : properties.name();
		Employee admin = Employee.hire(new PersonDetails(name, properties.email(), null, null, null, null,
				Set.of(Role.ADMIN, Role.HR)));
		admin.changePasswordHash(passwords.encode(properties.password()));
		Employee saved = employees.save(admin);
		roles.recordInstallation(saved.id(), saved.grantedRoles());
		log.info("Created the first administrator, {}", admin.email());
	}

}
