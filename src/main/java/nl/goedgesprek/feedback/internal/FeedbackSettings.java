package nl.goedgesprek.feedback.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How colleagues' input works in this organisation.
 * @param monthlyLimit how often one person may be asked for input in 30 days, by everyone together,
 * so nobody is flooded
 * @param remindDaysBefore a colleague who has not answered gets one reminder this many days before the
 * date the asker chose
 */
@ConfigurationProperties("goedgesprek.feedback")
public record FeedbackSettings(@DefaultValue("3") int monthlyLimit, @DefaultValue("2") int remindDaysBefore) {

	/** The fewest answers an anonymous request shows; with fewer, the asker could guess who wrote what. */
	public static final int ANONYMOUS_MINIMUM = 3;

	/** The most colleagues one request asks. */
	public static final int MAX_COLLEAGUES = 6;

}
