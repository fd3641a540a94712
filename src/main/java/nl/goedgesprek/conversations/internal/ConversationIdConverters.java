package nl.goedgesprek.conversations.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.goedgesprek.conversations.ConversationId;
import nl.goedgesprek.shared.TypedIds;

@Configuration(proxyBeanMethods = false)
class ConversationIdConverters {

	@Bean
	TypedIds.Writer<ConversationId> conversationIdWriter() {
		return TypedIds.writer(ConversationId.class, ConversationId::value);
	}

	@Bean
	TypedIds.Reader<ConversationId> conversationIdReader() {
		return TypedIds.reader(ConversationId.class, ConversationId::new);
	}

}
