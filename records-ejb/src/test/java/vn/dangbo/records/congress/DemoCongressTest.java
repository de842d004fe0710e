package vn.dangbo.records.congress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dangbo.records.demo.DemoWard;
import vn.dangbo.records.member.MemberStatus;

class DemoCongressTest {

    private static DemoCongress.Plan demoPlan() {
        DemoWard ward = DemoWard.build(DemoWard.Spec.demo(LocalDate.of(2025, 8, 12)));
        Set<Long> leaders = ward.currentPositions().stream().map(DemoWard.Position::memberId).collect(Collectors.toSet());
        List<DemoCongress.Candidate> candidates = ward.members().stream()
                .filter(m -> m.status() == MemberStatus.FULL)
                .map(m -> new DemoCongress.Candidate(m.id(), m.fullName(), m.cellId(), ward.unit(m.cellId()).name(),
                        leaders.contains(m.id())))
                .toList();
        return DemoCongress.plan(candidates);
    }

    @Test
    void theDemoListHas150OfficialsAlternatesAndGuestsEachOnTheirOwnSeatOfTheHall() {
        DemoCongress.Plan plan = demoPlan();
        Map<DelegateKind, Long> byKind = plan.people().stream()
                .collect(Collectors.groupingBy(DemoCongress.Seat::kind, Collectors.counting()));
        assertEquals(150L, byKind.get(DelegateKind.OFFICIAL));
        assertEquals(5L, byKind.get(DelegateKind.ALTERNATE));
        assertEquals(5L, byKind.get(DelegateKind.GUEST));
        Set<String> seats = new HashSet<>();
        for (DemoCongress.Seat s : plan.people()) {
            int row = plan.rows().indexOf(s.row());
            assertTrue(row >= 0 && s.number() >= 1 && s.number() <= plan.seatsPerRow().get(row), s.toString());
            assertTrue(seats.add(s.row() + s.number()), "one person per seat: " + s);
        }
        Set<Long> members = new HashSet<>();
        plan.people().stream().filter(s -> s.memberId() != null).forEach(s -> assertTrue(members.add(s.memberId())));
    }

    @Test
    void everyDelegateIsInOneOfEightGroupsAndTheDelegateAccountIsOnTheSecretariat() {
        DemoCongress.Plan plan = demoPlan();
        assertEquals(8, plan.groups().size());
        Map<Integer, Long> perGroup = plan.people().stream().filter(s -> s.kind() == DelegateKind.OFFICIAL)
                .collect(Collectors.groupingBy(DemoCongress.Seat::group, Collectors.counting()));
        assertEquals(8, perGroup.size());
        perGroup.values().forEach(n -> assertTrue(n >= 18 && n <= 19, "groups of nearly equal size: " + perGroup));
        assertTrue(plan.people().stream().anyMatch(s -> Long.valueOf(6L).equals(s.memberId())
                && s.kind() == DelegateKind.OFFICIAL));
        assertTrue(plan.bodies().get(CongressBody.SECRETARIAT).contains(6L));
        assertEquals(7, plan.bodies().get(CongressBody.PRESIDIUM).size());
        assertEquals(3, plan.bodies().get(CongressBody.SECRETARIAT).size());
        assertEquals(5, plan.bodies().get(CongressBody.CREDENTIALS).size());
        assertEquals(5, plan.bodies().get(CongressBody.COUNTING).size());
        Set<Long> officials = plan.people().stream().filter(s -> s.kind() == DelegateKind.OFFICIAL)
                .map(DemoCongress.Seat::memberId).collect(Collectors.toSet());
        Set<Long> onBodies = new HashSet<>();
        plan.bodies().values().forEach(list -> list.forEach(id -> {
            assertTrue(officials.contains(id), "bodies are official delegates");
            assertTrue(onBodies.add(id), "one body each");
        }));
    }

    @Test
    void theDemoWardIsRecognisedByItsDelegateAccountsDossier() {
        DemoWard ward = DemoWard.build(DemoWard.Spec.demo(LocalDate.of(2025, 8, 12)));
        String account = DemoWard.ACCOUNTS.stream().filter(a -> "daibieu.01".equals(a.username())).findFirst()
                .orElseThrow().displayName();
        assertEquals(account, ward.member(6).fullName(),
                "DemoSeeder adds the demo congress to an existing database only when member 6 bears this name");
    }
}
