package nl.goedgesprek.people;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import nl.goedgesprek.people.AccessRules.Subject;
import nl.goedgesprek.people.AccessRules.Viewer;
import nl.goedgesprek.people.internal.PersonQueries;

/**
 * The single place that answers "may this person see or do this to that person's data?". It reads
 * the current facts (roles, reporting lines) and lets {@link AccessRules} decide. Controllers and
 * other modules ask here; nobody re-implements a rule.
 */
@Service
public class PeopleAccess {

	private final PersonQueries people;

	PeopleAccess(PersonQueries people) {
		this.people = people;
	}

	public boolean maySeeProfile(EmployeeId viewer, EmployeeId subject) {
		Optional<Person> person = people.find(subject);
		return person.isPresent() && viewer(viewer).map(v -> AccessRules.maySeeProfile(v, subject(person.get())))
			.orElse(false);
	}

	/**
	 * The person, if the viewer may see them.
	 * @throws PersonNotFoundException when there is no such person or the viewer may not see them
	 */
	public Person visibleProfile(EmployeeId viewer, EmployeeId subject) {
		Viewer who = viewer(viewer).orElseThrow(() -> new PersonNotFoundException(subject));
		return people.find(subject)
			.filter(person -> AccessRules.maySeeProfile(who, subject(person)))
			.orElseThrow(() -> new PersonNotFoundException(subject));
	}

	public boolean mayManagePeople(EmployeeId viewer) {
		return viewer(viewer).map(AccessRules::mayManagePeople).orElse(false);
	}

	/** Whether the viewer may send invitations to choose a password; see {@link AccessRules#mayInvite}. */
	public boolean mayInvite(EmployeeId viewer) {
		return viewer(viewer).map(AccessRules::mayInvite).orElse(false);
	}

	/**
	 * Whether the actor may grant or take away this role of that person ({@code null} for someone being
	 * added). See {@link AccessRules#mayChangeRole}.
	 */
	public boolean mayChangeRole(EmployeeId actor, EmployeeId subject, Role role) {
		return viewer(actor).map(v -> AccessRules.mayChangeRole(v, subject, role)).orElse(false);
	}

	/** The granted roles this actor may change for that person: what the edit form offers. */
	public Set<Role> changeableRoles(EmployeeId actor, EmployeeId subject) {
		Set<Role> changeable = java.util.EnumSet.noneOf(Role.class);
		Role.GRANTABLE.stream().filter(role -> mayChangeRole(actor, subject, role)).forEach(changeable::add);
		return changeable;
	}

	/** Whether this person may stop being an administrator: only while another active one remains. */
	public boolean mayStopBeingAdministrator(EmployeeId subject) {
		return AccessRules.mayStopBeingAdministrator(people.countActiveAdministratorsOtherThan(subject));
	}

	/** Whether the actor may deactivate or reactivate that person: HR and administrators, never themselves. */
	public boolean mayChangeActive(EmployeeId actor, EmployeeId subject) {
		return viewer(actor).map(v -> AccessRules.mayChangeActive(v, subject)).orElse(false);
	}

	public boolean mayManageCards(EmployeeId viewer) {
		return viewer(viewer).map(AccessRules::mayManageCards).orElse(false);
	}

	public boolean mayManageOrganisation(EmployeeId viewer) {
		return viewer(viewer).map(AccessRules::mayManageOrganisation).orElse(false);
	}

	/** Whether the viewer may read a conversation between this employee and this manager. */
	public boolean maySeeConversationContent(EmployeeId viewer, EmployeeId employee, EmployeeId manager) {
		return viewer(viewer).map(v -> AccessRules.maySeeConversationContent(v, employee, manager)).orElse(false);
	}

