package nl.goedgesprek.shared;

import java.util.Set;
import java.util.function.Function;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

/**
 * Stores a typed id ({@code record EmployeeId(Long value)}) as a plain {@code bigint} column. A module
 * declares one writer and one reader bean per id type; the shell hands them all to Spring Data JDBC.
 */
public final class TypedIds {

	private TypedIds() {
	}

	public static <T> Writer<T> writer(Class<T> type, Function<T, Long> value) {
		return new Writer<>(type, value);
	}

	public static <T> Reader<T> reader(Class<T> type, Function<Long, T> create) {
		return new Reader<>(type, create);
	}

	@WritingConverter
	public static final class Writer<T> implements GenericConverter {

		private final Class<T> type;

		private final Function<T, Long> value;

		private Writer(Class<T> type, Function<T, Long> value) {
			this.type = type;
			this.value = value;
		}

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return Set.of(new ConvertiblePair(type, Long.class));
		}

		@Override
		public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			return source == null ? null : value.apply(type.cast(source));
		}

	}

	@ReadingConverter
	public static final class Reader<T> implements GenericConverter {

		private final Class<T> type;

		private final Function<Long, T> create;

		private Reader(Class<T> type, Function<Long, T> create) {
			this.type = type;
			this.create = create;
		}

		@Override
		public Set<ConvertiblePair> getConvertibleTypes() {
			return Set.of(new ConvertiblePair(Long.class, type));
		}

		@Override
		public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
			return source == null ? null : create.apply(((Number) source).longValue());
		}

	}

}
