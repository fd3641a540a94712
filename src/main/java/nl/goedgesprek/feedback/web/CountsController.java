package nl.goedgesprek.feedback.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.goedgesprek.feedback.internal.FeedbackCounts;
import nl.goedgesprek.feedback.internal.FeedbackNotFoundException;
import nl.goedgesprek.people.CurrentUser;
import nl.goedgesprek.people.PeopleAccess;

/** HR's counts of colleagues' input: numbers per organisation and team, never who asked or answered. */
@Controller
class CountsController {

	private final FeedbackCounts counts;

	private final PeopleAccess access;

	CountsController(FeedbackCounts counts, PeopleAccess access) {
		this.counts = counts;
		this.access = access;
	}

	@GetMapping("/feedback/counts")
	String counts(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!access.maySeeFeedbackCounts(user.id())) {
			throw new FeedbackNotFoundException("counts");
		}
		model.addAttribute("rows", counts.rows());
		model.addAttribute("minimum", FeedbackCounts.MINIMUM_PEOPLE);
		return "feedback/counts";
	}

}
