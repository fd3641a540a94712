package nl.goedgesprek.conversations.internal;

import java.sql.Types;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.goedgesprek.conversations.AgendaTopicAdded;
import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.conversations.ConversationStatus;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.PeopleAccess;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.people.PersonNotFoundException;
import nl.goedgesprek.shared.EditClash;
import nl.goedgesprek.shared.Refusal;
import nl.goedgesprek.shared.TextLimits;

/**
 * The running agenda (lopende agenda) of a pair: one shared list that the employee and their manager
 * add to between conversations and both see at once (unlike the preparation, which is private until
 * shared). It is the pair's as they are now: after a move the new pair starts with an empty list; the
 * employee sees their own open topics from before and may take them along, the earlier manager's
 * topics stay behind ({@link TopicsAfterAMove}). Who may is {@link PeopleAccess#mayUseRunningAgenda}.
 */
@Service
@Transactional
public class RunningAgenda {

	/** More open topics than this for one pair is no longer an agenda. */
	static final int MAX_OPEN = 30;

	private final AgendaTopicRepository topics;

	private final PeopleAccess access;

	private final People people;

	private final Participation participation;

	private final TextLimits limits;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	RunningAgenda(AgendaTopicRepository topics, PeopleAccess access, People people, Participation participation,
			TextLimits limits, Clock clock, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.topics = topics;
		this.access = access;
		this.people = people;
		this.participation = participation;
		this.limits = limits;
		this.clock = clock;
	}

	/** An employee and their manager now. */
	public record Pair(Person employee, Person manager) {
	}

	/**
	 * The pair of this employee and their manager now, if the viewer is one of them.
	 * @throws PersonNotFoundException otherwise, so ids reveal nothing
	 */
	@Transactional(readOnly = true)
	public Pair pair(EmployeeId viewer, EmployeeId employee) {
		Person person = people.find(employee).filter(p -> p.managerId() != null)
			.filter(p -> access.mayUseRunningAgenda(viewer, p.id(), p.managerId()))
			.orElseThrow(() -> new PersonNotFoundException(employee));
		return new Pair(person, people.find(person.managerId()).orElseThrow());
	}

	/** What the pair still has to talk about, oldest first. */
	@Transactional(readOnly = true)
	public List<AgendaTopic> open(Pair pair) {
		return openOf(pair.employee().id(), pair.manager().id());
	}

	public AgendaTopic add(EmployeeId viewer, EmployeeId employee, String text) {
		Pair pair = pair(viewer, employee);
		String clean = text == null ? "" : text.strip();
		Refusal.require(!clean.isEmpty(), "runningAgenda.error.empty");
		limits.require("agenda_topic.text", "text", clean);
		Refusal.require(open(pair).size() < MAX_OPEN, "runningAgenda.error.tooMany", MAX_OPEN);
		AgendaTopic topic = topics.save(AgendaTopic.added(pair.employee().id(), pair.manager().id(), viewer, clean,
				clock.instant()));
		events.publishEvent(AgendaTopicAdded.of(topic.rawId(), topic.employeeId(), topic.managerId(), viewer, clean));
		return topic;
	}

	/** Its author takes a topic back, as long as no held conversation had it on its agenda. */
	public void remove(EmployeeId viewer, long topicId) {
		AgendaTopic topic = visible(viewer, topicId);
		if (!topic.addedBy().equals(viewer)) {
			throw new PersonNotFoundException(topicId);
		}
		Refusal.require(topic.removableBy(viewer), "runningAgenda.error.notRemovable");
		try {
			topics.delete(topic);
		}
		catch (OptimisticLockingFailureException e) {
			throw new EditClash();
		}
	}

	/**
	 * What shows on a conversation: before and during it, what the pair still has to talk about; once
	 * it is closed, what was on its agenda then and what was settled in it.
	 */
	@Transactional(readOnly = true)
	public List<AgendaTopic> of(Conversation conversation) {
		ConversationStatus status = conversation.status();
		if (status == ConversationStatus.CANCELLED) {
			return List.of();
		}
		if (status.closed()) {
			return onRecord(conversation.id());
		}
		return topics.findByEmployeeIdAndManagerIdOrderById(conversation.employeeId(), conversation.managerId()).stream()
			.filter(t -> t.open() || conversation.id().equals(t.settledDuring()))
			.toList();
	}

