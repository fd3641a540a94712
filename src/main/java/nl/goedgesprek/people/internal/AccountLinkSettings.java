package nl.goedgesprek.people.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the links to set a password work, and how many invitations a background batch handles.
 * @param validFor an invitation link ({@code goedgesprek.invitations.valid-for}, ISO-8601 such as
 *        {@code P7D} or {@code 7d})
 * @param resetValidFor a reset link: short, since the person asked for it a moment ago
 * @param batchSize invitations queued per transaction when HR invites many people at once
 */
@ConfigurationProperties("goedgesprek.invitations")
public record AccountLinkSettings(@DefaultValue("P7D") Duration validFor, @DefaultValue("PT2H") Duration resetValidFor,
		@DefaultValue("100") int batchSize) {
}
