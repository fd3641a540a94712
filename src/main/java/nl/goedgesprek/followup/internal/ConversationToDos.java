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
 * gezien", give the pulse once signed, and keep their own agreements that wait for their progress
 * (due within a week, or overdue). Before the conversation from conversations' calendar; after it from {@link OpenTasks}.
 */
@Component
class ConversationToDos implements ToDoSource {

	/** A pulse is asked for while the conversation is fresh; older ones are left alone. */
	private static final int PULSE_DAYS = 60;

	/** The latest records asked about; the list counts all of them (the home page shows five of a kind). */
	private static final int RECORDS = 12;

	/** Agreements to report on: the agreements page lists just these too. */
	static final ToDo.Kind AGREEMENTS = ToDo.Kind.of("agreements", "todo.more.agreements", "/agreements/waiting",
			"todo.all.agreements");

	/** Records to sign: each one's notice waits in the inbox. */
	static final ToDo.Kind RECORDS_TO_SIGN = ToDo.Kind.of("sign", "todo.more.sign", "/inbox", "todo.all.inbox");

	/** Pulses to give: no page lists them; the next comes up when one is given. */
	static final ToDo.Kind PULSES = ToDo.Kind.of("pulse", "todo.more.pulse", null, null);

	/** Conversations to prepare: the next comes up when one is prepared or held. */
	static final ToDo.Kind TO_PREPARE = ToDo.Kind.of("prepare", "todo.more.prepare", null, null);

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
						MessageRef.of("todo.prepare.action"), "/conversations/" + coming.id().value() + "/preparation")
					.of(TO_PREPARE));
			}
		}
		// One query for the records and one for the agreements, whatever their number.
		OpenTasks.OpenRecords records = tasks.records(personId, today.minusDays(PULSE_DAYS), RECORDS);
		for (OpenTasks.OpenRecord open : records.latest()) {
			LocalDate on = open.heldAt().toLocalDate();
			MessageRef kind = MessageRef.of("conversation.kindInText." + open.kind().name());
			String record = "/conversations/" + open.conversationId() + "/record";
			toDos.add(open.seen()
					? new ToDo(Urgency.NOW, on, MessageRef.of("todo.pulse", kind, open.partner(), on),
							MessageRef.of("todo.pulse.action"), record + "#pulse").of(PULSES.outOf(records.toGiveThePulse()))
					: new ToDo(Urgency.NOW, on, MessageRef.of("todo.sign", kind, open.partner(), on),
							MessageRef.of("todo.sign.action"), record).of(RECORDS_TO_SIGN.outOf(records.toSign())));
		}
		for (OpenTasks.DueAgreement due : tasks.agreementsWaiting(personId, today)) {
			boolean overdue = due.due().isBefore(today);
			toDos.add(new ToDo(overdue ? Urgency.OVERDUE : Urgency.SOON, due.due(),
					MessageRef.of(overdue ? "todo.agreement.overdue" : "todo.agreement.due", due.description(), due.due()),
					MessageRef.of("todo.agreement.action"), "/agreements?agreement=" + due.agreementId() + "#agreement-" + due.agreementId())
				.of(AGREEMENTS));
		}
		return toDos;
	}

	/** The kind as it reads mid-sentence ("check-in", "jaargesprek"), resolved in the reader's language. */
	private static MessageRef kind(ConversationSummary conversation) {
		return MessageRef.of("conversation.kindInText." + conversation.kind().name());
	}

}
