package nl.goedgesprek.cards.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.goedgesprek.cards.CardId;
import nl.goedgesprek.cards.CardVersionId;
import nl.goedgesprek.shared.TypedIds;

@Configuration(proxyBeanMethods = false)
class CardIdConverters {

	@Bean
	TypedIds.Writer<CardId> cardIdWriter() {
		return TypedIds.writer(CardId.class, CardId::value);
	}

	@Bean
	TypedIds.Reader<CardId> cardIdReader() {
		return TypedIds.reader(CardId.class, CardId::new);
	}

	@Bean
	TypedIds.Writer<CardVersionId> cardVersionIdWriter() {
		return TypedIds.writer(CardVersionId.class, CardVersionId::value);
	}

	@Bean
	TypedIds.Reader<CardVersionId> cardVersionIdReader() {
		return TypedIds.reader(CardVersionId.class, CardVersionId::new);
	}

}
