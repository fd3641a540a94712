package nl.goedgesprek.conversations;

public record ConversationId(Long value) {

	public static ConversationId of(Long value) {
		return value == null ? null : new ConversationId(value);
	}

	@Override
	public String toString() {
		return String.valueOf(value);
	}

}