	/**
	 * Whether the viewer may read the record of an earlier conversation of this employee that the
	 * employee shared with them ({@code sharedWithViewer}): only as the employee's manager now.
	 */
	public boolean maySeeSharedRecord(EmployeeId viewer, EmployeeId employee, boolean sharedWithViewer) {
		Optional<Person> person = people.find(employee);
		return person.isPresent() && viewer(viewer)
			.map(v -> AccessRules.maySeeSharedRecord(v, subject(person.get()), sharedWithViewer))
			.orElse(false);
	}

	public boolean maySeeDevelopment(EmployeeId viewer, EmployeeId subject) {
		Optional<Person> person = people.find(subject);
		return person.isPresent()
				&& viewer(viewer).map(v -> AccessRules.maySeeDevelopment(v, subject(person.get()))).orElse(false);
	}

	public boolean mayManageDevelopmentCatalogues(EmployeeId viewer) {
		return viewer(viewer).map(AccessRules::mayManageDevelopmentCatalogues).orElse(false);
	}

	/** What the signed-in person may do in the application as a whole: for navigation and templates. */
	public May may(EmployeeId viewer) {
		return viewer(viewer).map(v -> new May(AccessRules.mayManagePeople(v), AccessRules.mayManageCards(v),
				AccessRules.mayManageOrganisation(v), AccessRules.maySeeOrganisationInsights(v),
				AccessRules.mayManageDevelopmentCatalogues(v), AccessRules.mayLeadATeam(v),
				AccessRules.mayReadAuditTrail(v), AccessRules.mayManageRetention(v), AccessRules.maySeeRetention(v)))
			.orElse(May.NOTHING);
	}

	public boolean mayReadAuditTrail(EmployeeId viewer) {
		return viewer(viewer).map(AccessRules::mayReadAuditTrail).orElse(false);
	}

	public boolean mayManageRetention(EmployeeId viewer) {
		return viewer(viewer).map(AccessRules::mayManageRetention).orElse(false);
	}

	public boolean maySeeRetention(EmployeeId viewer) {
		return viewer(viewer).map(AccessRules::maySeeRetention).orElse(false);
	}

	/** Whether the actor may erase this person's data; see {@link AccessRules#mayErase}. */
	public boolean mayErase(EmployeeId actor, EmployeeId subject) {
		return viewer(actor).map(v -> AccessRules.mayErase(v, subject)).orElse(false);
	}

	public boolean mayReadProcessingRegister(EmployeeId viewer) {
		return viewer(viewer).map(AccessRules::mayReadProcessingRegister).orElse(false);
	}

	public boolean mayReadSystemHealth(EmployeeId viewer) {
		return viewer(viewer).map(AccessRules::mayReadSystemHealth).orElse(false);
	}

	public boolean maySeeOrganisationInsights(EmployeeId viewer) {
		return viewer(viewer).map(AccessRules::maySeeOrganisationInsights).orElse(false);
	}

	public boolean mayDecideDevelopment(EmployeeId viewer, EmployeeId subject) {
		return decide(viewer, subject, AccessRules::mayDecideDevelopment);
	}

	public boolean maySuggestDevelopment(EmployeeId viewer, EmployeeId subject) {
		return decide(viewer, subject, AccessRules::maySuggestDevelopment);
	}

	/** Whether the viewer may read a year story of this employee, written with {@code storyManager}. */
	public boolean maySeeYearStory(EmployeeId viewer, EmployeeId employee, EmployeeId storyManager) {
		return decide(viewer, employee, (v, subject) -> AccessRules.maySeeYearStory(v, subject, storyManager));
	}

	public boolean mayShareEarlierRecord(EmployeeId viewer, EmployeeId employee) {
		return viewer(viewer).map(v -> AccessRules.mayShareEarlierRecord(v, employee)).orElse(false);
	}

	/** Whether the viewer may read and add to the running agenda of this employee and manager. */
	public boolean mayUseRunningAgenda(EmployeeId viewer, EmployeeId employee, EmployeeId manager) {
		return decide(viewer, employee, (v, e) -> AccessRules.mayUseRunningAgenda(v, e, manager));
	}

