package vn.dangbo.records.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, with the length of the whole list; when {@code totalExact} is false the
 * list is at least {@code total} long (counting further was not worth its cost).
 */
public record Page<T>(List<T> items, long total, int page, int size, boolean totalExact) {

    public Page(List<T> items, long total, int page, int size) {
        this(items, total, page, size, true);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), total, page, size, totalExact);
    }
}
