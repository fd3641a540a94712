package nl.goedgesprek.followup.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.conversations.Conversations;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.MessageRef;
import nl.goedgesprek.shared.ToDo;
import nl.goedgesprek.shared.ToDo.Urgency;
import nl.goedgesprek.shared.ToDoSource;

/**
 * What conversations ask of a person: prepare and share before a conversation, sign a record "voor
 * gezien", give the pulse once signed, and keep their own agreements that are due within a week or
 * overdue. Before the conversation from conversations' calendar; after it from {@link OpenTasks}.
 */
@Component
class ConversationToDos implements ToDoSource {

	/** A pulse is asked for while the conversation is fresh; older ones are left alone. */
	private static final int PULSE_DAYS = 60;

	/** The latest records asked about, as before: older unsigned ones are for the record pages. */
	private static final int RECORDS = 12;

	private final Conversations queries;

	private final OpenTasks tasks;

	ConversationToDos(Conversations queries, OpenTasks tasks) {
		this.queries = queries;
		this.tasks = tasks;
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
		// One query for the records and one for the agreements, whatever their number.
		for (OpenTasks.OpenRecord open : tasks.records(personId, today.minusDays(PULSE_DAYS), RECORDS)) {
			LocalDate on = open.heldAt().toLocalDate();
			MessageRef kind = MessageRef.of("conversation.kindInText." + open.kind().name());
			String record = "/conversations/" + open.conversationId() + "/record";
			toDos.add(open.seen()
					? new ToDo(Urgency.NOW, on, MessageRef.of("todo.pulse", kind, open.partner(), on),
							MessageRef.of("todo.pulse.action"), record + "#pulse")
					: new ToDo(Urgency.NOW, on, MessageRef.of("todo.sign", kind, open.partner(), on),
							MessageRef.of("todo.sign.action"), record));
		}
		for (OpenTasks.DueAgreement due : tasks.agreementsDue(personId, today.plusDays(7))) {
			boolean overdue = due.due().isBefore(today);
			toDos.add(new ToDo(overdue ? Urgency.OVERDUE : Urgency.SOON, due.due(),
					MessageRef.of(overdue ? "todo.agreement.overdue" : "todo.agreement.due", due.description(), due.due()),
					MessageRef.of("todo.agreement.action"), "/agreements?agreement=" + due.agreementId() + "#agreement-" + due.agreementId())
				.listedAt("/agreements"));
		}
		return toDos;
	}

	/** The kind as it reads mid-sentence ("check-in", "jaargesprek"), resolved in the reader's language. */
	private static MessageRef kind(ConversationSummary conversation) {
		return MessageRef.of("conversation.kindInText." + conversation.kind().name());
	}

}
