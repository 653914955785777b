package ee.tokvs.portal.upload;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/** One uploaded file of contracts or claims: who sent it, when, and what came of it. */
@Entity
public class Upload extends PanacheEntityBase {

    public enum Status {
        /** Accepted, waiting for a worker. */
        QUEUED,
        RUNNING,
        /** Every row was saved or already so. */
        DONE,
        /** The file or a row had a problem; nothing was saved. */
        REFUSED,
        /** Something outside the file went wrong (a restart, a conflict); nothing was saved. */
        FAILED;

        public boolean isFinished() {
            return this == DONE || this == REFUSED || this == FAILED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "insurer_code", nullable = false, updatable = false)
    public String insurerCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public UploadKind kind;

    @Column(name = "file_name", nullable = false, updatable = false)
    public String fileName;

    @Column(name = "file_size", nullable = false, updatable = false)
    public long fileSize;

    @Column(name = "file_sha256", nullable = false, updatable = false)
    public String fileSha256;

    @Column(name = "accept_warnings", nullable = false, updatable = false)
    public boolean acceptWarnings;

    /** Only checked: every row was judged as for a save, then all was rolled back; the status says what a save would do. */
    @Column(name = "check_only", nullable = false, updatable = false)
    public boolean checkOnly;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    public String uploadedBy;

    @Column(name = "uploaded_by_name", nullable = false, updatable = false)
    public String uploadedByName;

    /** The representative company that uploaded for the insurer, if any. */
    @Column(name = "actor_org_code", updatable = false)
    public String actorOrgCode;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public Instant uploadedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "rows_total", nullable = false)
    public int rowsTotal;

    @Column(name = "rows_created", nullable = false)
    public int rowsCreated;

    @Column(name = "rows_changed", nullable = false)
    public int rowsChanged;

    @Column(name = "rows_unchanged", nullable = false)
    public int rowsUnchanged;

    @Column(nullable = false)
    public int errors;

    @Column(nullable = false)
    public int warnings;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;

    public String path() {
        return "/uploads/" + id;
    }

    public boolean isDone() {
        return status == Status.DONE;
    }

    public boolean isFailed() {
        return status == Status.FAILED;
    }

    public boolean isRefused() {
        return status == Status.REFUSED;
    }

    public boolean isFinished() {
        return status.isFinished();
    }

    public boolean isOfClaims() {
        return kind == UploadKind.CLAIMS;
    }

    /** Saved, and nothing in the register was different: the same file again, say. */
    public boolean changedNothing() {
        return status == Status.DONE && !checkOnly && rowsCreated == 0 && rowsChanged == 0;
    }

    /** A check's end is worded as what a save would have done; a check still queued or running as such. */
    public String statusKey() {
        return "upload_status_" + (checkOnly && (status == Status.DONE || status == Status.REFUSED) ? "CHECKED_" : "")
                + status.name();
    }

    public static List<Upload> latest(int count) {
        return find("order by uploadedAt desc, id desc").page(0, count).list();
    }

    /** An earlier upload of the very same file that went through, if any. */
    public Optional<Upload> earlierSameFile() {
        return find("fileSha256 = ?1 and kind = ?2 and status = ?3 and checkOnly = false and id < ?4 order by id desc",
                fileSha256, kind, Status.DONE, id).firstResultOptional();
    }

    /** The upload's result page. */
    public String resultPath() {
        return "/uploads/" + id;
    }
}
