package nl.goedgesprek.support;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.EmployeeId;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The people of the demo organisation, by first name, as signed-in users for MockMvc requests.
 */
@Component
public class DemoUsers {

	public static final String DOMAIN = "@horizon.example";

	private final UserDetailsService accounts;

	public DemoUsers(UserDetailsService accounts) {
		this.accounts = accounts;
	}

	public CurrentUser account(String localPart) {
		return (CurrentUser) accounts.loadUserByUsername(localPart + DOMAIN);
	}

	public EmployeeId id(String localPart) {
		return account(localPart).id();
	}

	public RequestPostProcessor as(String localPart) {
		return user(account(localPart));
	}

}