	/** Says in the conversation what became of a topic (answered, an agreement, parked with a reason). */
	public void settle(EmployeeId actor, ConversationId id, long topicId, TalkingPoint.Outcome outcome, String note) {
		Conversation conversation = participation.load(actor, id);
		Refusal.require(conversation.status() == ConversationStatus.STARTED, "conversation.error.notStarted");
		AgendaTopic topic = topics.findById(topicId)
			.filter(t -> t.employeeId().equals(conversation.employeeId()) && t.managerId().equals(conversation.managerId()))
			.filter(t -> t.open() || id.equals(t.settledDuring()))
			.orElseThrow(() -> new Refusal("runningAgenda.error.noSuchTopic"));
		topic.settle(id, outcome, limits.require("agenda_topic.outcome_note", "note", note));
		try {
			topics.save(topic);
		}
		catch (OptimisticLockingFailureException e) {
			throw new EditClash();
		}
	}

	/**
	 * Closing a conversation: everything on its agenda now counts there (once: a topic carried over
	 * counts where it was first on the agenda). Topics without an outcome stay for the next one.
	 */
	void raiseAll(Conversation conversation) {
		ConversationId id = conversation.id();
		topics.findByEmployeeIdAndManagerIdOrderById(conversation.employeeId(), conversation.managerId()).stream()
			.filter(t -> t.open() || id.equals(t.settledDuring()))
			.forEach(topic -> {
				record(id, topic);
				if (topic.countsFor() == null) {
					topic.countsFor(id);
					topics.save(topic);
				}
			});
	}

	/**
	 * Writes into the record what became of a topic in this conversation (nothing said: not discussed),
	 * as closing freezes the rest of the record: later outcomes do not change it.
	 */
	void record(ConversationId conversation, AgendaTopic topic) {
		boolean saidHere = conversation.equals(topic.settledDuring());
		jdbc.sql("""
				insert into agenda_topic_outcome (conversation_id, topic_id, outcome, outcome_note)
				values (:c, :t, :outcome, :note)""")
			.param("c", conversation.value())
			.param("t", topic.rawId())
			.param("outcome", saidHere && topic.outcome() != null ? topic.outcome().name() : null, Types.VARCHAR)
			.param("note", saidHere ? topic.outcomeNote() : null, Types.VARCHAR)
			.update();
	}

	/** What a closed conversation's record says of the topics on its agenda, oldest first. */
	private List<AgendaTopic> onRecord(ConversationId conversation) {
		record Said(long topic, String outcome, String note) {
		}
		Map<Long, Said> said = new HashMap<>();
		jdbc.sql("select topic_id, outcome, outcome_note from agenda_topic_outcome where conversation_id = :c")
			.param("c", conversation.value())
			.query((rs, row) -> new Said(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list()
			.forEach(s -> said.put(s.topic(), s));
		if (said.isEmpty()) {
			return List.of();
		}
		return topics.findAllById(said.keySet()).stream()
			.sorted(Comparator.comparingLong(AgendaTopic::rawId))
			.map(t -> {
				Said s = said.get(t.rawId());
				return t.asOnRecord(s.outcome() == null ? null : TalkingPoint.Outcome.valueOf(s.outcome()), s.note());
			})
			.toList();
	}

	private List<AgendaTopic> openOf(EmployeeId employee, EmployeeId manager) {
		return topics.findByEmployeeIdAndManagerIdOrderById(employee, manager).stream().filter(AgendaTopic::open).toList();
	}

	/** A topic of a pair the viewer belongs to now; anything else is "not found". */
	private AgendaTopic visible(EmployeeId viewer, long topicId) {
		return topics.findById(topicId)
			.filter(t -> access.mayUseRunningAgenda(viewer, t.employeeId(), t.managerId()))
			.orElseThrow(() -> new PersonNotFoundException(topicId));
	}

}
