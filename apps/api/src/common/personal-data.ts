import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

/**
 * Encryption of the personal identifiers Overblik may hold (name, CPR number): AES-256-GCM with a
 * key from configuration, and a keyed HMAC-SHA256 of the normalised CPR number for exact lookup.
 * Stored as iv (12) ‖ tag (16) ‖ ciphertext.
 */
export class PersonalDataCipher {
  constructor(
    private readonly encryptionKey: Buffer,
    private readonly hmacKey: Buffer,
  ) {
    if (encryptionKey.length !== 32) throw new Error("PERSONAL_DATA_ENCRYPTION_KEY skal være præcis 32 bytes, base64-kodet");
    if (hmacKey.length < 32) throw new Error("CPR_LOOKUP_KEY skal være mindst 32 bytes, base64-kodet");
  }

  encrypt(plain: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  decrypt(stored: Buffer): string {
    const iv = stored.subarray(0, 12);
    const tag = stored.subarray(12, 28);
    const decipher = createDecipheriv("aes-256-gcm", this.encryptionKey, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(stored.subarray(28)), decipher.final()]).toString("utf8");
  }

  /** The lookup key of a normalised CPR number ("DDMMYYSSSS"). */
  cprHmac(normalizedCpr: string): Buffer {
    return createHmac("sha256", this.hmacKey).update(normalizedCpr, "utf8").digest();
  }
}
