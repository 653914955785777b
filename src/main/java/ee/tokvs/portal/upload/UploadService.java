package ee.tokvs.portal.upload;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.Actor;
import ee.tokvs.portal.access.Organisation;
import ee.tokvs.portal.shared.rules.Rule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Accepts upload files, starts their jobs, and answers what became of them. */
@ApplicationScoped
public class UploadService {

    /** Why a file was not even accepted; shown at the file field. */
    public static class NotAccepted extends Exception {
        private final transient Rule rule;

        NotAccepted(Rule rule) {
            super(rule.key(), null, false, false);
            this.rule = rule;
        }

        public Rule rule() {
            return rule;
        }
    }

    @Inject
    UploadLimits limits;

    @Inject
    UploadJob job;

    @Inject
    ActingInsurer actingInsurer;

    @Inject
    UploadProgress progress;

    @Inject
    Clock clock;

    /**
     * How a file is to be taken: whether its warnings are accepted beforehand, whether its column names are reported
     * in Estonian, and whether it is only to be checked (judged row by row exactly as for a save, nothing written).
     */
    public record Options(boolean acceptWarnings, boolean estonianNames, boolean checkOnly) {
    }

    /** Accepts a file to be saved. */
    public Upload accept(Actor actor, UploadKind kind, Path received, String fileName,
            boolean acceptWarnings, boolean estonianNames) throws NotAccepted, IOException {
        return accept(actor, kind, received, fileName, new Options(acceptWarnings, estonianNames, false));
    }

    /**
     * Keeps the file where its job can read it, records the upload and queues the job. The file itself is
     * checked by the job; here only that there is one and that it is not too large.
     */
    public Upload accept(Actor actor, UploadKind kind, Path received, String fileName, Options options)
            throws NotAccepted, IOException {
        long size = received == null ? 0 : Files.size(received);
        if (received == null || fileName == null || fileName.isBlank()) {
            throw new NotAccepted(UploadRules.NO_FILE);
        }
        if (size > limits.maxBytes()) {
            throw new NotAccepted(UploadRules.TOO_LARGE);
        }
        Path kept = keptFile();
        String sha256;
        try {
            sha256 = copyWithDigest(received, kept);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(kept);
            throw e;
        }
        Upload upload = new Upload();
        upload.kind = kind;
        upload.fileName = baseName(fileName);
        upload.fileSize = size;
        upload.fileSha256 = sha256;
        upload.acceptWarnings = options.acceptWarnings();
        upload.checkOnly = options.checkOnly();
        upload.status = Upload.Status.QUEUED;
        upload.uploadedBy = actor.username();
        upload.uploadedByName = actor.displayName();
        upload.actorOrgCode = actor.representativeCompany().map(Organisation::registryCode).orElse(null);
        upload.uploadedAt = Instant.now(clock);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                upload.persist();
                // Known here before anyone can read the row, so no page finds it queued without a worker.
                progress.queued(upload.id, upload.insurerCode);
            });
        } catch (RuntimeException e) {
            if (upload.id != null) {
                progress.ended(upload.id);
            }
            Files.deleteIfExists(kept);
            throw e;
        }
        job.submit(new UploadJob.Order(upload.id, upload.insurerCode, actor, kept, kind, options));
        return upload;
    }

    /** The acting insurer's upload; another insurer's is indistinguishable from none. */
    public Upload get(long id) {
        return Upload.<Upload>findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    /**
     * An upload as a page shows it: its row and, while a job of any instance has it, how far it is (V26). Read in the
     * one order that cannot contradict itself: a job lets go of its progress only after its end has committed, so
     * progress read first and the row second finds either the job still there or the row already final.
     */
    public State state(long id) {
        Optional<UploadProgress.Step> step = progress.of(id, actingInsurer.tenant());
        return new State(get(id), step);
    }

    /** What {@link #state} read. */
    public record State(Upload upload, Optional<UploadProgress.Step> step) {

        /** Queued or running in the database, yet no job anywhere says it is alive: its instance stopped. */
        public boolean interrupted() {
            return !upload.status.isFinished() && step.isEmpty();
        }
    }

    /** A new file, readable by the portal alone, in a folder only the portal may enter: it holds health data. */
    private Path keptFile() throws IOException {
        Path directory = Path.of(limits.directory());
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(ownerOnly));
        } else if (!Files.getPosixFilePermissions(directory).equals(ownerOnly)) {
            // A folder made by an older version, or by hand: closed to others before a file goes in.
            Files.setPosixFilePermissions(directory, ownerOnly);
        }
        return Files.createFile(directory.resolve(UUID.randomUUID() + ".upload"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }

    private static String copyWithDigest(Path from, Path to) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(from), digest);
                OutputStream out = Files.newOutputStream(to)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The file's own name without any folder a browser may have sent along, and with control characters
     * (which PostgreSQL cannot always store and a page cannot show) replaced.
     */
    static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.codePoints().map(c -> Character.isISOControl(c) || (c >= 0xD800 && c <= 0xDFFF) ? '_' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        name = name.length() > 200 ? name.substring(0, Character.isHighSurrogate(name.charAt(199)) ? 199 : 200) : name;
        return name.isBlank() ? "_" : name;
    }
}
