package nl.goedgesprek.feedback.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form to ask colleagues for input. It goes back and forth while the asker searches and picks
 * colleagues ({@code search}, {@code add}, {@code remove}), so nothing typed is lost on the way and it
 * works without JavaScript.
 */
record AskForm(List<Long> colleagues, List<String> questions, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
		Boolean anonymous, String reason, String q, Long add, Long remove, String search) {

	AskForm {
		colleagues = colleagues == null ? new ArrayList<>() : new ArrayList<>(colleagues);
		questions = questions == null ? new ArrayList<>() : new ArrayList<>(questions);
		anonymous = anonymous != null && anonymous;
		q = q == null ? "" : q.strip();
	}

	/** The form as it is after adding or removing the colleague the button named. */
	AskForm withChoice() {
		List<Long> chosen = new ArrayList<>(colleagues);
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

}
