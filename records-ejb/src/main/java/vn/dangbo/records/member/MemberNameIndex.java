package vn.dangbo.records.member;

import jakarta.persistence.EntityManager;
import java.util.List;

/** Keeps member_name_token, the word index behind name search, in step with the dossier's name. */
final class MemberNameIndex {

    private MemberNameIndex() {
    }

    static void write(EntityManager em, Member m) {
        em.createNativeQuery("DELETE FROM member_name_token WHERE member_id = ?")
                .setParameter(1, m.id()).executeUpdate();
        List<String> tokens = m.name().tokens();
        for (int i = 0; i < tokens.size(); i++) {
            em.createNativeQuery("INSERT INTO member_name_token (member_id, position, token) VALUES (?, ?, ?)")
                    .setParameter(1, m.id()).setParameter(2, i).setParameter(3, tokens.get(i))
                    .executeUpdate();
        }
    }
}
