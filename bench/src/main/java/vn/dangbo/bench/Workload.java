package vn.dangbo.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import vn.dangbo.records.demo.DemoWard;
import vn.dangbo.records.member.MemberQuery;
import vn.dangbo.records.member.MemberStatus;
import vn.dangbo.records.shared.VietnameseText;

/**
 * The callers and the fixed, seeded list of member searches both sides run: about half name
 * searches, a fifth citizen-ID searches and the rest unit/status filters, from an officer (whole
 * ward) and from cell secretaries (their own cell).
 */
final class Workload {

    static final int PAGE_SIZE = 20;
    static final double OFFICER_SHARE = 0.5;

    /**
     * Someone calling the API.
     *
     * @param managedUnits what MemberSearch starts from: null for the whole ward, else the units of the positions
     * @param pool         indexes (into WardSample) of the members this caller can find; null for all
     */
    record Caller(String username, String role, String token, Set<Long> managedUnits, Long homeCell,
                  List<Integer> pool) {

        boolean officer() {
            return managedUnits == null;
        }
    }

    /**
     * One search.
     *
     * @param cells the cells the API ends up searching (MemberSearch.run's computation): the JDBC side's input
     * @param path  the API request path with its query string
     */
    record Query(Caller caller, String category, String kind, MemberQuery query, Set<Long> cells, String path) {
    }

    private static final MemberStatus[] STATUSES = MemberStatus.values();
    /** How often each status is asked for: current members far more than those who left. */
    private static final int[] STATUS_WEIGHTS = {20, 40, 15, 10, 5, 5, 5};

    private final WardSample ward;
    private final List<Caller> callers;

    Workload(WardSample ward, List<Caller> callers) {
        this.ward = ward;
        this.callers = List.copyOf(callers);
    }

    List<Caller> callers() {
        return callers;
    }

    /** The demo officer (member 3, canbo.tochuc) and up to {@code secretaries} cell secretaries picked by seed. */
    static List<Caller> callers(WardSample ward, JwtMinter jwt, int secretaries, long seed)
            throws GeneralSecurityException {
        long lifetime = 4 * 3600;
        List<Caller> result = new ArrayList<>();
        DemoWard.Account officer = DemoWard.ACCOUNTS.stream()
                .filter(a -> a.roles().contains("officer") && a.memberId() != null)
                .findFirst().orElseThrow();
        result.add(new Caller(officer.username(), "officer",
                jwt.token(officer.username(), officer.roles(), officer.memberId(), lifetime), null, null, null));
        List<WardSample.Secretary> chosen = new ArrayList<>(ward.secretaries);
        Collections.shuffle(chosen, new Random(seed));
        for (WardSample.Secretary s : chosen.subList(0, Math.min(secretaries, chosen.size()))) {
            List<Integer> pool = new ArrayList<>();
            for (Long unit : s.managedUnits()) {
                pool.addAll(ward.membersByCell.getOrDefault(unit, List.of()));
            }
            String username = "bench.bithu." + s.cellId();
            result.add(new Caller(username, "secretary",
                    jwt.token(username, List.of("secretary", "member"), s.memberId(), lifetime),
                    Set.copyOf(s.managedUnits()), s.cellId(), List.copyOf(pool)));
        }
        if (result.size() == 1) {
            throw new IllegalStateException("no cell secretary found in unit_position");
        }
        return result;
    }

