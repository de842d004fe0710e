package vn.dangbo.records.live;

import java.util.Map;

/**
 * The whole state a screen shows, at one version of the congress's live counter. A screen that missed events
 * (a network drop, a server restart) needs only the newest snapshot to be current again.
 */
public record LiveSnapshot(long congressId, long version, Map<String, Object> sections) {
}
