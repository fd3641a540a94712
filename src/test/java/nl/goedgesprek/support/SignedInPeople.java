package nl.goedgesprek.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Anyone in the database, by id, as a signed-in user for MockMvc requests: the people of a generated
 * organisation have no password, so one is set first (an account without one cannot sign in).
 * {@link DemoUsers} does the same for the demo organisation by name.
 */
@Component
public class SignedInPeople {

	private final JdbcTemplate jdbc;

	private final UserDetailsService accounts;

	public SignedInPeople(JdbcTemplate jdbc, UserDetailsService accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	public RequestPostProcessor as(long person) {
		jdbc.update("update employee set password_hash = '{noop}x' where id = ? and password_hash is null", person);
		String email = jdbc.queryForObject("select email from employee where id = ?", String.class, person);
		return user(accounts.loadUserByUsername(email));
	}

}
