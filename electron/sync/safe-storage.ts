// The desk's secret sealed with the operating system's key store (issue 21, "kept with
// Electron's safeStorage where available"): DPAPI on Windows, the Keychain on macOS, the
// Secret Service on Linux. Where none is available (browser mode, a Linux desk with no
// keyring), there is no sealer and Settings says the secret is kept as given.
import type { SecretSealer } from './service';

/** The part of Electron's safeStorage used here (so this file needs no Electron at test time). */
export interface SafeStorage {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

export function safeStorageSealer(storage: SafeStorage): SecretSealer | null {
  if (!storage.isEncryptionAvailable()) return null;
  return {
    seal: (secret) => storage.encryptString(secret).toString('base64'),
    unseal: (sealed) => storage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
