package nl.goedgesprek.people;

import java.util.Set;

/**
 * The need-to-know rules of {@code shared/domain/PRIVACY.md} that concern people, as plain decisions
 * over facts. {@link PeopleAccess} gathers the facts from the database; this class only decides, so
 * every rule can be tested without a database.
 */
final class AccessRules {

	private AccessRules() {
	}

	/** Who is asking: their id, their own manager and the roles they hold right now. */
	record Viewer(EmployeeId id, EmployeeId managerId, Set<Role> roles) {

		boolean is(Role role) {
			return roles.contains(role);
		}

	}

	/** Whose data it is: their id and their current manager. */
	record Subject(EmployeeId id, EmployeeId managerId) {
	}

	/**
	 * A person's profile (name, team, job, reporting line) is seen by the person, their own manager,
	 * their own reports (who need to know who their manager is), and HR and administrators who keep the
	 * people records. Not by a manager's manager, nor by colleagues or managers of other teams.
	 */
	static boolean maySeeProfile(Viewer viewer, Subject subject) {
		return isSelf(viewer, subject) || isManagerOf(viewer, subject) || isOwnManager(viewer, subject)
				|| viewer.is(Role.HR) || viewer.is(Role.ADMIN);
	}

	/** Adding, editing and deactivating people and teams, importing, changing a manager: HR and admins. */
	static boolean mayManagePeople(Viewer viewer) {
		return viewer.is(Role.HR) || viewer.is(Role.ADMIN);
	}

	/** The praatkaarten: HR and administrators. */
	static boolean mayManageCards(Viewer viewer) {
		return viewer.is(Role.HR) || viewer.is(Role.ADMIN);
	}

	/** Organisation settings (name, works council consent): administrators only. */
	static boolean mayManageOrganisation(Viewer viewer) {
		return viewer.is(Role.ADMIN);
	}

	/**
	 * Conversation content (preparations, notes, agreements, record) is for its two participants only:
	 * never HR, an administrator or the manager's manager by virtue of their role.
	 */
	static boolean maySeeConversationContent(Viewer viewer, EmployeeId employee, EmployeeId manager) {
		return viewer.id().equals(employee) || viewer.id().equals(manager);
	}

	/**
	 * The record of an earlier conversation, for the employee's manager as they are now, who did not
	 * take part in it: only when the employee shared it with them, and only while they are still the
	 * employee's manager. Read only; never HR, an administrator or a manager's manager.
	 */
	static boolean maySeeSharedRecord(Viewer viewer, Subject employee, boolean sharedWithViewer) {
		return sharedWithViewer && isManagerOf(viewer, employee);
	}

	/**
	 * A person's development (ambitions, competencies, development plan, appreciation received) is
	 * theirs, shared with their manager as they are now: a new manager sees it from the day of the
	 * change, the previous one no longer. Not HR, not the manager's manager.
	 */
	static boolean maySeeDevelopment(Viewer viewer, Subject subject) {
		return isSelf(viewer, subject) || isManagerOf(viewer, subject);
	}

	/** The koers and the competency catalogue: HR and administrators. */
	static boolean mayManageDevelopmentCatalogues(Viewer viewer) {
		return viewer.is(Role.HR) || viewer.is(Role.ADMIN);
	}

	private static boolean isSelf(Viewer viewer, Subject subject) {
		return viewer.id().equals(subject.id());
	}

	private static boolean isOwnManager(Viewer viewer, Subject subject) {
		return subject.id().equals(viewer.managerId());
	}

	private static boolean isManagerOf(Viewer viewer, Subject subject) {
		return viewer.id().equals(subject.managerId());
	}

}
