package org.visitprep.visit;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a request of a person came to: done, with its result, or refused, with the problems that explain why and
 * nothing changed.
 */
public sealed interface Outcome<T> permits Outcome.Done, Outcome.Refused {

    record Done<T>(T value) implements Outcome<T> {}

    record Refused<T>(List<Problem> problems) implements Outcome<T> {

        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("A refusal names at least one problem");
            }
        }

        /** Each problem's message in the given language. */
        public List<String> messages(Locale locale) {
            return problems.stream().map(problem -> problem.message(locale)).toList();
        }

        @Override
        public T value() {
            throw new IllegalStateException("Refused: "
                    + problems.stream().map(p -> p.code().messageKey()).toList());
        }
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Problem.Code code, Object... arguments) {
        return new Refused<>(List.of(Problem.of(code, arguments)));
    }

    static <T> Outcome<T> refused(List<Problem> problems) {
        return new Refused<>(problems);
    }

    /** The result of a request that was done; throws for a refused one. */
    T value();

    default boolean isDone() {
        return this instanceof Done;
    }

    /** The problems of a refusal; none when done. */
    default List<Problem> problems() {
        return List.of();
    }

    default <U> Outcome<U> map(Function<? super T, ? extends U> mapping) {
        return switch (this) {
            case Done<T> done -> new Done<>(mapping.apply(done.value()));
            case Refused<T> refused -> new Refused<>(refused.problems());
        };
    }
}
