package nl.goedgesprek.conversations.web;

import java.util.List;
import java.util.Map;

import nl.goedgesprek.cards.CardVersionView;
import nl.goedgesprek.cards.Theme;
import nl.goedgesprek.conversations.ConversationStatus;
import nl.goedgesprek.conversations.Side;
import nl.goedgesprek.conversations.internal.AgendaItem;
import nl.goedgesprek.conversations.internal.AgendaTopic;
import nl.goedgesprek.conversations.internal.Agreement;
import nl.goedgesprek.conversations.internal.Conversation;
import nl.goedgesprek.conversations.internal.Note;
import nl.goedgesprek.conversations.internal.Preparation;
import nl.goedgesprek.conversations.internal.PrivateNote;
import nl.goedgesprek.conversations.internal.RecordEntry;
import nl.goedgesprek.people.Person;

/**
 * Everything one participant may see of a conversation, put together once for every page of it.
 * The other side's preparation is only here when the sharing rule allows it; {@code privateNote} is the
 * viewer's own (eigen notities), never the other's, and no document or record part shows it.
 */
public record ConversationView(Conversation conversation, CardVersionView card, Side mySide, Person employee, Person manager,
		Preparation own, Preparation others, boolean otherHasShared, boolean otherHasBegun, Map<String, Note> notes,
		List<Agreement> agreements, List<RecordEntry> employeeViews, List<RecordEntry> amendments,
		List<AgendaItem> agenda, List<AgendaTopic> topics,
		PrivateNote privateNote) {

	/** Where the conversation stands, with "in voorbereiding" derived from the preparations. */
	public ConversationStatus status() {
		ConversationStatus stored = conversation.status();
		return stored == ConversationStatus.PLANNED && (own.started() || otherHasBegun) ? ConversationStatus.PREPARING
				: stored;
	}

	public Person me() {
		return mySide == Side.EMPLOYEE ? employee : manager;
	}

	public Person partner() {
		return mySide == Side.EMPLOYEE ? manager : employee;
	}

	/** The employee's preparation as this viewer may see it, or {@code null}. */
	public Preparation employeePreparation() {
		return mySide == Side.EMPLOYEE ? own : others;
	}

	public Preparation managerPreparation() {
		return mySide == Side.MANAGER ? own : others;
	}

	/**
	 * A side's preparation only once it is shared: what a printed record shows. The record page shows
	 * the viewer their own draft too, but a document is handed on, and a draft was never the other's to read.
	 */
	public Preparation sharedPreparation(Side side) {
		Preparation preparation = side == Side.EMPLOYEE ? employeePreparation() : managerPreparation();
		return preparation != null && preparation.shared() ? preparation : null;
	}

	/** Where the two 1-5 answers on a theme differ by two or more: a good place to start talking. */
	public boolean isOpener(Theme theme) {
		Preparation a = employeePreparation();
		Preparation b = managerPreparation();
		if (a == null || b == null) {
			return false;
		}
		Integer x = a.score(theme.statementKey());
		Integer y = b.score(theme.statementKey());
		return x != null && y != null && Math.abs(x - y) >= 2;
	}

	public String noteText(String themeKey) {
		Note note = notes.get(themeKey);
		return note == null ? "" : note.text();
	}

	public Integer noteVersion(String themeKey) {
		Note note = notes.get(themeKey);
		return note == null ? null : note.version();
	}

	public List<Agreement> agreementsOf(String themeKey) {
		return agreements.stream().filter(a -> themeKey.equals(a.themeKey())).toList();
	}

	public String themeTitle(String themeKey) {
		return themeKey == null ? null : card.content().theme(themeKey).map(Theme::title).orElse(null);
	}

	public String nameOf(Side side) {
		return side == Side.EMPLOYEE ? employee.name() : manager.name();
	}

	/** Whether the running agenda or the agenda that built itself has anything. */
	public boolean hasAgenda() {
		return !agenda.isEmpty() || !topics.isEmpty();
	}

	public String nameOf(nl.goedgesprek.people.EmployeeId id) {
		return id.equals(employee.id()) ? employee.name() : manager.name();
	}

}