    /** {@code n} searches drawn with this seed: the same seed always gives the same list. */
    List<Query> queries(int n, long seed) {
        Random rnd = new Random(seed);
        List<Caller> secretaries = callers.subList(1, callers.size());
        List<Query> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Caller caller = rnd.nextDouble() < OFFICER_SHARE ? callers.get(0)
                    : secretaries.get(rnd.nextInt(secretaries.size()));
            double kind = rnd.nextDouble();
            if (kind < 0.5) {
                result.add(nameQuery(rnd, caller));
            } else if (kind < 0.7) {
                result.add(citizenIdQuery(rnd, caller));
            } else {
                result.add(filterQuery(rnd, caller));
            }
        }
        return result;
    }

    private Query nameQuery(Random rnd, Caller caller) {
        String[] words = ward.names.get(member(rnd, caller)).split(" ");
        int n = words.length;
        String given = words[n - 1];
        double pick = rnd.nextDouble();
        String kind;
        String text;
        if (pick < 0.35) {
            kind = "given name";
            text = fold(given);
        } else if (pick < 0.60) {
            kind = "2 words";
            String other = rnd.nextBoolean() ? words[0] : words[Math.max(0, n - 2)];
            text = fold(other) + " " + fold(given);
        } else if (pick < 0.75) {
            kind = "3 words";
            text = n >= 3 ? fold(words[0]) + " " + fold(words[n - 2]) + " " + fold(given) : fold(String.join(" ", words));
        } else if (pick < 0.85) {
            kind = "given-name prefix";
            String folded = fold(given);
            text = folded.substring(0, Math.min(folded.length(), 2 + rnd.nextInt(2)));
        } else {
            kind = "with diacritics";
            int k = Math.min(n, 1 + rnd.nextInt(3));
            String typed = String.join(" ", List.of(words).subList(n - k, n));
            text = rnd.nextBoolean() ? typed : typed.toLowerCase(Locale.ROOT);
        }
        return query(caller, "name", "name: " + kind, new MemberQuery(text, null, null, 0, PAGE_SIZE));
    }

    private Query citizenIdQuery(Random rnd, Caller caller) {
        String id = null;
        while (id == null) {
            id = ward.citizenIds.get(member(rnd, caller));
        }
        boolean full = rnd.nextDouble() < 0.6;
        String text = full ? id : id.substring(0, 6 + rnd.nextInt(6));
        return query(caller, "citizen-id", full ? "citizen-id: 12 digits" : "citizen-id: prefix 6-11",
                new MemberQuery(text, null, null, 0, PAGE_SIZE));
    }

    private Query filterQuery(Random rnd, Caller caller) {
        int page = rnd.nextInt(4);
        double pick = rnd.nextDouble();
        boolean unit = pick < 0.7;
        boolean status = pick >= 0.4;
        Long unitId = null;
        String kind;
        if (unit) {
            if (caller.officer()) {
                boolean sub = rnd.nextDouble() < 0.25;
                unitId = sub ? ward.subCommittees.get(rnd.nextInt(ward.subCommittees.size()))
                        : ward.cells.get(rnd.nextInt(ward.cells.size()));
                kind = sub ? "sub-committee" : "cell";
            } else {
                unitId = caller.homeCell();
                kind = "cell";
            }
            if (status) {
                kind += " + status";
            }
        } else {
            kind = "status";
        }
        MemberStatus st = status ? weightedStatus(rnd) : null;
        return query(caller, "filter", "filter: " + kind, new MemberQuery(null, unitId, st, page, PAGE_SIZE));
    }

    private Query query(Caller caller, String category, String kind, MemberQuery q) {
        // MemberSearch.run: the caller's units (null: the whole ward), narrowed to the asked unit and what lies below it.
        Set<Long> cells = caller.officer() ? null : new HashSet<>(caller.managedUnits());
        if (q.unitId() != null) {
            Set<Long> subtree = ward.withDescendants(List.of(q.unitId()));
            if (cells == null) {
                cells = subtree;
            } else {
                cells.retainAll(subtree);
            }
        }
        StringJoiner params = new StringJoiner("&", "/api/members?", "");
        if (q.text() != null) {
            params.add("q=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        if (q.unitId() != null) {
            params.add("unitId=" + q.unitId());
        }
        if (q.status() != null) {
            params.add("status=" + q.status().name());
        }
        params.add("page=" + q.page()).add("size=" + q.size());
        return new Query(caller, category, kind, q, cells == null ? null : Set.copyOf(cells), params.toString());
    }

    private int member(Random rnd, Caller caller) {
        return caller.pool() == null ? rnd.nextInt(ward.memberCount())
                : caller.pool().get(rnd.nextInt(caller.pool().size()));
    }

    private static MemberStatus weightedStatus(Random rnd) {
        int kinds = Math.min(STATUSES.length, STATUS_WEIGHTS.length);
        int total = 0;
        for (int i = 0; i < kinds; i++) {
            total += STATUS_WEIGHTS[i];
        }
        int r = rnd.nextInt(total);
        for (int i = 0; i < kinds; i++) {
            r -= STATUS_WEIGHTS[i];
            if (r < 0) {
                return STATUSES[i];
            }
        }
        return MemberStatus.FULL;
    }

    private static String fold(String word) {
        return VietnameseText.fold(word);
    }
}
