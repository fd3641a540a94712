package nl.goedgesprek.people.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.Role;
import nl.goedgesprek.people.SignInOptions;

/**
 * Signs people in by email address. Deactivated people, people whose employment has ended and people
 * without a password cannot sign in; with single sign-on as the only way in, nobody but the break-glass
 * administrator signs in with a password.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final EmployeeRepository employees;

	private final Clock clock;

	private final SignInOptions options;

	AccountDetailsService(EmployeeRepository employees, Clock clock, SignInOptions options) {
		this.employees = employees;
		this.clock = clock;
		this.options = options;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return employees.findByEmail(Employee.normaliseEmail(email))
			.filter(this::maySignIn)
			.map(e -> new CurrentUser(e.id(), e.email(), e.name(), e.passwordHash(), e.grantedRoles()))
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

	private boolean maySignIn(Employee employee) {
		return employee.maySignInOn(LocalDate.now(clock)) && employee.passwordHash() != null
				&& options.mayUsePassword(employee.email(), employee.grantedRoles().contains(Role.ADMIN));
	}

}
