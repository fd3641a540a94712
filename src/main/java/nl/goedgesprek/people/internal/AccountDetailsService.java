package nl.goedgesprek.people.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import nl.goedgesprek.people.CurrentUser;

/**
 * Signs people in by email address. Deactivated people, people whose employment has ended and people
 * without a password cannot sign in.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final EmployeeRepository employees;

	private final Clock clock;

	AccountDetailsService(EmployeeRepository employees, Clock clock) {
		this.employees = employees;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return employees.findByEmail(Employee.normaliseEmail(email))
			.filter(this::maySignIn)
			.map(e -> new CurrentUser(e.id(), e.email(), e.name(), e.passwordHash(), e.grantedRoles()))
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

	private boolean maySignIn(Employee employee) {
		LocalDate today = LocalDate.now(clock);
		return employee.active() && employee.passwordHash() != null
				&& (employee.employmentEnd() == null || !employee.employmentEnd().isBefore(today));
	}

}
