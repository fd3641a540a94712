package nl.goedgesprek.feedback.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import nl.goedgesprek.people.EmployeeId;
import nl.goedgesprek.shared.Refusal;

/**
 * The form to ask colleagues for input. It goes back and forth while the asker searches and picks
 * colleagues ({@code search}, {@code add}, {@code remove}), so nothing typed is lost on the way and it
 * works without JavaScript. Every field is kept as typed and read strictly on sending, so a malformed
 * value is a message next to its field, never a default and never an error page.
 */
record AskForm(List<String> colleagues, List<String> questions, String dueOn, String anonymous, String reason,
		String q, String add, String remove, String search) {

	AskForm {
		colleagues = colleagues == null ? new ArrayList<>() : new ArrayList<>(colleagues);
		questions = questions == null ? new ArrayList<>() : new ArrayList<>(questions);
		anonymous = anonymous == null ? "false" : anonymous;
		q = q == null ? "" : q.strip();
	}

	/** The form as it is after adding or removing the colleague the button named. */
	AskForm withChoice() {
		List<String> chosen = new ArrayList<>(colleagues);
		if (add != null && !chosen.contains(add)) {
			chosen.add(add);
		}
		if (remove != null) {
			chosen.remove(remove);
		}
		return new AskForm(chosen, questions, dueOn, anonymous, reason, add != null ? "" : q, null, null, null);
	}

	boolean sending() {
		return add == null && remove == null && search == null;
	}

	/** The chosen colleagues that are ids at all; anything else can be nobody. */
	List<EmployeeId> chosenIds() {
		return colleagues.stream().filter(id -> id != null && id.matches("\\d{1,18}")).distinct()
			.map(id -> EmployeeId.of(Long.valueOf(id))).toList();
	}

	/** @throws Refusal when a chosen colleague is not an id */
	List<EmployeeId> colleagueIds() {
		if (chosenIds().size() != colleagues.stream().distinct().count()) {
			throw Refusal.onField("colleagues", "feedback.error.notThisColleague");
		}
		return chosenIds();
	}

	/** @throws Refusal when the date is missing or not a date */
	LocalDate dueDate() {
		try {
			return LocalDate.parse(dueOn == null ? "" : dueOn.strip());
		}
		catch (DateTimeParseException e) {
			throw Refusal.onField("dueOn", "feedback.error.dueOn");
		}
	}

	/** @throws Refusal for anything but the two choices */
	boolean anonymously() {
		if (!anonymous.equals("true") && !anonymous.equals("false")) {
			throw Refusal.onField("anonymous", "feedback.error.anonymous");
		}
		return anonymous.equals("true");
	}

	static AskForm empty(String question, LocalDate dueOn) {
		return new AskForm(List.of(), question == null ? List.of() : List.of(question), dueOn.toString(), "false", null,
				null, null, null, null);
	}

}
