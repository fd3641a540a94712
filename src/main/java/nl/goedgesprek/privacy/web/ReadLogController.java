package nl.goedgesprek.privacy.web;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.People;
import nl.goedgesprek.people.Person;
import nl.goedgesprek.privacy.internal.ReadLog;

/**
 * The read log, twice: each person sees who opened what they wrote ({@code /me/reads}, linked from
 * their own page), and administrators search it for an investigation ({@code /admin/audit/reads},
 * under the audit trail's address rule, {@code AccessRules.mayReadAuditTrail}).
 */
@Controller
class ReadLogController {

	static final String MINE = "privacy/my-reads";

	static final String SEARCH = "privacy/reads";

	private final ReadLog readLog;

	private final People people;

	ReadLogController(ReadLog readLog, People people) {
		this.readLog = readLog;
		this.people = people;
	}

	@GetMapping("/me/reads")
	String mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("lines", readLog.ofSubject(user.id(), page));
		return MINE;
	}

	/**
	 * People are chosen by email address in the form, or by id from a link in the results. An address
	 * nobody has finds nothing, rather than everything.
	 */
	@GetMapping("/admin/audit/reads")
	String search(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long reader,
			@RequestParam(required = false) Long subject, @RequestParam(required = false) String readerEmail,
			@RequestParam(required = false) String subjectEmail,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Long readerId = person(readerEmail, reader);
		Long subjectId = person(subjectEmail, subject);
		ReadLog.Filter filter = new ReadLog.Filter(readerId, subjectId, from, until);
		model.addAttribute("filter", filter);
		model.addAttribute("readerEmail", email(readerEmail, readerId));
		model.addAttribute("subjectEmail", email(subjectEmail, subjectId));
		model.addAttribute("lines", readLog.search(user.id(), filter, page));
		return SEARCH;
	}

	/** The id for an email address (-1, nobody, when no one has it), else the id given. */
	private Long person(String email, Long id) {
		if (email != null && !email.isBlank()) {
			return people.findByEmail(email).map(p -> p.id().value()).orElse(-1L);
		}
		return id;
	}

	private String email(String typed, Long id) {
		if (typed != null && !typed.isBlank()) {
			return typed;
		}
		return Optional.ofNullable(id)
			.flatMap(value -> people.find(nl.goedgesprek.people.EmployeeId.of(value)))
			.map(Person::email)
			.orElse("");
	}

}
