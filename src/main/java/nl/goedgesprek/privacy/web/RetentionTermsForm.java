package nl.goedgesprek.privacy.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.goedgesprek.privacy.internal.RetentionTerms;

/** The retention terms in months; the bounds are {@link RetentionTerms#MIN} and {@link RetentionTerms#MAX}. */
record RetentionTermsForm(
		@NotNull(message = "{retention.form.records.invalid}") @Min(value = 12, message = "{retention.form.records.invalid}") @Max(value = 120, message = "{retention.form.records.invalid}") Integer records,
		@NotNull(message = "{retention.form.drafts.invalid}") @Min(value = 1, message = "{retention.form.drafts.invalid}") @Max(value = 60, message = "{retention.form.drafts.invalid}") Integer drafts,
		@NotNull(message = "{retention.form.readLog.invalid}") @Min(value = 6, message = "{retention.form.readLog.invalid}") @Max(value = 120, message = "{retention.form.readLog.invalid}") Integer readLog,
		@NotNull(message = "{retention.form.mail.invalid}") @Min(value = 1, message = "{retention.form.mail.invalid}") @Max(value = 60, message = "{retention.form.mail.invalid}") Integer mail,
		@NotNull(message = "{retention.form.inbox.invalid}") @Min(value = 1, message = "{retention.form.inbox.invalid}") @Max(value = 60, message = "{retention.form.inbox.invalid}") Integer inbox,
		Integer version) {

	static RetentionTermsForm of(RetentionTerms.Terms terms) {
		return new RetentionTermsForm(terms.records(), terms.drafts(), terms.readLog(), terms.mail(), terms.inbox(),
				terms.version());
	}

	RetentionTerms.Terms terms() {
		return new RetentionTerms.Terms(records, drafts, readLog, mail, inbox, version == null ? -1 : version);
	}

}