	/** Whether the viewer may read private notes written by this author. */
	public boolean mayReadPrivateNote(EmployeeId viewer, EmployeeId author) {
		return viewer(viewer).map(v -> AccessRules.mayReadPrivateNote(v, author)).orElse(false);
	}

	/** Whether the viewer may see the figures of this manager's own conversations. */
	public boolean maySeeOwnConversationsAsManager(EmployeeId viewer, EmployeeId manager) {
		return viewer(viewer).map(v -> AccessRules.maySeeOwnConversationsAsManager(v, manager)).orElse(false);
	}

	/** Whether the viewer takes part in this conversation and so may ask colleagues for input for it. */
	public boolean mayAskForFeedback(EmployeeId viewer, EmployeeId employee, EmployeeId manager) {
		return viewer(viewer).map(v -> AccessRules.mayAskForFeedback(v, employee, manager)).orElse(false);
	}

	/** Whether this person may be asked for input by the asker, in a conversation with the other participant. */
	public boolean mayBeAskedForFeedback(EmployeeId asker, EmployeeId otherParticipant, EmployeeId candidate) {
		boolean active = people.find(candidate).map(Person::active).orElse(false);
		return AccessRules.mayBeAskedForFeedback(asker, otherParticipant, candidate, active);
	}

	public boolean mayReadFeedbackRequest(EmployeeId viewer, EmployeeId asker) {
		return viewer(viewer).map(v -> AccessRules.mayReadFeedbackRequest(v, asker)).orElse(false);
	}

	public boolean mayAnswerFeedback(EmployeeId viewer, EmployeeId colleague) {
		return viewer(viewer).map(v -> AccessRules.mayAnswerFeedback(v, colleague)).orElse(false);
	}

	/**
	 * Whether the viewer may read the answers the asker moved into their preparation;
	 * {@code mayReadAskersPreparation} comes from the conversation's sharing rule.
	 */
	public boolean maySeeIncludedFeedback(EmployeeId viewer, EmployeeId asker, boolean mayReadAskersPreparation) {
		return viewer(viewer).map(v -> AccessRules.maySeeIncludedFeedback(v, asker, mayReadAskersPreparation))
			.orElse(false);
	}

	public boolean maySeeFeedbackCounts(EmployeeId viewer) {
		return viewer(viewer).map(AccessRules::maySeeFeedbackCounts).orElse(false);
	}

	/**
	 * The request attribute under which a web request keeps the people who asked in it (see
	 * {@code people.web.OneViewerPerRequest}), so every check and the page's navigation in one request see
	 * the same facts and cost one query.
	 */
	public static final String VIEWERS = PeopleAccess.class.getName() + ".viewers";

	/**
	 * The signed-in person, as they are now: once per web request; read each time elsewhere (a job, a
	 * listener, a test).
	 */
	public Optional<Person> signedIn(EmployeeId id) {
		var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
		Object kept = request == null ? null
				: request.getAttribute(VIEWERS, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
		if (kept instanceof java.util.Map<?, ?> map) {
			@SuppressWarnings("unchecked")
			java.util.Map<EmployeeId, Optional<Person>> viewers = (java.util.Map<EmployeeId, Optional<Person>>) map;
			return viewers.computeIfAbsent(id, people::find);
		}
		return people.find(id);
	}

	private boolean decide(EmployeeId viewer, EmployeeId subject,
			java.util.function.BiPredicate<Viewer, Subject> rule) {
		Optional<Person> person = people.find(subject);
		return person.isPresent() && viewer(viewer).map(v -> rule.test(v, subject(person.get()))).orElse(false);
	}

	private Optional<Viewer> viewer(EmployeeId id) {
		return signedIn(id).filter(Person::active)
			.map(person -> new Viewer(person.id(), person.managerId(), Set.copyOf(person.roles())));
	}

	private static Subject subject(Person person) {
		return new Subject(person.id(), person.managerId());
	}

}
