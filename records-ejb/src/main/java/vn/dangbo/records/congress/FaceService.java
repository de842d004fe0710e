package vn.dangbo.records.congress;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import vn.dangbo.records.audit.AuditAction;
import vn.dangbo.records.audit.AuditLog;
import vn.dangbo.records.member.VietnameseOrder;
import vn.dangbo.records.shared.Conflict;

/**
 * Face check-in's data: descriptors computed in the secretariat's browser from photos stored with the
 * delegate's consent, and handed back only to the secretariat's kiosks of the same congress, which match faces
 * locally. Closing the congress deletes them (CongressService.close).
 */
@Stateless
public class FaceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CongressAccess access;

    @Inject
    CongressService congresses;

    @Inject
    AuditLog audit;

    public record EnrolledFace(Delegate delegate, float[] descriptor) {
    }

    /** Stores (or replaces) the descriptor of a delegate whose photo is on file with consent. */
    public FaceDescriptor enrol(long congressId, long delegateId, List<Double> values) {
        access.requireBody(congressId, CongressBody.SECRETARIAT);
        congresses.openCongress(congressId);
        Delegate d = congresses.delegate(congressId, delegateId);
        DelegatePhoto photo = em.find(DelegatePhoto.class, d.id());
        // Consent was given for the photo; a face without it (or without a photo to compare) is not enrolled.
        if (photo == null || photo.consentAt() == null) {
            throw new Conflict("congress.face.noPhoto", d.fullName());
        }
        float[] checked = FaceDescriptor.checked(values);
        FaceDescriptor f = em.find(FaceDescriptor.class, d.id());
        if (f == null) {
            f = new FaceDescriptor(d.id(), checked);
            em.persist(f);
        } else {
            f.replace(checked);
        }
        audit.record(AuditAction.CONGRESS_FACE_ENROLLED, "delegate", d.id(), "face descriptor from the photo");
        return f;
    }

    /**
     * The descriptors the kiosk matches against: convened delegates whose descriptor is at least as recent as
     * their photo (a replaced photo needs enrolling again). Empty once the congress is closed: they were deleted.
     */
    public List<EnrolledFace> faces(long congressId) {
        congresses.find(congressId);
        access.requireBody(congressId, CongressBody.SECRETARIAT);
        List<Object[]> rows = em.createQuery("""
                        select d, f from FaceDescriptor f, Delegate d, DelegatePhoto p
                        where d.id = f.delegateId and p.delegateId = d.id and d.congressId = :c
                          and d.status = :convened and f.computedAt >= p.uploadedAt""", Object[].class)
                .setParameter("c", congressId).setParameter("convened", DelegateStatus.CONVENED)
                .getResultList();
        return rows.stream()
                .map(r -> new EnrolledFace((Delegate) r[0], ((FaceDescriptor) r[1]).values()))
                .sorted(Comparator.comparing((EnrolledFace e) -> e.delegate().fullName(), VietnameseOrder.BY_NAME))
                .toList();
    }
}
