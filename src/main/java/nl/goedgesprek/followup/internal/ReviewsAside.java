package nl.goedgesprek.followup.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import nl.goedgesprek.conversations.ConversationAside;
import nl.goedgesprek.conversations.ConversationSummary;
import nl.goedgesprek.people.EmployeeId;

/** On the talk page: the finished agreements to look back on ({@code reviews}) and the answers one can give. */
@Component
class ReviewsAside implements ConversationAside {

	private final AgreementReviews reviews;

	ReviewsAside(AgreementReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void addTo(Map<String, Object> model, EmployeeId viewer, ConversationSummary conversation, Page page) {
		if (page == Page.TALK) {
			model.put("reviews", reviews.of(conversation));
			model.put("helpedAnswers", AgreementReviews.Helped.values());
		}
	}

}
