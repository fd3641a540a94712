package nl.goedgesprek.people;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, as Spring Security holds them. Carries the granted roles for URL rules; whether
 * someone is a manager is asked fresh from {@link PeopleAccess}, since reporting lines change. Open for
 * one kind of extension: a person signed in through the organisation's identity provider is the same
 * {@code CurrentUser} that also carries the provider's ID token (needed to sign out there too).
 */
public class CurrentUser implements UserDetails, CredentialsContainer {

	private final EmployeeId id;

	private final String email;

	private final String name;

	private String passwordHash;

	private final Set<Role> grantedRoles;

	public CurrentUser(EmployeeId id, String email, String name, String passwordHash, Set<Role> grantedRoles) {
		this.id = id;
		this.email = email;
		this.name = name;
		this.passwordHash = passwordHash;
		this.grantedRoles = Set.copyOf(grantedRoles);
	}

	/** The same person, for a subclass that adds how they signed in. */
	protected CurrentUser(CurrentUser person) {
		this(person.id, person.email, person.name, null, person.grantedRoles);
	}

	public EmployeeId id() {
		return id;
	}

	public String name() {
		return name;
	}

	public boolean has(Role role) {
		return role == Role.EMPLOYEE || grantedRoles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new java.util.ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(Role.EMPLOYEE.authority()));
		grantedRoles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
