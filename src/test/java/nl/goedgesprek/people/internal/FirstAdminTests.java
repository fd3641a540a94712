package nl.goedgesprek.people.internal;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Issue 11: {@code GOEDGESPREK_FIRST_ADMIN_PASSWORD=kort} created an administrator although the
 * README asks for at least 10 characters. Now the installation creates nobody and the log says why.
 */
class FirstAdminTests {

	private final EmployeeRepository employees = mock(EmployeeRepository.class);

	private final OrganisationRepository organisations = mock(OrganisationRepository.class);

	private final RoleGrants roles = mock(RoleGrants.class);

	private FirstAdmin firstAdmin(String password) {
		when(organisations.findTheOrganisation()).thenReturn(Optional.of(Organisation.named("Horizon")));
		when(employees.count()).thenReturn(0L);
		when(employees.save(any())).thenAnswer(call -> call.getArgument(0));
		return new FirstAdmin(new FirstAdminProperties("beheer@horizon.example", "Beheer", password, "Horizon"),
				employees, organisations, PasswordEncoderFactories.createDelegatingPasswordEncoder(), new PasswordPolicy(),
				roles);
	}

	@Test
	void aShortPasswordCreatesNoAdministrator() {
		firstAdmin("kort").run(new DefaultApplicationArguments());
		verify(employees, never()).save(any());
	}

	@Test
	void aWellKnownPasswordCreatesNoAdministrator() {
		firstAdmin("Welkom2024!").run(new DefaultApplicationArguments());
		verify(employees, never()).save(any());
	}

	@Test
	void aGoodPasswordCreatesTheAdministrator() {
		firstAdmin("fiets naar de zee om zeven").run(new DefaultApplicationArguments());
		verify(employees).save(any());
	}

}
