package nl.goedgesprek.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.Role;
import nl.goedgesprek.people.RoleChanged;
import nl.goedgesprek.shared.Refusal;

/**
 * Guards and records every change of a person's granted roles, wherever it comes from (the edit form,
 * a new person, the import): {@link PeopleAccess} decides who may, and every change that goes through
 * is kept in the role history and told to the person concerned.
 */
@Component
class RoleGrants {

	private final PeopleAccess access;

	private final RoleChanges history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RoleGrants(PeopleAccess access, RoleChanges history, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Refuses a change of roles the actor may not make: their own roles, a role they may not grant, or
	 * the administrator role of the last active administrator.
	 * @param subject the person, {@code null} for someone being added
	 */
	void check(EmployeeId actor, EmployeeId subject, Set<Role> before, Set<Role> after) {
		for (Role role : changed(before, after)) {
			if (subject != null && subject.equals(actor)) {
				throw Refusal.onField(null, "people.error.ownRoles");
			}
			if (!access.mayChangeRole(actor, subject, role)) {
				throw Refusal.onField(null, "people.error.roleNotAllowed." + role.name());
			}
		}
		if (before.contains(Role.ADMIN) && !after.contains(Role.ADMIN)) {
			checkMayStopBeingAdministrator(subject);
		}
	}

	/**
	 * Refuses to leave the organisation without an active administrator. Two such changes wait for
	 * each other (a lock on the organisation row), so two administrators taking the role from each other
	 * at the same moment cannot both succeed.
	 */
	void checkMayStopBeingAdministrator(EmployeeId subject) {
		history.lockAdministratorChanges();
		if (!access.mayStopBeingAdministrator(subject)) {
			throw Refusal.onField(null, "people.error.lastAdministrator");
		}
	}

	/** Keeps each change in the history and tells the person concerned. */
	void record(EmployeeId actor, EmployeeId subject, Set<Role> before, Set<Role> after) {
		Instant now = clock.instant();
		for (Role role : changed(before, after)) {
			boolean granted = after.contains(role);
			history.record(subject, role, granted, actor, now);
			events.publishEvent(new RoleChanged(subject, role, granted, actor, now));
		}
	}

	/** The roles the installation gave the first administrator, by nobody in particular. */
	void recordInstallation(EmployeeId subject, Set<Role> roles) {
		roles.forEach(role -> history.record(subject, role, true, null, clock.instant()));
	}

	private static Set<Role> changed(Set<Role> before, Set<Role> after) {
		Set<Role> changed = EnumSet.noneOf(Role.class);
		Role.GRANTABLE.stream().filter(role -> before.contains(role) != after.contains(role)).forEach(changed::add);
		return changed;
	}

}
