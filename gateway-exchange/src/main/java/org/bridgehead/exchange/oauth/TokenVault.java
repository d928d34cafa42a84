package org.bridgehead.exchange.oauth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.bridgehead.exchange.store.PrivateFiles;

/**
 * Each user's sign-in tokens, in a file of their own that only the password their mail client
 * presents opens: AES-256-GCM under a key derived from that password with PBKDF2-HMAC-SHA256
 * and a random salt made for the file, a fresh random IV for every write, the file's owner-only
 * (0600) in an owner-only (0700) directory named by a hash of the user. There is no plaintext
 * form and no fallback: a wrong password opens nothing.
 *
 * <p>File layout: magic "BHT1", iterations (int), salt (16 bytes), IV (12 bytes), ciphertext
 * with its 16-byte tag. The user's normalised name is the associated data, so a file copied
 * under another user's name does not open either.
 */
public final class TokenVault {
    private static final byte[] MAGIC = "BHT1".getBytes(StandardCharsets.US_ASCII);
    private static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_FILE_BYTES = 1 << 20;

    private final Path usersDirectory;
    private final SecureRandom random = new SecureRandom();

    /** @param usersDirectory the directory of per-user directories (bridgehead.data.dir/users) */
    public TokenVault(Path usersDirectory) {
        this.usersDirectory = usersDirectory;
    }

    /** The file of a user's tokens; the user's name in any case gives the same file. */
    public Path fileOf(String user) {
        return usersDirectory.resolve(userHash(user)).resolve("token");
    }

    /** SHA-256 (hex) of the lower-cased user name: names the user's directory without naming the user. */
    public static String userHash(String user) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalized(user).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    public boolean exists(String user) {
        return Files.isRegularFile(fileOf(user));
    }

    /** An open vault entry: the key derived once, so that rewriting after a refresh costs no derivation. */
    public final class Entry {
        private final String user;
        private final byte[] salt;
        private final SecretKey key;

        private Entry(String user, byte[] salt, SecretKey key) {
            this.user = user;
            this.salt = salt;
            this.key = key;
        }

        /** Encrypts and writes {@code plaintext} with a fresh IV: temp file, then rename. */
        public void write(byte[] plaintext) throws IOException {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            byte[] sealed;
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
                cipher.updateAAD(normalized(user).getBytes(StandardCharsets.UTF_8));
                sealed = cipher.doFinal(plaintext);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is required of every Java runtime", e);
            }
            ByteBuffer file = ByteBuffer.allocate(MAGIC.length + 4 + SALT_BYTES + IV_BYTES + sealed.length);
            file.put(MAGIC).putInt(ITERATIONS).put(salt).put(iv).put(sealed);
            Path target = fileOf(user);
            PrivateFiles.directory(usersDirectory);
            PrivateFiles.directory(target.getParent());
            Path temp = PrivateFiles.tempFile(target.getParent(), ".tmp");
            try {
                Files.write(temp, file.array());
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** A new entry for the user, with a new random salt, replacing whatever was there on its first write. */
    public Entry create(String user, String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return new Entry(user, salt, derive(password, salt, ITERATIONS));
    }

    /** What a user's file holds, and the entry to write it back with. */
    public record Opened(Entry entry, byte[] plaintext) {
    }

    /**
     * Opens the user's file with the password.
     *
     * @return empty when the user has no file
     * @throws WrongPasswordException when the password (or the file) does not fit
     */
    public Optional<Opened> open(String user, String password) throws IOException, WrongPasswordException {
        Path path = fileOf(user);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        if (Files.size(path) > MAX_FILE_BYTES) {
            throw new WrongPasswordException("the token file " + path + " is too large to be one");
        }
        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(path));
        byte[] magic = new byte[MAGIC.length];
        if (file.remaining() < MAGIC.length + 4 + SALT_BYTES + IV_BYTES + TAG_BITS / 8) {
            throw new WrongPasswordException("the token file " + path + " is truncated");
        }
        file.get(magic);
        int iterations = file.getInt();
        if (!Arrays.equals(magic, MAGIC) || iterations < 100_000 || iterations > 10_000_000) {
            throw new WrongPasswordException("the token file " + path + " is not one Bridgehead wrote");
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        file.get(salt).get(iv);
        byte[] sealed = new byte[file.remaining()];
        file.get(sealed);
        SecretKey key = derive(password, salt, iterations);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(normalized(user).getBytes(StandardCharsets.UTF_8));
            return Optional.of(new Opened(new Entry(user, salt, key), cipher.doFinal(sealed)));
        } catch (AEADBadTagException e) {
            throw new WrongPasswordException("the password does not open the sign-in token of " + user);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required of every Java runtime", e);
        }
    }

    public void delete(String user) throws IOException {
        Files.deleteIfExists(fileOf(user));
    }

    private static SecretKey derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new SecretKeySpec(key, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String normalized(String user) {
        return user.trim().toLowerCase(Locale.ROOT);
    }

    /** The password presented does not open the file: another password, or a damaged file. */
    public static final class WrongPasswordException extends Exception {
        public WrongPasswordException(String message) {
            super(message);
        }
    }
}
