package nl.goedgesprek.people.scim;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.TeamId;
import nl.goedgesprek.people.internal.PeopleManagement;
import nl.goedgesprek.people.internal.PersonDetails;
import nl.goedgesprek.people.internal.Team;
import nl.goedgesprek.people.internal.TeamRepository;
import nl.goedgesprek.people.scim.PersonProvisioned.Change;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.TextLimits;
import tools.jackson.databind.JsonNode;

/**
 * Creates, replaces, patches and deactivates people as the identity provider asks, through
 * {@link PeopleManagement}: the same rules as HR's pages (unique email, open teams, no manager loops,
 * never without an administrator, no deactivation while people still report to someone). Roles,
 * employment dates, passwords and anything of the conversations are never touched. A whole request is
 * one transaction: a refused part changes nothing.
 */
@Service
@Transactional
class ScimProvisioning {

	/** What the people record holds, as opposed to the provider's own identifiers and the active flag. */
	private static final Set<String> PERSON_ATTRIBUTES = Set.of("name", "emails", "title", "department", "manager");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final PeopleManagement management;

	private final ScimDirectory directory;

	private final TeamRepository teams;

	private final TextLimits limits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ScimProvisioning(PeopleManagement management, ScimDirectory directory, TeamRepository teams, TextLimits limits,
			ApplicationEventPublisher events, Clock clock) {
		this.management = management;
		this.directory = directory;
		this.teams = teams;
		this.limits = limits;
		this.events = events;
		this.clock = clock;
	}

	long create(ScimTokens.Holder token, JsonNode resource) {
		UserAttributes user = UserAttributes.fromResource(resource);
		String userName = userName(user, null);
		EmployeeId id = management.provision(details(user), manager(user));
		directory.keepIdentifiers(id.value(), userName, externalId(user));
		events.publishEvent(new PersonProvisioned(id, Change.CREATED, token.name(), null, clock.instant()));
		if (Boolean.FALSE.equals(user.active)) {
			deactivate(token, id.value());
		}
		return id.value();
	}

	void replace(ScimTokens.Holder token, long id, String ifMatch, JsonNode resource) {
		change(token, current(id, ifMatch), UserAttributes.fromResource(resource));
	}

	void patch(ScimTokens.Holder token, long id, String ifMatch, JsonNode request) {
		ScimDirectory.Row before = current(id, ifMatch);
		UserAttributes user = UserAttributes.stored(before);
		user.patch(request);
		change(token, before, user);
	}

	/** DELETE: the person stays (conversations refer to them) but is deactivated; twice is fine. */
	void deactivate(ScimTokens.Holder token, long id) {
		ScimDirectory.Row row = current(id, null);
		if (row.active()) {
			management.deprovision(EmployeeId.of(id), row.version());
			events.publishEvent(new PersonProvisioned(EmployeeId.of(id), Change.DEACTIVATED, token.name(), null,
					clock.instant()));
		}
	}

	private void change(ScimTokens.Holder token, ScimDirectory.Row before, UserAttributes user) {
		EmployeeId id = EmployeeId.of(before.id());
		String userName = userName(user, before.id());
		PersonDetails details = details(user);
		EmployeeId manager = manager(user);
		List<String> changed = changes(before, user, details, userName, manager);
		if (Boolean.TRUE.equals(user.active) && !before.active()) {
			management.reactivateProvisioned(id, before.version());
		}
		// Entra sends what it believes changed, often nothing new: the record's version moves only on a change.
		if (changed.stream().anyMatch(PERSON_ATTRIBUTES::contains)) {
			management.reprovision(id, version(id), details, manager);
		}
		directory.keepIdentifiers(id.value(), userName, externalId(user));
		if (!changed.isEmpty()) {
			events.publishEvent(new PersonProvisioned(id, Change.UPDATED, token.name(), String.join(", ", changed),
					clock.instant()));
		}
		if (Boolean.FALSE.equals(user.active) && before.active()) {
			management.deprovision(id, version(id));
			events.publishEvent(new PersonProvisioned(id, Change.DEACTIVATED, token.name(), null, clock.instant()));
		}
	}

	/** The SCIM names of what changes, for the audit line; deactivating has a line of its own. */
	private static List<String> changes(ScimDirectory.Row before, UserAttributes user, PersonDetails details,
			String userName, EmployeeId manager) {
		List<String> changed = new ArrayList<>();
		add(changed, "userName", !userName.equalsIgnoreCase(before.userName()));
		add(changed, "externalId", !Objects.equals(user.externalId, before.externalId()));
		add(changed, "name", !details.name().equals(before.name()));
		add(changed, "emails", !details.email().equalsIgnoreCase(before.email()));
		add(changed, "title", !Objects.equals(details.jobTitle(), before.title()));
		add(changed, "department", !Objects.equals(user.department, before.teamName()));
		add(changed, "manager", !Objects.equals(manager == null ? null : manager.value(), before.managerId()));
		add(changed, "active", Boolean.TRUE.equals(user.active) && !before.active());
		return changed;
	}

	private static void add(List<String> changed, String attribute, boolean condition) {
		if (condition) {
			changed.add(attribute);
		}
	}

	private ScimDirectory.Row current(long id, String ifMatch) {
		ScimDirectory.Row row = directory.byId(id).orElseThrow(() -> ScimError.notFound(String.valueOf(id)));
		if (ifMatch != null && !ifMatch.trim().equals("*") && !ifMatch.contains("\"" + row.version() + "\"")) {
			throw new ScimError(HttpStatus.PRECONDITION_FAILED, null, "The resource changed since version " + ifMatch);
		}
		return row;
	}

	private int version(EmployeeId id) {
		return directory.byId(id.value()).orElseThrow().version();
	}

	/** The userName, which must be unique; the login address comes from the emails or, without them, from it. */
	private String userName(UserAttributes user, Long self) {
		if (user.userName == null) {
			throw ScimError.badRequest("invalidValue", "userName is required");
		}
		limits.require("employee.scim_user_name", "userName", user.userName);
		if (directory.userNameTaken(user.userName, self)) {
			throw new ScimError(HttpStatus.CONFLICT, "uniqueness", "Another user has this userName");
		}
		return user.userName;
	}

	private String externalId(UserAttributes user) {
		return limits.require("employee.scim_external_id", "externalId", user.externalId);
	}

	private PersonDetails details(UserAttributes user) {
		String name = user.name();
		if (name == null) {
			throw ScimError.badRequest("invalidValue", "A name is required: name.formatted, displayName or name.givenName and name.familyName");
		}
		String email = user.email != null ? user.email : user.userName;
		if (email == null || !EMAIL.matcher(email).matches()) {
			throw ScimError.badRequest("invalidValue", "An email address is required: emails or a userName that is one");
		}
		limits.require("employee.name", "name", name);
		limits.require("employee.email", "emails", email);
		limits.require("employee.job_title", "title", user.title);
		return new PersonDetails(name, email, user.title, team(user.department), null, null, Set.of());
	}

	/** The team named by the department, created when unknown, as the CSV import does. */
	private TeamId team(String department) {
		if (department == null) {
			return null;
		}
		limits.require("team.name", "department", department);
		return teams.findByNameIgnoreCase(department).orElseGet(() -> teams.save(Team.named(department, null))).id();
	}

	private EmployeeId manager(UserAttributes user) {
		if (user.managerId == null) {
			return null;
		}
		try {
			return EmployeeId.of(Long.parseLong(user.managerId));
		}
		catch (NumberFormatException notOurs) {
			throw Refusal.onField("managerId", "people.error.managerUnknown");
		}
	}

}
