package vn.dangbo.records.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the length of the whole list. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), total, page, size);
    }
}
