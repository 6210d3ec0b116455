import { hash } from 'node:crypto';

/**
 * SHA-1 in one call, as src/integrations/sha1.ts (which data/ may not import) hashes: the
 * page reuse shares the build's value digests made with it.
 */
export const sha1 = (text: string): string => hash('sha1', text, 'base64url');
