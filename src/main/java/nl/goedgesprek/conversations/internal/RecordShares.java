package nl.goedgesprek.conversations.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.RecordShared;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.shared.Refusal;

/**
 * "Eerst zelf, dan samen" after a move: a new manager does not see the records of the employee's
 * conversations with an earlier manager, unless the employee shares one with them (PRIVACY.md).
 * Only the employee shares and withdraws; the share is with the manager they have at that moment
 * and counts only while that person is still their manager. Reading is read-only: the record's
 * notes, agreements, acknowledgements, zienswijze and amendments, never the two preparations or the
 * pulse.
 */
@Service
@Transactional
public class RecordShares {

	private final ConversationRepository conversations;

	private final Participation participation;

	private final People people;

	private final PeopleAccess access;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RecordShares(ConversationRepository conversations, Participation participation, People people, PeopleAccess access,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.conversations = conversations;
		this.participation = participation;
		this.people = people;
		this.access = access;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The manager this record could be shared with now, and since when it is; for the employee only. */
	public record Sharing(Person manager, Instant sharedAt) {

		public boolean shared() {
			return sharedAt != null;
		}

	}

	/**
	 * What the viewer may do with this record, which they read as a participant: share it with the
	 * manager they have now, who did not take part in it. Empty for the manager who took part, for a
	 * record not closed yet, or when the employee has no other manager now.
	 */
	@Transactional(readOnly = true)
	public Optional<Sharing> sharing(EmployeeId viewer, Conversation conversation) {
		if (!access.mayShareEarlierRecord(viewer, conversation.employeeId()) || !conversation.status().closed()) {
			return Optional.empty();
		}
		return newManager(conversation)
			.map(manager -> new Sharing(manager, sharedAt(conversation.id(), manager.id()).orElse(null)));
	}

	/**
	 * @throws ConversationNotFoundException for anyone but the two participants
	 * @throws Refusal for the manager who took part, a record not closed yet, or
	 *         when there is no other manager to share it with
	 */
	public void share(EmployeeId actor, ConversationId id) {
		Conversation conversation = participation.load(actor, id);
		Conversation.require(access.mayShareEarlierRecord(actor, conversation.employeeId()), "record.share.error.notEmployee");
		Conversation.require(conversation.status().closed(), "record.share.error.notClosed");
		Person manager = newManager(conversation).orElseThrow(() -> new Refusal("record.share.error.noNewManager"));
		// A second click or a second tab waits here for the first, then finds the share: shared once.
		jdbc.sql("select id from conversation where id = :id for update").param("id", id.value()).query(Long.class).single();
		if (sharedAt(id, manager.id()).isPresent()) {
			return;
		}
		jdbc.sql("insert into record_share (conversation_id, manager_id, shared_at) values (:conversation, :manager, :at)")
			.param("conversation", id.value())
			.param("manager", manager.id().value())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		events.publishEvent(new RecordShared(id, actor, manager.id()));
	}

	/** Stops every share of this record; only the employee does this. */
	public void withdraw(EmployeeId actor, ConversationId id) {
		Conversation conversation = participation.load(actor, id);
		Conversation.require(access.mayShareEarlierRecord(actor, conversation.employeeId()), "record.share.error.notEmployee");
		jdbc.sql("delete from record_share where conversation_id = :conversation").param("conversation", id.value()).update();
	}

	/**
	 * The conversation, for the manager the employee shared its record with, while they are still the
	 * employee's manager and the record is closed.
	 * @throws ConversationNotFoundException for everyone else, as if it did not exist
	 */
	@Transactional(readOnly = true)
	public Conversation sharedRecord(EmployeeId viewer, ConversationId id) {
		return conversations.findById(id.value())
			.filter(conversation -> conversation.status().closed())
			.filter(conversation -> access.maySeeSharedRecord(viewer, conversation.employeeId(),
					sharedAt(id, viewer).isPresent()))
			.orElseThrow(() -> new ConversationNotFoundException(id));
	}

	/** When the employee shared this record with this manager, if they did. */
	@Transactional(readOnly = true)
	public Optional<Instant> sharedAt(ConversationId id, EmployeeId manager) {
		return jdbc.sql("select shared_at from record_share where conversation_id = :conversation and manager_id = :manager")
			.param("conversation", id.value())
			.param("manager", manager.value())
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	private Optional<Person> newManager(Conversation conversation) {
		return people.find(conversation.employeeId())
			.map(Person::managerId)
			.filter(manager -> !manager.equals(conversation.managerId()))
			.flatMap(people::find)
			.filter(Person::active);
	}

}
