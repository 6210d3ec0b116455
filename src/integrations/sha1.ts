import { hash } from 'node:crypto';

/**
 * SHA-1 of a text or bytes, the digest the build's caches key things by. One call of
 * crypto.hash: a Hash object made per digest (createHash) cost ten times as much for the
 * short texts the value digests hash, hundreds of thousands a build.
 */
export function sha1(data: string | Uint8Array, encoding: 'base64url' | 'hex' = 'base64url'): string {
  return hash('sha1', data, encoding);
}
