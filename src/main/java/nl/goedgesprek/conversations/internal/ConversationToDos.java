package nl.goedgesprek.conversations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.ToDo;
import nl.goedgesprek.shared.ToDo.Urgency;
import nl.goedgesprek.shared.ToDoSource;

/**
 * What conversations ask of a person: prepare and share before a conversation, sign a record "voor
 * gezien", give the pulse once signed, and keep their own agreements that are due within a week or
 * overdue. From this module's own tables only, in a fixed number of statements whatever the history
 * (SqlBudgetIntegrationTests): one for the calendar, one for the latest conversations, one for their
 * signatures and pulses, one for the agreements due.
 */
@Component
class ConversationToDos implements ToDoSource {

	/** A pulse is asked for while the conversation is fresh; older ones are left alone. */
	private static final int PULSE_DAYS = 60;

	/** How many of the latest conversations are looked at for a missing signature or pulse. */
	private static final int LATEST = 12;

	private final ConversationQueries queries;

	private final ToDoQueries toDoQueries;

	ConversationToDos(ConversationQueries queries, ToDoQueries toDoQueries) {
		this.queries = queries;
		this.toDoQueries = toDoQueries;
	}

	@Override
	public List<ToDo> toDosOf(long personId, LocalDate today) {
		EmployeeId person = EmployeeId.of(personId);
		List<ToDo> toDos = new ArrayList<>();
		for (ConversationSummary coming : queries.calendarOf(person, today.atStartOfDay())) {
			Side side = coming.sideOf(person);
			if (coming.status().preparationOpen() && !coming.shared(side)) {
				LocalDate on = coming.scheduledAt().toLocalDate();
				toDos.add(new ToDo(on.isAfter(today.plusDays(7)) ? Urgency.LATER : Urgency.SOON, on,
						MessageRef.of("todo.prepare", kind(coming), coming.partnerOf(person), on),
						MessageRef.of("todo.prepare.action"), "/conversations/" + coming.id().value() + "/preparation"));
			}
		}
		List<ConversationSummary> closed = queries.ofParticipant(person, LATEST).stream()
			.filter(c -> c.status().closed())
			.toList();
		Set<String> done = toDoQueries.signedAndPulsed(closed.stream().map(c -> c.id().value()).toList());
		for (ConversationSummary mine : closed) {
			Side side = mine.sideOf(person);
			LocalDate on = mine.scheduledAt().toLocalDate();
			String record = "/conversations/" + mine.id().value() + "/record";
			if (!done.contains(ToDoQueries.key(mine.id().value(), side, "SEEN"))) {
				toDos.add(new ToDo(Urgency.NOW, on, MessageRef.of("todo.sign", kind(mine), mine.partnerOf(person), on),
						MessageRef.of("todo.sign.action"), record));
			}
			else if (!on.isBefore(today.minusDays(PULSE_DAYS))
					&& !done.contains(ToDoQueries.key(mine.id().value(), side, "PULSE"))) {
				toDos.add(new ToDo(Urgency.NOW, on, MessageRef.of("todo.pulse", kind(mine), mine.partnerOf(person), on),
						MessageRef.of("todo.pulse.action"), record + "#pulse"));
			}
		}
		for (ToDoQueries.OwnAgreement due : toDoQueries.ownAgreementsDue(person, today.plusDays(7))) {
			boolean overdue = due.due().isBefore(today);
			toDos.add(new ToDo(overdue ? Urgency.OVERDUE : Urgency.SOON, due.due(),
					MessageRef.of(overdue ? "todo.agreement.overdue" : "todo.agreement.due", due.description(), due.due()),
					MessageRef.of("todo.agreement.action"), "/agreements?agreement=" + due.id() + "#agreement-" + due.id()));
		}
		return toDos;
	}

	/** The kind as it reads mid-sentence ("check-in", "jaargesprek"), resolved in the reader's language. */
	private static MessageRef kind(ConversationSummary conversation) {
		return MessageRef.of("conversation.kindInText." + conversation.kind().name());
	}

}
