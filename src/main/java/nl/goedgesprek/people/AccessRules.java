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

	/**
	 * Sending someone an invitation to choose a password: HR and administrators, who keep the people
	 * records and know who should be in.
	 */
	static boolean mayInvite(Viewer viewer) {
		return viewer.is(Role.HR) || viewer.is(Role.ADMIN);
	}

	/**
	 * Granting or taking away a role: never one's own (nobody raises or lowers themselves); the
	 * administrator role only by an administrator; the HR role by HR or an administrator. Employee and
	 * manager are not granted: they follow from being employed and having reports. {@code subject} is
	 * {@code null} for a person who is being added.
	 */
	static boolean mayChangeRole(Viewer actor, EmployeeId subject, Role role) {
		if (subject != null && actor.id().equals(subject)) {
			return false;
		}
		return switch (role) {
			case ADMIN -> actor.is(Role.ADMIN);
			case HR -> actor.is(Role.HR) || actor.is(Role.ADMIN);
			default -> false;
		};
	}

	/**
	 * The organisation always keeps someone who can change its settings and grant the administrator
	 * role: an administrator loses the role, or is deactivated, only while another active one remains.
	 */
	static boolean mayStopBeingAdministrator(int otherActiveAdministrators) {
		return otherActiveAdministrators > 0;
	}

	/** Deactivating or reactivating a person: HR and administrators, never themselves. */
	static boolean mayChangeActive(Viewer actor, EmployeeId subject) {
		return mayManagePeople(actor) && !actor.id().equals(subject);
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

	/**
	 * The audit trail (who changed whose access): administrators, who answer for access; it names
	 * people but holds no content.
	 */
	static boolean mayReadAuditTrail(Viewer viewer) {
		return viewer.is(Role.ADMIN);
	}

	/**
	 * Retention: the terms, legal holds and running the job by hand are an administrator's, who answers
	 * for the organisation's data; HR sees the terms, what the next run removes (counts, no content) and
	 * the reports, since they keep the people records.
	 */
	static boolean mayManageRetention(Viewer viewer) {
		return viewer.is(Role.ADMIN);
	}

	static boolean maySeeRetention(Viewer viewer) {
		return viewer.is(Role.HR) || viewer.is(Role.ADMIN);
	}

	/**
	 * Erasing a person's data on request (art. 17 AVG): an administrator, never their own (an
	 * administrator who leaves is erased by another, or by the retention term).
	 */
	static boolean mayErase(Viewer viewer, EmployeeId subject) {
		return viewer.is(Role.ADMIN) && !viewer.id().equals(subject);
	}

	/**
	 * The processing description (art. 30 GDPR: what the application keeps, why, how long): HR and
	 * administrators, who answer to the organisation's privacy officer. It names no person.
	 */
	static boolean mayReadProcessingRegister(Viewer viewer) {
		return viewer.is(Role.HR) || viewer.is(Role.ADMIN);
	}

	/**
	 * How the running system is doing (health details, metrics, build): administrators, who answer for
	 * running it. Holds no one's personal data.
	 */
	static boolean mayReadSystemHealth(Viewer viewer) {
		return viewer.is(Role.ADMIN);
	}

	/** The dashboards of the whole organisation and its teams (aggregates only): HR and administrators. */
	static boolean maySeeOrganisationInsights(Viewer viewer) {
		return viewer.is(Role.HR) || viewer.is(Role.ADMIN);
	}

	/** Leading a team (the team page, a manager's own dashboard): whoever has people reporting to them. */
	static boolean mayLeadATeam(Viewer viewer) {
		return viewer.is(Role.MANAGER);
	}

	/**
	 * What only the employee decides about their own development (ambitions, chosen competencies, the
	 * plan): the employee, nobody else.
	 */
	static boolean mayDecideDevelopment(Viewer viewer, Subject subject) {
		return isSelf(viewer, subject);
	}

	/** A suggestion for the employee's development (a competency): their manager as they are now. */
	static boolean maySuggestDevelopment(Viewer viewer, Subject subject) {
		return isManagerOf(viewer, subject);
	}

	/**
	 * A year story of the employee and the manager it was written with: the employee always, that
	 * manager only while they still are the employee's manager. Never a new manager, HR or anyone else.
	 */
	static boolean maySeeYearStory(Viewer viewer, Subject employee, EmployeeId storyManager) {
		return isSelf(viewer, employee) || (viewer.id().equals(storyManager) && isManagerOf(viewer, employee));
	}

	/**
	 * Sharing the record of an earlier conversation with the manager one has now, and stopping it: the
	 * employee only, whose record it is.
	 */
	static boolean mayShareEarlierRecord(Viewer viewer, EmployeeId employee) {
		return viewer.id().equals(employee);
	}

	/** The koers and the competency catalogue: HR and administrators. */
	static boolean mayManageDevelopmentCatalogues(Viewer viewer) {
		return viewer.is(Role.HR) || viewer.is(Role.ADMIN);
	}

	/**
	 * The running agenda of a pair (lopende agenda): the employee and their manager as they are now, both
	 * alike; a pair that is no more (the employee moved) is nobody's to add to or read. Not HR, not an
	 * administrator, not the manager's manager.
	 */
	static boolean mayUseRunningAgenda(Viewer viewer, Subject employee, EmployeeId pairManager) {
		return pairManager != null && pairManager.equals(employee.managerId())
				&& (isSelf(viewer, employee) || isManagerOf(viewer, employee));
	}

	/**
	 * Private notes (eigen notities) on a conversation: their author, nobody else: not the other
	 * participant, not HR, not an administrator.
	 */
	static boolean mayReadPrivateNote(Viewer viewer, EmployeeId author) {
		return viewer.id().equals(author);
	}

	/**
	 * The view over one's own conversations as a manager (pulse, balance of voice, agreements): that
	 * manager only; not HR, not their own manager.
	 */
	static boolean maySeeOwnConversationsAsManager(Viewer viewer, EmployeeId manager) {
		return viewer.id().equals(manager);
	}

	/**
	 * Asking colleagues for input while preparing a conversation: either of its two participants, for
	 * their own preparation.
	 */
	static boolean mayAskForFeedback(Viewer viewer, EmployeeId employee, EmployeeId manager) {
		return viewer.id().equals(employee) || viewer.id().equals(manager);
	}

	/**
	 * Who may be asked for input: an active colleague, never the asker themself and never the other
	 * participant, whose view has its own place in the conversation.
	 */
	static boolean mayBeAskedForFeedback(EmployeeId asker, EmployeeId otherParticipant, EmployeeId candidate,
			boolean candidateActive) {
		return candidateActive && !candidate.equals(asker) && !candidate.equals(otherParticipant);
	}

	/**
	 * A request for input, with its answers, belongs to the one who asked: only they read it, withdraw
	 * it and choose what goes into their preparation. Not the other participant, not the colleagues
	 * asked, not HR, not an administrator.
	 */
	static boolean mayReadFeedbackRequest(Viewer viewer, EmployeeId asker) {
		return viewer.id().equals(asker);
	}

	/** The page to answer a request: the colleague it asks, nobody else. */
	static boolean mayAnswerFeedback(Viewer viewer, EmployeeId colleague) {
		return viewer.id().equals(colleague);
	}

	/**
	 * An answer the asker moved into their preparation is read with that preparation: by the asker, and
	 * by the other participant once "eerst zelf, dan samen" lets them read the asker's preparation.
	 */
	static boolean maySeeIncludedFeedback(Viewer viewer, EmployeeId asker, boolean mayReadAskersPreparation) {
		return viewer.id().equals(asker) || mayReadAskersPreparation;
	}

	/** How many requests for input and answers there are per organisation and team, never who: HR and administrators. */
	static boolean maySeeFeedbackCounts(Viewer viewer) {
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

	/**
	 * A password signs a person in unless single sign-on is the only way in; then only the one
	 * break-glass administrator named in the configuration may, and only while they are an
	 * administrator (a name left in the configuration of someone who lost the role opens nothing).
	 */
	static boolean maySignInWithPassword(boolean passwordsAllowed, boolean breakGlass, boolean administrator) {
		return passwordsAllowed || (breakGlass && administrator);
	}

}
